// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <cstddef>

namespace hopscope::gui {

// Where the load-balancing diagram puts things: the caption along the bottom, the clients in a
// column on the left, the backend cards in a block on the right (in columns, and compact, when
// many must fit the height), and the load balancer half way between, so both wires have room
// for the dots. Plain arithmetic on the viewport, the display scale and the font heights, so
// it is tested without painting. Lengths are at display scale 1 and grow with it.
class LbSceneLayout {
public:
    static constexpr double kMargin = 14; // around the card block, and at the left edge
    // Beside the caption's text, and its height beyond the text (half above, half below).
    static constexpr double kCaptionPadding = 10;
    // The caption keeps room for two lines, so the diagram does not jump as its text changes.
    static constexpr int kCaptionMinLines = 2;
    static constexpr double kClientIcon = 40;
    static constexpr double kClientIconMin = 14;
    static constexpr double kClientRowMax = 120; // a client's share of the height at most
    // Room a client row needs besides its icon and label lines to show both lines.
    static constexpr double kClientRowSlack = 8;
    // Between a shrunken client icon and its one label line.
    static constexpr double kClientLabelGap = 6;
    // The clients' column sits at least this share of the width in from the left.
    static constexpr double kClientColumnShare = 0.07;
    static constexpr double kLoadBalancerIcon = 60;
    static constexpr double kCardGap = 8;
    static constexpr double kCardWidthMax = 360;
    static constexpr double kCardHeightMin = 20;
    // One column of cards takes at most this width, or this share of the diagram's; several
    // columns this much each, or this larger share.
    static constexpr double kOneColumnWidth = 340;
    static constexpr double kOneColumnShare = 0.40;
    static constexpr double kColumnWidth = 260;
    static constexpr double kColumnsShare = 0.52;
    static constexpr std::size_t kMaxColumns = 4;
    // A client's label leaves this much free at each side of its column.
    static constexpr double kClientLabelInset = 2;
    // Wires end this far outside a client's and the load balancer's icons.
    static constexpr double kClientWireGap = 6;
    static constexpr double kLoadBalancerWireGap = 4;
    // The load balancer's label: at most this wide, or this share of the width.
    static constexpr double kLoadBalancerLabelWidth = 300;
    static constexpr double kLoadBalancerLabelShare = 0.26;
    static constexpr int kLoadBalancerSmallLines = 3; // endpoint, real endpoint, algorithm

    struct Input {
        QSizeF viewport{1200, 640};
        double scale = 1.0;
        double lineSpacing = 16;      // the diagram's font
        double smallLineSpacing = 13; // its small font, for labels and the caption
        double captionTextHeight = 0; // the caption wrapped at captionTextWidth()
        double widestClientLabel = 0; // the widest label under a client
        std::size_t clients = 1;
        std::size_t cards = 0;
        double cardHeight = 120; // a full card, at this scale
        double compactCardHeight = 60;
    };

    LbSceneLayout() : LbSceneLayout(Input{}) {}
    explicit LbSceneLayout(const Input& input);

    // The width the caption's text wraps at.
    [[nodiscard]] static double captionTextWidth(double viewportWidth, double scale);

    [[nodiscard]] QRectF sceneRect() const { return {QPointF(0, 0), m_input.viewport}; }
    [[nodiscard]] QRectF captionRect() const { return m_caption; }
    // Everything above the caption.
    [[nodiscard]] QRectF area() const { return m_area; }

    [[nodiscard]] double clientX() const { return m_clientX; }
    [[nodiscard]] double clientIcon() const { return m_clientIcon; }
    [[nodiscard]] double clientRowHeight() const { return m_clientRow; }
    // The name alone when the rows are short, else the name and the address.
    [[nodiscard]] int clientLabelLines() const { return m_clientLabelLines; }
    [[nodiscard]] double clientLabelWidth() const;
    // The centre of the icon of the client on `row` (0 at the top).
    [[nodiscard]] QPointF clientPosition(std::size_t row) const;
    // Where its wire starts.
    [[nodiscard]] QPointF clientAnchor(std::size_t row) const;

    [[nodiscard]] double loadBalancerIcon() const { return m_lbIcon; }
    [[nodiscard]] QPointF loadBalancerCentre() const { return m_lbCentre; }
    [[nodiscard]] double loadBalancerLabelWidth() const;
    // Where the clients' wires end and the backends' begin.
    [[nodiscard]] QPointF loadBalancerIn() const;
    [[nodiscard]] QPointF loadBalancerOut() const;

    [[nodiscard]] std::size_t cardColumns() const { return m_columns; }
    [[nodiscard]] bool compactCards() const { return m_compact; }
    [[nodiscard]] QSizeF cardSize() const { return m_cardSize; }
    // The top left of card k (in pool order), row by row.
    [[nodiscard]] QPointF cardPosition(std::size_t k) const;

private:
    void layOutCards();

    Input m_input;
    QRectF m_caption;
    QRectF m_area;
    double m_clientX = 0;
    double m_clientIcon = 0;
    double m_clientRow = 0;
    int m_clientLabelLines = 2;
    double m_lbIcon = 0;
    QPointF m_lbCentre;
    std::size_t m_columns = 1;
    bool m_compact = false;
    QSizeF m_cardSize;
    QPointF m_cardBlock; // the top left of the block of cards
};

} // namespace hopscope::gui
