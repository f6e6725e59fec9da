// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QGraphicsItem>
#include <QRectF>
#include <functional>

namespace hopscope::gui {

// One layer of a scene that the scene draws itself: the item holds only the area the layer
// covers and calls back to paint it, so a layer of many shapes (every row of a ladder, every
// dot in flight) costs one paint call and no item per shape.
class PaintedItem : public QGraphicsItem {
public:
    // Draws the layer in `rect`; `exposed` is the part to repaint, smaller than `rect` only
    // for an item with the ItemUsesExtendedStyleOption flag.
    using Paint = std::function<void(QPainter& painter, const QRectF& rect, const QRectF& exposed)>;

    explicit PaintedItem(Paint paint) : m_paint(std::move(paint)) {}

    void setRect(const QRectF& rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Paint m_paint;
    QRectF m_rect;
};

} // namespace hopscope::gui
