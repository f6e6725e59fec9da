// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QFont>
#include <QGraphicsScene>
#include <QString>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hopscope::gui {

class PaintedItem;
class PlaybackController;

// A ladder (sequence) diagram of the whole trace: one lifeline per node, one labelled arrow
// per event, past arrows solid, future ones faint, and the current message travelling along
// its arrow. Like NetAnim, the picture is a function of (trace, cursor position): rows are
// painted on demand for the exposed area only, so a capture of a million events costs what
// the visible rows cost.
class LadderScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit LadderScene(PlaybackController& controller, QObject* parent = nullptr);
    ~LadderScene() override;

    // Presentation mode: fonts, strokes and spacing grow together.
    void setScale(double scale);
    [[nodiscard]] double scale() const { return m_scale; }
    // Columns share the visible width when there is room, so a few nodes spread out.
    void setViewportWidth(double width);
    // Keeps the node header pinned to the top of what the view shows.
    void setHeaderTop(double y);
    void refreshPalette();
    // What each lifeline is at every event (a TCP endpoint's state: "SYN-SENT"), by node name:
    // one label per event, drawn under the arrow beside the lifeline where it changes, and as a
    // badge on the current row. Empty: no states. Dropped when the trace is replaced.
    void setLifelineStates(std::unordered_map<std::string, std::vector<QString>> states);
    [[nodiscard]] QString lifelineState(const std::string& node, std::size_t event) const;

    [[nodiscard]] const std::vector<QString>& nodes() const { return m_nodes; }
    [[nodiscard]] double columnX(std::size_t column) const;
    [[nodiscard]] double arrowY(std::size_t event) const;
    [[nodiscard]] QRectF rowRect(std::size_t event) const;
    // From the sender's lifeline to the receiver's, plus the label above the arrow.
    [[nodiscard]] QRectF arrowRect(std::size_t event) const;
    [[nodiscard]] double headerHeight() const { return m_headerHeight; }
    [[nodiscard]] double rowHeight() const { return m_rowHeight; }
    // The event whose row contains scene point y, if any.
    [[nodiscard]] std::optional<std::size_t> eventAt(double y) const;
    // Where the travelling message is drawn; nullopt when nothing is in flight.
    [[nodiscard]] std::optional<QPointF> messagePosition() const;

    // Painting entry points for the scene's items.
    void paintRows(QPainter& painter, const QRectF& exposed) const;
    void paintHeader(QPainter& painter, const QRectF& rect) const;
    void paintMessage(QPainter& painter) const;
    [[nodiscard]] QRectF messageBounds() const;

private:
    void relayout();
    void scanNodes(std::size_t from, std::size_t to);
    void onTraceGrew(std::size_t oldCount, std::size_t newCount);
    void onTraceReplaced();
    void onPositionChanged();
    [[nodiscard]] std::size_t columnOf(const std::string& node) const;
    [[nodiscard]] QString protocolText(std::size_t event) const;
    [[nodiscard]] QString summaryText(std::size_t event) const;

    void paintStates(QPainter& painter, std::size_t event, bool isCurrent, bool past) const;

    PlaybackController& m_controller;
    std::unordered_map<std::string, std::vector<QString>> m_states;
    PaintedItem* m_rows;
    PaintedItem* m_header;
    PaintedItem* m_message;
    std::vector<QString> m_nodes;
    std::unordered_map<std::string, std::size_t> m_columns;
    std::size_t m_scanned = 0;

    double m_scale = 1.0;
    double m_viewportWidth = 800;
    double m_gutter = 0;
    double m_columnWidth = 0;
    double m_headerHeight = 0;
    double m_rowHeight = 0;
    double m_headerTop = 0;
    QFont m_font;
    QFont m_smallFont;
    QFont m_pillFont;
};

} // namespace hopscope::gui
