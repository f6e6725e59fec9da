// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_server.h"
#include "balance/algorithm_kind.h"
#include "balance/backend_pool.h"
#include "balance/load_balancer_metrics.h"
#include "balance/metrics_time_series.h"
#include "balance/rate_sampler.h"
#include "balance/switchable_balancer.h"
#include "health_checker.h"
#include "http/backend_settings.h"
#include "lb_config_text.h"
#include "lb_trace_recorder.h"
#include "load_balancer.h"
#include "net/event_loop.h"
#include "trace/clock.h"
#include "trace/trace.h"
#include "traffic_generator.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hopscope::engine {

// One backend as the stack starts it.
struct StackBackend {
    // An empty name becomes the next free "backend-N".
    http::BackendSettings settings{.name = {}};
    std::uint32_t weight = 1;
    bool backup = false;
};

// Where the stack runs inside the lab: the proxy in the load balancer's node, each backend in
// a web server's node, on sockets the lab's helper made there.
struct LbLabPlacement {
    struct Slot {
        std::string node; // "web1": the backend's default name
        net::SocketAddress address;
        const net::SocketSource* sockets = nullptr;
    };
    std::string proxyNode;           // "lb"
    net::SocketAddress proxyListen;  // 0.0.0.0:80: each of the node's addresses
    net::SocketAddress proxyAddress; // 198.51.100.10:80, the one the views name
    const net::SocketSource* proxySockets = nullptr;
    std::vector<Slot> backends; // at most this many backends can run
};

struct LoadBalancerStackConfig {
    balance::AlgorithmKind algorithm = balance::AlgorithmKind::RoundRobin;
    std::vector<StackBackend> backends = defaultBackends(3);
    LoadBalancerConfig proxy;
    HealthCheckConfig health;
    // Backends listen here, each on a port the kernel picks.
    wire::Ipv4Address backendHost{127, 0, 0, 1};
    // Set: everything runs inside the lab instead (backendHost and proxy.listen do not apply).
    std::optional<LbLabPlacement> lab;
    // Trace events (four per request) are sampled at this rate; counters never are.
    double requestsTracedPerSecond = 50.0;
    double traceBurst = 20.0;
    std::uint64_t seed = 1;

    // "backend-1" ... "backend-N", weight 1, no service time.
    [[nodiscard]] static std::vector<StackBackend> defaultBackends(std::size_t count);
};

// A row of the endpoint table: what the user sees and where it really is.
struct EndpointRow {
    std::string name;           // "lb", "backend-2"
    std::string role;           // "load balancer", "backend", "backup backend"
    std::string displayAddress; // the address the views draw: "203.0.113.10:80"
    std::string realEndpoint;   // where curl can reach it: "127.0.0.1:8080"
};

// One backend's configuration and state, for the view's table.
struct BackendView {
    std::size_t index = 0;
    std::string name;
    std::uint32_t weight = 1;
    bool backup = false;
    bool up = true;       // health as the balancer sees it
    bool alive = true;    // the server process is running (not killed)
    bool removed = false; // taken out of the pool
    http::BackendSettings settings;
    net::SocketAddress address;
    BackendHealth health;
    BackendServerStats server;
};

// A sampled request's route, for the view's animation (drained at its frame rate).
struct RouteNotice {
    std::int64_t timeNs = 0;                // trace time
    std::string client;                     // "client-3"
    std::uint32_t clientNumber = 0;         // 3: the client connects from 127.0.0.3
    wire::Ipv4Address clientDisplayAddress; // 198.51.100.3, as the trace draws it
    std::size_t backend = kNoBackend;
    std::string backendName; // empty when the proxy answered without a backend
    int status = 0;
    std::int64_t latencyNs = 0;
    std::uint32_t attempts = 0;
    std::string method;
    std::string target;
};

// The load-balancing scene on real sockets: N backend servers, the proxy in front of them,
// health checks, a traffic generator, metrics and sampled requests (traced by LbTraceRecorder,
// announced as RouteNotices), behind one API for the GUI's view and the CLI. Controls apply while
// traffic flows. Threads: public members may be called from any thread (one control mutex); the
// route listener and trace appends run on the proxy's worker threads.
class LoadBalancerStack final : private LoadBalancerObserver {
public:
    static constexpr std::size_t kMaxBackends = 16;

    explicit LoadBalancerStack(const trace::Clock& clock = trace::SteadyClock::instance());
    ~LoadBalancerStack() override;
    LoadBalancerStack(const LoadBalancerStack&) = delete;
    LoadBalancerStack& operator=(const LoadBalancerStack&) = delete;

    // Starts the backends, the proxy and the health checks; an error text when it cannot.
    std::optional<std::string> start(LoadBalancerStackConfig config = {});
    void stop();
    [[nodiscard]] bool running() const;

    [[nodiscard]] net::SocketAddress address() const; // the proxy's real endpoint
    // Client connections the proxy has open now: 0 once every client has gone and the proxy
    // has noticed, so no request of theirs can still start.
    [[nodiscard]] std::uint64_t clientConnections() const;
    [[nodiscard]] std::vector<EndpointRow> endpoints() const;
    [[nodiscard]] std::vector<BackendView> backends() const;

    void setAlgorithm(balance::AlgorithmKind kind);
    [[nodiscard]] balance::AlgorithmKind algorithm() const;
    // Starts one more backend server and adds it to the pool (at most kMaxBackends); its
    // name defaults to the next "backend-N".
    std::optional<std::size_t> addBackend(StackBackend backend);
    // Takes it out of the pool and stops its server; its counters stay.
    bool removeBackend(std::size_t index);
    bool setWeight(std::size_t index, std::uint32_t weight);
    bool setBackup(std::size_t index, bool backup);
    bool setBackendSettings(std::size_t index, http::BackendSettings settings);
    // Closes the backend's listener and connections, as a crash would; health checks notice.
    bool killBackend(std::size_t index);
    // Listens again on the same port; health checks bring it back after `rise` passes.
    bool reviveBackend(std::size_t index);
    void setHealthConfig(HealthCheckConfig config);
    [[nodiscard]] HealthCheckConfig healthConfig() const;

    // Load from the built-in generator; the target defaults to the proxy.
    std::optional<std::string> startLoad(TrafficConfig config);
    void stopLoad();
    [[nodiscard]] bool loadRunning() const;
    [[nodiscard]] TrafficStats loadStats() const;
    // Blocks until the current load run ends (bounded by timeoutNs).
    bool waitForLoad(std::int64_t timeoutNs) const;

    [[nodiscard]] balance::LoadBalancerMetricsSnapshot metrics() const;
    // One point a second while running.
    [[nodiscard]] std::vector<balance::SeriesPoint> timeSeries() const;

    // "Show the real config": the same setup as an HAProxy backend section and an nginx
    // upstream block, with the backends' real endpoints.
    [[nodiscard]] std::string haproxyConfig(const std::string& backendName = "hopscope") const;
    [[nodiscard]] std::string nginxConfig(const std::string& upstreamName = "hopscope") const;

    // Where sampled requests go as events; originNs is the clock time of the trace's zero.
    void setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs);
    void setTraceRate(double requestsPerSecond, double burst);
    [[nodiscard]] std::uint64_t requestsTraced() const;
    [[nodiscard]] std::uint64_t requestsNotTraced() const;

    // Called on a worker thread for every sampled request when its answer goes out.
    void setRouteListener(std::function<void(const RouteNotice&)> listener);
    // The notices since the last call (at most the newest 4096 are kept). Requests are only
    // sampled once a trace, a listener or a first call here shows someone is watching.
    [[nodiscard]] std::vector<RouteNotice> takeRouteNotices();

    // For views that draw an algorithm's state (the hash ring, EWMA estimates).
    [[nodiscard]] const balance::SwitchableBalancer* balancer() const { return m_balancer.get(); }

private:
    struct Backend {
        std::unique_ptr<BackendServer> server;
        std::size_t index = 0;
        bool backup = false;
    };

    bool sample() override;
    void message(const LbMessage& message) override;
    void attemptResult(std::size_t backend, bool ok) override;

    std::optional<std::size_t> addLocked(StackBackend backend);
    [[nodiscard]] Backend* findLocked(std::size_t index);
    [[nodiscard]] const Backend* findLocked(std::size_t index) const;
    [[nodiscard]] LbConfigText configTextLocked() const;
    void recordSeries();

    const trace::Clock& m_clock;
    mutable std::mutex m_mutex; // the control state below
    LoadBalancerStackConfig m_config;
    bool m_running = false;
    std::unique_ptr<balance::BackendPool> m_pool;
    std::unique_ptr<balance::SwitchableBalancer> m_balancer;
    std::vector<Backend> m_backends;
    std::unique_ptr<net::EventLoop> m_control; // health checks and the time series
    std::unique_ptr<HealthChecker> m_health;
    std::unique_ptr<LoadBalancer> m_proxy;
    TrafficGenerator m_traffic;
    std::unique_ptr<balance::MetricsTimeSeries> m_series; // one per run: it cannot be reset

    balance::RateSampler m_sampler;
    LbTraceRecorder m_recorder;

    std::atomic<bool> m_observed{false}; // a trace, a listener or a notice reader exists
    mutable std::mutex m_noticeMutex;
    std::function<void(const RouteNotice&)> m_routeListener;
    std::deque<RouteNotice> m_notices;
};

} // namespace hopscope::engine
