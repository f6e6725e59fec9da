// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "load_balancer_stack.h"

#include "balance/balancer_factory.h"

#include <spdlog/spdlog.h>

namespace hopscope::engine {

namespace {

constexpr std::int64_t kSeriesIntervalNs = 1'000'000'000;
constexpr std::size_t kMaxNotices = 4096;

} // namespace

std::vector<StackBackend> LoadBalancerStackConfig::defaultBackends(std::size_t count) {
    std::vector<StackBackend> backends;
    for (std::size_t i = 0; i < count; ++i) {
        StackBackend backend;
        backend.settings.name = "backend-" + std::to_string(i + 1);
        backends.push_back(std::move(backend));
    }
    return backends;
}

LoadBalancerStack::LoadBalancerStack(const trace::Clock& clock)
    : m_clock(clock), m_sampler(50.0, 20.0, clock), m_recorder(clock) {}

LoadBalancerStack::~LoadBalancerStack() {
    stop();
}

std::optional<std::string> LoadBalancerStack::start(LoadBalancerStackConfig config) {
    std::unique_lock lock(m_mutex);
    if (m_running) {
        return std::string("the load-balancing stack is already running");
    }
    if (config.backends.empty() || config.backends.size() > kMaxBackends) {
        return "between 1 and " + std::to_string(kMaxBackends) + " backends, not " +
               std::to_string(config.backends.size());
    }
    if (config.lab) {
        if (config.backends.size() > config.lab->backends.size()) {
            return "the lab has " + std::to_string(config.lab->backends.size()) +
                   " web servers, not " + std::to_string(config.backends.size());
        }
        config.proxy.listen = config.lab->proxyListen;
        config.proxy.firstFreePort = false;
        config.proxy.sockets = config.lab->proxySockets;
        for (std::size_t i = 0; i < config.backends.size(); ++i) {
            if (config.backends[i].settings.name.empty()) {
                config.backends[i].settings.name = config.lab->backends[i].node;
            }
        }
    }
    m_proxy.reset();
    m_health.reset();
    m_backends.clear();
    m_config = config;
    m_pool = std::make_unique<balance::BackendPool>();
    m_balancer = std::make_unique<balance::SwitchableBalancer>(
        *m_pool, balance::makeBalancer(config.algorithm, config.seed));
    m_series = std::make_unique<balance::MetricsTimeSeries>();
    m_sampler.setRate(config.requestsTracedPerSecond, config.traceBurst);
    m_proxy = std::make_unique<LoadBalancer>(*m_balancer, config.proxy,
                                             static_cast<LoadBalancerObserver*>(this));

    auto fail = [this](std::string why) {
        for (Backend& backend : m_backends) {
            backend.server->stop();
        }
        m_backends.clear();
        m_proxy.reset();
        return std::optional<std::string>(std::move(why));
    };
    for (StackBackend& backend : config.backends) {
        const std::string name = backend.settings.name;
        if (!addLocked(std::move(backend))) {
            return fail("cannot start backend '" + name + "'");
        }
    }
    m_control = std::make_unique<net::EventLoop>("lb-control", m_clock);
    m_control->start();
    m_health = std::make_unique<HealthChecker>(
        *m_control, *m_pool,
        [proxy = m_proxy.get()](std::size_t index) { return proxy->backendAddress(index); },
        config.health, config.lab ? config.lab->proxySockets : nullptr);
    if (auto error = m_proxy->start()) {
        m_control->stop();
        m_health.reset();
        return fail("cannot start the load balancer: " + error->message);
    }
    m_health->start();
    m_running = true;
    m_control->post([this] { recordSeries(); });
    spdlog::info("load-balancing stack: {} on {} with {} backends",
                 balance::algorithmName(config.algorithm), m_proxy->address().toString(),
                 m_backends.size());
    return std::nullopt;
}

void LoadBalancerStack::stop() {
    m_traffic.stop();
    std::unique_lock lock(m_mutex);
    if (!m_running) {
        return;
    }
    m_running = false;
    m_proxy->stop();
    m_health->stop();
    m_control->stop();
    for (Backend& backend : m_backends) {
        backend.server->stop();
    }
}

bool LoadBalancerStack::running() const {
    std::lock_guard lock(m_mutex);
    return m_running;
}

net::SocketAddress LoadBalancerStack::address() const {
    std::lock_guard lock(m_mutex);
    return m_proxy ? m_proxy->address() : net::SocketAddress();
}

std::uint64_t LoadBalancerStack::clientConnections() const {
    std::lock_guard lock(m_mutex);
    return m_proxy ? m_proxy->clientConnections() : 0;
}

std::optional<std::size_t> LoadBalancerStack::addLocked(StackBackend backend) {
    if (backend.settings.name.empty()) {
        // The next free "backend-N".
        for (std::size_t n = 1;; ++n) {
            const std::string name = "backend-" + std::to_string(n);
            if (!m_pool->find(name)) {
                backend.settings.name = name;
                break;
            }
        }
    }
    const std::string& name = backend.settings.name;
    std::size_t live = 0;
    for (std::size_t i = 0; i < m_pool->size(); ++i) {
        live += m_pool->at(i).isRemoved() ? 0 : 1;
    }
    if (live >= kMaxBackends || !balance::BackendPool::isValidName(name) || m_pool->find(name)) {
        return std::nullopt;
    }
    // The slot add() will use: a removed backend's own slot comes back, else the next one.
    std::size_t index = m_pool->size();
    for (std::size_t i = 0; i < m_pool->size(); ++i) {
        if (m_pool->at(i).isRemoved() && m_pool->at(i).name() == name) {
            index = i;
        }
    }
    net::SocketAddress address(m_config.backendHost, 0);
    const net::SocketSource* sockets = nullptr;
    if (m_config.lab) {
        // Inside the lab each slot is a web server node of its own, at its own address.
        if (index >= m_config.lab->backends.size()) {
            spdlog::error("the lab has no web server left for backend '{}'", name);
            return std::nullopt;
        }
        address = m_config.lab->backends[index].address;
        sockets = m_config.lab->backends[index].sockets;
    }
    auto server =
        std::make_unique<BackendServer>(backend.settings, address, m_config.seed * 1000 + index);
    server->setSocketSource(sockets);
    if (auto error = server->start()) {
        spdlog::error("{}", error->message);
        return std::nullopt;
    }
    // The address is known before the pool can pick the backend.
    m_proxy->setBackendAddress(index, server->address());
    const std::optional<std::size_t> added =
        m_pool->add(balance::BackendInfo{name, backend.weight, backend.backup});
    if (!added) {
        server->stop();
        return std::nullopt;
    }
    if (Backend* existing = findLocked(*added)) {
        existing->server = std::move(server);
        existing->backup = backend.backup;
    } else {
        m_backends.push_back(Backend{std::move(server), *added, backend.backup});
    }
    return added;
}

LoadBalancerStack::Backend* LoadBalancerStack::findLocked(std::size_t index) {
    for (Backend& backend : m_backends) {
        if (backend.index == index) {
            return &backend;
        }
    }
    return nullptr;
}

const LoadBalancerStack::Backend* LoadBalancerStack::findLocked(std::size_t index) const {
    for (const Backend& backend : m_backends) {
        if (backend.index == index) {
            return &backend;
        }
    }
    return nullptr;
}

std::vector<EndpointRow> LoadBalancerStack::endpoints() const {
    std::lock_guard lock(m_mutex);
    std::vector<EndpointRow> rows;
    if (!m_proxy) {
        return rows;
    }
    // Inside the lab the address the views draw is the real one, in its node.
    const auto* lab = m_config.lab ? &*m_config.lab : nullptr;
    if (lab != nullptr) {
        rows.push_back({"lb", "load balancer", lab->proxyAddress.toString(),
                        lab->proxyAddress.toString() + " in lab node " + lab->proxyNode});
    } else {
        rows.push_back({"lb", "load balancer",
                        LbTraceRecorder::lbDisplayAddress().toString() + ':' +
                            std::to_string(LbTraceRecorder::kDisplayHttpPort),
                        m_proxy->address().toString()});
    }
    for (const Backend& backend : m_backends) {
        const balance::BackendState& state = m_pool->at(backend.index);
        if (state.isRemoved()) {
            continue;
        }
        const std::string real = backend.server->address().toString();
        if (lab != nullptr) {
            rows.push_back({state.name(), state.isBackup() ? "backup backend" : "backend", real,
                            real + " in lab node " + lab->backends[backend.index].node});
            continue;
        }
        rows.push_back({state.name(), state.isBackup() ? "backup backend" : "backend",
                        LbTraceRecorder::backendDisplayAddress(backend.index).toString() + ':' +
                            std::to_string(LbTraceRecorder::kDisplayHttpPort),
                        real});
    }
    return rows;
}

std::vector<BackendView> LoadBalancerStack::backends() const {
    std::lock_guard lock(m_mutex);
    std::vector<BackendView> views;
    for (const Backend& backend : m_backends) {
        const balance::BackendState& state = m_pool->at(backend.index);
        BackendView view;
        view.index = backend.index;
        view.name = state.name();
        view.weight = state.weight();
        view.backup = state.isBackup();
        view.up = state.isUp();
        view.removed = state.isRemoved();
        view.alive = backend.server->alive();
        view.settings = backend.server->settings();
        view.address = backend.server->address();
        if (m_health) {
            view.health = m_health->health(backend.index);
        }
        view.server = backend.server->stats();
        views.push_back(std::move(view));
    }
    return views;
}

void LoadBalancerStack::setAlgorithm(balance::AlgorithmKind kind) {
    std::lock_guard lock(m_mutex);
    m_config.algorithm = kind;
    if (m_balancer) {
        m_balancer->setAlgorithm(balance::makeBalancer(kind, m_config.seed));
    }
}

balance::AlgorithmKind LoadBalancerStack::algorithm() const {
    std::lock_guard lock(m_mutex);
    return m_balancer ? m_balancer->algorithm() : m_config.algorithm;
}

std::optional<std::size_t> LoadBalancerStack::addBackend(StackBackend backend) {
    std::lock_guard lock(m_mutex);
    if (!m_running) {
        return std::nullopt;
    }
    return addLocked(std::move(backend));
}

bool LoadBalancerStack::removeBackend(std::size_t index) {
    std::lock_guard lock(m_mutex);
    Backend* backend = findLocked(index);
    if (backend == nullptr || m_pool->at(index).isRemoved()) {
        return false;
    }
    m_pool->remove(index);
    backend->server->stop();
    return true;
}

bool LoadBalancerStack::setWeight(std::size_t index, std::uint32_t weight) {
    std::lock_guard lock(m_mutex);
    return findLocked(index) != nullptr && m_pool->setWeight(index, weight);
}

bool LoadBalancerStack::setBackup(std::size_t index, bool backup) {
    std::lock_guard lock(m_mutex);
    Backend* backend = findLocked(index);
    if (backend == nullptr || !m_pool->setBackup(index, backup)) {
        return false;
    }
    backend->backup = backup;
    return true;
}

bool LoadBalancerStack::setBackendSettings(std::size_t index, http::BackendSettings settings) {
    std::lock_guard lock(m_mutex);
    Backend* backend = findLocked(index);
    if (backend == nullptr) {
        return false;
    }
    settings.name = m_pool->at(index).name(); // the name is the backend's identity
    backend->server->setSettings(std::move(settings));
    return true;
}

bool LoadBalancerStack::killBackend(std::size_t index) {
    std::lock_guard lock(m_mutex);
    Backend* backend = findLocked(index);
    if (backend == nullptr || !m_running) {
        return false;
    }
    backend->server->kill();
    return true;
}

bool LoadBalancerStack::reviveBackend(std::size_t index) {
    std::lock_guard lock(m_mutex);
    Backend* backend = findLocked(index);
    if (backend == nullptr || !m_running || m_pool->at(index).isRemoved()) {
        return false;
    }
    if (auto error = backend->server->revive()) {
        spdlog::error("{}", error->message);
        return false;
    }
    return true;
}

void LoadBalancerStack::setHealthConfig(HealthCheckConfig config) {
    std::lock_guard lock(m_mutex);
    m_config.health = config;
    if (m_health) {
        m_health->setConfig(std::move(config));
    }
}

HealthCheckConfig LoadBalancerStack::healthConfig() const {
    std::lock_guard lock(m_mutex);
    return m_config.health;
}

std::optional<std::string> LoadBalancerStack::startLoad(TrafficConfig config) {
    if (config.target.port() == 0) {
        const net::SocketAddress lb = address();
        if (lb.port() == 0) {
            return std::string("the load balancer is not running");
        }
        config.target = lb;
    }
    return m_traffic.start(std::move(config));
}

void LoadBalancerStack::stopLoad() {
    m_traffic.stop();
}

bool LoadBalancerStack::loadRunning() const {
    return m_traffic.running();
}

TrafficStats LoadBalancerStack::loadStats() const {
    return m_traffic.stats();
}

bool LoadBalancerStack::waitForLoad(std::int64_t timeoutNs) const {
    return m_traffic.wait(timeoutNs);
}

balance::LoadBalancerMetricsSnapshot LoadBalancerStack::metrics() const {
    std::lock_guard lock(m_mutex);
    return m_pool ? m_pool->metrics().snapshot() : balance::LoadBalancerMetricsSnapshot{};
}

std::vector<balance::SeriesPoint> LoadBalancerStack::timeSeries() const {
    std::lock_guard lock(m_mutex);
    return m_series ? m_series->points() : std::vector<balance::SeriesPoint>{};
}

void LoadBalancerStack::recordSeries() {
    // On the control loop, which stop() ends before the pool can be replaced.
    m_series->record(m_clock.nowNs(), m_pool->metrics().snapshot());
    m_control->addTimer(kSeriesIntervalNs, [this] { recordSeries(); });
}

LbConfigText LoadBalancerStack::configTextLocked() const {
    std::vector<LbConfigBackend> backends;
    for (const Backend& backend : m_backends) {
        const balance::BackendState& state = m_pool->at(backend.index);
        if (!state.isRemoved()) {
            backends.push_back(LbConfigBackend{state.name(), backend.server->address(),
                                               state.weight(), state.isBackup()});
        }
    }
    return LbConfigText(m_balancer ? m_balancer->algorithm() : m_config.algorithm, m_config.proxy,
                        m_config.health, std::move(backends));
}

std::string LoadBalancerStack::haproxyConfig(const std::string& backendName) const {
    std::lock_guard lock(m_mutex);
    return configTextLocked().haproxy(backendName);
}

std::string LoadBalancerStack::nginxConfig(const std::string& upstreamName) const {
    std::lock_guard lock(m_mutex);
    return configTextLocked().nginx(upstreamName);
}

void LoadBalancerStack::setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs) {
    m_observed.store(true);
    m_recorder.setTrace(std::move(trace), originNs);
}

void LoadBalancerStack::setTraceRate(double requestsPerSecond, double burst) {
    m_sampler.setRate(requestsPerSecond, burst);
}

std::uint64_t LoadBalancerStack::requestsTraced() const {
    return m_sampler.admitted();
}

std::uint64_t LoadBalancerStack::requestsNotTraced() const {
    return m_sampler.suppressed();
}

void LoadBalancerStack::setRouteListener(std::function<void(const RouteNotice&)> listener) {
    m_observed.store(true);
    std::lock_guard lock(m_noticeMutex);
    m_routeListener = std::move(listener);
}

std::vector<RouteNotice> LoadBalancerStack::takeRouteNotices() {
    m_observed.store(true);
    std::lock_guard lock(m_noticeMutex);
    std::vector<RouteNotice> out(std::make_move_iterator(m_notices.begin()),
                                 std::make_move_iterator(m_notices.end()));
    m_notices.clear();
    return out;
}

bool LoadBalancerStack::sample() {
    // With no one to show them to (no trace, no listener, notices never asked for), events
    // would only cost the request path; the counters are kept either way.
    if (!m_observed.load(std::memory_order_relaxed)) {
        return false;
    }
    return m_sampler.admit();
}

void LoadBalancerStack::attemptResult(std::size_t backend, bool ok) {
    // The health checker outlives the proxy's workers (stop() ends the proxy first).
    if (HealthChecker* health = m_health.get()) {
        health->reportResult(backend, ok);
    }
}

void LoadBalancerStack::message(const LbMessage& message) {
    const std::string backend =
        message.backend < m_pool->size() ? m_pool->at(message.backend).name() : std::string();
    const std::int64_t traceTime = m_recorder.record(message, backend, m_balancer->algorithm());
    if (message.hop == LbHop::LbToClient) {
        RouteNotice notice;
        notice.timeNs = traceTime;
        notice.client = LbTraceRecorder::clientName(message.client);
        notice.clientNumber = LbTraceRecorder::clientNumber(message.client);
        notice.clientDisplayAddress = LbTraceRecorder::clientDisplayAddress(message.client);
        notice.backend = message.attempt > 0 ? message.backend : kNoBackend;
        notice.backendName = message.attempt > 0 ? backend : std::string();
        notice.status = message.status;
        notice.latencyNs = message.latencyNs;
        notice.attempts = message.attempt;
        notice.method = std::string(message.method);
        notice.target = std::string(message.target);
        std::function<void(const RouteNotice&)> listener;
        {
            std::lock_guard lock(m_noticeMutex);
            listener = m_routeListener;
            m_notices.push_back(notice);
            while (m_notices.size() > kMaxNotices) {
                m_notices.pop_front();
            }
        }
        // Outside the lock, so the listener may call back into the stack.
        if (listener) {
            listener(notice);
        }
    }
}

} // namespace hopscope::engine
