// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QGraphicsView>

namespace hopscope::gui {

class LbScene;

// Shows an LbScene laid out for the viewport. The dots move every frame, so the whole viewport
// is repainted without an item index: measured far cheaper than smart updates with many
// moving items (DESIGN.md).
class LbDiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit LbDiagramView(LbScene* scene, QWidget* parent = nullptr);

    [[nodiscard]] LbScene* lbScene() const { return m_scene; }
    [[nodiscard]] QRectF visibleSceneRect() const;
    void zoomIn();
    void zoomOut();
    void resetZoom();
    [[nodiscard]] double zoom() const { return m_zoom; }
    // Frames painted since the view was made: what the frame-rate report counts.
    [[nodiscard]] quint64 framesPainted() const { return m_framesPainted; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void setZoom(double zoom);
    void syncScene();

    LbScene* m_scene;
    double m_zoom = 1.0;
    quint64 m_framesPainted = 0;
};

} // namespace hopscope::gui
