// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QIcon>
#include <QIconEngine>

namespace hopscope::gui {

// Transport glyphs drawn as vectors in the palette's text colour at any size and device pixel
// ratio, so they stay sharp on a projector and readable in a dark theme.
class GlyphIconEngine : public QIconEngine {
public:
    enum class Glyph { Play, Pause, StepBack, StepForward, Home, End };

    explicit GlyphIconEngine(Glyph glyph) : m_glyph(glyph) {}
    [[nodiscard]] static QIcon icon(Glyph glyph);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    [[nodiscard]] QIconEngine* clone() const override { return new GlyphIconEngine(m_glyph); }
    [[nodiscard]] QString key() const override { return QStringLiteral("hopscope-glyph"); }

private:
    Glyph m_glyph;
};

} // namespace hopscope::gui
