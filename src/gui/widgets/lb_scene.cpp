// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_scene.h"

#include "backend_card_item.h"
#include "backend_colours.h"
#include "diagram_style.h"
#include "node_icons.h"
#include "painted_item.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

namespace {

// Eases each hop in and out a little, so a dot visibly leaves and arrives.
double ease(double f) {
    return f * f * (3.0 - 2.0 * f) * 0.6 + f * 0.4;
}

QPointF lerp(const QPointF& a, const QPointF& b, double f) {
    return a + (b - a) * f;
}

// The point on a->b at f, moved sideways by `lane` (requests and answers use opposite lanes).
QPointF onLane(const QPointF& a, const QPointF& b, double f, double lane) {
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    const QPointF normal = length > 0 ? QPointF(-d.y() / length, d.x() / length) : QPointF();
    return lerp(a, b, f) + normal * lane;
}

const QColor kNoBackendColour(0x99, 0x99, 0x99);

} // namespace

LbScene::LbScene(QObject* parent) : QGraphicsScene(parent) {
    // A few items, one of which changes every frame: keeping an item index would only cost time.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    // Clients, the load balancer and the wires between them: static between layouts, so cached.
    m_nodes = new PaintedItem([this](QPainter& p, const QRectF&, const QRectF&) { paintNodes(p); });
    m_nodes->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    // Every dot in one item: one paint call a frame, whatever the number of dots.
    m_dotsItem = new PaintedItem([this](QPainter& p, const QRectF&, const QRectF&) {
        if (!m_dotsLeftOut) {
            paintDots(p);
        }
    });
    // The sentence under the diagram (what the dots are, and whether they are sampled).
    m_captionItem = new PaintedItem(
        [this](QPainter& p, const QRectF& rect, const QRectF&) { paintCaption(p, rect); });
    m_captionItem->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    m_nodes->setZValue(0);
    m_dotsItem->setZValue(5);
    m_captionItem->setZValue(1);
    addItem(m_nodes);
    addItem(m_dotsItem);
    addItem(m_captionItem);
    const engine::net::SocketAddress outside(wire::Ipv4Address(127, 0, 0, 1), 0);
    m_clients.push_back(Client{
        QString::fromStdString(engine::LbTraceRecorder::clientName(outside)),
        engine::LbTraceRecorder::clientNumber(outside),
        QString::fromStdString(engine::LbTraceRecorder::clientDisplayAddress(outside).toString())});
    m_clientRows = {0};
    refreshPalette();
    updateFonts();
    relayout();
}

LbScene::~LbScene() = default;

void LbScene::setDisplayScale(double scale) {
    m_scale = scale;
    m_dotSprites.clear();
    updateFonts();
    relayout();
}

void LbScene::setViewportSize(const QSizeF& size) {
    const QSizeF bounded(std::max(480.0, size.width()), std::max(300.0, size.height()));
    if (std::abs(bounded.width() - m_viewport.width()) < 0.5 &&
        std::abs(bounded.height() - m_viewport.height()) < 0.5) {
        return;
    }
    m_viewport = bounded;
    relayout();
}

void LbScene::setEndpoint(const QString& realEndpoint) {
    m_endpoint = realEndpoint;
    m_nodes->update();
}

void LbScene::setAlgorithm(const QString& name) {
    if (name != m_algorithm) {
        m_algorithm = name;
        m_nodes->update();
    }
}

void LbScene::setCaption(const QString& text) {
    if (text == m_caption) {
        return;
    }
    const QFontMetricsF fm(m_smallFont);
    const QRectF box(0, 0, LbSceneLayout::captionTextWidth(m_viewport.width(), m_scale), 10000);
    const double before = fm.boundingRect(box, Qt::TextWordWrap, m_caption).height();
    m_caption = text;
    if (fm.boundingRect(box, Qt::TextWordWrap, m_caption).height() != before) {
        relayout(); // the caption needs another line, or one less
    } else {
        m_captionItem->update();
    }
}

void LbScene::refreshPalette() {
    m_dotSprites.clear();
    setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    m_nodes->update();
    m_captionItem->update();
    for (auto& [index, card] : m_cards) {
        card->update();
    }
}

void LbScene::updateFonts() {
    const QFont base = QApplication::font();
    m_font = DiagramStyle::scaled(base, m_scale);
    m_smallFont = DiagramStyle::scaled(base, m_scale, 0.82);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    m_dotFont = DiagramStyle::scaled(base, m_scale, 0.75);
    m_dotFont.setBold(true);
    // What an error answer's status label may cover above its square (see paintDots), for
    // dotBounds, which runs for every dot of every frame.
    const QFontMetricsF dotFm(m_dotFont);
    m_statusLabelSize = QSizeF(dotFm.horizontalAdvance(QStringLiteral("000")) + 6 * m_scale,
                               dotFm.height() + 7 * m_scale);
}

void LbScene::setStatuses(const std::vector<LbBackendStatus>& statuses) {
    bool membership = statuses.size() != m_cards.size();
    for (const LbBackendStatus& s : statuses) {
        membership = membership || !m_cards.contains(s.index);
    }
    bool healthChanged = membership;
    for (const LbBackendStatus& s : statuses) {
        const auto it =
            std::find_if(m_statuses.begin(), m_statuses.end(),
                         [&s](const LbBackendStatus& old) { return old.index == s.index; });
        healthChanged = healthChanged || it == m_statuses.end() || it->health != s.health;
    }
    m_statuses = statuses;
    if (membership) {
        std::map<std::size_t, BackendCardItem*> kept;
        for (const LbBackendStatus& s : statuses) {
            auto it = m_cards.find(s.index);
            if (it != m_cards.end()) {
                kept.emplace(s.index, it->second);
                m_cards.erase(it);
            } else {
                auto* card = new BackendCardItem(s.index);
                addItem(card);
                kept.emplace(s.index, card);
            }
        }
        for (auto& [index, card] : m_cards) {
            removeItem(card);
            delete card;
        }
        m_cards = std::move(kept);
        relayout();
    }
    for (const LbBackendStatus& s : statuses) {
        m_cards.at(s.index)->setStatus(s);
    }
    if (healthChanged) {
        m_nodes->update(); // wires to a backend that is out are dashed
    }
}

BackendCardItem* LbScene::card(std::size_t index) const {
    const auto it = m_cards.find(index);
    return it == m_cards.end() ? nullptr : it->second;
}

std::vector<BackendCardItem*> LbScene::cards() const {
    std::vector<BackendCardItem*> out;
    for (const auto& [index, card] : m_cards) {
        out.push_back(card);
    }
    return out;
}

void LbScene::relayout() {
    const double s = m_scale;
    const QFontMetricsF fm(m_font);
    const QFontMetricsF smallFm(m_smallFont);
    LbSceneLayout::Input in;
    in.viewport = m_viewport;
    in.scale = s;
    in.lineSpacing = fm.lineSpacing();
    in.smallLineSpacing = smallFm.lineSpacing();
    // The caption takes the lines its text needs at this width.
    in.captionTextHeight =
        smallFm
            .boundingRect(
                QRectF(0, 0, LbSceneLayout::captionTextWidth(m_viewport.width(), s), 10000),
                Qt::TextWordWrap, m_caption.isEmpty() ? QStringLiteral("x") : m_caption)
            .height();
    in.widestClientLabel = smallFm.horizontalAdvance(outsideClientLabel());
    in.clients = m_clients.size();
    in.cards = m_cards.size();
    in.cardHeight = BackendCardItem::fullHeight(s);
    in.compactCardHeight = BackendCardItem::compactHeight(s);
    m_layout = LbSceneLayout(in);
    setSceneRect(m_layout.sceneRect());

    std::size_t k = 0;
    for (auto& [index, card] : m_cards) {
        card->setGeometry(m_layout.cardSize(), s, m_layout.compactCards());
        card->setPos(m_layout.cardPosition(k));
        ++k;
    }

    m_nodes->setRect(m_layout.area());
    m_dotsItem->setRect(m_layout.area());
    m_captionItem->setRect(m_layout.captionRect());
    m_nodes->update();
    m_captionItem->update();
    update();
    // The whole scene repaints now, dots where the new layout puts them; the next frame must
    // clear those places, not the ones of the old layout.
    for (Dot& dot : m_dots) {
        bool returning = false;
        dot.drawn = dotBounds(dot, positionOf(dot, m_nowNs, &returning), returning);
    }
}

std::size_t LbScene::clientSlot(const engine::RouteNotice& route) {
    const QString name = QString::fromStdString(route.client);
    const auto found = std::find_if(m_clients.begin(), m_clients.end(),
                                    [&name](const Client& c) { return c.name == name; });
    if (found != m_clients.end()) {
        return static_cast<std::size_t>(found - m_clients.begin());
    }
    if (m_clients.size() >= kMaxClients) {
        return kMaxClients - 1; // the last slot stands for everyone else
    }
    m_clients.push_back(Client{name, route.clientNumber,
                               QString::fromStdString(route.clientDisplayAddress.toString())});
    // Slots keep their ids (dots in flight hold them); the rows are sorted by address.
    std::vector<std::size_t> ids(m_clients.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        ids[i] = i;
    }
    std::stable_sort(ids.begin(), ids.end(), [this](std::size_t a, std::size_t b) {
        return m_clients[a].number < m_clients[b].number;
    });
    m_clientRows.assign(ids.size(), 0);
    for (std::size_t row = 0; row < ids.size(); ++row) {
        m_clientRows[ids[row]] = row;
    }
    relayout();
    return m_clients.size() - 1;
}

QStringList LbScene::clients() const {
    QStringList sorted(static_cast<qsizetype>(m_clients.size()));
    for (std::size_t id = 0; id < m_clients.size(); ++id) {
        sorted[static_cast<qsizetype>(m_clientRows[id])] = m_clients[id].name;
    }
    return sorted;
}

QPointF LbScene::clientPosition(std::size_t slot) const {
    return m_layout.clientPosition(slot < m_clientRows.size() ? m_clientRows[slot] : 0);
}

QPointF LbScene::clientAnchor(std::size_t slot) const {
    return m_layout.clientAnchor(slot < m_clientRows.size() ? m_clientRows[slot] : 0);
}

void LbScene::addRoutes(const std::vector<engine::RouteNotice>& routes, std::int64_t nowNs) {
    if (routes.empty()) {
        return;
    }
    // Keep the spacing the requests really had within one frame's batch, so a burst that
    // arrived between two frames does not move as one blob.
    const std::int64_t newest = routes.back().timeNs;
    for (const engine::RouteNotice& route : routes) {
        if (m_dots.size() >= kMaxDots) {
            ++m_skipped;
            continue;
        }
        Dot dot;
        dot.startNs = nowNs - std::clamp<std::int64_t>(newest - route.timeNs, 0, kHopNs / 2);
        dot.client = clientSlot(route);
        dot.backend = route.backend != engine::kNoBackend && m_cards.contains(route.backend)
                          ? route.backend
                          : engine::kNoBackend;
        dot.status = route.status;
        m_dots.push_back(dot);
        ++m_started;
    }
    m_nowNs = std::max(m_nowNs, nowNs);
}

int LbScene::legsOf(const Dot& dot) const {
    // To the backend and back is four hops; a request the load balancer answered itself
    // (no backend up) goes there and back, with a pause where it was turned away.
    return dot.backend == engine::kNoBackend ? 3 : 4;
}

bool LbScene::advance(std::int64_t nowNs) {
    m_nowNs = nowNs;
    if (m_dots.empty()) {
        return false;
    }
    QList<QRectF> damaged;
    damaged.reserve(static_cast<qsizetype>(m_dots.size()));
    std::erase_if(m_dots, [this, nowNs, &damaged](Dot& d) {
        if (nowNs - d.startNs >= kHopNs * legsOf(d)) {
            if (!d.drawn.isEmpty()) {
                damaged.append(d.drawn);
            }
            return true;
        }
        bool returning = false;
        const QRectF bounds = dotBounds(d, positionOf(d, nowNs, &returning), returning);
        // A dot moves a few pixels a frame, so one rectangle covers both places.
        damaged.append(d.drawn.isEmpty() ? bounds : d.drawn.united(bounds));
        d.drawn = bounds;
        return false;
    });
    emit dotsMoved(damaged);
    return true;
}

QRectF LbScene::dotBounds(const Dot& dot, const QPointF& at, bool returning) const {
    // The sprite's extent (see dotSprite) and a pixel for rounding its position.
    const double half = std::ceil(2 * 5.0 * m_scale + 2.6 * m_scale + 2) / 2 + 1;
    QRectF bounds(at.x() - half, at.y() - half, 2 * half, 2 * half);
    if (returning && dot.status >= 500) {
        // The status label above the square.
        const double width = m_statusLabelSize.width();
        const double height = m_statusLabelSize.height();
        bounds |= QRectF(at.x() - width / 2 - 1, at.y() - height - 1, width + 2, height + 2);
    }
    return bounds;
}

QPointF LbScene::positionOf(const Dot& dot, std::int64_t nowNs, bool* returning) const {
    const double t =
        std::max(0.0, static_cast<double>(nowNs - dot.startNs) / static_cast<double>(kHopNs));
    const int leg = std::min(static_cast<int>(t), legsOf(dot) - 1);
    const double f = ease(std::clamp(t - leg, 0.0, 1.0));
    const double lane = 4.5 * m_scale;
    const QPointF client = clientAnchor(dot.client);
    if (dot.backend == engine::kNoBackend) {
        *returning = leg >= 1;
        switch (leg) {
        case 0:
            return onLane(client, m_layout.loadBalancerIn(), f, -lane);
        case 1:
            return m_layout.loadBalancerIn() +
                   QPointF(0, lane * (2 * f - 1)); // turned away at the door
        default:
            return onLane(m_layout.loadBalancerIn(), client, f, -lane);
        }
    }
    const BackendCardItem* target = card(dot.backend);
    const QPointF backend = target != nullptr ? target->anchor() : m_layout.loadBalancerOut();
    *returning = leg >= 2;
    switch (leg) {
    case 0:
        return onLane(client, m_layout.loadBalancerIn(), f, -lane);
    case 1:
        return onLane(m_layout.loadBalancerOut(), backend, f, -lane);
    case 2:
        return onLane(backend, m_layout.loadBalancerOut(), f, -lane);
    default:
        return onLane(m_layout.loadBalancerIn(), client, f, -lane);
    }
}

QPointF LbScene::dotPosition(std::size_t k) const {
    bool returning = false;
    return k < m_dots.size() ? positionOf(m_dots[k], m_nowNs, &returning) : QPointF();
}

void LbScene::paintDots(QPainter& p) const {
    p.setRenderHint(QPainter::Antialiasing);
    const double r = 5.0 * m_scale;
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QFontMetricsF fm(m_dotFont);
    p.setFont(m_dotFont);
    int labels = 0;
    constexpr int kMaxLabels = 40;
    // On screen, unzoomed: blit sprites. SVG, PDF and zoomed views get vectors.
    const bool sprites = p.paintEngine() != nullptr &&
                         p.paintEngine()->type() == QPaintEngine::Raster &&
                         !p.transform().isScaling() && !p.transform().isRotating();
    const qreal pixelRatio = p.device() != nullptr ? p.device()->devicePixelRatioF() : 1.0;
    for (const Dot& dot : m_dots) {
        bool returning = false;
        const QPointF at = positionOf(dot, m_nowNs, &returning);
        const bool none = dot.backend == engine::kNoBackend;
        const QColor fill = none ? kNoBackendColour : BackendColours::fill(dot.backend);
        const QColor edge =
            none ? kNoBackendColour.darker(160) : BackendColours::outline(dot.backend);
        const bool error = dot.status >= 500;
        if (sprites && !(returning && error)) {
            const QPixmap& sprite = dotSprite(fill, edge, returning, pixelRatio);
            const QSizeF size = sprite.deviceIndependentSize();
            p.drawPixmap(QPointF(std::round(at.x() - size.width() / 2),
                                 std::round(at.y() - size.height() / 2)),
                         sprite);
            continue;
        }
        if (!returning) {
            // A request: a filled dot.
            p.setPen(QPen(edge, 1.2 * m_scale));
            p.setBrush(fill);
            p.drawEllipse(at, r, r);
            continue;
        }
        if (error) {
            // An error answer: a square with its status beside it.
            p.setPen(QPen(Qt::black, 1.4 * m_scale));
            p.setBrush(fill);
            p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
            if (labels < kMaxLabels) {
                ++labels;
                const QString text = QString::number(dot.status);
                const QRectF box(at.x() - fm.horizontalAdvance(text) / 2 - 2 * m_scale,
                                 at.y() - r - fm.height() - 1 * m_scale,
                                 fm.horizontalAdvance(text) + 4 * m_scale, fm.height());
                p.setPen(Qt::NoPen);
                p.setBrush(DiagramStyle::withAlpha(base, 0.85));
                p.drawRoundedRect(box, 3 * m_scale, 3 * m_scale);
                p.setPen(Qt::black);
                p.drawText(box, Qt::AlignCenter, text);
            }
            continue;
        }
        // A good answer on its way back: a ring in the backend's colour.
        p.setPen(QPen(fill, 2.6 * m_scale));
        p.setBrush(base);
        p.drawEllipse(at, r * 0.85, r * 0.85);
    }
}

const QPixmap& LbScene::dotSprite(const QColor& fill, const QColor& edge, bool ring,
                                  qreal pixelRatio) const {
    const quint64 key = (quint64{fill.rgba()} << 32) ^ (quint64{edge.rgba()} << 1) ^
                        (ring ? 1U : 0U) ^ (quint64(pixelRatio * 64) << 40);
    auto it = m_dotSprites.find(key);
    if (it != m_dotSprites.end()) {
        return *it;
    }
    // The same pens and brushes as the vector drawing in paintDots.
    const double r = 5.0 * m_scale;
    const double extent = std::ceil(2 * r + 2.6 * m_scale + 2);
    QPixmap sprite(QSize(static_cast<int>(std::ceil(extent * pixelRatio)),
                         static_cast<int>(std::ceil(extent * pixelRatio))));
    sprite.setDevicePixelRatio(pixelRatio);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(extent / 2, extent / 2);
    if (ring) {
        p.setPen(QPen(fill, 2.6 * m_scale));
        p.setBrush(QApplication::palette().color(QPalette::Base));
        p.drawEllipse(centre, r * 0.85, r * 0.85);
    } else {
        p.setPen(QPen(edge, 1.2 * m_scale));
        p.setBrush(fill);
        p.drawEllipse(centre, r, r);
    }
    p.end();
    return *m_dotSprites.insert(key, sprite);
}

void LbScene::paintNodes(QPainter& p) const {
    const QPalette pal = QApplication::palette();
    const QColor text = pal.color(QPalette::Text);
    const double s = m_scale;
    p.setRenderHint(QPainter::Antialiasing);

    // Wires first, under everything.
    const QPen wire(DiagramStyle::withAlpha(text, 0.16), 2.0 * s, Qt::SolidLine, Qt::RoundCap);
    QPen outWire = wire;
    outWire.setStyle(Qt::DashLine);
    for (std::size_t c = 0; c < m_clients.size(); ++c) {
        p.setPen(wire);
        p.drawLine(clientAnchor(c), m_layout.loadBalancerIn());
    }
    for (const auto& [index, card] : m_cards) {
        const BackendHealthState h = card->status().health;
        const bool out = h == BackendHealthState::Down || h == BackendHealthState::Ejected ||
                         h == BackendHealthState::Recovering;
        p.setPen(out ? outWire : wire);
        p.drawLine(m_layout.loadBalancerOut(), card->anchor());
    }

    const QFontMetricsF fm(m_font);
    const QFontMetricsF smallFm(m_smallFont);
    const QColor muted = DiagramStyle::withAlpha(text, 0.7);

    // Clients.
    const double clientIcon = m_layout.clientIcon();
    for (std::size_t c = 0; c < m_clients.size(); ++c) {
        const QPointF at = clientPosition(c);
        const QRectF icon(at.x() - clientIcon / 2, at.y() - clientIcon / 2, clientIcon, clientIcon);
        NodeIcons::paint(p, QStringLiteral("client"), icon);
        const Client& client = m_clients[c];
        const bool others = c == kMaxClients - 1 && m_clients.size() == kMaxClients;
        const double labelW = m_layout.clientLabelWidth();
        QRectF label(at.x() - labelW / 2, icon.bottom() + 2 * s, labelW, smallFm.height());
        p.setFont(m_smallFont);
        p.setPen(text);
        p.drawText(label, Qt::AlignHCenter | Qt::AlignVCenter,
                   others ? tr("%1 and others").arg(client.name) : client.name);
        if (m_layout.clientLabelLines() < 2) {
            continue;
        }
        label.translate(0, smallFm.height());
        p.setPen(muted);
        p.drawText(label, Qt::AlignHCenter | Qt::AlignVCenter,
                   c == 0 ? outsideClientLabel() : client.displayAddress);
    }

    // The load balancer.
    const QPointF lb = m_layout.loadBalancerCentre();
    const double lbSize = m_layout.loadBalancerIcon();
    const QRectF lbIcon(lb.x() - lbSize / 2, lb.y() - lbSize / 2, lbSize, lbSize);
    NodeIcons::paint(p, QStringLiteral("lb"), lbIcon);
    const double labelW = m_layout.loadBalancerLabelWidth();
    double y = lbIcon.bottom() + 4 * s;
    p.setFont(m_boldFont);
    p.setPen(text);
    p.drawText(QRectF(lb.x() - labelW / 2, y, labelW, fm.height()), Qt::AlignCenter,
               tr("load balancer"));
    y += fm.lineSpacing();
    p.setFont(m_smallFont);
    p.setPen(muted);
    const QString display =
        QString::fromStdString(engine::LbTraceRecorder::lbDisplayAddress().toString()) +
        QStringLiteral(":80");
    QStringList lines{display};
    if (!m_endpoint.isEmpty()) {
        lines << tr("real: %1").arg(m_endpoint);
    }
    if (!m_algorithm.isEmpty()) {
        lines << tr("algorithm: %1").arg(m_algorithm);
    }
    for (const QString& line : lines) {
        p.drawText(QRectF(lb.x() - labelW / 2, y, labelW, smallFm.height()), Qt::AlignCenter,
                   smallFm.elidedText(line, Qt::ElideMiddle, labelW));
        y += smallFm.lineSpacing();
    }
}

QString LbScene::outsideClientLabel() const {
    return tr("127.0.0.1: curl, browser");
}

void LbScene::paintCaption(QPainter& p, const QRectF& rect) const {
    const QPalette pal = QApplication::palette();
    p.fillRect(rect, pal.color(QPalette::AlternateBase));
    p.setPen(DiagramStyle::withAlpha(pal.color(QPalette::Text), 0.25));
    p.drawLine(rect.topLeft(), rect.topRight());
    p.setFont(m_smallFont);
    p.setPen(pal.color(QPalette::Text));
    const double pad = 10 * m_scale;
    p.drawText(rect.adjusted(pad, 4 * m_scale, -pad, -4 * m_scale),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_caption);
}

} // namespace hopscope::gui
