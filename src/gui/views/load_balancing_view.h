// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/load_balancer_stack.h"
#include "lesson_view.h"
#include "trace/clock.h"
#include "trace/trace.h"

#include <QTimer>
#include <cstdint>
#include <memory>

class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace hopscope::engine {
class Engine;
}

namespace hopscope::gui {

class BarChartWidget;
class LbComparePanel;
class LbConfigDialog;
class LbControlsPanel;
class LbDiagramView;
class LbScene;
class LbStackController;
class TimeSeriesChartWidget;

// The load balancing lesson, live: when first shown it starts real backends and a real HTTP
// load balancer on loopback (LoadBalancerStack, on worker threads). Requests from the built-in
// clients, or from curl and a browser at the printed address, travel the diagram as dots in
// their backend's colour; cards, a bar chart and time series show the never-sampled counters;
// every control applies while the load runs. A second tab compares two algorithms on the same
// arrivals in a simulation, labelled as such.
class LoadBalancingView : public LessonView {
    Q_OBJECT
public:
    // Dots move at up to 60 frames a second; cards and charts follow the snapshots (4 Hz).
    static constexpr int kFrameIntervalMs = 16;
    static constexpr int kChartSeconds = 60;
    // The live trace stops growing here (about 100 MB of frames and notes); starting load
    // again begins a fresh one.
    static constexpr std::size_t kMaxTraceEvents = 100'000;
    void setMaxTraceEvents(std::size_t events) { m_maxTraceEvents = events; }

    // The lesson's own live trace becomes the engine's current one when the stack starts and
    // whenever load is started, so the event list, the transport bar and the inspector show
    // the requests this page draws.
    explicit LoadBalancingView(engine::Engine& engine, QWidget* parent = nullptr,
                               const trace::Clock& clock = trace::SteadyClock::instance());
    ~LoadBalancingView() override;

    [[nodiscard]] QGraphicsScene* exportScene() const override;
    [[nodiscard]] QRectF exportRect() const override;
    void setDisplayScale(double scale) override;
    [[nodiscard]] ZoomableView* zoomView() const override;
    [[nodiscard]] bool showsInspectorInPresentation() const override { return false; }

    // The setup started on first show: three backends, fast health checks for the lesson.
    [[nodiscard]] static engine::LoadBalancerStackConfig defaultStackConfig();
    // Replaces it; only before the stack has started.
    void setStackConfig(engine::LoadBalancerStackConfig config);
    // Starts the stack now (it also starts on first show); never blocks.
    void startStack();
    // Starts the built-in load as the controls say (the same as pressing the button).
    void startLoad();
    void stopLoad();
    // For --screenshot and demos: this rate of built-in load, from the moment the stack runs.
    void startLoadWhenReady(int requestsPerSecond);
    // Sampled requests also go to `trace` as events (the event list and inspector show them);
    // originNs is the clock time of the trace's zero.
    void setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs);
    [[nodiscard]] std::shared_ptr<trace::Trace> liveTrace() const { return m_trace; }
    // One animation frame: takes the routes sampled since the last and moves the dots. The
    // frame timer calls it while the view is visible; tests call it directly.
    void frame();

    [[nodiscard]] LbStackController& controller() const { return *m_controller; }
    [[nodiscard]] LbScene* scene() const { return m_scene; }
    [[nodiscard]] LbDiagramView* diagram() const { return m_diagram; }
    [[nodiscard]] LbControlsPanel* controls() const { return m_controls; }
    [[nodiscard]] BarChartWidget* requestsChart() const { return m_requestsChart; }
    [[nodiscard]] TimeSeriesChartWidget* rateChart() const { return m_rateChart; }
    [[nodiscard]] TimeSeriesChartWidget* latencyChart() const { return m_latencyChart; }
    [[nodiscard]] LbComparePanel* comparePanel() const { return m_compare; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    // Exists once "Show the real config" has been used.
    [[nodiscard]] LbConfigDialog* configDialog() const { return m_configDialog; }
    // "curl http://127.0.0.1:8080/", once the stack runs.
    [[nodiscard]] QString curlCommand() const;
    [[nodiscard]] bool frameTimerActive() const { return m_frameTimer.isActive(); }
    // Diagram frames painted per second over the last full measuring window while animating
    // (0 before the first window ends); also logged at debug level, for the benchmark.
    static constexpr std::int64_t kFrameRateWindowNs = 2'000'000'000;
    [[nodiscard]] double framesPerSecond() const { return m_framesPerSecond; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onStarted();
    void onStartFailed(const QString& why);
    void onSnapshot();
    void onLoadToggled(bool start);
    void onLoadChanged();
    void onConfigReady(const QString& haproxy, const QString& nginx);
    void updateCharts();
    void updateCaption();
    void showMessage(const QString& text);
    void sizeSplitters();
    void publishTrace();
    void measureFrameRate(std::int64_t nowNs);

    const trace::Clock& m_clock;
    LbStackController* m_controller;
    engine::LoadBalancerStackConfig m_config;
    LbScene* m_scene;
    LbDiagramView* m_diagram;
    LbControlsPanel* m_controls;
    QScrollArea* m_controlsScroll;
    BarChartWidget* m_requestsChart;
    TimeSeriesChartWidget* m_rateChart;
    TimeSeriesChartWidget* m_latencyChart;
    LbComparePanel* m_compare;
    QTabWidget* m_tabs;
    QSplitter* m_split;
    QSplitter* m_liveSplit;
    QLabel* m_message;
    LbConfigDialog* m_configDialog = nullptr;
    engine::Engine& m_engine;
    std::shared_ptr<trace::Trace> m_trace;
    bool m_traceFull = false;
    std::size_t m_maxTraceEvents = kMaxTraceEvents;
    QTimer m_frameTimer;
    QTimer m_messageTimer;
    double m_scale = 1.0;
    std::int64_t m_rateSinceNs = -1;
    quint64 m_rateFrames = 0;
    double m_framesPerSecond = 0;
    bool m_splitSized = false;
    bool m_loadWhenReady = false;
};

} // namespace hopscope::gui
