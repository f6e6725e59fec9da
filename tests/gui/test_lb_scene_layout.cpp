// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Where the load-balancing diagram puts its parts, as arithmetic: no fonts, no painting.
#include "gui/widgets/lb_scene_layout.h"

#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

using Layout = LbSceneLayout;

Layout::Input input(double width, double height, std::size_t cards, std::size_t clients = 1,
                    double scale = 1.0) {
    Layout::Input in;
    in.viewport = QSizeF(width, height);
    in.scale = scale;
    in.lineSpacing = 16 * scale;
    in.smallLineSpacing = 13 * scale;
    in.captionTextHeight = 13 * scale; // one line of text
    in.widestClientLabel = 130 * scale;
    in.clients = clients;
    in.cards = cards;
    in.cardHeight = 120 * scale;
    in.compactCardHeight = 60 * scale;
    return in;
}

TEST(LbSceneLayout, TheCaptionKeepsTwoLinesAtTheBottomAndTheDiagramTheRest) {
    const Layout layout(input(1200, 640, 3));
    EXPECT_EQ(layout.sceneRect(), QRectF(0, 0, 1200, 640));
    // One line of text still gets two lines' room, plus the padding.
    const double captionH = std::ceil(2 * 13.0 + Layout::kCaptionPadding);
    EXPECT_EQ(layout.captionRect(), QRectF(0, 640 - captionH, 1200, captionH));
    EXPECT_EQ(layout.area(), QRectF(0, 0, 1200, 640 - captionH));

    Layout::Input longCaption = input(1200, 640, 3);
    longCaption.captionTextHeight = 4 * 13;
    EXPECT_EQ(Layout(longCaption).captionRect().height(),
              std::ceil(4 * 13.0 + Layout::kCaptionPadding));
    EXPECT_EQ(Layout::captionTextWidth(1200, 1.5), 1200 - 2 * Layout::kCaptionPadding * 1.5);
}

TEST(LbSceneLayout, FewCardsStandFullSizeInOneColumnAtTheRightMargin) {
    const Layout layout(input(1200, 640, 3));
    EXPECT_EQ(layout.cardColumns(), 1U);
    EXPECT_FALSE(layout.compactCards());
    EXPECT_EQ(layout.cardSize(), QSizeF(Layout::kOneColumnWidth, 120));
    const QPointF first = layout.cardPosition(0);
    EXPECT_DOUBLE_EQ(first.x() + layout.cardSize().width(), 1200 - Layout::kMargin);
    // One below the other, the block centred in the height.
    EXPECT_DOUBLE_EQ(layout.cardPosition(1).y() - first.y(), 120 + Layout::kCardGap);
    EXPECT_DOUBLE_EQ(layout.cardPosition(2).x(), first.x());
    const double blockH = 3 * 120 + 2 * Layout::kCardGap;
    const double available = layout.area().height() - 2 * Layout::kMargin;
    EXPECT_DOUBLE_EQ(first.y(), Layout::kMargin + (available - blockH) / 2);
}

TEST(LbSceneLayout, ManyCardsGoCompactAndIntoColumnsAndAllFitTheArea) {
    for (const std::size_t n : {4U, 6U, 9U, 16U}) {
        const Layout layout(input(1280, 500, n));
        EXPECT_TRUE(layout.compactCards() || layout.cardColumns() > 1) << n;
        EXPECT_LE(layout.cardColumns(), Layout::kMaxColumns);
        const QRectF inside = layout.area().adjusted(
            Layout::kMargin, Layout::kMargin, -Layout::kMargin + 0.01, -Layout::kMargin + 0.01);
        for (std::size_t k = 0; k < n; ++k) {
            const QRectF card(layout.cardPosition(k), layout.cardSize());
            EXPECT_TRUE(inside.contains(card)) << n << " cards, card " << k;
            for (std::size_t other = 0; other < k; ++other) {
                EXPECT_FALSE(card.intersects(QRectF(layout.cardPosition(other), layout.cardSize())))
                    << n << " cards: " << k << " overlaps " << other;
            }
        }
    }
    // Sixteen on a low screen: four compact columns, the cards shrunk to share the height.
    const Layout crowded(input(1280, 300, 16));
    EXPECT_EQ(crowded.cardColumns(), Layout::kMaxColumns);
    EXPECT_TRUE(crowded.compactCards());
    EXPECT_LT(crowded.cardSize().height(), 60);
    EXPECT_GE(crowded.cardSize().height(), Layout::kCardHeightMin);
}

TEST(LbSceneLayout, ClientsShareTheHeightAndLoseTheirSecondLineWhenCrowded) {
    const Layout roomy(input(1200, 640, 3, 3));
    EXPECT_EQ(roomy.clientLabelLines(), 2);
    EXPECT_EQ(roomy.clientIcon(), Layout::kClientIcon);
    EXPECT_EQ(roomy.clientRowHeight(), Layout::kClientRowMax);
    // Rows in order, evenly spaced, centred on the diagram (icon and labels together).
    const QPointF top = roomy.clientPosition(0);
    const QPointF bottom = roomy.clientPosition(2);
    EXPECT_DOUBLE_EQ(roomy.clientPosition(1).y() - top.y(), Layout::kClientRowMax);
    EXPECT_DOUBLE_EQ((top.y() + bottom.y()) / 2 + 13.0, roomy.area().center().y());
    EXPECT_DOUBLE_EQ(top.x(), roomy.clientX());
    // The widest label fits between the left edge and the clients' centre.
    EXPECT_GE(roomy.clientX() - 130.0 / 2, Layout::kMargin - 1e-9);
    EXPECT_DOUBLE_EQ(roomy.clientAnchor(1).x(),
                     roomy.clientX() + Layout::kClientIcon / 2 + Layout::kClientWireGap);

    const Layout crowded(input(1200, 360, 3, 8));
    EXPECT_EQ(crowded.clientLabelLines(), 1);
    EXPECT_LT(crowded.clientIcon(), Layout::kClientIcon);
    EXPECT_GE(crowded.clientIcon(), Layout::kClientIconMin);
    EXPECT_LE(crowded.clientRowHeight() * 8, crowded.area().height() + 1e-9);
}

TEST(LbSceneLayout, TheLoadBalancerSitsHalfWayBetweenTheClientsAndTheCards) {
    const Layout layout(input(1200, 640, 3));
    const double clientRight = layout.clientX() + layout.clientIcon() / 2;
    const double cardsLeft = layout.cardPosition(0).x();
    const QPointF lb = layout.loadBalancerCentre();
    EXPECT_DOUBLE_EQ(lb.x() - clientRight, cardsLeft - lb.x());
    // Its icon and its label (one line and three small ones) centred on the diagram together.
    EXPECT_DOUBLE_EQ(lb.y() + (16.0 + 3 * 13.0) / 2, layout.area().center().y());
    EXPECT_DOUBLE_EQ(layout.loadBalancerIn().x(),
                     lb.x() - Layout::kLoadBalancerIcon / 2 - Layout::kLoadBalancerWireGap);
    EXPECT_DOUBLE_EQ(layout.loadBalancerOut().x(),
                     lb.x() + Layout::kLoadBalancerIcon / 2 + Layout::kLoadBalancerWireGap);
    EXPECT_LE(layout.loadBalancerLabelWidth(), Layout::kLoadBalancerLabelWidth);
}

TEST(LbSceneLayout, PresentationScaleGrowsTheSizesNotTheProportions) {
    const Layout normal(input(1600, 900, 3, 2));
    const Layout big(input(1600, 900, 3, 2, 1.5));
    EXPECT_EQ(big.loadBalancerIcon(), std::round(Layout::kLoadBalancerIcon * 1.5));
    EXPECT_EQ(big.clientIcon(), std::round(Layout::kClientIcon * 1.5));
    EXPECT_DOUBLE_EQ(big.cardSize().height(), normal.cardSize().height() * 1.5);
    EXPECT_DOUBLE_EQ(big.cardPosition(0).x() + big.cardSize().width(),
                     1600 - Layout::kMargin * 1.5);
    EXPECT_GT(big.captionRect().height(), normal.captionRect().height());
}

} // namespace
} // namespace hopscope::gui
