// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The encapsulation lesson on the real lab: one GET from the laptop, every interface's copy of
// its SYN and of the GET found, and what each device on the way changed.
#include "engine/engine.h"
#include "gui/controllers/encapsulation_runner.h"
#include "gui/controllers/playback_controller.h"
#include "gui/views/encapsulation_view.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace hopscope::gui {
namespace {

constexpr int kWaitMs = 40000;

const HopChangeRow* rowOf(const std::vector<HopChangeRow>& rows, const char* field) {
    for (const auto& r : rows) {
        if (r.field == QLatin1String(field)) {
            return &r;
        }
    }
    return nullptr;
}

std::optional<std::size_t> hopAt(const HopJourneyModel& m, FollowedPacket packet,
                                 const std::string& interface) {
    const auto& hops = m.journey(packet).hops;
    for (std::size_t k = 0; k < hops.size(); ++k) {
        if (hops[k].interface == interface) {
            return k;
        }
    }
    return std::nullopt;
}

class EncapsulationViewTest : public ::testing::Test {
protected:
    void open(engine::LessonNetwork network) {
        engine.setLessonNetwork(network);
        view = std::make_unique<EncapsulationView>(controller, engine);
        view->resize(1280, 720);
    }

    engine::Engine engine;
    trace::ManualClock clock;
    PlaybackController controller{engine, clock};
    std::unique_ptr<EncapsulationView> view;
};

TEST_F(EncapsulationViewTest, TheFirstShowFollowsTheRequestThroughTheSwitchNatAndRouters) {
    open(engine::LessonNetwork::Lab);
    QSignalSpy done(view.get(), &EncapsulationView::runDone);
    view->show();
    ASSERT_TRUE(done.wait(kWaitMs)) << view->statusText().toStdString();
    ASSERT_EQ(view->runner().state(), EncapsulationRunner::State::Ready)
        << view->runner().problem().toStdString();
    ASSERT_EQ(view->runner().runs().size(), 1U);
    const EncapsulationRun& run = view->runner().runs().front();
    EXPECT_EQ(run.status, 200);
    EXPECT_TRUE(run.problem.isEmpty()) << run.problem.toStdString();
    const HopJourneyModel* m = view->model();
    ASSERT_NE(m, nullptr);
    ASSERT_TRUE(m->has(FollowedPacket::Syn));
    ASSERT_TRUE(m->has(FollowedPacket::Get));

    // The GET is shown first: its first copy carries the request, its last is at the site.
    EXPECT_EQ(view->followed(), FollowedPacket::Get);
    EXPECT_EQ(controller.traceHandle(), m->trace(FollowedPacket::Get));
    const std::string first(controller.event(0).frame().begin(), controller.event(0).frame().end());
    EXPECT_NE(first.find("GET / HTTP/1.1"), std::string::npos);
    EXPECT_EQ(m->journey(FollowedPacket::Get).hops.back().interface, "lb:eth0");
    const auto envelopes = m->changes(FollowedPacket::Get, 0);
    ASSERT_FALSE(envelopes.empty());
    EXPECT_EQ(envelopes.back().field, QStringLiteral("http.request.line"));
    EXPECT_EQ(envelopes.back().after, QStringLiteral("GET / HTTP/1.1"));
    EXPECT_EQ(view->changeTable()->rowCount(), static_cast<int>(envelopes.size()));

    view->followButton(FollowedPacket::Syn)->click();
    EXPECT_EQ(view->followed(), FollowedPacket::Syn);
    ASSERT_EQ(controller.traceHandle(), m->trace(FollowedPacket::Syn));
    const auto& hops = m->journey(FollowedPacket::Syn).hops;
    ASSERT_EQ(view->hopList()->count(), static_cast<int>(hops.size()));
    EXPECT_EQ(m->hopLabels(FollowedPacket::Syn).front(), QStringLiteral("laptop:eth0 out"));
    EXPECT_EQ(hops.back().interface, "lb:eth0");

    // The home router's way out: NAT and the first TTL decrement.
    const auto nat = hopAt(*m, FollowedPacket::Syn, "home-router:eth1");
    ASSERT_TRUE(nat);
    const auto rows = m->changes(FollowedPacket::Syn, *nat);
    const HopChangeRow* src = rowOf(rows, "ip.src");
    ASSERT_NE(src, nullptr);
    EXPECT_EQ(src->before, QStringLiteral("192.168.1.10"));
    EXPECT_EQ(src->after, QStringLiteral("198.18.0.2"));
    const HopChangeRow* ttl = rowOf(rows, "ip.ttl");
    ASSERT_NE(ttl, nullptr);
    EXPECT_EQ(ttl->before, QStringLiteral("64"));
    EXPECT_EQ(ttl->after, QStringLiteral("63"));

    // Through the home switch nothing changes.
    const auto through = hopAt(*m, FollowedPacket::Syn, "home-switch:eth1");
    ASSERT_TRUE(through);
    const auto same = m->changes(FollowedPacket::Syn, *through);
    ASSERT_EQ(same.size(), 1U);
    EXPECT_TRUE(same.front().field.isEmpty());
    EXPECT_TRUE(same.front().why.startsWith(QStringLiteral("A switch forwards")));

    // Clicking a hop shows its changes and puts the inspector on its bytes.
    view->hopList()->setCurrentRow(static_cast<int>(*nat));
    ASSERT_EQ(controller.currentIndex(), *nat);
    EXPECT_EQ(controller.event(*nat).capturedAt(), "home-router:eth1");
    EXPECT_EQ(controller.event(*nat).source(), trace::SourceKind::Lab);
    EXPECT_EQ(view->changeTable()->rowCount(), static_cast<int>(rows.size()));
    // ... and moving the playback moves the selection along.
    controller.seekToEvent(*nat + 1);
    EXPECT_EQ(view->hopList()->currentRow(), static_cast<int>(*nat) + 1);

    // Sending again: a new run, new journeys.
    QSignalSpy again(view.get(), &EncapsulationView::runDone);
    ASSERT_TRUE(view->sendAgain());
    ASSERT_TRUE(again.wait(kWaitMs)) << view->statusText().toStdString();
    EXPECT_EQ(view->runner().runs().size(), 2U);
    EXPECT_NE(view->model(), m);
}

TEST_F(EncapsulationViewTest, OnLoopbackThePageSaysItNeedsTheLab) {
    open(engine::LessonNetwork::Loopback);
    QSignalSpy done(view.get(), &EncapsulationView::runDone);
    view->show();
    EXPECT_EQ(view->runner().state(), EncapsulationRunner::State::Failed);
    EXPECT_EQ(done.count(), 1);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("--network loopback")))
        << view->statusText().toStdString();
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("lab")));
    EXPECT_FALSE(view->followButton(FollowedPacket::Syn)->isEnabled());
    EXPECT_FALSE(view->sendAgain());
    EXPECT_EQ(view->hopList()->count(), 0);
}

} // namespace
} // namespace hopscope::gui
