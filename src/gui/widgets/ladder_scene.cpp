// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ladder_scene.h"

#include "diagram_style.h"
#include "gui/controllers/playback_controller.h"
#include "gui/text/time_format.h"
#include "node_icons.h"
#include "painted_item.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

namespace {

constexpr double kFaint = 0.22;
// A pause this long between two events is marked on the ladder.
constexpr std::int64_t kPauseNs = 200'000'000;

QColor colourOf(wire::LayerColour c) {
    return QColor(QString::fromLatin1(wire::colourHex(c)));
}

QPalette scenePalette() {
    return QApplication::palette();
}

} // namespace

LadderScene::LadderScene(PlaybackController& controller, QObject* parent)
    : QGraphicsScene(parent), m_controller(controller) {
    // Few items that all move or repaint every frame: keeping an item index would only cost time.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    // The rows (arrows, labels, lifelines): only the exposed ones are painted.
    m_rows = new PaintedItem(
        [this](QPainter& p, const QRectF&, const QRectF& exposed) { paintRows(p, exposed); });
    m_rows->setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    // Node icons and names, pinned to the top of the view.
    m_header = new PaintedItem(
        [this](QPainter& p, const QRectF& rect, const QRectF&) { paintHeader(p, rect); });
    // The message in flight: a pill travelling along the current arrow.
    m_message =
        new PaintedItem([this](QPainter& p, const QRectF&, const QRectF&) { paintMessage(p); });
    m_rows->setZValue(0);
    m_message->setZValue(5);
    m_header->setZValue(10);
    addItem(m_rows);
    addItem(m_message);
    addItem(m_header);

    connect(&m_controller, &PlaybackController::traceGrew, this, &LadderScene::onTraceGrew);
    connect(&m_controller, &PlaybackController::traceReplaced, this, &LadderScene::onTraceReplaced);
    connect(&m_controller, &PlaybackController::positionChanged, this,
            &LadderScene::onPositionChanged);
    scanNodes(0, m_controller.eventCount());
    refreshPalette();
    relayout();
}

LadderScene::~LadderScene() = default;

void LadderScene::setScale(double scale) {
    m_scale = scale;
    relayout();
}

void LadderScene::setViewportWidth(double width) {
    if (std::abs(width - m_viewportWidth) < 0.5) {
        return;
    }
    m_viewportWidth = width;
    relayout();
}

void LadderScene::setHeaderTop(double y) {
    m_headerTop = std::max(0.0, y);
    m_header->setPos(0, m_headerTop);
}

void LadderScene::refreshPalette() {
    setBackgroundBrush(scenePalette().color(QPalette::Base));
    update();
}

void LadderScene::relayout() {
    const QFont base = QApplication::font();
    m_font = DiagramStyle::scaled(base, m_scale);
    m_smallFont = DiagramStyle::scaled(base, m_scale, 0.85);
    m_pillFont = DiagramStyle::scaled(base, m_scale, 0.85);
    m_pillFont.setBold(true);

    const QFontMetricsF fm(m_font);
    m_gutter = std::ceil(
        QFontMetricsF(m_smallFont).horizontalAdvance(QStringLiteral("00000  000.000 ms")) +
        16 * m_scale);
    m_headerHeight = std::ceil(48 * m_scale + fm.height() * 1.2 + 14 * m_scale);
    // Lifeline states take a line of their own under the arrow.
    m_rowHeight = std::ceil(fm.height() * (m_states.empty() ? 3.0 : 3.5));
    const std::size_t columns = std::max<std::size_t>(m_nodes.size(), 1);
    const double minColumn = 170 * m_scale;
    // Whole pixels, so the columns never add up to a hair wider than the view.
    m_columnWidth = std::max(
        minColumn, std::floor((m_viewportWidth - m_gutter) / static_cast<double>(columns)));

    const double width = m_gutter + m_columnWidth * static_cast<double>(columns);
    const double rowsHeight = m_rowHeight * static_cast<double>(m_controller.eventCount());
    const double height = m_headerHeight + rowsHeight + m_rowHeight * 0.5;
    setSceneRect(0, 0, width, height);
    m_rows->setRect(QRectF(0, m_headerHeight, width, height - m_headerHeight));
    m_header->setRect(QRectF(0, 0, width, m_headerHeight));
    m_message->setRect(messageBounds());
    update();
}

void LadderScene::scanNodes(std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        const auto& e = m_controller.event(i);
        for (const std::string* node : {&e.from(), &e.to()}) {
            if (m_columns.emplace(*node, m_nodes.size()).second) {
                m_nodes.push_back(QString::fromStdString(*node));
            }
        }
    }
    m_scanned = std::max(m_scanned, to);
}

void LadderScene::onTraceGrew(std::size_t /*oldCount*/, std::size_t newCount) {
    scanNodes(m_scanned, newCount);
    relayout();
}

void LadderScene::setLifelineStates(std::unordered_map<std::string, std::vector<QString>> states) {
    m_states = std::move(states);
    relayout();
}

QString LadderScene::lifelineState(const std::string& node, std::size_t event) const {
    const auto it = m_states.find(node);
    return it == m_states.end() || event >= it->second.size() ? QString() : it->second[event];
}

void LadderScene::onTraceReplaced() {
    m_states.clear();
    m_nodes.clear();
    m_columns.clear();
    m_scanned = 0;
    scanNodes(0, m_controller.eventCount());
    relayout();
}

void LadderScene::onPositionChanged() {
    m_message->setRect(messageBounds());
    m_rows->update();
}

std::size_t LadderScene::columnOf(const std::string& node) const {
    const auto it = m_columns.find(node);
    return it == m_columns.end() ? 0 : it->second;
}

double LadderScene::columnX(std::size_t column) const {
    return m_gutter + (static_cast<double>(column) + 0.5) * m_columnWidth;
}

double LadderScene::arrowY(std::size_t event) const {
    // With lifeline states the arrow sits higher, the state under it.
    const double at = m_states.empty() ? 0.72 : 0.64;
    return m_headerHeight + (static_cast<double>(event) + at) * m_rowHeight;
}

QRectF LadderScene::rowRect(std::size_t event) const {
    return {0, m_headerHeight + static_cast<double>(event) * m_rowHeight, sceneRect().width(),
            m_rowHeight};
}

QRectF LadderScene::arrowRect(std::size_t event) const {
    const auto& e = m_controller.event(event);
    const double x1 = columnX(columnOf(e.from()));
    const double x2 = columnX(columnOf(e.to()));
    const QRectF row = rowRect(event);
    const double loop = x1 == x2 ? 40 * m_scale : 0;
    return {std::min(x1, x2), row.top(), std::abs(x2 - x1) + loop, row.height()};
}

std::optional<std::size_t> LadderScene::eventAt(double y) const {
    if (y < m_headerHeight) {
        return std::nullopt;
    }
    const auto row = static_cast<std::size_t>((y - m_headerHeight) / m_rowHeight);
    if (row >= m_controller.eventCount()) {
        return std::nullopt;
    }
    return row;
}

QString LadderScene::protocolText(std::size_t event) const {
    const auto& e = m_controller.event(event);
    return QString::fromStdString(
        e.protocol().empty() ? e.dissect(wire::DissectDetail::Summary).protocol : e.protocol());
}

QString LadderScene::summaryText(std::size_t event) const {
    const auto& e = m_controller.event(event);
    return QString::fromStdString(e.summary().empty() ? e.dissect(wire::DissectDetail::Summary).info
                                                      : e.summary());
}

std::optional<QPointF> LadderScene::messagePosition() const {
    const auto k = m_controller.currentIndex();
    const double progress = m_controller.progress();
    if (!k || progress <= 0.0 || progress >= 1.0 || *k >= m_controller.eventCount()) {
        return std::nullopt;
    }
    const auto& e = m_controller.event(*k);
    const double x1 = columnX(columnOf(e.from()));
    const double x2 = columnX(columnOf(e.to()));
    if (x1 == x2) {
        // A message to itself travels round its loop.
        const double loop = 28 * m_scale;
        const double t = progress * 3.0;
        const double y = arrowY(*k);
        if (t < 1.0) {
            return QPointF(x1 + loop * t, y - loop * 0.4);
        }
        if (t < 2.0) {
            return QPointF(x1 + loop, y - loop * 0.4 + loop * 0.4 * (t - 1.0));
        }
        return QPointF(x1 + loop * (3.0 - t), y);
    }
    return QPointF(x1 + (x2 - x1) * progress, arrowY(*k));
}

QRectF LadderScene::messageBounds() const {
    const auto pos = messagePosition();
    if (!pos) {
        return {};
    }
    const QFontMetricsF fm(m_pillFont);
    const auto k = *m_controller.currentIndex();
    const double w = fm.horizontalAdvance(protocolText(k)) + 20 * m_scale;
    const double h = fm.height() + 8 * m_scale;
    return QRectF(pos->x() - w / 2, pos->y() - h / 2, w, h).adjusted(-4, -4, 4, 6);
}

void LadderScene::paintMessage(QPainter& p) const {
    const auto pos = messagePosition();
    if (!pos) {
        return;
    }
    const auto k = *m_controller.currentIndex();
    const QString text = protocolText(k);
    const QFontMetricsF fm(m_pillFont);
    const double w = fm.horizontalAdvance(text) + 20 * m_scale;
    const double h = fm.height() + 8 * m_scale;
    const QRectF pill(pos->x() - w / 2, pos->y() - h / 2, w, h);
    const QColor colour = colourOf(m_controller.layerColour(k));
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 50));
    p.drawRoundedRect(pill.translated(0, 2 * m_scale), h / 2, h / 2);
    p.setBrush(colour);
    p.setPen(QPen(colour.darker(140), 1.5 * m_scale));
    p.drawRoundedRect(pill, h / 2, h / 2);
    p.setFont(m_pillFont);
    p.setPen(Qt::black);
    p.drawText(pill, Qt::AlignCenter, text);
}

void LadderScene::paintHeader(QPainter& p, const QRectF& rect) const {
    const QPalette pal = scenePalette();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, pal.color(QPalette::Window));
    p.setPen(QPen(pal.color(QPalette::Mid), 1.0 * m_scale));
    p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));

    const double icon = 48 * m_scale;
    const QFontMetricsF fm(m_font);
    p.setFont(m_smallFont);
    p.setPen(DiagramStyle::withAlpha(pal.color(QPalette::WindowText), 0.6));
    p.drawText(QRectF(4 * m_scale, rect.bottom() - fm.height() * 1.4, m_gutter - 12 * m_scale,
                      fm.height() * 1.2),
               Qt::AlignRight | Qt::AlignVCenter, tr("No.  real time"));
    for (std::size_t c = 0; c < m_nodes.size(); ++c) {
        const double x = columnX(c);
        NodeIcons::paint(p, m_nodes[c], QRectF(x - icon / 2, rect.top() + 6 * m_scale, icon, icon));
        p.setFont(m_font);
        p.setPen(pal.color(QPalette::WindowText));
        const QRectF label(x - m_columnWidth / 2 + 4, rect.top() + 8 * m_scale + icon,
                           m_columnWidth - 8, fm.height() * 1.2);
        p.drawText(label, Qt::AlignHCenter | Qt::AlignVCenter,
                   fm.elidedText(m_nodes[c], Qt::ElideMiddle, label.width()));
    }
}

void LadderScene::paintRows(QPainter& p, const QRectF& exposed) const {
    const std::size_t n = m_controller.eventCount();
    const QPalette pal = scenePalette();
    p.setRenderHint(QPainter::Antialiasing);
    const double rowsBottom = m_headerHeight + m_rowHeight * (static_cast<double>(n) + 0.5);

    // Lifelines.
    QPen lifeline(DiagramStyle::withAlpha(pal.color(QPalette::Text), 0.18), 2.0 * m_scale);
    p.setPen(lifeline);
    const double top = std::max(exposed.top(), m_headerHeight);
    const double bottom = std::min(exposed.bottom(), rowsBottom);
    if (bottom > top) {
        for (std::size_t c = 0; c < m_nodes.size(); ++c) {
            p.drawLine(QPointF(columnX(c), top), QPointF(columnX(c), bottom));
        }
    }
    if (n == 0) {
        return;
    }

    const auto firstRow = static_cast<std::size_t>(
        std::max(0.0, std::floor((exposed.top() - m_headerHeight) / m_rowHeight)));
    const auto lastRow = static_cast<std::size_t>(
        std::max(0.0, std::ceil((exposed.bottom() - m_headerHeight) / m_rowHeight)));
    const auto current = m_controller.currentIndex();
    const double progress = m_controller.progress();
    if (current && *current >= firstRow && *current <= lastRow) {
        p.fillRect(rowRect(*current),
                   DiagramStyle::withAlpha(pal.color(QPalette::Highlight), 0.13));
    }

    const QFontMetricsF fm(m_font);
    const QFontMetricsF smallFm(m_smallFont);
    const QFontMetricsF pillFm(m_pillFont);
    const QColor text = pal.color(QPalette::Text);
    const double stroke = 2.2 * m_scale;
    const double head = 9 * m_scale;

    for (std::size_t k = firstRow; k <= std::min(lastRow, n - 1); ++k) {
        const auto& e = m_controller.event(k);
        const bool isCurrent = current && *current == k;
        const bool past = current && (k < *current || (isCurrent && progress >= 1.0));
        const bool inFlight = isCurrent && !past;
        const double alpha = past ? 1.0 : kFaint;
        const QColor colour = colourOf(m_controller.layerColour(k));
        const double y = arrowY(k);
        const double x1 = columnX(columnOf(e.from()));
        const double x2 = columnX(columnOf(e.to()));

        // A pause on the wire (a retransmission timer running out, a slow server): a dotted
        // break across the row with how long nothing was seen, since rows are evenly spaced.
        if (k > 0) {
            const std::int64_t pause = e.timeNs() - m_controller.event(k - 1).timeNs();
            if (pause >= kPauseNs) {
                const QRectF row = rowRect(k);
                p.setPen(QPen(DiagramStyle::withAlpha(text, 0.35), 1.0 * m_scale, Qt::DotLine));
                p.drawLine(QPointF(m_gutter, row.top()), QPointF(row.right(), row.top()));
                p.setFont(m_smallFont);
                p.setPen(DiagramStyle::withAlpha(text, 0.6));
                // In the gutter, under the previous row's time: how much later this one came.
                p.drawText(
                    QRectF(4 * m_scale, row.top(), m_gutter - 12 * m_scale, m_rowHeight * 0.4),
                    Qt::AlignRight | Qt::AlignTop, tr("+%1").arg(TimeFormat::realTime(pause)));
            }
        }

        // Gutter: number and real time.
        p.setFont(m_smallFont);
        p.setPen(DiagramStyle::withAlpha(text, past || inFlight ? 0.7 : 0.35));
        const QRectF gutter(4 * m_scale, rowRect(k).top(), m_gutter - 12 * m_scale, m_rowHeight);
        p.drawText(gutter, Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1  %2").arg(k + 1).arg(TimeFormat::realTime(e.timeNs())));

        // Arrow: the part already travelled is solid; a pure ACK, which carries nothing for the
        // application, is dashed (Wireshark's flow graph does not tell them apart).
        QPen pen(DiagramStyle::withAlpha(colour, alpha), stroke,
                 m_controller.isPureAck(k) ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap,
                 Qt::RoundJoin);
        p.setBrush(Qt::NoBrush);
        if (x1 == x2) {
            const double loop = 28 * m_scale;
            QPainterPath path(QPointF(x1, y - loop * 0.4));
            path.lineTo(x1 + loop, y - loop * 0.4);
            path.lineTo(x1 + loop, y);
            path.lineTo(x1 + head, y);
            p.setPen(pen);
            p.drawPath(path);
            QPolygonF tip;
            tip << QPointF(x1 + 1, y) << QPointF(x1 + head, y - head / 2)
                << QPointF(x1 + head, y + head / 2);
            p.setPen(Qt::NoPen);
            p.setBrush(DiagramStyle::withAlpha(colour, alpha));
            p.drawPolygon(tip);
        } else {
            const double dir = x2 > x1 ? 1.0 : -1.0;
            const double end = x2 - dir * head;
            p.setPen(pen);
            p.drawLine(QPointF(x1, y), QPointF(end, y));
            if (inFlight) {
                QPen solid = pen;
                solid.setColor(colour);
                p.setPen(solid);
                const double reach = x1 + (x2 - x1) * progress;
                p.drawLine(QPointF(x1, y),
                           QPointF(dir > 0 ? std::min(reach, end) : std::max(reach, end), y));
            }
            QPolygonF tip;
            tip << QPointF(x2, y) << QPointF(end, y - head / 2) << QPointF(end, y + head / 2);
            p.setPen(Qt::NoPen);
            p.setBrush(DiagramStyle::withAlpha(colour, alpha));
            p.drawPolygon(tip);
        }
        // Sender dot.
        p.setPen(Qt::NoPen);
        p.setBrush(DiagramStyle::withAlpha(colour, alpha));
        p.drawEllipse(QPointF(x1, y), 3.2 * m_scale, 3.2 * m_scale);

        // Label: protocol pill and the one thing that matters, above the arrow.
        const QString protocol = protocolText(k);
        const double pillW = pillFm.horizontalAdvance(protocol) + 14 * m_scale;
        const double pillH = pillFm.height() + 4 * m_scale;
        const double gap = 6 * m_scale;
        // The whole row is the label's: it is never cut while the row is wide enough, and
        // rows are one per event, so no other label is in the way.
        const double rowRight = sceneRect().width() - 4 * m_scale;
        const double available = rowRight - m_gutter - 8 * m_scale - pillW - gap;
        // Too long for the row: a smaller font first (down to three quarters), cut only then.
        QFont summaryFont = m_font;
        const QString fullText = summaryText(k);
        // Hinting makes widths shrink less than the size: step down until it fits.
        for (double f = 0.97;
             f >= 0.75 && QFontMetricsF(summaryFont).horizontalAdvance(fullText) > available;
             f -= 0.03) {
            summaryFont.setPointSizeF(m_font.pointSizeF() * f);
        }
        const QFontMetricsF summaryFm(summaryFont);
        const QString summary =
            summaryFm.elidedText(summaryText(k), Qt::ElideRight, std::max(0.0, available));
        const double labelW = pillW + gap + summaryFm.horizontalAdvance(summary);
        const double mid = x1 == x2 ? x1 + 40 * m_scale + labelW / 2 : (x1 + x2) / 2;
        const double lx =
            std::max(m_gutter + 4 * m_scale, std::min(mid - labelW / 2, rowRight - labelW));
        // Clear of the travelling message, which is centred on the arrow.
        const double messageHalf = (pillFm.height() + 8 * m_scale) / 2;
        const double labelBottom =
            y - messageHalf - 1 * m_scale - (x1 == x2 ? 28 * m_scale * 0.4 : 0);
        const QRectF pill(lx, labelBottom - pillH, pillW, pillH);
        const double labelAlpha = past || inFlight ? 1.0 : 0.4;
        p.setBrush(DiagramStyle::withAlpha(colour, labelAlpha));
        p.drawRoundedRect(pill, pillH / 2, pillH / 2);
        p.setFont(m_pillFont);
        p.setPen(DiagramStyle::withAlpha(Qt::black, labelAlpha));
        p.drawText(pill, Qt::AlignCenter, protocol);
        p.setFont(summaryFont);
        p.setPen(DiagramStyle::withAlpha(text, labelAlpha));
        p.drawText(QRectF(pill.right() + gap, pill.top() - 2, labelW, pillH + 4),
                   Qt::AlignLeft | Qt::AlignVCenter, summary);
        if (!m_states.empty()) {
            paintStates(p, k, isCurrent, past || inFlight);
        }
    }
}

void LadderScene::paintStates(QPainter& p, std::size_t k, bool isCurrent, bool past) const {
    const QPalette pal = scenePalette();
    QFont bold = m_smallFont;
    bold.setBold(true);
    const QFontMetricsF fm(bold); // the wider of the two, so the badge never cuts its text
    const double y = arrowY(k) + 4 * m_scale;
    const double h = fm.height() + 4 * m_scale;
    for (std::size_t c = 0; c < m_nodes.size(); ++c) {
        const std::string node = m_nodes[c].toStdString();
        const QString state = lifelineState(node, k);
        if (state.isEmpty()) {
            continue;
        }
        const bool changed = k == 0 || state != lifelineState(node, k - 1);
        if (!changed && !isCurrent) {
            continue;
        }
        // Outside the lifelines, where no arrow runs: left of the first, right of the others.
        const double x = columnX(c);
        const double w = fm.horizontalAdvance(state) + 12 * m_scale;
        const QRectF box(c == 0 ? x - 6 * m_scale - w : x + 6 * m_scale, y, w, h);
        if (isCurrent) {
            p.setPen(Qt::NoPen);
            p.setBrush(DiagramStyle::withAlpha(pal.color(QPalette::Highlight), 0.9));
            p.drawRoundedRect(box, h / 2, h / 2);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::HighlightedText));
        } else {
            p.setFont(m_smallFont);
            p.setPen(DiagramStyle::withAlpha(pal.color(QPalette::Text), past ? 0.75 : 0.35));
        }
        p.drawText(box, Qt::AlignCenter, state);
    }
}

} // namespace hopscope::gui
