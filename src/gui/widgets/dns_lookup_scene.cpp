// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_lookup_scene.h"

#include "diagram_style.h"
#include "gui/controllers/playback_controller.h"
#include "gui/text/dns_message_text.h"
#include "node_icons.h"
#include "painted_item.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

namespace {

// Where a message rests on its line once it has arrived, as a fraction of the way from its
// sender. The resolver's lines fan out, so they are crowded near the resolver: messages on
// them rest out where the lines are far apart, a question and its reply apart from each other.
constexpr double kRestQuery = 0.6; // resolver -> server
constexpr double kRestReply = 0.2; // server -> resolver
constexpr double kRestOther = 0.5; // the laptop's line, and anything else
constexpr double kPastAlpha = 0.5;

QColor colourOf(wire::LayerColour c) {
    return QColor(QString::fromLatin1(wire::colourHex(c)));
}

std::size_t tierIndex(DnsLookupScene::Place place) {
    switch (place) {
    case DnsLookupScene::Place::Root:
        return 0;
    case DnsLookupScene::Place::Tld:
        return 1;
    default:
        return 2;
    }
}

bool isTier(DnsLookupScene::Place place) {
    return place == DnsLookupScene::Place::Root || place == DnsLookupScene::Place::Tld ||
           place == DnsLookupScene::Place::Authoritative;
}

std::size_t placeIndex(DnsLookupScene::Place place) {
    return static_cast<std::size_t>(place);
}

QString iconIdFor(DnsLookupScene::Place place) {
    switch (place) {
    case DnsLookupScene::Place::Client:
        return QStringLiteral("client");
    case DnsLookupScene::Place::Resolver:
        return QStringLiteral("resolver");
    case DnsLookupScene::Place::Root:
        return QStringLiteral("root");
    case DnsLookupScene::Place::Tld:
        return QStringLiteral("tld");
    case DnsLookupScene::Place::Authoritative:
        return QStringLiteral("authoritative");
    }
    return {};
}

constexpr std::array<DnsLookupScene::Place, DnsLookupScene::kPlaceCount> kPlaces{
    DnsLookupScene::Place::Client, DnsLookupScene::Place::Resolver, DnsLookupScene::Place::Root,
    DnsLookupScene::Place::Tld, DnsLookupScene::Place::Authoritative};

} // namespace

DnsLookupScene::DnsLookupScene(PlaybackController& controller, QObject* parent)
    : QGraphicsScene(parent), m_controller(controller) {
    // One item repainted every frame: keeping an item index would only cost time.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    // The whole drawing as one item: every frame restyles most of it, so one paint is cheapest.
    m_item =
        new PaintedItem([this](QPainter& p, const QRectF&, const QRectF&) { paintDiagram(p); });
    addItem(m_item);
    connect(&m_controller, &PlaybackController::positionChanged, this, &DnsLookupScene::rebuild);
    connect(&m_controller, &PlaybackController::traceGrew, this, &DnsLookupScene::rebuild);
    connect(&m_controller, &PlaybackController::traceReplaced, this,
            &DnsLookupScene::onTraceReplaced);
    refreshPalette();
    relayout();
}

DnsLookupScene::~DnsLookupScene() = default;

void DnsLookupScene::setNodes(const Node& client, const Node& resolver,
                              const std::vector<std::pair<dns::ServerRole, Node>>& servers) {
    m_client = client;
    m_resolver = resolver;
    for (auto& t : m_tiers) {
        t.clear();
    }
    m_places.clear();
    m_places[client.name] = Place::Client;
    m_places[resolver.name] = Place::Resolver;
    for (const auto& [role, node] : servers) {
        Place place = Place::Authoritative;
        if (role == dns::ServerRole::Resolver) {
            continue;
        }
        if (role == dns::ServerRole::Root) {
            place = Place::Root;
        } else if (role == dns::ServerRole::Tld) {
            place = Place::Tld;
        }
        m_tiers[tierIndex(place)].push_back(node);
        m_places.emplace(node.name, place);
    }
    m_hasNodes = true;
    m_selected.reset();
    relayout();
}

void DnsLookupScene::clearNodes() {
    m_hasNodes = false;
    m_places.clear();
    for (auto& t : m_tiers) {
        t.clear();
    }
    m_selected.reset();
    relayout();
}

void DnsLookupScene::setShowsTrace(bool shows, bool answeredFromCache) {
    if (m_showsTrace != shows) {
        m_showsTrace = shows;
        m_selected.reset();
    }
    m_lookupFromCache = shows && answeredFromCache;
    rebuild();
}

void DnsLookupScene::setScale(double scale) {
    m_scale = scale;
    relayout();
}

void DnsLookupScene::setLayoutSize(const QSizeF& size) {
    if (std::abs(size.width() - m_size.width()) < 0.5 &&
        std::abs(size.height() - m_size.height()) < 0.5) {
        return;
    }
    m_size = size;
    relayout();
}

void DnsLookupScene::refreshPalette() {
    setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    update();
}

std::vector<DnsLookupScene::Node>& DnsLookupScene::tier(Place place) {
    return m_tiers[tierIndex(place)];
}

const std::vector<DnsLookupScene::Node>& DnsLookupScene::tier(Place place) const {
    return m_tiers[tierIndex(place)];
}

bool DnsLookupScene::hasPlace(Place place) const {
    return m_hasNodes && (!isTier(place) || !tier(place).empty());
}

double DnsLookupScene::iconSize(Place place) const {
    return (isTier(place) ? 40.0 : 46.0) * m_scale;
}

QSizeF DnsLookupScene::minimumLayoutSize() const {
    const double s = m_scale;
    const QFontMetricsF bold(m_bold);
    const QFontMetricsF small(m_small);
    const double margin = 12 * s;
    const double tierBlock = std::max(iconSize(Place::Root), bold.height() + 2 * small.height());
    // Three tiers with room between them for the lines to fan out, and the explanations.
    const double tiers = 3 * tierBlock + 2 * 18 * s;
    const double band = 2 * small.height() + 8 * s;
    return {680 * s, 2 * margin + tiers + 10 * s + band};
}

void DnsLookupScene::relayout() {
    const QFont base = QApplication::font();
    const double s = m_scale;
    m_font = DiagramStyle::scaled(base, s);
    m_bold = m_font;
    m_bold.setBold(true);
    m_small = DiagramStyle::scaled(base, s, 0.88);
    m_pillFont = DiagramStyle::scaled(base, s, 0.9);
    m_pillFont.setBold(true);
    m_badgeFont = DiagramStyle::scaled(base, s, 0.72);
    m_badgeFont.setBold(true);

    const QSizeF minimum = minimumLayoutSize();
    const double w = std::max(m_size.width(), minimum.width());
    const double h = std::max(m_size.height(), minimum.height());
    setSceneRect(0, 0, w, h);
    m_item->setRect(QRectF(0, 0, w, h));

    const QFontMetricsF bold(m_bold);
    const QFontMetricsF small(m_small);
    const double margin = 12 * s;
    const double tierIcon = iconSize(Place::Root);
    const double tierBlock = std::max(tierIcon, bold.height() + 2 * small.height());
    const double tierLabel = std::clamp(w * 0.2, 140 * s, 250 * s);
    const double clientWidth =
        std::max({iconSize(Place::Client),
                  bold.horizontalAdvance(QString::fromStdString(m_client.name)),
                  small.horizontalAdvance(m_client.address)}) +
        8 * s;
    const double xClient = margin + clientWidth / 2;
    const double xTier = w - margin - tierLabel - 10 * s - tierIcon / 2;
    const double xResolver = xClient + (xTier - xClient) * 0.42;

    // The explanations along the bottom, each under the stretch of the drawing it speaks
    // about: the laptop's line, and the resolver's lines to the servers.
    QFont boldSmall = m_small; // the half that is under way is drawn bold
    boldSmall.setBold(true);
    const QFontMetricsF emphasised(boldSmall);
    const auto wrappedHeight = [&emphasised](const QString& text, double width) {
        return emphasised
            .boundingRect(QRectF(0, 0, std::max(10.0, width), 1000),
                          Qt::TextWordWrap | Qt::AlignHCenter, text)
            .height();
    };
    const double recursiveLeft = margin;
    const double recursiveRight = xResolver - 8 * s;
    const double iterativeLeft = xResolver + 8 * s;
    const double iterativeRight = w - margin;
    const double text = std::max(wrappedHeight(recursiveText(), recursiveRight - recursiveLeft),
                                 wrappedHeight(iterativeText(), iterativeRight - iterativeLeft));
    const double bandTop = h - margin - text - 8 * s;
    m_recursiveBox =
        QRectF(recursiveLeft, bandTop, recursiveRight - recursiveLeft, h - margin - bandTop);
    m_iterativeBox =
        QRectF(iterativeLeft, bandTop, iterativeRight - iterativeLeft, h - margin - bandTop);

    // Root at the top, authoritative at the bottom, the TLD servers level with the resolver.
    const double yRoot = margin + tierBlock / 2;
    const double yAuth = bandTop - 10 * s - tierBlock / 2;
    const double yMid = (yRoot + yAuth) / 2;
    m_centres[placeIndex(Place::Client)] = QPointF(xClient, yMid);
    m_centres[placeIndex(Place::Resolver)] = QPointF(xResolver, yMid);
    // A tier missing from the scenario leaves its row empty rather than moving the others.
    m_centres[placeIndex(Place::Root)] = QPointF(xTier, yRoot);
    m_centres[placeIndex(Place::Tld)] = QPointF(xTier, yMid);
    m_centres[placeIndex(Place::Authoritative)] = QPointF(xTier, yAuth);
    rebuild();
}

QPointF DnsLookupScene::placeCentre(Place place) const {
    return m_centres[placeIndex(place)];
}

QRectF DnsLookupScene::placeRect(Place place) const {
    const double icon = iconSize(place);
    const QPointF c = placeCentre(place);
    const QRectF iconRect(c.x() - icon / 2, c.y() - icon / 2, icon, icon);
    if (isTier(place)) {
        const double label = std::clamp(sceneRect().width() * 0.2, 140 * m_scale, 250 * m_scale);
        return iconRect.adjusted(0, 0, label + 10 * m_scale, 0);
    }
    const QFontMetricsF bold(m_bold);
    const QFontMetricsF small(m_small);
    return iconRect.adjusted(-20 * m_scale, 0, 20 * m_scale,
                             bold.height() + small.height() + 6 * m_scale);
}

std::optional<DnsLookupScene::Place> DnsLookupScene::placeOf(const std::string& node) const {
    const auto it = m_places.find(node);
    if (it == m_places.end()) {
        return std::nullopt;
    }
    return it->second;
}

const DnsLookupScene::Message& DnsLookupScene::messageOf(std::size_t event) const {
    if (m_messages.size() <= event) {
        m_messages.resize(event + 1);
    }
    Message& m = m_messages[event];
    if (!m.known) {
        const trace::Event& e = m_controller.event(event);
        if (const auto message = DnsMessageText::messageOf(e)) {
            m.lines = DnsMessageText::pillLines(*message);
            m.shortLine = DnsMessageText::shortText(*message);
            m.response = message->header.response;
        } else {
            m.lines = DnsMessageText::pillLines(e);
            m.shortLine = m.lines.join(QLatin1Char(' '));
        }
        m.known = true;
    }
    return m;
}

void DnsLookupScene::onTraceReplaced() {
    m_messages.clear();
    m_selected.reset();
    rebuild();
}

DnsLookupScene::Span DnsLookupScene::spanOf(std::size_t event) const {
    if (event >= m_controller.eventCount()) {
        return Span::None;
    }
    const auto& e = m_controller.event(event);
    const auto a = placeOf(e.from());
    const auto b = placeOf(e.to());
    if (a == Place::Client || b == Place::Client) {
        return Span::Recursive;
    }
    return Span::Iterative;
}

const DnsLookupScene::Node* DnsLookupScene::shownServer(Place place) const {
    if (!isTier(place) || tier(place).empty()) {
        return nullptr;
    }
    const auto& servers = tier(place);
    const auto shown = m_shownServer[placeIndex(place)].value_or(0);
    return &servers[std::min(shown, servers.size() - 1)];
}

QString DnsLookupScene::recursiveText() const {
    return tr("Recursive: the laptop asks once and waits; its resolver does all the work.");
}

QString DnsLookupScene::iterativeText() const {
    return tr("Iterative: the resolver asks the root, TLD and authoritative servers in turn, "
              "following each referral down the tree.");
}

QString DnsLookupScene::cacheText() const {
    return tr("answered from its cache");
}

QString DnsLookupScene::tierTitle(Place place) const {
    const int n = static_cast<int>(tier(place).size());
    switch (place) {
    case Place::Root:
        return tr("%n root server(s)", nullptr, n);
    case Place::Tld:
        return tr("%n TLD server(s)", nullptr, n);
    default:
        return tr("%n authoritative server(s)", nullptr, n);
    }
}

void DnsLookupScene::rebuild() {
    m_pills.clear();
    m_shownServer = {};
    m_answeredFromCache = false;
    const auto current = m_controller.currentIndex();
    if (!m_hasNodes || !m_showsTrace || !current) {
        update();
        return;
    }
    const double s = m_scale;
    const double progress = m_controller.progress();
    const QFontMetricsF fm(m_pillFont);
    const double lineHeight = fm.height();
    const double badge = lineHeight * 0.95;
    // Labels stay on the canvas and above the explanations.
    QRectF bounds = sceneRect().adjusted(4 * s, 4 * s, -4 * s, -4 * s);
    bounds.setBottom(std::min(bounds.bottom(), m_recursiveBox.top() - 3 * s));
    const std::size_t last = std::min(*current, m_controller.eventCount() - 1);

    for (std::size_t k = 0; k <= last; ++k) {
        const trace::Event& e = m_controller.event(k);
        const auto sender = placeOf(e.from());
        const auto receiver = placeOf(e.to());
        for (const std::string* name : {&e.from(), &e.to()}) {
            const auto p = placeOf(*name);
            if (!p || !isTier(*p)) {
                continue;
            }
            const auto& servers = tier(*p);
            for (std::size_t i = 0; i < servers.size(); ++i) {
                if (servers[i].name == *name) {
                    m_shownServer[placeIndex(*p)] = i;
                }
            }
        }
        if (!sender || !receiver) {
            continue; // a machine the scenario does not list has no place to draw it at
        }
        const Place a = *sender;
        const Place b = *receiver;
        if (a == Place::Resolver && b == Place::Client && m_lookupFromCache &&
            (k < last || m_controller.progress() >= 1.0)) {
            m_answeredFromCache = true;
        }
        if (a == b || !hasPlace(a) || !hasPlace(b)) {
            continue;
        }
        const QPointF ca = placeCentre(a);
        const QPointF cb = placeCentre(b);
        const QLineF line(ca, cb);
        const double length = std::max(1.0, line.length());
        const QPointF u = (cb - ca) / length;
        // Each direction keeps to its own side of the line: questions above, replies below on
        // the laptop's line, and likewise on the servers' lines.
        const QPointF n(u.y(), -u.x());
        const double gap = 5 * s;
        const QPointF from = ca + u * (iconSize(a) / 2 + 8 * s) + n * gap;
        const QPointF to = cb - u * (iconSize(b) / 2 + 8 * s) + n * gap;
        // Labels go on the arrow's own side, except on the lines to the root servers (above)
        // and to the authoritative servers (below): there the outer side is free, and the
        // space between two lines of the fan holds only the TLD line's labels.
        QPointF side = n;
        const auto pair = std::minmax(a, b);
        if (pair == std::minmax(Place::Resolver, Place::Root)) {
            side = n.y() < 0 ? n : -n;
        } else if (pair == std::minmax(Place::Resolver, Place::Authoritative)) {
            side = n.y() > 0 ? n : -n;
        }

        Pill pill;
        pill.event = k;
        const Message& message = messageOf(k);
        pill.response = message.response;
        pill.current = k == *current;
        pill.inFlight = pill.current && progress < 1.0;
        pill.from = from;
        pill.to = to;
        const double travelled = pill.inFlight ? progress : 1.0;
        pill.head = from + (to - from) * travelled;

        const double maxText =
            std::max(90 * s, std::min(QLineF(from, to).length() * 0.95, 320 * s)) - badge - 22 * s;
        // The current message says everything; earlier ones shrink to one line, so a small
        // screen still has room for all of them.
        const QStringList lines = pill.current ? message.lines : QStringList{message.shortLine};
        const auto sized = [&](const QStringList& text) {
            QStringList elided;
            double width = 0;
            for (const QString& line : text) {
                elided << fm.elidedText(line, Qt::ElideRight, maxText);
                width = std::max(width, fm.horizontalAdvance(elided.back()));
            }
            const double w = badge + 12 * s + (elided.isEmpty() ? 0 : width + 10 * s);
            const double h =
                lineHeight * static_cast<double>(std::max<qsizetype>(1, elided.size())) + 6 * s;
            return std::make_pair(elided, QSizeF(w, h));
        };
        double rest = kRestOther;
        if (a == Place::Resolver && isTier(b)) {
            rest = kRestQuery;
        } else if (isTier(a) && b == Place::Resolver) {
            rest = kRestReply;
        }
        const double laneLength = std::max(1.0, QLineF(from, to).length());
        const auto isFree = [&](const QRectF& r) {
            const QRectF padded = r.adjusted(-3 * s, -3 * s, 3 * s, 3 * s);
            for (const Pill& other : m_pills) {
                if (other.rect.intersects(padded)) {
                    return false;
                }
            }
            for (const Place place : kPlaces) {
                if (hasPlace(place) && placeRect(place).intersects(r)) {
                    return false;
                }
            }
            return true;
        };
        // Where a label of `size` goes at fraction t of the line, `level` labels out on `towards`.
        struct Spot {
            QRectF rect;
            bool free = false;
        };
        const auto place = [&](const QSizeF& size, bool search) {
            const double w = size.width();
            const double h = size.height();
            // Never over a machine: the label's reach along the line stays between its ends.
            const double along =
                (std::abs(u.x()) * w / 2 + std::abs(u.y()) * h / 2 + 2 * s) / laneLength;
            const auto onLine = [along](double t) {
                return along < 0.5 ? std::clamp(t, along, 1.0 - along) : 0.5;
            };
            const double across = std::abs(n.x()) * w / 2 + std::abs(n.y()) * h / 2;
            // One level further out clears a label of this size on the level below.
            const double step = std::min(std::abs(n.y()) > 0.01 ? h / std::abs(n.y()) : 1e9,
                                         std::abs(n.x()) > 0.01 ? w / std::abs(n.x()) : 1e9) +
                                4 * s;
            const auto rectAt = [&](double t, int level, const QPointF& towards) {
                const QPointF anchor = from + (to - from) * onLine(t) - n * gap; // on the line
                const QPointF centre = anchor + towards * (across + gap + 4 * s + level * step);
                QRectF r(centre.x() - w / 2, centre.y() - h / 2, w, h);
                r.moveLeft(std::clamp(r.left(), bounds.left(), bounds.right() - w));
                r.moveTop(std::clamp(r.top(), bounds.top(), bounds.bottom() - h));
                return r;
            };
            Spot spot{rectAt(rest, 0, side), false};
            spot.free = isFree(spot.rect);
            // The preferred spot, or the nearest free one along the line, then further out,
            // then across the line. Only earlier messages count, so a label never moves once
            // it has been placed.
            for (const QPointF& towards : {side, -side}) {
                for (int level = 0; search && !spot.free && level < 4; ++level) {
                    for (const double shift :
                         {0.0, -0.1, 0.1, -0.2, 0.2, -0.3, 0.3, -0.4, 0.4, -0.5, 0.5}) {
                        const QRectF r = rectAt(rest + shift, level, towards);
                        if (isFree(r)) {
                            spot = {r, true};
                            break;
                        }
                    }
                }
            }
            return std::make_pair(spot, rectAt(0.0, 0, side));
        };
        auto [text, size] = sized(lines);
        auto [spot, start] = place(size, true);
        if (!spot.free && !pill.current) {
            // No room for words: the number alone, which the caption and inspector explain.
            std::tie(text, size) = sized({});
            std::tie(spot, start) = place(size, true);
            // Still no room: the number sits on its own arrow, as in a textbook figure.
            const auto onArrow = [&](double t) {
                const QPointF c = from + (to - from) * std::clamp(t, 0.1, 0.9);
                return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                              size.height());
            };
            if (!spot.free) {
                spot = {onArrow(rest), false};
                for (const double shift : {0.0, -0.1, 0.1, -0.2, 0.2, -0.3, 0.3}) {
                    if (isFree(onArrow(rest + shift))) {
                        spot = {onArrow(rest + shift), true};
                        break;
                    }
                }
            }
        }
        pill.lines = text;
        QRectF rect = spot.rect;
        if (pill.inFlight) {
            // The label rides with the message from the sender until it reaches its place.
            const double f = std::clamp(progress / std::max(rest, 0.05), 0.0, 1.0);
            rect.moveTopLeft(start.topLeft() + (spot.rect.topLeft() - start.topLeft()) * f);
        }
        pill.rect = rect;
        m_pills.push_back(std::move(pill));
    }
    update();
}

std::optional<std::size_t> DnsLookupScene::eventAt(const QPointF& scenePos) const {
    // Later pills are drawn on top, so they are hit first.
    for (auto it = m_pills.rbegin(); it != m_pills.rend(); ++it) {
        if (it->rect.adjusted(-2, -2, 2, 2).contains(scenePos)) {
            return it->event;
        }
    }
    return std::nullopt;
}

std::optional<DnsLookupScene::Place> DnsLookupScene::placeAt(const QPointF& scenePos) const {
    for (const Place place : kPlaces) {
        if (hasPlace(place) && placeRect(place).contains(scenePos)) {
            return place;
        }
    }
    return std::nullopt;
}

void DnsLookupScene::setSelectedPlace(std::optional<Place> place) {
    m_selected = place;
    update();
}

std::optional<std::size_t> DnsLookupScene::nextEventOf(Place place) const {
    const std::size_t n = m_controller.eventCount();
    if (n == 0 || !m_showsTrace) {
        return std::nullopt;
    }
    const auto current = m_controller.currentIndex();
    const std::size_t start = current ? *current + 1 : 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t k = (start + i) % n;
        const auto& e = m_controller.event(k);
        if (placeOf(e.from()) == place || placeOf(e.to()) == place) {
            return k;
        }
    }
    return std::nullopt;
}

void DnsLookupScene::paintDiagram(QPainter& p) const {
    if (!m_hasNodes) {
        return;
    }
    const double s = m_scale;
    const QPalette pal = QApplication::palette();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // The network: the laptop's line to its resolver, the resolver's lines to each tier.
    QPen link(DiagramStyle::withAlpha(pal.color(QPalette::Text), 0.14), 10 * s, Qt::SolidLine,
              Qt::RoundCap);
    p.setPen(link);
    const QPointF resolver = placeCentre(Place::Resolver);
    p.drawLine(placeCentre(Place::Client), resolver);
    for (const Place t : {Place::Root, Place::Tld, Place::Authoritative}) {
        if (hasPlace(t)) {
            p.drawLine(resolver, placeCentre(t));
        }
    }

    paintSpans(p);

    // Nodes the current message travels between stand out.
    std::optional<Place> sender;
    std::optional<Place> receiver;
    if (const auto k = m_controller.currentIndex(); k && m_showsTrace) {
        const auto& e = m_controller.event(*k);
        sender = placeOf(e.from());
        receiver = placeOf(e.to());
    }
    for (const Place place : kPlaces) {
        if (!hasPlace(place)) {
            continue;
        }
        const QPointF c = placeCentre(place);
        const double r = iconSize(place) * 0.72;
        if (place == sender || place == receiver) {
            p.setPen(Qt::NoPen);
            p.setBrush(DiagramStyle::withAlpha(pal.color(QPalette::Highlight), 0.16));
            p.drawEllipse(c, r, r);
        }
        if (m_selected && *m_selected == place) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2.5 * s));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r, r);
        }
        paintNode(p, place);
    }

    if (m_answeredFromCache) {
        // The lookup stopped here: say so over the resolver.
        const QFontMetricsF fm(m_pillFont);
        const QString text = cacheText();
        const double w = fm.horizontalAdvance(text) + 18 * s;
        const double h = fm.height() + 8 * s;
        const QPointF c = placeCentre(Place::Resolver);
        // Up and to the right, over the servers' lines, which this lookup left empty.
        const QRectF chip(c.x() + iconSize(Place::Resolver) * 0.3,
                          c.y() - iconSize(Place::Resolver) * 0.72 - h - 4 * s, w, h);
        const QColor colour = colourOf(wire::LayerColour::Application);
        p.setPen(QPen(colour.darker(130), 2 * s));
        p.setBrush(DiagramStyle::withAlpha(colour, 0.18));
        p.drawRoundedRect(chip, h / 2, h / 2);
        p.setFont(m_pillFont);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(chip, Qt::AlignCenter, text);
    }

    // Arrows, then their labels, past ones first so the current message is on top.
    const QColor text = pal.color(QPalette::Text);
    for (const Pill& pill : m_pills) {
        const QColor colour = colourOf(m_controller.layerColour(pill.event));
        const double alpha = pill.current ? 1.0 : kPastAlpha;
        const double width = (pill.current ? 3.0 : 2.0) * s;
        p.setPen(QPen(DiagramStyle::withAlpha(colour, alpha), width, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(pill.from, pill.head);
        const QLineF dir(pill.from, pill.to);
        if (dir.length() > 0.1 && !pill.inFlight) {
            const QPointF u = (pill.to - pill.from) / dir.length();
            const QPointF n(-u.y(), u.x());
            const double head = 10 * s;
            QPolygonF tip;
            tip << pill.to << pill.to - u * head + n * head * 0.5
                << pill.to - u * head - n * head * 0.5;
            p.setPen(Qt::NoPen);
            p.setBrush(DiagramStyle::withAlpha(colour, alpha));
            p.drawPolygon(tip);
        }
        if (pill.inFlight) {
            p.setPen(QPen(DiagramStyle::withAlpha(text, 0.6), 1.2 * s));
            p.setBrush(colour);
            p.drawEllipse(pill.head, 6 * s, 6 * s);
        }
    }
    for (const Pill& pill : m_pills) {
        paintPill(p, pill);
    }
}

void DnsLookupScene::paintSpans(QPainter& p) const {
    const double s = m_scale;
    const QPalette pal = QApplication::palette();
    Span active = Span::None;
    if (const auto k = m_controller.currentIndex(); k && m_showsTrace) {
        active = spanOf(*k);
    }
    struct Half {
        Span span;
        QRectF box;
        QString text;
    };
    const Half halves[] = {
        {Span::Recursive, m_recursiveBox, recursiveText()},
        {Span::Iterative, m_iterativeBox, iterativeText()},
    };
    for (const Half& half : halves) {
        const bool on = half.span == active;
        // A bracket over the text, spanning the machines it speaks about.
        const QRectF& box = half.box;
        p.setPen(QPen(DiagramStyle::withAlpha(pal.color(QPalette::Text), on ? 0.7 : 0.25),
                      (on ? 2.0 : 1.2) * s));
        p.setBrush(Qt::NoBrush);
        QPainterPath bracket(QPointF(box.left(), box.top() + 5 * s));
        bracket.lineTo(box.left(), box.top());
        bracket.lineTo(box.right(), box.top());
        bracket.lineTo(box.right(), box.top() + 5 * s);
        p.drawPath(bracket);
        QFont f = m_small;
        f.setBold(on);
        p.setFont(f);
        p.setPen(DiagramStyle::withAlpha(pal.color(QPalette::Text), on ? 1.0 : 0.55));
        p.drawText(box.adjusted(0, 7 * s, 0, 0), Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop,
                   half.text);
    }
}

void DnsLookupScene::paintNode(QPainter& p, Place place) const {
    const double s = m_scale;
    const QPalette pal = QApplication::palette();
    const double icon = iconSize(place);
    const QPointF c = placeCentre(place);
    const QRectF iconRect(c.x() - icon / 2, c.y() - icon / 2, icon, icon);
    const QFontMetricsF bold(m_bold);
    const QFontMetricsF small(m_small);
    const QColor ink = pal.color(QPalette::Text);
    const QColor quiet = DiagramStyle::withAlpha(ink, 0.72);

    if (!isTier(place)) {
        NodeIcons::paint(p, iconIdFor(place), iconRect);
        const Node& node = place == Place::Client ? m_client : m_resolver;
        const double width = std::max(icon * 3, 180 * s);
        const QRectF nameRect(c.x() - width / 2, iconRect.bottom() + 3 * s, width, bold.height());
        p.setFont(m_bold);
        p.setPen(ink);
        p.drawText(nameRect, Qt::AlignHCenter | Qt::AlignVCenter,
                   bold.elidedText(QString::fromStdString(node.name), Qt::ElideMiddle, width));
        p.setFont(m_small);
        p.setPen(quiet);
        p.drawText(nameRect.translated(0, bold.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                   node.address);
        return;
    }

    const auto& servers = tier(place);
    if (servers.size() > 1) {
        // More than one server of this kind: a second icon peeks out behind.
        p.save();
        p.setOpacity(0.35);
        NodeIcons::paint(p, iconIdFor(place), iconRect.translated(6 * s, -6 * s));
        p.restore();
    }
    NodeIcons::paint(p, iconIdFor(place), iconRect);
    const Node* shown = shownServer(place);
    const double left = iconRect.right() + 10 * s + (servers.size() > 1 ? 6 * s : 0);
    const double width = std::max(40 * s, sceneRect().width() - left - 8 * s);
    const double block = bold.height() + 2 * small.height();
    double y = c.y() - block / 2;
    p.setFont(m_bold);
    p.setPen(ink);
    p.drawText(QRectF(left, y, width, bold.height()), Qt::AlignLeft | Qt::AlignVCenter,
               bold.elidedText(tierTitle(place), Qt::ElideRight, width));
    y += bold.height();
    if (shown != nullptr) {
        p.setFont(m_small);
        p.setPen(ink);
        p.drawText(QRectF(left, y, width, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   small.elidedText(QString::fromStdString(shown->name), Qt::ElideMiddle, width));
        y += small.height();
        p.setPen(quiet);
        p.drawText(QRectF(left, y, width, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   shown->address);
    }
}

void DnsLookupScene::paintPill(QPainter& p, const Pill& pill) const {
    const double s = m_scale;
    const QPalette pal = QApplication::palette();
    const QColor colour = colourOf(m_controller.layerColour(pill.event));
    const QFontMetricsF fm(m_pillFont);
    const double lineHeight = fm.height();
    const double badge = lineHeight * 0.95;
    const QRectF r = pill.rect;
    const double radius = std::min(r.height() / 2, 12 * s);

    p.save();
    p.setOpacity(pill.current ? 1.0 : kPastAlpha + 0.15);
    if (pill.current) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 60));
        p.drawRoundedRect(r.translated(0, 2.5 * s), radius, radius);
    }
    // Questions are filled with their layer's colour; replies are outlined in it.
    const QColor fill = pill.response ? pal.color(QPalette::Base) : colour;
    const QColor textColour = pill.response ? pal.color(QPalette::Text) : QColor(Qt::black);
    p.setBrush(fill);
    p.setPen(QPen(pill.current ? colour.darker(150) : colour, (pill.current ? 2.6 : 1.6) * s));
    p.drawRoundedRect(r, radius, radius);

    // The message's number, as the caption and the event list count it.
    const QRectF badgeRect(r.left() + 6 * s, r.top() + (lineHeight + 6 * s - badge) / 2, badge,
                           badge);
    p.setPen(Qt::NoPen);
    p.setBrush(pill.response ? colour : QColor(255, 255, 255, 215));
    p.drawEllipse(badgeRect);
    p.setFont(m_badgeFont);
    p.setPen(Qt::black);
    p.drawText(badgeRect, Qt::AlignCenter, QString::number(pill.event + 1));

    p.setFont(m_pillFont);
    p.setPen(textColour);
    const double textLeft = badgeRect.right() + 6 * s;
    for (qsizetype i = 0; i < pill.lines.size(); ++i) {
        const QRectF line(textLeft, r.top() + 3 * s + lineHeight * static_cast<double>(i),
                          r.right() - textLeft - 8 * s, lineHeight);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, pill.lines[i]);
    }
    p.restore();
}

} // namespace hopscope::gui
