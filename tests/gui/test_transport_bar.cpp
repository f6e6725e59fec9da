// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/main_window.h"
#include "gui/widgets/event_list.h"
#include "gui/widgets/packet_inspector.h"
#include "gui/widgets/scrub_slider.h"
#include "gui/widgets/transport_bar.h"
#include "sample_trace.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

using test::SampleTrace;

class TransportBarTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale::c());
        engine.setTrace(SampleTrace::lookupAndFetch());
        window = std::make_unique<MainWindow>(engine, clock);
        window->setDeterministic(true);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    PlaybackController& controller() { return window->controller(); }
    TransportBar& bar() { return *window->transportBar(); }
    // Lets the animation of a step finish on the injected clock.
    void finishStep() {
        clock.advanceMs(1000);
        controller().tick();
    }

    engine::Engine engine;
    trace::ManualClock clock;
    std::unique_ptr<MainWindow> window;
};

TEST_F(TransportBarTest, ButtonsPlayPauseAndStep) {
    bar().stepForwardAction()->trigger();
    finishStep();
    EXPECT_DOUBLE_EQ(controller().position(), 1.0);
    EXPECT_EQ(bar().counterText(), QStringLiteral("1 / 13"));
    bar().stepForwardAction()->trigger();
    finishStep();
    EXPECT_EQ(bar().counterText(), QStringLiteral("2 / 13"));
    // Real time is what the network took: event 2 was sent 0.180 ms in.
    EXPECT_EQ(bar().realTimeText(), QStringLiteral("0.180 ms"));
    EXPECT_EQ(bar().shownTimeText(), QStringLiteral("00:01.2 / 00:07.8"));
    bar().stepBackAction()->trigger();
    EXPECT_DOUBLE_EQ(controller().position(), 1.0);

    bar().playAction()->trigger();
    EXPECT_TRUE(controller().playing());
    EXPECT_EQ(bar().playAction()->text(), QStringLiteral("&Pause"));
    clock.advanceMs(300);
    controller().tick();
    EXPECT_DOUBLE_EQ(controller().position(), 1.5);
    bar().playAction()->trigger();
    EXPECT_FALSE(controller().playing());
    EXPECT_EQ(bar().playAction()->text(), QStringLiteral("&Play"));
}

TEST_F(TransportBarTest, KeyboardShortcutsWorkWindowWide) {
    QWidget* table = window->eventList()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Right);
    finishStep();
    EXPECT_DOUBLE_EQ(controller().position(), 1.0);
    // A presentation clicker's Page Down steps forward, Page Up back.
    QTest::keyClick(table, Qt::Key_PageDown);
    finishStep();
    EXPECT_DOUBLE_EQ(controller().position(), 2.0);
    QTest::keyClick(table, Qt::Key_PageUp);
    EXPECT_DOUBLE_EQ(controller().position(), 1.0);
    QTest::keyClick(table, Qt::Key_Left);
    EXPECT_DOUBLE_EQ(controller().position(), 0.0);
    QTest::keyClick(table, Qt::Key_End);
    EXPECT_DOUBLE_EQ(controller().position(), 13.0);
    QTest::keyClick(table, Qt::Key_Home);
    EXPECT_DOUBLE_EQ(controller().position(), 0.0);

    // Space plays and pauses from the inspector's tree too.
    QWidget* tree = window->inspector()->tree();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Space);
    EXPECT_TRUE(controller().playing());
    QTest::keyClick(tree, Qt::Key_Space);
    EXPECT_FALSE(controller().playing());
    QTest::keyClick(tree, Qt::Key_PageDown);
    finishStep();
    EXPECT_DOUBLE_EQ(controller().position(), 1.0);

    // Typing in the filter keeps its keys: Space and arrows edit the text.
    QLineEdit* filter = window->eventList()->filterEdit();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("a b"));
    QTest::keyClick(filter, Qt::Key_Left);
    EXPECT_EQ(filter->text(), QStringLiteral("a b"));
    EXPECT_EQ(filter->cursorPosition(), 2);
    EXPECT_FALSE(controller().playing());
    EXPECT_DOUBLE_EQ(controller().position(), 1.0);
}

TEST_F(TransportBarTest, SpeedComboAndBracketKeys) {
    QComboBox* speed = bar().speedCombo();
    EXPECT_EQ(speed->currentText(), QStringLiteral("1×"));
    speed->setCurrentIndex(speed->findData(10.0));
    emit speed->activated(speed->currentIndex());
    EXPECT_DOUBLE_EQ(controller().speed(), 10.0);
    QTest::keyClick(window.get(), Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(controller().speed(), 25.0);
    QTest::keyClick(window.get(), Qt::Key_BracketLeft);
    QTest::keyClick(window.get(), Qt::Key_BracketLeft);
    EXPECT_DOUBLE_EQ(controller().speed(), 5.0);
    // The controller's speed shows in the combo whoever set it.
    controller().setSpeed(0.1);
    EXPECT_EQ(speed->currentText(), QStringLiteral("0.1×"));
    EXPECT_EQ(TransportBar::speedPresets().front(), 0.1);
    EXPECT_EQ(TransportBar::speedPresets().back(), 100.0);
}

TEST_F(TransportBarTest, ScrubSliderSeeksAndHasATickPerEvent) {
    ScrubSlider* slider = bar().scrubSlider();
    EXPECT_EQ(slider->eventCount(), SampleTrace::kEvents);
    EXPECT_EQ(slider->visibleTickCount(), SampleTrace::kEvents);
    const int y = slider->height() / 2;
    const int x = static_cast<int>(slider->xFor(6.5));
    QTest::mouseClick(slider, Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
    EXPECT_NEAR(controller().position(), 6.5, 13.0 / slider->width() * 2);
    EXPECT_EQ(controller().currentIndex(), std::optional<std::size_t>(6));
}

TEST(ScrubSliderTicks, ThinsTicksWhenEventsOutnumberPixels) {
    ScrubSlider slider;
    slider.resize(420, 30);
    slider.setEventCount(50);
    EXPECT_EQ(slider.visibleTickCount(), 50u); // 8 px apart: all drawn
    slider.setEventCount(1'000'000);
    const std::size_t ticks = slider.visibleTickCount();
    // No closer than ScrubSlider::kMinTickSpacing pixels, and still spanning the track.
    EXPECT_LE(ticks, static_cast<std::size_t>(400 / ScrubSlider::kMinTickSpacing) + 1);
    EXPECT_GE(ticks, static_cast<std::size_t>(400 / ScrubSlider::kMinTickSpacing / 2));
}

} // namespace
} // namespace hopscope::gui
