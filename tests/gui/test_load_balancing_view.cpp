// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The load-balancing lesson against the real engine: backends and the proxy on loopback, the
// built-in load and a hand-made request, every wait bounded.
#include "engine/engine.h"
#include "gui/controllers/lb_stack_controller.h"
#include "gui/views/load_balancing_view.h"
#include "gui/widgets/backend_card_item.h"
#include "gui/widgets/bar_chart_widget.h"
#include "gui/widgets/lb_compare_panel.h"
#include "gui/widgets/lb_config_dialog.h"
#include "gui/widgets/lb_controls_panel.h"
#include "gui/widgets/lb_diagram_view.h"
#include "gui/widgets/lb_scene.h"
#include "gui/widgets/scene_exporter.h"
#include "gui/widgets/time_series_chart_widget.h"
#include "svg_text.h"
#include "wire/dissector.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace hopscope::gui {
namespace {

constexpr int kWaitMs = 10000;
constexpr std::int64_t kMs = 1'000'000;

engine::LoadBalancerStackConfig fastConfig() {
    engine::LoadBalancerStackConfig config = LoadBalancingView::defaultStackConfig();
    for (engine::StackBackend& b : config.backends) {
        b.settings.capacity = 0;
        b.settings.serviceTime = http::ServiceTimeKind::Fixed;
        b.settings.serviceTimeMeanNs = 5 * kMs;
    }
    config.health.intervalNs = 100 * kMs;
    config.health.timeoutNs =
        3000 * kMs; // a killed backend refuses at once; a live one may be slow
    config.health.rise = 2;
    config.health.fall = 2;
    return config;
}

class LoadBalancingViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        view = std::make_unique<LoadBalancingView>(engine);
        view->setStackConfig(fastConfig());
        view->resize(1600, 900);
        view->show(); // the first show starts the stack
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return view->controller().state() != LbStackController::State::Starting; },
            kWaitMs));
        ASSERT_EQ(view->controller().state(), LbStackController::State::Running)
            << view->controller().errorText().toStdString();
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return view->scene()->cards().size() == 3; }, kWaitMs));
    }

    // Waits for the next snapshot to reach the view.
    void nextSnapshot() {
        QSignalSpy spy(&view->controller(), &LbStackController::snapshotReady);
        view->controller().refresh();
        ASSERT_TRUE(spy.wait(kWaitMs));
    }

    // Starts the built-in load and lets it run, the frame timer animating, until `enough`.
    template <typename Condition> void runLoadUntil(Condition enough, int rate = 100) {
        view->controls()->rateSpin()->setValue(rate);
        view->startLoad();
        ASSERT_TRUE(QTest::qWaitFor(enough, kWaitMs));
    }

    [[nodiscard]] std::uint64_t completed() const {
        return view->controller().stack().metrics().total.completed;
    }
    [[nodiscard]] std::uint64_t completedBy(std::size_t backend) const {
        return view->controller().stack().metrics().backends.at(backend).completed;
    }

    void stopLoadAndSettle() {
        view->stopLoad();
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return !view->controller().stack().loadRunning(); }, kWaitMs));
        // Requests the generator abandoned still finish at the proxy: wait until it has no
        // client connection open and no request in progress. (A connection given up while it
        // still waited to be accepted can bring one more request later, so tests compare
        // counters with a snapshot, not with the live ones.)
        ASSERT_TRUE(QTest::qWaitFor(
            [this] {
                const auto& stack = view->controller().stack();
                return stack.clientConnections() == 0 && stack.metrics().total.active == 0;
            },
            kWaitMs));
    }

    // Writes the diagram as `name` in a folder of the test's; the path, or empty on failure.
    QString exportDiagram(const QString& name, SceneExporter::Format format) {
        SceneExporter::Source source;
        source.scene = view->exportScene();
        source.sceneRect = view->exportRect();
        const QString path = exportDir.filePath(name);
        const QString error = source.scene == nullptr
                                  ? QStringLiteral("no scene")
                                  : SceneExporter::write(source, path, format, 1.0);
        EXPECT_EQ(error, QString());
        return error.isEmpty() ? path : QString();
    }

    // The highest rate any backend's line of the rate chart shows.
    [[nodiscard]] double peakRate() const {
        double peak = 0;
        for (const ChartLine& line : view->rateChart()->lines()) {
            for (double y : line.y) {
                peak = std::max(peak, y);
            }
        }
        return peak;
    }

    QTemporaryDir exportDir;
    engine::Engine engine;
    // The engine's trace before the page, once its stack ran, made its own the current one.
    const std::shared_ptr<trace::Trace> traceBeforeThePage = engine.trace();
    std::unique_ptr<LoadBalancingView> view;
};

TEST_F(LoadBalancingViewTest, StartsTheStackWhenShownAndPrintsItsRealEndpoint) {
    EXPECT_TRUE(view->frameTimerActive());
    const QString curl = view->curlCommand();
    EXPECT_TRUE(curl.startsWith(QStringLiteral("curl http://127.0.0.1:"))) << curl.toStdString();
    EXPECT_EQ(view->controls()->endpointEdit()->text(), curl);
    EXPECT_EQ(QString::fromStdString(view->controller().stack().address().toString()),
              curl.section(QLatin1Char('/'), 2, 2));
    // The cards name the backends the engine runs, in pool order, all up.
    const auto cards = view->scene()->cards();
    ASSERT_EQ(cards.size(), 3U);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        EXPECT_EQ(cards[i]->status().name, QStringLiteral("backend-%1").arg(i + 1));
        EXPECT_EQ(cards[i]->status().health, BackendHealthState::Up);
    }
    EXPECT_EQ(view->controls()->backendTable()->rowCount(), 3);
}

TEST_F(LoadBalancingViewTest, LoadMakesDotsAndTheChartsMatchTheEngine) {
    runLoadUntil([this] {
        return view->scene()->dotsStarted() > 20 && view->scene()->dotsInFlight() > 0 &&
               completed() > 100 && peakRate() > 5.0;
    });
    EXPECT_LE(view->scene()->dotsInFlight(), LbScene::kMaxDots);
    stopLoadAndSettle();
    nextSnapshot();

    // The engine's counters as the snapshot the charts were drawn from read them.
    const balance::LoadBalancerMetricsSnapshot metrics = view->controller().snapshot()->metrics;
    EXPECT_GT(metrics.total.completed, 100U);
    EXPECT_LE(metrics.total.completed, completed());
    const QList<ChartBar>& bars = view->requestsChart()->bars();
    ASSERT_EQ(bars.size(), static_cast<qsizetype>(metrics.backends.size()));
    for (std::size_t i = 0; i < metrics.backends.size(); ++i) {
        EXPECT_EQ(bars[static_cast<qsizetype>(i)].value,
                  static_cast<double>(metrics.backends[i].completed));
    }
    EXPECT_EQ(view->requestsChart()->total(), static_cast<double>(metrics.total.completed));
    // Round robin over three equal backends: the cards' shares are a third each.
    double shares = 0;
    for (const BackendCardItem* card : view->scene()->cards()) {
        EXPECT_NEAR(card->status().sharePercent, 100.0 / 3, 2.0);
        EXPECT_EQ(card->status().completed, metrics.backends[card->status().index].completed);
        shares += card->status().sharePercent;
    }
    EXPECT_NEAR(shares, 100.0, 0.01);
    // The time series has at least one second with traffic in it.
    EXPECT_EQ(view->rateChart()->lines().size(), 3);
    EXPECT_GT(peakRate(), 5.0);
    // Every dot is retired once its four hops are over.
    EXPECT_TRUE(QTest::qWaitFor([this] { return view->scene()->dotsInFlight() == 0; },
                                static_cast<int>(LbScene::kHopNs * 4 / kMs + 2000)));
}

TEST_F(LoadBalancingViewTest, SwitchingTheAlgorithmReachesTheEngine) {
    QComboBox* combo = view->controls()->algorithmCombo();
    EXPECT_EQ(combo->count(), static_cast<int>(balance::kAllAlgorithms.size()));
    EXPECT_EQ(combo->itemText(0), QStringLiteral("roundrobin"));
    const int row = combo->findText(QStringLiteral("leastconn"));
    ASSERT_GE(row, 0);
    combo->setCurrentIndex(row);
    emit combo->activated(row);
    EXPECT_TRUE(QTest::qWaitFor(
        [this] {
            return view->controller().stack().algorithm() ==
                   balance::AlgorithmKind::LeastConnections;
        },
        kWaitMs));
    nextSnapshot();
    EXPECT_EQ(view->controller().snapshot()->algorithm, balance::AlgorithmKind::LeastConnections);
}

TEST_F(LoadBalancingViewTest, KillingABackendMarksItsCardDownAndRevivingBringsItBack) {
    QTableWidget* table = view->controls()->backendTable();
    auto* kill = qobject_cast<QPushButton*>(table->cellWidget(1, LbControlsPanel::State));
    ASSERT_NE(kill, nullptr);
    runLoadUntil([this] { return completedBy(1) >= 5; });
    kill->click();
    EXPECT_TRUE(QTest::qWaitFor(
        [this] {
            const BackendCardItem* card = view->scene()->card(1);
            return card != nullptr && card->status().health == BackendHealthState::Down;
        },
        kWaitMs));
    EXPECT_FALSE(view->controller().stack().backends().at(1).up);
    // The other two take all the new requests.
    const std::uint64_t first = completedBy(0);
    const std::uint64_t second = completedBy(1);
    const std::uint64_t third = completedBy(2);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return completedBy(0) >= first + 5 && completedBy(2) >= third + 5; }, kWaitMs));
    EXPECT_EQ(completedBy(1), second);
    stopLoadAndSettle();
    nextSnapshot();
    EXPECT_EQ(view->scene()->card(0)->status().health, BackendHealthState::Up);

    auto* revive = qobject_cast<QPushButton*>(table->cellWidget(1, LbControlsPanel::State));
    ASSERT_NE(revive, nullptr);
    revive->click();
    EXPECT_TRUE(QTest::qWaitFor(
        [this] { return view->scene()->card(1)->status().health == BackendHealthState::Up; },
        kWaitMs));
}

TEST_F(LoadBalancingViewTest, BackendCountAddsAndRemovesBackends) {
    view->controls()->backendCountSpin()->setValue(5);
    EXPECT_TRUE(QTest::qWaitFor([this] { return view->scene()->cards().size() == 5; }, kWaitMs));
    EXPECT_EQ(view->controls()->backendTable()->rowCount(), 5);
    EXPECT_EQ(view->scene()->card(4)->status().name, QStringLiteral("backend-5"));
    view->controls()->backendCountSpin()->setValue(2);
    EXPECT_TRUE(QTest::qWaitFor([this] { return view->scene()->cards().size() == 2; }, kWaitMs));
    EXPECT_EQ(view->controller().stack().endpoints().size(), 3U); // the proxy and two backends
}

TEST_F(LoadBalancingViewTest, BackendSettingsApplyLive) {
    QTableWidget* table = view->controls()->backendTable();
    auto* service = qobject_cast<QSpinBox*>(table->cellWidget(2, LbControlsPanel::ServiceTime));
    auto* weight = qobject_cast<QSpinBox*>(table->cellWidget(2, LbControlsPanel::Weight));
    ASSERT_NE(service, nullptr);
    ASSERT_NE(weight, nullptr);
    service->setValue(120);
    weight->setValue(3);
    EXPECT_TRUE(QTest::qWaitFor(
        [this] {
            const engine::BackendView b = view->controller().stack().backends().at(2);
            return b.settings.serviceTimeMeanNs == 120 * kMs && b.weight == 3;
        },
        kWaitMs));
}

TEST_F(LoadBalancingViewTest, RequestsFromOutsideTheAppShowUp) {
    const engine::net::SocketAddress lb = view->controller().stack().address();
    const std::uint64_t before = view->scene()->dotsStarted();
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), lb.port());
    ASSERT_TRUE(socket.waitForConnected(kWaitMs));
    socket.write("GET /from-outside HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    ASSERT_TRUE(socket.waitForDisconnected(kWaitMs));
    const QByteArray answer = socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200")) << answer.left(80).toStdString();
    EXPECT_TRUE(answer.contains("X-Served-By: backend-"));
    // curl's address, 127.0.0.1, is client-1: its dot starts at the next frames.
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->scene()->dotsStarted() > before; }, kWaitMs));
    EXPECT_TRUE(view->scene()->clients().contains(QStringLiteral("client-1")));
    nextSnapshot();
    EXPECT_EQ(view->controller().snapshot()->metrics.total.completed, 1U);
}

TEST_F(LoadBalancingViewTest, SampledRequestsBecomeTraceEventsWhenATraceIsSet) {
    auto trace = std::make_shared<trace::Trace>();
    view->setTrace(trace, trace::SteadyClock::instance().nowNs());
    runLoadUntil([&] { return trace->size() >= 8; }, 20);
    stopLoadAndSettle();
    // Four messages per sampled request: client -> lb -> backend -> lb -> client.
    EXPECT_GE(trace->size(), 8U);
    EXPECT_EQ(trace->size() % 4, 0U);
    EXPECT_EQ(trace->at(0).from().rfind("client-", 0), 0U);
    EXPECT_EQ(trace->at(0).to(), "lb");
}

TEST_F(LoadBalancingViewTest, ItsRequestsBecomeTheEnginesTraceWithRealHttpBytes) {
    const auto before = traceBeforeThePage; // the stack runs: the page's trace took over
    ASSERT_TRUE(view->liveTrace());
    EXPECT_EQ(engine.trace(), view->liveTrace());
    EXPECT_NE(engine.trace(), before);

    // Something else becomes current; starting load brings the page's trace back.
    engine.resetTrace();
    runLoadUntil([this] { return view->liveTrace() && view->liveTrace()->size() >= 8; }, 40);
    EXPECT_EQ(engine.trace(), view->liveTrace());
    stopLoadAndSettle();
    const trace::Trace& trace = *view->liveTrace();
    ASSERT_GE(trace.size(), 8U);
    std::size_t requests = 0;
    std::size_t responses = 0;
    for (std::size_t i = 0; i < trace.size(); ++i) {
        const trace::Event& e = trace.at(i);
        const wire::Dissection d = wire::dissect(e.linkType(), e.frame());
        EXPECT_TRUE(d.problem.empty()) << i << ": " << d.problem;
        EXPECT_EQ(d.protocol, "HTTP") << i;
        requests += d.info.find("GET ") != std::string::npos ? 1 : 0;
        responses += d.info.find("HTTP/1.1 ") != std::string::npos ? 1 : 0;
    }
    EXPECT_GT(requests, 0U);
    EXPECT_GT(responses, 0U);
}

TEST_F(LoadBalancingViewTest, TheLiveTraceStopsAtItsCapAndTheNextLoadStartsAFreshOne) {
    view->setMaxTraceEvents(40);
    runLoadUntil([this] { return view->liveTrace() && view->liveTrace()->size() >= 40; }, 60);
    nextSnapshot();
    const auto first = view->liveTrace();
    ASSERT_TRUE(first);
    const std::size_t capped = first->size();
    EXPECT_GE(capped, 40U);
    // Well past the cap, the counters go on ...
    ASSERT_TRUE(QTest::qWaitFor([&] { return completed() > capped / 4 + 40; }, kWaitMs));
    stopLoadAndSettle();
    // ... and nothing more was recorded.
    EXPECT_EQ(first->size(), capped) << "nothing recorded after the cap";
    runLoadUntil(
        [&] {
            return view->liveTrace() != first && view->liveTrace() && view->liveTrace()->size() > 0;
        },
        60);
    EXPECT_EQ(engine.trace(), view->liveTrace());
    stopLoadAndSettle();
    EXPECT_GT(view->liveTrace()->size(), 0U);
}

TEST_F(LoadBalancingViewTest, ALoadTheEngineRefusesPutsTheButtonBack) {
    view->controls()->setLoadRunning(true); // as a click on Start load does
    engine::TrafficConfig bad;
    bad.clientAddresses = 0; // the generator needs at least one
    QSignalSpy failed(&view->controller(), &LbStackController::loadFailed);
    view->controller().startLoad(bad);
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_FALSE(view->controls()->loadRunning());
    EXPECT_FALSE(view->controller().stack().loadRunning());
}

TEST_F(LoadBalancingViewTest, MeasuresTheFramesItPaintsWhileAnimating) {
    EXPECT_EQ(view->framesPerSecond(), 0.0);
    // Hidden and shown again, the view measures from its next frame on: every frame the figure
    // counts is painted after this.
    view->hide();
    view->show();
    const quint64 before = view->diagram()->framesPainted();
    // The figure comes once a whole window of frames has been painted.
    runLoadUntil(
        [&] {
            return view->framesPerSecond() > 1.0 && view->diagram()->framesPainted() > before + 10;
        },
        50);
    const quint64 painted = view->diagram()->framesPainted() - before;
    // The figure is the paints of one window over its length: between 1 and what was painted.
    EXPECT_LE(view->framesPerSecond(),
              static_cast<double>(painted) /
                  (static_cast<double>(LoadBalancingView::kFrameRateWindowNs) / 1e9));
    stopLoadAndSettle();
}

TEST_F(LoadBalancingViewTest, ShowTheRealConfigGivesHaproxyAndNginx) {
    view->controls()->configButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return view->configDialog() != nullptr; }, kWaitMs));
    LbConfigDialog* dialog = view->configDialog();
    EXPECT_TRUE(dialog->isVisible());
    const QString haproxy = dialog->haproxyText();
    const QString nginx = dialog->nginxText();
    EXPECT_TRUE(haproxy.contains(QStringLiteral("backend "))) << haproxy.toStdString();
    EXPECT_TRUE(haproxy.contains(QStringLiteral("balance roundrobin")));
    EXPECT_TRUE(nginx.contains(QStringLiteral("upstream "))) << nginx.toStdString();
    // The backends' real endpoints, as the engine reports them.
    for (const engine::BackendView& b : view->controller().stack().backends()) {
        const QString endpoint = QString::fromStdString(b.address.toString());
        EXPECT_TRUE(haproxy.contains(endpoint));
        EXPECT_TRUE(nginx.contains(endpoint));
    }
    dialog->copyHaproxyButton()->click();
    dialog->close();
}

TEST_F(LoadBalancingViewTest, ExportsTheDiagramAsANonEmptyPng) {
    runLoadUntil([this] { return view->scene()->dotsInFlight() > 0; });
    const QImage image(exportDiagram(QStringLiteral("lb.png"), SceneExporter::Format::Png));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), view->exportRect().size().toSize());
    // Backend-1's blue is in it (its card stripe at least).
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; y += 2) {
        for (int x = 0; x < image.width() && !blue; x += 2) {
            blue = image.pixel(x, y) == qRgb(0x00, 0x72, 0xB2);
        }
    }
    EXPECT_TRUE(blue);
    stopLoadAndSettle();
}

TEST_F(LoadBalancingViewTest, ExportsTheDiagramAsSvgWithItsLabelsAsText) {
    nextSnapshot();
    const test::SvgContent svg =
        test::readSvg(exportDiagram(QStringLiteral("lb.svg"), SceneExporter::Format::Svg));
    ASSERT_TRUE(svg.valid) << svg.error.toStdString();
    EXPECT_EQ(svg.size.toSize(), view->exportRect().size().toSize());
    const QString all = svg.texts.join(QStringLiteral(" | "));
    // Each backend's card: its number on the stripe and its name.
    for (const BackendCardItem* card : view->scene()->cards()) {
        EXPECT_TRUE(svg.texts.contains(card->status().name)) << all.toStdString();
        EXPECT_TRUE(svg.texts.contains(QString::number(card->status().index + 1)))
            << all.toStdString();
    }
}

TEST_F(LoadBalancingViewTest, CompareTabSimulatesTheConfiguredBackends) {
    nextSnapshot();
    view->tabs()->setCurrentWidget(view->comparePanel());
    EXPECT_EQ(view->exportScene(), nullptr); // the page is exported as a widget
    // Three equal backends under round robin: the same number of requests each, give or take 1.
    const balance::LbSimResult& rr = view->comparePanel()->result(0);
    ASSERT_EQ(rr.metrics.backends.size(), 3U);
    EXPECT_GT(rr.requests, 1000U);
    for (const auto& b : rr.metrics.backends) {
        EXPECT_NEAR(static_cast<double>(b.completed), static_cast<double>(rr.requests) / 3, 1.0);
    }
    EXPECT_EQ(view->comparePanel()->result(1).requests, rr.requests);
    EXPECT_TRUE(
        view->comparePanel()->headerText().startsWith(QStringLiteral("Simulated, same arrivals")));
}

// Presentation mode at 1280x720: the window's font grows by 1.5 and the view is told the scale.
TEST(LoadBalancingViewPresentation, FitsTwelveEightyBySevenTwentyAtPresentationScale) {
    engine::Engine engine;
    LoadBalancingView view(engine);
    view.setStackConfig(fastConfig());
    QFont f = view.font();
    f.setPointSizeF((f.pointSizeF() > 0 ? f.pointSizeF() : 9.0) * 1.5);
    view.setFont(f);
    view.setDisplayScale(1.5);
    view.resize(1280, 720);
    // As a --screenshot run would: load asked for before the stack is up starts with it.
    view.startLoadWhenReady(80);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.controller().stack().loadRunning(); }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.scene()->cards().size() == 3; }, kWaitMs));
    EXPECT_TRUE(view.controls()->loadRunning());
    // Laid out and animating: dots on the wires, frames painted.
    const quint64 before = view.diagram()->framesPainted();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return view.scene()->dotsInFlight() > 0 && view.diagram()->framesPainted() > before + 5;
        },
        kWaitMs));
    // The diagram gets a usable share of the screen, and its cards fit inside it unscrolled.
    const QSize diagram = view.diagram()->viewport()->size();
    EXPECT_GE(diagram.width(), 560);
    EXPECT_GE(diagram.height(), 240);
    const QRectF visible = view.diagram()->visibleSceneRect();
    for (const BackendCardItem* card : view.scene()->cards()) {
        EXPECT_TRUE(visible.contains(card->sceneBoundingRect().adjusted(4, 4, -4, -6)))
            << card->status().name.toStdString();
    }
    const QImage shot = view.grab().toImage();
    EXPECT_EQ(shot.size(), QSize(1280, 720));
    // For looking at: HOPSCOPE_SCREENSHOT_DIR=/some/dir keeps the picture.
    if (const QByteArray dir = qgetenv("HOPSCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        shot.save(QDir(QString::fromLocal8Bit(dir))
                      .filePath(QStringLiteral("lb-1280x720-presentation.png")));
    }
    view.stopLoad();
}

// The lesson as a class sees it at 1920x1080: load running, then a backend killed, more
// backends, the compare tab and the config dialog. HOPSCOPE_SCREENSHOT_DIR keeps the pictures.
TEST(LoadBalancingViewScreenshot, NormalScaleAtNineteenTwenty) {
    const QByteArray dir = qgetenv("HOPSCOPE_SCREENSHOT_DIR");
    auto keep = [&dir](const QImage& image, const char* name) {
        if (!dir.isEmpty()) {
            image.save(QDir(QString::fromLocal8Bit(dir)).filePath(QString::fromLatin1(name)));
        }
    };
    engine::Engine engine;
    LoadBalancingView view(engine);
    engine::LoadBalancerStackConfig config = LoadBalancingView::defaultStackConfig();
    config.health.intervalNs = 300 * kMs;
    view.setStackConfig(config);
    view.resize(1920, 1080);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view.controller().state() == LbStackController::State::Running; }, kWaitMs));
    view.controls()->rateSpin()->setValue(60);
    view.startLoad();
    const auto served = [&](std::size_t backend) {
        return view.controller().stack().metrics().backends.at(backend).completed;
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return served(0) > 10 && served(2) > 10 && view.scene()->dotsInFlight() > 0; },
        kWaitMs));
    QImage shot = view.grab().toImage();
    ASSERT_EQ(shot.size(), QSize(1920, 1080));
    EXPECT_GT(view.scene()->dotsInFlight(), 0U);
    keep(shot, "lb-1920x1080.png");

    // Kill backend-2 under load: the proxy answers some requests 502/503 until the checks
    // take it out.
    auto* kill = qobject_cast<QPushButton*>(
        view.controls()->backendTable()->cellWidget(1, LbControlsPanel::State));
    ASSERT_NE(kill, nullptr);
    kill->click();
    const quint64 atKill = view.diagram()->framesPainted();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.diagram()->framesPainted() > atKill; }, kWaitMs));
    keep(view.grab().toImage(), "lb-1920x1080-failing.png");
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return view.scene()->card(1)->status().health == BackendHealthState::Down; },
        kWaitMs));
    // The two left take the requests the dead one got.
    const std::uint64_t atDown = served(0) + served(2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return served(0) + served(2) >= atDown + 20; }, kWaitMs));
    keep(view.grab().toImage(), "lb-1920x1080-killed.png");

    view.controls()->backendCountSpin()->setValue(8);
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.scene()->cards().size() == 8; }, kWaitMs));
    // Every new backend has had requests and its card shows them.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (const BackendCardItem* card : view.scene()->cards()) {
                if (card->status().index != 1 && card->status().completed == 0) {
                    return false;
                }
            }
            return true;
        },
        kWaitMs));
    keep(view.grab().toImage(), "lb-1920x1080-eight.png");

    view.tabs()->setCurrentWidget(view.comparePanel());
    EXPECT_GT(view.comparePanel()->result(0).requests, 0U) << "simulated when shown";
    keep(view.grab().toImage(), "lb-1920x1080-compare.png");
    view.tabs()->setCurrentIndex(0);

    view.controls()->configButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.configDialog() != nullptr; }, kWaitMs));
    keep(view.configDialog()->grab().toImage(), "lb-config-dialog.png");
    view.configDialog()->close();
    view.stopLoad();
}

} // namespace
} // namespace hopscope::gui
