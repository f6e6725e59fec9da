// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "zoomable_view.h"

#include <QGraphicsView>
#include <cstddef>
#include <optional>

namespace hopscope::gui {

class LadderScene;
class PlaybackController;

// Shows a LadderScene, keeps the current row in sight while playing and turns a click on a
// row into a seek. Every frame moves the message and restyles rows, so the view repaints the
// whole viewport without an item index (measured far cheaper than smart updates).
class LadderView : public ZoomableView {
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 4.0;

    LadderView(PlaybackController& controller, LadderScene* scene, QWidget* parent = nullptr);

    [[nodiscard]] LadderScene* ladderScene() const { return m_scene; }
    // The part of the scene currently visible (what "export current view" writes).
    [[nodiscard]] QRectF visibleSceneRect() const;
    // Back to the first lifelines (after a change of scale moved them out of sight).
    void scrollToLeft();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void applyZoom() override;

private:
    void syncScene();
    void followCursor();

    PlaybackController& m_controller;
    LadderScene* m_scene;
    std::optional<std::size_t> m_followed;
};

} // namespace hopscope::gui
