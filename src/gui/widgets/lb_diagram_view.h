// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dirty_tiles.h"
#include "zoomable_view.h"

#include <QList>
#include <QPixmap>
#include <QRectF>
#include <QRegion>

namespace hopscope::gui {

class LbScene;

// Shows an LbScene laid out for the viewport, composed in two layers: everything but the dots is
// rendered into a pixmap where and when the scene changes (cards a few times a second), and a
// frame copies back only the tiles the dots left and entered (LbScene::dotsMoved) and draws the
// dots on top. A frame then costs the dots, not the diagram, and the window system is sent that
// much and no more. (Painting the items into a region of many rectangles instead made Qt's
// raster engine blend every scanline of their bounding box and wake its fill threads.)
class LbDiagramView : public ZoomableView {
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 3.0;

    explicit LbDiagramView(LbScene* scene, QWidget* parent = nullptr);

    [[nodiscard]] LbScene* lbScene() const { return m_scene; }
    [[nodiscard]] QRectF visibleSceneRect() const;
    // Frames painted since the view was made: what the frame-rate report counts.
    [[nodiscard]] quint64 framesPainted() const { return m_framesPainted; }
    // Pixels the last paint covered, for tests of what a frame repaints.
    [[nodiscard]] qint64 lastPaintedPixels() const { return m_lastPaintedPixels; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

    void applyZoom() override;

private:
    void syncScene();
    void repaintDots(const QList<QRectF>& damaged);
    void sceneChanged(const QList<QRectF>& rects);
    void invalidateStatic();
    void renderStatic();

    LbScene* m_scene;
    quint64 m_framesPainted = 0;
    qint64 m_lastPaintedPixels = 0;
    DirtyTiles m_tiles;
    QPixmap m_static;       // the diagram without its dots, in viewport pixels
    QRegion m_staticDamage; // viewport areas of m_static the scene has changed since
};

} // namespace hopscope::gui
