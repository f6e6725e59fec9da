// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QGraphicsView>
#include <cstddef>
#include <optional>

namespace hopscope::gui {

class LadderScene;
class PlaybackController;

// Shows a LadderScene, keeps the current row in sight while playing and turns a click on a
// row into a seek. Every frame moves the message and restyles rows, so the view repaints the
// whole viewport without an item index (measured far cheaper than smart updates, DESIGN.md).
class LadderView : public QGraphicsView {
    Q_OBJECT
public:
    LadderView(PlaybackController& controller, LadderScene* scene, QWidget* parent = nullptr);

    [[nodiscard]] LadderScene* ladderScene() const { return m_scene; }
    // The part of the scene currently visible (what "export current view" writes).
    [[nodiscard]] QRectF visibleSceneRect() const;
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Back to the first lifelines (after a change of scale moved them out of sight).
    void scrollToLeft();
    [[nodiscard]] double zoom() const { return m_zoom; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setZoom(double zoom);
    void syncScene();
    void followCursor();

    PlaybackController& m_controller;
    LadderScene* m_scene;
    double m_zoom = 1.0;
    std::optional<std::size_t> m_followed;
};

} // namespace hopscope::gui
