// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "load_balancing_view.h"

#include "engine/engine.h"
#include "gui/controllers/lb_backend_status.h"
#include "gui/controllers/lb_stack_controller.h"
#include "gui/text/lb_algorithm_text.h"
#include "gui/widgets/backend_colours.h"
#include "gui/widgets/bar_chart_widget.h"
#include "gui/widgets/lb_compare_panel.h"
#include "gui/widgets/lb_config_dialog.h"
#include "gui/widgets/lb_controls_panel.h"
#include "gui/widgets/lb_diagram_view.h"
#include "gui/widgets/lb_scene.h"
#include "gui/widgets/time_series_chart_widget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <spdlog/spdlog.h>

namespace hopscope::gui {

namespace {

constexpr std::int64_t kMs = 1'000'000;
// Dots drawn per second at most (the stack's sampler); the counters count everything.
constexpr double kRoutesPerSecond = 120.0;
constexpr double kRouteBurst = 30.0;

} // namespace

LoadBalancingView::LoadBalancingView(engine::Engine& engine, QWidget* parent,
                                     const trace::Clock& clock)
    : LessonView(parent), m_clock(clock), m_controller(new LbStackController(clock, this)),
      m_config(defaultStackConfig()), m_engine(engine) {
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lbMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(6);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::ToolTipBase);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->hide();
    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, m_message, &QLabel::hide);

    m_controls = new LbControlsPanel(this);
    m_controlsScroll = new QScrollArea(this);
    m_controlsScroll->setWidget(m_controls);
    m_controlsScroll->setWidgetResizable(true);
    m_controlsScroll->setFrameShape(QFrame::NoFrame);
    m_controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_scene = new LbScene(this);
    m_diagram = new LbDiagramView(m_scene, this);
    // The view keeps a pointer to its scene: the scene goes with the view, never before it.
    m_scene->setParent(m_diagram);

    auto* charts = new QWidget(this);
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(4, 4, 4, 4);
    m_requestsChart = new BarChartWidget(charts);
    m_requestsChart->setObjectName(QStringLiteral("requestsChart"));
    m_rateChart = new TimeSeriesChartWidget(charts);
    m_rateChart->setObjectName(QStringLiteral("rateChart"));
    m_latencyChart = new TimeSeriesChartWidget(charts);
    m_latencyChart->setObjectName(QStringLiteral("latencyChart"));
    m_latencyChart->setYFloor(10.0);
    m_rateChart->setXRange(-kChartSeconds, 0);
    m_latencyChart->setXRange(-kChartSeconds, 0);
    chartsLayout->addWidget(m_requestsChart, 1);
    chartsLayout->addWidget(m_rateChart, 1);
    chartsLayout->addWidget(m_latencyChart, 1);

    m_liveSplit = new QSplitter(Qt::Vertical, this);
    m_liveSplit->addWidget(m_diagram);
    m_liveSplit->addWidget(charts);
    m_liveSplit->setStretchFactor(0, 3);
    m_liveSplit->setStretchFactor(1, 2);
    m_liveSplit->setChildrenCollapsible(false);

    m_compare = new LbComparePanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("lbTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_liveSplit, QString());
    m_tabs->addTab(m_compare, QString());

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_controlsScroll);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    layout->addWidget(m_split, 1);

    m_frameTimer.setInterval(kFrameIntervalMs);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &LoadBalancingView::frame);

    connect(m_controller, &LbStackController::started, this, &LoadBalancingView::onStarted);
    connect(m_controller, &LbStackController::startFailed, this, &LoadBalancingView::onStartFailed);
    connect(m_controller, &LbStackController::snapshotReady, this, &LoadBalancingView::onSnapshot);
    connect(m_controller, &LbStackController::configReady, this, &LoadBalancingView::onConfigReady);
    connect(m_controller, &LbStackController::commandFailed, this, &LoadBalancingView::showMessage);
    connect(m_controller, &LbStackController::loadFailed, this,
            [this] { m_controls->setLoadRunning(false); });

    connect(m_controls, &LbControlsPanel::algorithmChanged, this,
            [this](balance::AlgorithmKind kind) {
                m_controller->setAlgorithm(kind);
                m_scene->setAlgorithm(LbAlgorithmText::name(kind));
            });
    connect(m_controls, &LbControlsPanel::loadToggled, this, &LoadBalancingView::onLoadToggled);
    connect(m_controls, &LbControlsPanel::loadChanged, this, &LoadBalancingView::onLoadChanged);
    connect(m_controls, &LbControlsPanel::backendCountChanged, this, [this](int count) {
        m_controller->setBackendCount(static_cast<std::size_t>(count), m_controls->newBackend());
    });
    connect(m_controls, &LbControlsPanel::weightChanged, this,
            [this](std::size_t index, std::uint32_t weight) {
                m_controller->setWeight(index, weight);
            });
    connect(m_controls, &LbControlsPanel::backendSettingsChanged, this,
            [this](std::size_t index, const http::BackendSettings& settings) {
                m_controller->setBackendSettings(index, settings);
            });
    connect(m_controls, &LbControlsPanel::backendAliveChanged, this,
            [this](std::size_t index, bool alive) { m_controller->setBackendAlive(index, alive); });
    connect(m_controls, &LbControlsPanel::showConfigRequested, this,
            [this] { m_controller->requestConfig(); });

    m_controls->setAlgorithm(m_config.algorithm);
    m_scene->setAlgorithm(LbAlgorithmText::name(m_config.algorithm));
    retranslate();
}

LoadBalancingView::~LoadBalancingView() {
    m_frameTimer.stop();
}

engine::LoadBalancerStackConfig LoadBalancingView::defaultStackConfig() {
    engine::LoadBalancerStackConfig config;
    config.backends = engine::LoadBalancerStackConfig::defaultBackends(3);
    for (engine::StackBackend& b : config.backends) {
        // Busy enough that queues and "active" show, far from overload at the default rate.
        b.settings.capacity = 4;
        b.settings.serviceTime = http::ServiceTimeKind::Exponential;
        b.settings.serviceTimeMeanNs = 50 * kMs;
    }
    // Quicker than HAProxy's defaults (inter 2s, fall 3), so a class sees a kill within seconds.
    config.health.intervalNs = 1000 * kMs;
    config.health.timeoutNs = 500 * kMs;
    config.health.rise = 2;
    config.health.fall = 2;
    config.requestsTracedPerSecond = kRoutesPerSecond;
    config.traceBurst = kRouteBurst;
    return config;
}

void LoadBalancingView::setStackConfig(engine::LoadBalancerStackConfig config) {
    if (m_controller->state() != LbStackController::State::Idle) {
        return;
    }
    m_config = std::move(config);
    m_controls->setAlgorithm(m_config.algorithm);
    m_scene->setAlgorithm(LbAlgorithmText::name(m_config.algorithm));
}

void LoadBalancingView::startStack() {
    if (m_controller->state() != LbStackController::State::Idle) {
        return;
    }
    m_controller->start(m_config);
    updateCaption();
}

void LoadBalancingView::startLoad() {
    m_controls->setLoadRunning(true);
    onLoadToggled(true);
}

void LoadBalancingView::startLoadWhenReady(int requestsPerSecond) {
    m_controls->rateSpin()->setValue(requestsPerSecond);
    if (m_controller->state() == LbStackController::State::Running) {
        startLoad();
        return;
    }
    m_loadWhenReady = true;
    startStack();
}

void LoadBalancingView::setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs) {
    m_controller->setTrace(std::move(trace), originNs);
}

void LoadBalancingView::publishTrace() {
    if (!m_trace || m_traceFull) {
        m_trace = std::make_shared<trace::Trace>();
        m_traceFull = false;
        setTrace(m_trace, m_clock.nowNs());
    }
    if (m_engine.trace() != m_trace) {
        m_engine.setTrace(m_trace);
    }
}

void LoadBalancingView::stopLoad() {
    m_controls->setLoadRunning(false);
    onLoadToggled(false);
}

QGraphicsScene* LoadBalancingView::exportScene() const {
    return m_tabs->currentWidget() == m_liveSplit ? m_scene : nullptr;
}

QRectF LoadBalancingView::exportRect() const {
    return m_scene->sceneRect();
}

void LoadBalancingView::setDisplayScale(double scale) {
    m_scale = scale;
    m_scene->setDisplayScale(scale);
    m_controls->setDisplayScale(scale);
    for (ChartWidget* chart :
         std::initializer_list<ChartWidget*>{m_requestsChart, m_rateChart, m_latencyChart}) {
        chart->setDisplayScale(scale);
    }
    m_compare->setDisplayScale(scale);
    m_splitSized = false;
    if (isVisible()) {
        sizeSplitters();
    }
}

ZoomableView* LoadBalancingView::zoomView() const {
    return m_diagram;
}

void LoadBalancingView::showEvent(QShowEvent* event) {
    LessonView::showEvent(event);
    if (!m_splitSized) {
        sizeSplitters();
    }
    startStack();
    if (m_controller->state() == LbStackController::State::Running) {
        // Requests routed while the page was hidden are history, not dots to start now.
        (void)m_controller->takeRouteNotices();
        m_frameTimer.start();
    }
}

void LoadBalancingView::sizeSplitters() {
    // The controls get what their table needs, up to a third; the charts two fifths of the
    // height (QSplitter shares the real size out in these proportions).
    const int controls = static_cast<int>(std::min(width() * 0.36, 540.0 * m_scale));
    m_split->setSizes({controls, std::max(1, width() - controls)});
    m_liveSplit->setSizes({60, 40});
    m_splitSized = true;
}

void LoadBalancingView::hideEvent(QHideEvent* event) {
    // Nothing to animate off screen; the engine keeps counting.
    m_frameTimer.stop();
    m_rateSinceNs = -1;
    LessonView::hideEvent(event);
}

void LoadBalancingView::onStarted() {
    const QString url = curlCommand();
    m_controls->setEndpoint(url);
    m_scene->setEndpoint(QString::fromStdString(m_controller->address().toString()));
    if (isVisible()) {
        m_frameTimer.start();
    }
    // Only while the page is on screen: the user may have moved on to another trace meanwhile.
    if (isVisible()) {
        publishTrace();
    }
    if (m_loadWhenReady) {
        m_loadWhenReady = false;
        startLoad();
    }
    updateCaption();
}

void LoadBalancingView::onStartFailed(const QString& why) {
    m_controls->setEnabled(false);
    showMessage(tr("The load balancer could not start: %1").arg(why));
    updateCaption();
}

QString LoadBalancingView::curlCommand() const {
    if (m_controller->state() != LbStackController::State::Running) {
        return {};
    }
    return QStringLiteral("curl http://%1/")
        .arg(QString::fromStdString(m_controller->address().toString()));
}

void LoadBalancingView::frame() {
    const std::int64_t now = m_clock.nowNs();
    m_scene->addRoutes(m_controller->takeRouteNotices(), now);
    m_scene->advance(now);
    measureFrameRate(now);
}

void LoadBalancingView::measureFrameRate(std::int64_t nowNs) {
    if (m_rateSinceNs < 0) {
        m_rateSinceNs = nowNs;
        m_rateFrames = m_diagram->framesPainted();
        return;
    }
    const std::int64_t elapsed = nowNs - m_rateSinceNs;
    if (elapsed < kFrameRateWindowNs) {
        return;
    }
    const double seconds = static_cast<double>(elapsed) / 1e9;
    m_framesPerSecond = static_cast<double>(m_diagram->framesPainted() - m_rateFrames) / seconds;
    spdlog::debug("load-balancing view: {:.1f} frames/s painted over {:.1f} s, {} dots in flight",
                  m_framesPerSecond, seconds, m_scene->dotsInFlight());
    m_rateSinceNs = nowNs;
    m_rateFrames = m_diagram->framesPainted();
}

void LoadBalancingView::onSnapshot() {
    if (m_trace && !m_traceFull && m_trace->size() >= m_maxTraceEvents) {
        m_traceFull = true;
        setTrace(nullptr, 0); // the counters, charts and dots go on; the recording stops
        showMessage(tr("The trace keeps the first %L1 events; the counters, charts and dots go "
                       "on. Stop and start the load for a fresh trace.")
                        .arg(static_cast<qulonglong>(m_trace->size())));
    }
    const auto snapshot = m_controller->snapshot();
    m_scene->setStatuses(LbBackendStatus::fromSnapshot(*snapshot));
    m_scene->setAlgorithm(LbAlgorithmText::name(snapshot->algorithm));
    m_controls->setBackends(snapshot->backends);
    m_controls->setLoadStats(snapshot->load, snapshot->loadRunning);
    std::vector<balance::LbSimBackend> simulated;
    for (const engine::BackendView& b : snapshot->backends) {
        if (!b.removed) {
            simulated.push_back(balance::LbSimBackend{b.name, b.weight, b.settings});
        }
    }
    // Re-simulates only when the backends' settings changed.
    m_compare->setBackends(simulated);
    updateCharts();
    updateCaption();
}

void LoadBalancingView::updateCharts() {
    const auto snapshot = m_controller->snapshot();
    const balance::LoadBalancerMetricsSnapshot& metrics = snapshot->metrics;
    std::vector<bool> removed(metrics.backends.size(), true);
    for (const engine::BackendView& b : snapshot->backends) {
        if (b.index < removed.size()) {
            removed[b.index] = b.removed;
        }
    }
    QList<ChartBar> bars;
    for (const balance::BackendMetricsSnapshot& b : metrics.backends) {
        QString label = QString::fromStdString(b.name);
        if (removed[b.index]) {
            label = tr("%1 (removed)").arg(label);
        }
        bars << ChartBar{label, QString::number(b.index + 1), static_cast<double>(b.completed),
                         BackendColours::fill(b.index), BackendColours::outlineStyle(b.index)};
    }
    if (metrics.unrouted > 0) {
        bars << ChartBar{tr("none (503)"), QStringLiteral("503"),
                         static_cast<double>(metrics.unrouted), QColor(0x99, 0x99, 0x99),
                         Qt::SolidLine};
    }
    m_requestsChart->setBars(bars);

    // Time series: x is seconds before the snapshot, so the lines slide left as time passes.
    QList<ChartLine> rates;
    ChartLine p50{tr("p50"), palette().color(QPalette::Text), Qt::SolidLine, {}, {}};
    p50.colour.setAlphaF(0.55F);
    ChartLine p99{tr("p99"), palette().color(QPalette::Text), Qt::DashLine, {}, {}};
    for (const engine::BackendView& b : snapshot->backends) {
        if (b.removed) {
            continue;
        }
        ChartLine line{QString::fromStdString(b.name),
                       BackendColours::fill(b.index),
                       BackendColours::outlineStyle(b.index),
                       {},
                       {}};
        for (const balance::SeriesPoint& point : snapshot->series) {
            const double x = static_cast<double>(point.timeNs - snapshot->takenNs) / 1e9;
            if (x < -kChartSeconds - 1 || b.index >= point.backends.size()) {
                continue;
            }
            line.x << x;
            line.y << point.backends[b.index].requestsPerSecond;
        }
        rates << line;
    }
    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    for (const balance::SeriesPoint& point : snapshot->series) {
        const double x = static_cast<double>(point.timeNs - snapshot->takenNs) / 1e9;
        if (x < -kChartSeconds - 1) {
            continue;
        }
        const bool any = point.total.requests > 0;
        p50.x << x;
        p50.y << (any ? static_cast<double>(point.total.p50Ns) / 1e6 : kGap);
        p99.x << x;
        p99.y << (any ? static_cast<double>(point.total.p99Ns) / 1e6 : kGap);
    }
    m_rateChart->setLines(rates);
    m_latencyChart->setLines({p50, p99});
}

void LoadBalancingView::updateCaption() {
    const QLocale locale;
    QString text;
    switch (m_controller->state()) {
    case LbStackController::State::Idle:
    case LbStackController::State::Starting:
        text = tr("Starting real backends and a load balancer on this computer…");
        break;
    case LbStackController::State::Failed:
        text = tr("The load balancer could not start: %1").arg(m_controller->errorText());
        break;
    case LbStackController::State::Running: {
        const auto snapshot = m_controller->snapshot();
        const std::uint64_t traced = snapshot->requestsTraced;
        const std::uint64_t all = snapshot->metrics.total.completed + snapshot->metrics.unrouted;
        if (traced == 0 && all == 0) {
            text = tr("Press Start load, or send a request yourself: %1. Each request will "
                      "travel from its client through the load balancer to the backend that "
                      "answers, in that backend's colour.")
                       .arg(curlCommand());
            break;
        }
        text = tr("Each dot is one real HTTP request: filled on its way to the backend, a ring "
                  "on the way back, a square with the status for an error. A hop takes %1 s on "
                  "screen; the real request took milliseconds.")
                   .arg(locale.toString(static_cast<double>(LbScene::kHopNs) / 1e9, 'f', 2));
        const bool sampled = snapshot->requestsNotTraced > 0 || m_scene->dotsSkipped() > 0;
        if (sampled) {
            text += QLatin1Char(' ') +
                    tr("Sampled: %1 of %2 requests are drawn; the cards and charts count every "
                       "request.")
                        .arg(locale.toString(static_cast<qulonglong>(m_scene->dotsStarted())),
                             locale.toString(static_cast<qulonglong>(
                                 std::max<std::uint64_t>(all, m_scene->dotsStarted()))));
        }
        break;
    }
    }
    m_scene->setCaption(text);
}

void LoadBalancingView::onLoadToggled(bool start) {
    if (!start) {
        m_controller->stopLoad();
        return;
    }
    publishTrace();
    m_controller->startLoad(m_controls->loadConfig());
}

void LoadBalancingView::onLoadChanged() {
    if (m_controls->loadRunning()) {
        // A new run replaces the current one at once.
        m_controller->startLoad(m_controls->loadConfig());
    }
}

void LoadBalancingView::onConfigReady(const QString& haproxy, const QString& nginx) {
    if (m_configDialog == nullptr) {
        m_configDialog = new LbConfigDialog(this);
    }
    m_configDialog->setTexts(haproxy, nginx);
    m_configDialog->show();
    m_configDialog->raise();
}

void LoadBalancingView::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->show();
    m_messageTimer.start(8000);
}

void LoadBalancingView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void LoadBalancingView::retranslate() {
    m_tabs->setTabText(0, tr("Live"));
    m_tabs->setTabText(1, tr("Compare algorithms (simulated)"));
    m_requestsChart->setTitle(tr("Requests per backend"));
    m_requestsChart->setValueAxisTitle(QString());
    m_rateChart->setTitle(tr("Requests/s per backend"));
    m_rateChart->setAxisTitles(tr("seconds ago"), tr("requests/s"));
    m_latencyChart->setTitle(tr("Response time (p50, p99)"));
    m_latencyChart->setAxisTitles(tr("seconds ago"), tr("ms"));
    updateCaption();
    if (m_controller->state() == LbStackController::State::Running) {
        updateCharts();
    }
}

} // namespace hopscope::gui
