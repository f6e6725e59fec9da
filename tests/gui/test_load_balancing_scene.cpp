// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The load-balancing diagram without sockets: dots as a function of time on a manual clock,
// the cap on dots in flight and health on the cards.
#include "gui/controllers/lb_backend_status.h"
#include "gui/widgets/backend_card_item.h"
#include "gui/widgets/backend_colours.h"
#include "gui/widgets/dirty_tiles.h"
#include "gui/widgets/lb_diagram_view.h"
#include "gui/widgets/lb_scene.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QScreen>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

namespace hopscope::gui {
namespace {

constexpr std::int64_t kMs = 1'000'000;

std::vector<LbBackendStatus> statuses(std::size_t n) {
    std::vector<LbBackendStatus> out;
    for (std::size_t i = 0; i < n; ++i) {
        LbBackendStatus s;
        s.index = i;
        s.name = QStringLiteral("backend-%1").arg(i + 1);
        s.displayAddress = QStringLiteral("10.0.0.%1:80").arg(11 + i);
        s.realEndpoint = QStringLiteral("127.0.0.1:%1").arg(40000 + i);
        s.completed = 100 * (i + 1);
        s.sharePercent = 100.0 / static_cast<double>(n);
        out.push_back(s);
    }
    return out;
}

// A route as the stack reports it for the built-in client connecting from 127.0.0.<client>.
engine::RouteNotice route(std::size_t backend, int status = 200, std::uint8_t client = 2) {
    const engine::net::SocketAddress from(wire::Ipv4Address(127, 0, 0, client), 0);
    engine::RouteNotice r;
    r.client = engine::LbTraceRecorder::clientName(from);
    r.clientNumber = engine::LbTraceRecorder::clientNumber(from);
    r.clientDisplayAddress = engine::LbTraceRecorder::clientDisplayAddress(from);
    r.backend = backend;
    r.backendName = "backend-" + std::to_string(backend + 1);
    r.status = status;
    return r;
}

TEST(LbScene, DotsTravelClientToLoadBalancerToBackendAndBack) {
    LbScene scene;
    scene.setViewportSize(QSizeF(1200, 700));
    scene.setStatuses(statuses(3));
    ASSERT_EQ(scene.cards().size(), 3U);
    scene.addRoutes({route(2)}, 0);
    ASSERT_EQ(scene.dotsInFlight(), 1U);
    EXPECT_TRUE(scene.clients().contains(QStringLiteral("client-2")));

    scene.advance(0);
    const QPointF start = scene.dotPosition(0);
    const QPointF lb = scene.loadBalancerCentre();
    EXPECT_LT(start.x(), lb.x());
    // Half way through the second hop it is between the load balancer and backend-3's card.
    scene.advance(LbScene::kHopNs * 3 / 2);
    const QPointF out = scene.dotPosition(0);
    const QPointF card = scene.card(2)->anchor();
    EXPECT_GT(out.x(), lb.x());
    EXPECT_LT(out.x(), card.x());
    // On the way back in the last hop it is left of the load balancer again.
    scene.advance(LbScene::kHopNs * 7 / 2);
    EXPECT_LT(scene.dotPosition(0).x(), lb.x());
    // Four hops and it is gone; nothing left to animate.
    EXPECT_TRUE(scene.advance(LbScene::kHopNs * 4));
    EXPECT_EQ(scene.dotsInFlight(), 0U);
    EXPECT_FALSE(scene.advance(LbScene::kHopNs * 5));
}

TEST(LbScene, DotsInFlightAreCappedAndTheSkippedAreCounted) {
    LbScene scene;
    scene.setStatuses(statuses(2));
    std::vector<engine::RouteNotice> many;
    for (std::size_t i = 0; i < LbScene::kMaxDots + 120; ++i) {
        many.push_back(route(i % 2));
    }
    scene.addRoutes(many, 0);
    EXPECT_EQ(scene.dotsInFlight(), LbScene::kMaxDots);
    EXPECT_EQ(scene.dotsStarted(), LbScene::kMaxDots);
    EXPECT_EQ(scene.dotsSkipped(), 120U);
}

TEST(LbScene, ClientsBeyondTheSlotsShareTheLastOne) {
    LbScene scene;
    scene.setStatuses(statuses(1));
    std::vector<engine::RouteNotice> routes;
    for (std::uint8_t c = 2; c < 20; ++c) {
        routes.push_back(route(0, 200, c));
    }
    scene.addRoutes(routes, 0);
    EXPECT_EQ(static_cast<std::size_t>(scene.clients().size()), LbScene::kMaxClients);
    EXPECT_EQ(scene.clients().front(), QStringLiteral("client-1")); // curl's, always there
}

TEST(LbScene, CardsFollowMembershipAndManyBackendsStillFit) {
    LbScene scene;
    scene.setViewportSize(QSizeF(1280, 500));
    scene.setStatuses(statuses(16));
    ASSERT_EQ(scene.cards().size(), 16U);
    const QRectF area = scene.sceneRect();
    for (const BackendCardItem* card : scene.cards()) {
        EXPECT_TRUE(area.contains(card->sceneBoundingRect().adjusted(3, 3, -3, -6)))
            << card->status().name.toStdString();
    }
    auto two = statuses(3);
    two.erase(two.begin() + 1); // backend-2 removed from the pool
    scene.setStatuses(two);
    EXPECT_EQ(scene.cards().size(), 2U);
    EXPECT_EQ(scene.card(1), nullptr);
    EXPECT_NE(scene.card(2), nullptr);
}

TEST(LbBackendStatus, HealthIsNamedFromThePoolTheServerAndTheChecks) {
    engine::BackendView b;
    b.up = true;
    b.alive = true;
    EXPECT_EQ(LbBackendStatus::classify(b), BackendHealthState::Up);
    b.alive = false;
    EXPECT_EQ(LbBackendStatus::classify(b), BackendHealthState::Failing);
    b.up = false;
    EXPECT_EQ(LbBackendStatus::classify(b), BackendHealthState::Down);
    b.alive = true;
    EXPECT_EQ(LbBackendStatus::classify(b), BackendHealthState::Ejected);
    b.health.passed = 1;
    EXPECT_EQ(LbBackendStatus::classify(b), BackendHealthState::Recovering);
    // Every state has its own word and colour, so colour is never the only clue.
    QStringList words;
    for (auto h : {BackendHealthState::Up, BackendHealthState::Failing, BackendHealthState::Down,
                   BackendHealthState::Ejected, BackendHealthState::Recovering}) {
        words << BackendCardItem::healthText(h);
    }
    words.removeDuplicates();
    EXPECT_EQ(words.size(), 5);
}

TEST(LbBackendStatus, SharesAndErrorsComeFromTheCounters) {
    LbSnapshot snapshot;
    snapshot.metrics.backends.resize(2);
    snapshot.metrics.backends[0].completed = 30;
    snapshot.metrics.backends[0].errors = 2;
    snapshot.metrics.backends[1].completed = 10;
    snapshot.metrics.backends[1].index = 1;
    snapshot.metrics.total.completed = 40;
    for (std::size_t i = 0; i < 3; ++i) {
        engine::BackendView v;
        v.index = i;
        v.name = "backend-" + std::to_string(i + 1);
        v.removed = i == 2;
        snapshot.backends.push_back(v);
    }
    snapshot.backends[0].server.failed = 3;   // its own 500s
    snapshot.backends[0].server.rejected = 1; // its own 503s
    const auto s = LbBackendStatus::fromSnapshot(snapshot);
    ASSERT_EQ(s.size(), 2U); // the removed one has no card
    EXPECT_DOUBLE_EQ(s[0].sharePercent, 75.0);
    EXPECT_DOUBLE_EQ(s[1].sharePercent, 25.0);
    EXPECT_EQ(s[0].errors5xx, 6U);
    EXPECT_EQ(s[0].displayAddress, QStringLiteral("10.0.0.11:80"));
}

TEST(BackendColours, OkabeItoInOrder) {
    EXPECT_EQ(BackendColours::fill(0), QColor(QRgb{0x0072B2}));
    EXPECT_EQ(BackendColours::fill(1), QColor(QRgb{0xD55E00}));
    EXPECT_EQ(BackendColours::fill(2), QColor(QRgb{0xF0E442}));
    EXPECT_EQ(BackendColours::fill(3), QColor(QRgb{0x009E73}));
    EXPECT_EQ(BackendColours::fill(7), QColor(QRgb{0x000000}));
    EXPECT_EQ(BackendColours::fill(8), BackendColours::fill(0));
    EXPECT_NE(BackendColours::outlineStyle(8), BackendColours::outlineStyle(0));
}

// A full frame of dots (the cap) over sixteen cards paints, and the dots are what adds colour:
// once every request has finished its trip the same view has far fewer backend-coloured
// pixels. How fast a frame paints is measured by tests/bench/lb_view_bench.sh, not here.
TEST(LbScene, AFullFrameOfDotsPaintsEveryDotInItsBackendsColour) {
    LbScene scene;
    LbDiagramView view(&scene);
    view.resize(1920, 1000);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    scene.setStatuses(statuses(16));
    std::vector<engine::RouteNotice> many;
    for (std::size_t i = 0; i < LbScene::kMaxDots; ++i) {
        many.push_back(
            route(i % 16, i % 10 == 0 ? 503 : 200, static_cast<std::uint8_t>(2 + i % 4)));
    }
    // Spread over the four hops, as a steady stream would be.
    for (std::size_t i = 0; i < many.size(); ++i) {
        many[i].timeNs = static_cast<std::int64_t>(i) * LbScene::kHopNs * 4 /
                         static_cast<std::int64_t>(many.size());
    }
    scene.addRoutes(many, LbScene::kHopNs * 2);
    auto colouredPixels = [&view] {
        const QImage image =
            view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb first = BackendColours::fill(0).rgb();
        std::size_t n = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                n += (line[x] & 0xFFFFFF) == (first & 0xFFFFFF) ? 1 : 0;
            }
        }
        return n;
    };
    scene.advance(LbScene::kHopNs * 2 + 16 * kMs);
    const quint64 before = view.framesPainted();
    view.viewport()->repaint();
    EXPECT_EQ(view.framesPainted(), before + 1);
    EXPECT_EQ(scene.dotsInFlight(), LbScene::kMaxDots);
    const std::size_t withDots = colouredPixels();

    scene.advance(LbScene::kHopNs * 20); // every trip is over
    EXPECT_EQ(scene.dotsInFlight(), 0U);
    const std::size_t without = colouredPixels();
    // backend-1's dots are about 1 in 16 of 300, each some tens of pixels of its colour.
    EXPECT_GT(withDots, without + 200) << withDots << " vs " << without;
}

TEST(DirtyTiles, CoversEveryRectangleWithWholeTilesCutToTheArea) {
    DirtyTiles tiles(QSize(100, 50), 16);
    EXPECT_TRUE(tiles.empty());
    EXPECT_TRUE(tiles.region().isEmpty());
    tiles.add(QRect(3, 3, 4, 4));       // inside the first tile
    tiles.add(QRect(20, 2, 30, 5));     // across tiles 1..3 of the first row
    tiles.add(QRect(90, 40, 50, 50));   // past the bottom right corner
    tiles.add(QRect(-40, -40, 10, 10)); // wholly outside
    const QRegion region = tiles.region();
    auto covers = [&region](const QRect& r) { return (QRegion(r) - region).isEmpty(); };
    EXPECT_TRUE(covers(QRect(3, 3, 4, 4)));
    EXPECT_TRUE(covers(QRect(20, 2, 30, 5)));
    EXPECT_TRUE(covers(QRect(90, 40, 10, 10)));
    // Whole tiles: the first row's run is tiles 0..3, cut nowhere; the corner tile is cut to
    // the area (96..100 x 48..50 belongs to it).
    EXPECT_TRUE(covers(QRect(0, 0, 64, 16)));
    EXPECT_FALSE(region.contains(QPoint(64, 0)));
    EXPECT_EQ(region.boundingRect(), QRect(0, 0, 100, 50));
    qint64 area = 0;
    for (const QRect& r : region) {
        area += qint64{r.width()} * r.height();
    }
    EXPECT_EQ(area, 64 * 16 + (100 - 80) * (50 - 32));
    tiles.clear();
    EXPECT_TRUE(tiles.empty());
    EXPECT_TRUE(tiles.region().isEmpty());
}

TEST(DirtyTiles, RowsWithTheSameRunsBecomeOneRectangle) {
    DirtyTiles tiles(QSize(200, 200), 10);
    tiles.add(QRect(10, 10, 20, 95)); // a column of tiles 1..2 across rows 1..10
    tiles.add(QRect(150, 50, 5, 5));
    const QRegion region = tiles.region();
    EXPECT_EQ(region.rectCount(), 4); // above the lone tile, beside it (two), below it
    QRegion expected(10, 10, 20, 100);
    expected += QRect(150, 50, 10, 10);
    EXPECT_EQ(region, expected);
}

// The view composes a frame from its layer of everything but the dots and the dots on top, and
// repaints only where dots moved: after a run of such frames (and a card changing in between)
// the window must hold exactly what a full repaint of the same moment draws.
void expectFramesLeaveWhatAFullRepaintDraws(int zoomSteps) {
    LbScene scene;
    LbDiagramView view(&scene);
    view.resize(1200, 640);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < zoomSteps; ++i) {
        view.zoomIn();
    }
    std::vector<LbBackendStatus> three = statuses(3);
    scene.setStatuses(three);
    std::vector<engine::RouteNotice> routes;
    // Few dots, far apart: a place left unrepainted is not painted over by the next dot along
    // the same wire.
    for (std::size_t i = 0; i < 4; ++i) {
        routes.push_back(route(i % 3, i == 3 ? 503 : 200, i % 2 == 0 ? 2 : 3));
        routes.back().timeNs = static_cast<std::int64_t>(i) * 200 * kMs;
    }
    // Waits for the window to paint what was asked since `before` frames.
    const auto painted = [&view](quint64 before) {
        return QTest::qWaitFor([&] { return view.framesPainted() > before; }, 5000);
    };
    quint64 frames = view.framesPainted();
    scene.addRoutes(routes, 0);
    scene.advance(0);
    ASSERT_TRUE(painted(frames));

    auto shown = [&view] {
        QScreen* screen = view.windowHandle()->screen();
        const QPoint at = view.viewport()->mapTo(&view, QPoint(0, 0));
        return screen
            ->grabWindow(view.winId(), at.x(), at.y(), view.viewport()->width(),
                         view.viewport()->height())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    };
    const qint64 viewportPixels = qint64{view.viewport()->width()} * view.viewport()->height();
    std::int64_t now = 0;
    for (int frame = 0; frame < 40; ++frame) {
        // After a layout change the next frame comes late (a busy GUI thread), so the dots
        // jump further than their own size.
        now += (frame == 28 || frame == 34 ? 120 : 16) * kMs;
        if (frame == 20) {
            three[1].completed += 5; // a card's numbers change as they do under load
            three[1].active = 3;
            scene.setStatuses(three);
        }
        // The layout changes under moving dots, and the window repaints before the next frame
        // (as when a snapshot's timer adds a card between two frames).
        if (frame == 28) {
            frames = view.framesPainted();
            view.resize(1100, 600);
            ASSERT_TRUE(painted(frames)) << "frame " << frame;
        }
        if (frame == 34) {
            frames = view.framesPainted();
            scene.setStatuses(statuses(4)); // a backend joins: the cards move
            ASSERT_TRUE(painted(frames)) << "frame " << frame;
        }
        frames = view.framesPainted();
        ASSERT_TRUE(scene.advance(now));
        ASSERT_TRUE(painted(frames)) << "frame " << frame;
        if (frame < 20) {
            EXPECT_LT(view.lastPaintedPixels(), viewportPixels / 3) << "frame " << frame;
        }
    }
    const QImage partial = shown();
    // Zooming drops the layer: the next paint renders everything again, at the same zoom.
    view.zoomIn();
    view.zoomOut();
    const QImage full = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(partial.size(), full.size());
    qint64 differing = 0;
    for (int y = 0; y < full.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(partial.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(full.constScanLine(y));
        for (int x = 0; x < full.width(); ++x) {
            differing += (a[x] & 0xFFFFFF) != (b[x] & 0xFFFFFF) ? 1 : 0;
        }
    }
    EXPECT_EQ(differing, 0);
}

TEST(LbDiagramView, FramesRepaintOnlyWhereDotsMovedAndLeaveWhatAFullRepaintDraws) {
    expectFramesLeaveWhatAFullRepaintDraws(0);
}

TEST(LbDiagramView, ZoomedInFramesLeaveWhatAFullRepaintDrawsToo) {
    expectFramesLeaveWhatAFullRepaintDraws(2); // 1.56x: the dots are drawn as vectors
}

} // namespace
} // namespace hopscope::gui
