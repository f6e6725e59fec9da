// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/views/trace_view.h"
#include "gui/widgets/ladder_scene.h"
#include "gui/widgets/ladder_view.h"
#include "sample_trace.h"

#include <QPainter>
#include <QScrollBar>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

namespace hopscope::gui {
namespace {

using test::SampleTrace;

TEST(LadderScene, OneLifelinePerNodeInOrderOfAppearance) {
    engine::Engine engine;
    engine.setTrace(SampleTrace::lookupAndFetch());
    trace::ManualClock clock;
    PlaybackController controller(engine, clock);
    LadderScene scene(controller);
    const std::vector<QString> expected = {
        QStringLiteral("client"),  QStringLiteral("resolver"),       QStringLiteral("root-a"),
        QStringLiteral("tld-com"), QStringLiteral("ns1.foobar.com"), QStringLiteral("web-1")};
    EXPECT_EQ(scene.nodes(), expected);
    EXPECT_LT(scene.columnX(0), scene.columnX(1));
    // One row per event below the header.
    EXPECT_GE(scene.sceneRect().height(),
              scene.headerHeight() + scene.rowHeight() * SampleTrace::kEvents);
    EXPECT_EQ(scene.eventAt(scene.arrowY(7)), std::optional<std::size_t>(7));
    EXPECT_FALSE(scene.eventAt(scene.headerHeight() / 2).has_value());
}

TEST(LadderScene, TheMessageTravelsAlongItsArrowWithTheCursor) {
    engine::Engine engine;
    engine.setTrace(SampleTrace::lookupAndFetch());
    trace::ManualClock clock;
    PlaybackController controller(engine, clock);
    LadderScene scene(controller);
    EXPECT_FALSE(scene.messagePosition().has_value()); // nothing sent yet

    controller.stepForward(); // event 0: client -> resolver
    clock.advanceMs(150);     // a quarter of the hop
    controller.tick();
    auto pos = scene.messagePosition();
    ASSERT_TRUE(pos.has_value());
    const double x1 = scene.columnX(0);
    const double x2 = scene.columnX(1);
    EXPECT_NEAR(pos->x(), x1 + (x2 - x1) * 0.25, 1e-6);
    EXPECT_DOUBLE_EQ(pos->y(), scene.arrowY(0));

    controller.seekToPosition(2.5); // event 2 goes root-a -> resolver: right to left
    pos = scene.messagePosition();
    ASSERT_TRUE(pos.has_value());
    EXPECT_NEAR(pos->x(), (scene.columnX(2) + scene.columnX(1)) / 2, 1e-6);

    controller.seekToEvent(2); // arrived: no message in flight
    EXPECT_FALSE(scene.messagePosition().has_value());
}

TEST(LadderScene, GrowsWithTheTraceAndScales) {
    engine::Engine engine;
    trace::ManualClock clock;
    PlaybackController controller(engine, clock);
    LadderScene scene(controller);
    EXPECT_TRUE(scene.nodes().empty());
    SampleTrace::appendTo(*engine.trace());
    controller.drainAppends();
    EXPECT_EQ(scene.nodes().size(), 6u);
    const double row = scene.rowHeight();
    scene.setScale(1.5);
    EXPECT_GT(scene.rowHeight(), row * 1.3);
}

// Playing a large trace: the view repaints the whole viewport every frame (FullViewportUpdate,
// no index) and paints rows for the exposed area only, following the cursor.
TEST(LadderScene, PlaysALargeTraceFollowingTheCursor) {
    engine::Engine engine;
    engine.setTrace(SampleTrace::bulk(100'000));
    trace::ManualClock clock;
    PlaybackController controller(engine, clock);
    TraceView view(controller);
    view.resize(1600, 900);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    LadderView* ladder = view.ladder();
    EXPECT_EQ(ladder->viewportUpdateMode(), QGraphicsView::FullViewportUpdate);
    EXPECT_EQ(view.scene()->itemIndexMethod(), QGraphicsScene::NoIndex);

    controller.seekToEvent(50'000);
    controller.setSpeed(4.0);
    controller.play();
    // Frames render while playing through a 100,000-event trace (how fast is a benchmark's
    // business, not a unit test's).
    const double sought = controller.position();
    QPixmap frame(ladder->viewport()->size());
    for (int i = 0; i < 120; ++i) {
        clock.advanceMs(16);
        controller.tick();
        frame.fill(Qt::transparent);
        ladder->viewport()->render(&frame);
    }
    EXPECT_GT(controller.position(), sought + 1.0); // playing moved the cursor on
    // The followed row is on screen.
    const auto k = controller.currentIndex();
    ASSERT_TRUE(k.has_value());
    EXPECT_TRUE(ladder->visibleSceneRect().intersects(view.scene()->rowRect(*k)));
}

} // namespace
} // namespace hopscope::gui
