// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "backend_colours.h"

#include <array>

namespace hopscope::gui {

namespace {

constexpr std::array<QRgb, BackendColours::kDistinct> kOkabeIto = {
    0x0072B2, // blue
    0xD55E00, // vermillion
    0xF0E442, // yellow
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0x56B4E9, // sky blue
    0xE69F00, // orange
    0x000000, // black
};

} // namespace

QColor BackendColours::fill(std::size_t index) {
    return QColor(kOkabeIto[index % kDistinct]);
}

QColor BackendColours::outline(std::size_t index) {
    // Asked for every dot of every frame: the colour conversions are done once.
    static const std::array<QColor, kDistinct> outlines = [] {
        std::array<QColor, kDistinct> out;
        for (std::size_t i = 0; i < kDistinct; ++i) {
            const QColor c = fill(i);
            out[i] = c.lightness() < 40 ? QColor(0x80, 0x80, 0x80) : c.darker(170);
        }
        return out;
    }();
    return outlines[index % kDistinct];
}

Qt::PenStyle BackendColours::outlineStyle(std::size_t index) {
    return (index / kDistinct) % 2 == 0 ? Qt::SolidLine : Qt::DashLine;
}

QColor BackendColours::textOn(std::size_t index) {
    const QColor c = fill(index);
    // Relative luminance, roughly: yellow, sky blue and orange take black text.
    const double y = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return y > 0.4 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace hopscope::gui
