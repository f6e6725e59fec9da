// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "glyph_icon_engine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace hopscope::gui {

namespace {

// Glyph outlines on a 24 x 24 grid.
QPainterPath glyphPath(GlyphIconEngine::Glyph glyph) {
    QPainterPath p;
    auto triangle = [&p](qreal x0, qreal x1, bool right) {
        QPolygonF t;
        if (right) {
            t << QPointF(x0, 5) << QPointF(x1, 12) << QPointF(x0, 19);
        } else {
            t << QPointF(x1, 5) << QPointF(x0, 12) << QPointF(x1, 19);
        }
        p.addPolygon(t);
        p.closeSubpath();
    };
    switch (glyph) {
    case GlyphIconEngine::Glyph::Play:
        triangle(7, 19, true);
        break;
    case GlyphIconEngine::Glyph::Pause:
        p.addRoundedRect(QRectF(6, 5, 4, 14), 1, 1);
        p.addRoundedRect(QRectF(14, 5, 4, 14), 1, 1);
        break;
    case GlyphIconEngine::Glyph::StepForward:
        triangle(6, 16, true);
        p.addRoundedRect(QRectF(16, 5, 3, 14), 1, 1);
        break;
    case GlyphIconEngine::Glyph::StepBack:
        triangle(8, 18, false);
        p.addRoundedRect(QRectF(5, 5, 3, 14), 1, 1);
        break;
    case GlyphIconEngine::Glyph::Home:
        p.addRoundedRect(QRectF(4, 5, 3, 14), 1, 1);
        triangle(7, 14, false);
        triangle(13, 20, false);
        break;
    case GlyphIconEngine::Glyph::End:
        triangle(4, 11, true);
        triangle(10, 17, true);
        p.addRoundedRect(QRectF(17, 5, 3, 14), 1, 1);
        break;
    }
    p.setFillRule(Qt::WindingFill);
    return p;
}

} // namespace

QIcon GlyphIconEngine::icon(Glyph glyph) {
    return QIcon(new GlyphIconEngine(glyph));
}

void GlyphIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                            QIcon::State /*state*/) {
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                  QPalette::ButtonText);
    if (mode == QIcon::Selected) {
        colour = palette.color(QPalette::HighlightedText);
    }
    const qreal side = qMin(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0,
                       rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(glyphPath(m_glyph));
    painter->restore();
}

QPixmap GlyphIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap GlyphIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                                      qreal scale) {
    QPixmap pm(size * scale);
    pm.fill(Qt::transparent);
    pm.setDevicePixelRatio(scale);
    QPainter painter(&pm);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pm;
}

} // namespace hopscope::gui
