// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "painted_item.h"

#include <QStyleOptionGraphicsItem>

namespace hopscope::gui {

void PaintedItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                        QWidget* /*widget*/) {
    m_paint(*painter, m_rect, option->exposedRect);
}

} // namespace hopscope::gui
