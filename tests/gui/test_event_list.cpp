// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/models/event_filter_proxy_model.h"
#include "gui/models/event_table_model.h"
#include "gui/widgets/event_list.h"
#include "sample_trace.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>
#include <thread>

namespace hopscope::gui {
namespace {

// The bound of a wait for the GUI thread's next frame: generous for a loaded machine, and
// free when the frame comes at once.
constexpr int kWaitMs = 10000;

using test::SampleTrace;

class EventListTest : public ::testing::Test {
protected:
    void SetUp() override {
        engine.setTrace(SampleTrace::lookupAndFetch());
        controller = std::make_unique<PlaybackController>(engine, clock);
        list = std::make_unique<EventList>(*controller);
        list->resize(900, 400);
        list->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(list.get()));
    }

    QString cell(int row, int column) const {
        return list->proxy()->index(row, column).data().toString();
    }

    engine::Engine engine;
    trace::ManualClock clock;
    std::unique_ptr<PlaybackController> controller;
    std::unique_ptr<EventList> list;
};

TEST_F(EventListTest, ShowsEveryEventWithItsSource) {
    EXPECT_EQ(list->proxy()->rowCount(), static_cast<int>(SampleTrace::kEvents));
    EXPECT_EQ(cell(0, EventTableModel::Number), QStringLiteral("1"));
    EXPECT_EQ(cell(0, EventTableModel::From), QStringLiteral("client"));
    EXPECT_EQ(cell(0, EventTableModel::To), QStringLiteral("resolver"));
    EXPECT_EQ(cell(0, EventTableModel::Protocol), QStringLiteral("DNS"));
    EXPECT_EQ(cell(0, EventTableModel::Summary), QStringLiteral("A? www.foobar.com"));
    EXPECT_EQ(cell(0, EventTableModel::Source), QStringLiteral("lab"));
    EXPECT_EQ(list->model()->protocols(),
              (QStringList{QStringLiteral("DNS"), QStringLiteral("HTTP"), QStringLiteral("TCP")}));
}

TEST_F(EventListTest, AppendsAreInsertedInBatchesWithoutAReset) {
    EventTableModel* model = list->model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    auto trace = engine.trace();
    std::thread worker([trace] {
        for (int i = 1; i <= 30; ++i) {
            SampleTrace::appendTo(*trace, i * 1'000'000'000LL);
        }
    });
    worker.join();
    const int total = static_cast<int>(SampleTrace::kEvents * 31);
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == total; }, kWaitMs));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_GE(inserted.count(), 1);
    EXPECT_LE(inserted.count(), 3); // one batch a frame, not 390 single rows
    EXPECT_EQ(list->proxy()->rowCount(), total);
}

TEST_F(EventListTest, SelectingARowMovesTheCursorAndTheCursorSelectsTheRow) {
    QSignalSpy moved(controller.get(), &PlaybackController::positionChanged);
    QTableView* table = list->table();
    const QRect rect = table->visualRect(list->proxy()->index(4, EventTableModel::Summary));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    EXPECT_EQ(controller->currentIndex(), std::optional<std::size_t>(4));
    EXPECT_DOUBLE_EQ(controller->progress(), 1.0);
    EXPECT_EQ(moved.count(), 1); // no echo back from the selection the cursor then makes

    controller->seekToEvent(9);
    EXPECT_EQ(list->selectedEvent(), std::optional<std::size_t>(9));
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(moved.count(), 2);

    controller->home();
    EXPECT_FALSE(list->selectedEvent().has_value());
}

TEST_F(EventListTest, FiltersByTextAndProtocol) {
    QTest::keyClicks(list->filterEdit(), QStringLiteral("referral"));
    EXPECT_EQ(list->proxy()->rowCount(), 2);
    EXPECT_EQ(cell(0, EventTableModel::Number), QStringLiteral("3"));
    list->filterEdit()->clear();

    QComboBox* protocol = list->protocolCombo();
    ASSERT_EQ(protocol->count(), 4); // All protocols, DNS, HTTP, TCP
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("TCP")));
    EXPECT_EQ(list->proxy()->rowCount(), 3);
    QTest::keyClicks(list->filterEdit(), QStringLiteral("syn-ack"));
    EXPECT_EQ(list->proxy()->rowCount(), 1);
    EXPECT_EQ(cell(0, EventTableModel::Number), QStringLiteral("10"));

    // The cursor still selects its row through the filter.
    controller->seekToEvent(9);
    EXPECT_EQ(list->selectedEvent(), std::optional<std::size_t>(9));
    controller->seekToEvent(0); // filtered out: nothing selected
    EXPECT_FALSE(list->selectedEvent().has_value());
}

TEST_F(EventListTest, ANewTraceResetsTheList) {
    engine.setTrace(SampleTrace::bulk(100));
    EXPECT_EQ(list->proxy()->rowCount(), 100);
    EXPECT_EQ(list->model()->protocols(), QStringList{QStringLiteral("UDP")});
    EXPECT_EQ(list->protocolCombo()->count(), 2);
}

} // namespace
} // namespace hopscope::gui
