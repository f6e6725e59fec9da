// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QGraphicsView>

namespace hopscope::gui {

// The view of a lesson's diagram: sharp (antialiased, no cache), frameless, focused by a click,
// and zoomed in steps from the View menu or with Ctrl and the wheel, between limits of its own.
// What a zoom does to the picture (a transform, a new layout) is the subclass's.
class ZoomableView : public QGraphicsView {
    Q_OBJECT
public:
    static constexpr double kZoomStep = 1.25;

    ZoomableView(QGraphicsScene* scene, double minZoom, double maxZoom, QWidget* parent = nullptr);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    [[nodiscard]] double zoom() const { return m_zoom; }

protected:
    void wheelEvent(QWheelEvent* event) override;
    // zoom() has changed: show the scene at it.
    virtual void applyZoom() = 0;

private:
    void setZoom(double zoom);

    double m_minZoom;
    double m_maxZoom;
    double m_zoom = 1.0;
};

} // namespace hopscope::gui
