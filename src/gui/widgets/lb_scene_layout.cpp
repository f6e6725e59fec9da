// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_scene_layout.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace hopscope::gui {

LbSceneLayout::LbSceneLayout(const Input& input) : m_input(input) {
    const double s = input.scale;
    const double w = input.viewport.width();
    const double h = input.viewport.height();
    const double captionH =
        std::ceil(std::max(input.captionTextHeight, input.smallLineSpacing * kCaptionMinLines) +
                  kCaptionPadding * s);
    m_caption = QRectF(0, h - captionH, w, captionH);
    m_area = QRectF(0, 0, w, h - captionH);

    // Clients share the height: full size with two label lines when there is room, else a
    // smaller icon and the name alone.
    const auto clients = static_cast<double>(std::max<std::size_t>(1, input.clients));
    m_clientRow = std::min(m_area.height() / clients, kClientRowMax * s);
    const double twoLines = kClientIcon * s + input.smallLineSpacing * 2 + kClientRowSlack * s;
    m_clientLabelLines = m_clientRow >= twoLines ? 2 : 1;
    m_clientIcon =
        m_clientLabelLines == 2
            ? std::round(kClientIcon * s)
            : std::round(std::clamp(m_clientRow - input.smallLineSpacing - kClientLabelGap * s,
                                    kClientIconMin * s, kClientIcon * s));
    m_lbIcon = std::round(kLoadBalancerIcon * s);
    // Far enough in that the widest client label is not cut at the left edge.
    m_clientX = std::max(kMargin * s + input.widestClientLabel / 2, w * kClientColumnShare);

    layOutCards();

    const double labelBlock = input.lineSpacing + input.smallLineSpacing * kLoadBalancerSmallLines;
    const double clientRight = m_clientX + m_clientIcon / 2;
    m_lbCentre = QPointF(clientRight + (m_cardBlock.x() - clientRight) / 2,
                         m_area.center().y() - labelBlock / 2);
}

void LbSceneLayout::layOutCards() {
    const double s = m_input.scale;
    const double w = m_input.viewport.width();
    const std::size_t n = m_input.cards;
    const double gap = kCardGap * s;
    const double margin = kMargin * s;
    const double right = w - margin;
    double left = right - std::min(kOneColumnWidth * s, w * kOneColumnShare);
    const double top = m_area.top() + margin;
    const double available = m_area.height() - 2 * margin;
    m_columns = 1;
    m_compact = false;
    double cardH = m_input.cardHeight;
    if (n > 0) {
        auto fits = [&](std::size_t columns, double height) {
            const auto rows = static_cast<double>((n + columns - 1) / columns);
            return rows * height + (rows - 1) * gap <= available;
        };
        // Full cards in one column first; compact ones and more columns as the height needs.
        struct Option {
            std::size_t columns;
            bool compact;
        };
        constexpr std::array<Option, 6> kOptions{
            {{1, false}, {1, true}, {2, false}, {2, true}, {3, true}, {kMaxColumns, true}}};
        bool found = false;
        for (const Option& o : kOptions) {
            if (fits(o.columns, o.compact ? m_input.compactCardHeight : m_input.cardHeight)) {
                m_columns = o.columns;
                m_compact = o.compact;
                found = true;
                break;
            }
        }
        if (!found) {
            m_columns = kMaxColumns;
            m_compact = true;
        }
        cardH = m_compact ? m_input.compactCardHeight : m_input.cardHeight;
        if (!found) {
            // Too many even so: the cards shrink to share the height.
            const auto rows = static_cast<double>((n + m_columns - 1) / m_columns);
            cardH = std::max(kCardHeightMin, (available - (rows - 1) * gap) / rows);
        }
        if (m_columns > 1) {
            left = right -
                   std::min(static_cast<double>(m_columns) * kColumnWidth * s, w * kColumnsShare);
        }
    }
    const auto columns = static_cast<double>(m_columns);
    const double cardW =
        std::min(kCardWidthMax * s, (right - left - (columns - 1) * gap) / columns);
    m_cardSize = QSizeF(cardW, cardH);
    const std::size_t rows = n == 0 ? 0 : (n + m_columns - 1) / m_columns;
    const double blockH =
        static_cast<double>(rows) * cardH + (rows > 0 ? static_cast<double>(rows - 1) * gap : 0.0);
    m_cardBlock = QPointF(right - (columns * cardW + (columns - 1) * gap),
                          top + std::max(0.0, (available - blockH) / 2));
}

double LbSceneLayout::captionTextWidth(double viewportWidth, double scale) {
    return viewportWidth - 2 * kCaptionPadding * scale;
}

double LbSceneLayout::clientLabelWidth() const {
    // The column either side of the clients' centre, less a little at each edge.
    return m_clientX * 2 - 2 * kClientLabelInset * m_input.scale;
}

QPointF LbSceneLayout::clientPosition(std::size_t row) const {
    const auto count = static_cast<double>(std::max<std::size_t>(1, m_input.clients));
    const double top = m_area.center().y() - m_clientRow * count / 2;
    const double labels = m_input.smallLineSpacing * m_clientLabelLines;
    return {m_clientX, top + m_clientRow * (static_cast<double>(row) + 0.5) - labels / 2};
}

QPointF LbSceneLayout::clientAnchor(std::size_t row) const {
    return clientPosition(row) + QPointF(m_clientIcon / 2 + kClientWireGap * m_input.scale, 0);
}

double LbSceneLayout::loadBalancerLabelWidth() const {
    return std::min(m_area.width() * kLoadBalancerLabelShare,
                    kLoadBalancerLabelWidth * m_input.scale);
}

QPointF LbSceneLayout::loadBalancerIn() const {
    return m_lbCentre - QPointF(m_lbIcon / 2 + kLoadBalancerWireGap * m_input.scale, 0);
}

QPointF LbSceneLayout::loadBalancerOut() const {
    return m_lbCentre + QPointF(m_lbIcon / 2 + kLoadBalancerWireGap * m_input.scale, 0);
}

QPointF LbSceneLayout::cardPosition(std::size_t k) const {
    const std::size_t row = k / m_columns;
    const std::size_t column = k % m_columns;
    const double gap = kCardGap * m_input.scale;
    return {m_cardBlock.x() + static_cast<double>(column) * (m_cardSize.width() + gap),
            m_cardBlock.y() + static_cast<double>(row) * (m_cardSize.height() + gap)};
}

} // namespace hopscope::gui
