// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "load_balancer_stack.h"

#include "balance/balancer_factory.h"
#include "balance/sticky_cookie.h"
#include "wire/frame_builder.h"
#include "wire/mac_address.h"
#include "wire/tcp_segment.h"

#include <cstdio>
#include <spdlog/spdlog.h>

namespace hopscope::engine {

namespace {

constexpr std::int64_t kSeriesIntervalNs = 1'000'000'000;
constexpr std::size_t kMaxNotices = 4096;
// A traced message keeps this many bytes; bigger bodies are cut and the note says so.
constexpr std::size_t kMaxTracedBytes = 4096;
constexpr std::uint16_t kDisplayHttpPort = 80;

wire::MacAddress mac(std::uint8_t kind, std::uint8_t index) {
    return wire::MacAddress(wire::MacAddress::Bytes{0x02, 0x00, 0x00, 0x00, kind, index});
}

const wire::Ipv4Address kLbBackendSide(10, 0, 0, 1);

std::string millis(std::int64_t ns) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f ms", static_cast<double>(ns) / 1e6);
    return text;
}

// Why the algorithm chose as it did, in the words of the lesson.
std::string reason(balance::AlgorithmKind kind) {
    switch (kind) {
    case balance::AlgorithmKind::RoundRobin:
        return "round robin: next in turn";
    case balance::AlgorithmKind::SmoothWeightedRoundRobin:
        return "smooth weighted round robin: its turn by weight";
    case balance::AlgorithmKind::LeastConnections:
        return "least connections: fewest requests in progress";
    case balance::AlgorithmKind::Random:
        return "random: a roll of the dice";
    case balance::AlgorithmKind::PowerOfTwoChoices:
        return "power of two choices: the less busy of two picked at random";
    case balance::AlgorithmKind::PeakEwma:
        return "peak EWMA: lowest expected wait from recent latencies";
    case balance::AlgorithmKind::SourceIpHash:
        return "source hash: the client's address always maps here";
    case balance::AlgorithmKind::ConsistentHash:
        return "consistent hash: next point on the ring after the URL's hash";
    case balance::AlgorithmKind::StickyCookie:
        return "sticky cookie: the client's SERVERID cookie, or round robin for a new client";
    }
    return "";
}

std::string summaryOf(std::string_view bytes) {
    const auto end = bytes.find("\r\n");
    std::string_view line = bytes.substr(0, end == std::string_view::npos ? bytes.size() : end);
    if (line.starts_with("HTTP/")) {
        line.remove_prefix(std::min<std::size_t>(9, line.size())); // "200 OK"
        return std::string(line);
    }
    const auto space = line.rfind(' ');
    return std::string(line.substr(0, space == std::string_view::npos ? line.size() : space));
}

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
    : m_clock(clock), m_sampler(50.0, 20.0, [&clock] { return clock.nowNs(); }) {}

LoadBalancerStack::~LoadBalancerStack() {
    stop();
}

std::uint32_t LoadBalancerStack::clientNumber(const net::SocketAddress& client) {
    return client.address().value() & 0xff;
}

std::string LoadBalancerStack::clientName(const net::SocketAddress& client) {
    return "client-" + std::to_string(clientNumber(client));
}

wire::Ipv4Address LoadBalancerStack::clientDisplayAddress(const net::SocketAddress& client) {
    // 127.0.0.N is drawn as 198.51.100.N (TEST-NET-2, RFC 5737).
    return wire::Ipv4Address(198, 51, 100, static_cast<std::uint8_t>(client.address().value()));
}

wire::Ipv4Address LoadBalancerStack::lbDisplayAddress() {
    return wire::Ipv4Address(203, 0, 113, 10); // TEST-NET-3
}

wire::Ipv4Address LoadBalancerStack::backendDisplayAddress(std::size_t index) {
    return wire::Ipv4Address(10, 0, 0, static_cast<std::uint8_t>(11 + index));
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
        config.health);
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
    auto server = std::make_unique<BackendServer>(backend.settings,
                                                  net::SocketAddress(m_config.backendHost, 0),
                                                  m_config.seed * 1000 + index);
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
    rows.push_back({"lb", "load balancer",
                    lbDisplayAddress().toString() + ':' + std::to_string(kDisplayHttpPort),
                    m_proxy->address().toString()});
    for (const Backend& backend : m_backends) {
        const balance::BackendState& state = m_pool->at(backend.index);
        if (state.isRemoved()) {
            continue;
        }
        rows.push_back({state.name(), state.isBackup() ? "backup backend" : "backend",
                        backendDisplayAddress(backend.index).toString() + ':' +
                            std::to_string(kDisplayHttpPort),
                        backend.server->address().toString()});
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

std::string LoadBalancerStack::haproxyConfig(const std::string& backendName) const {
    std::lock_guard lock(m_mutex);
    const balance::AlgorithmKind kind = m_balancer ? m_balancer->algorithm() : m_config.algorithm;
    const HealthCheckConfig& health = m_config.health;
    std::string text = "backend " + backendName + "\n";
    switch (kind) {
    case balance::AlgorithmKind::RoundRobin:
        text += "    balance roundrobin\n";
        break;
    case balance::AlgorithmKind::SmoothWeightedRoundRobin:
        text += "    balance roundrobin        # HAProxy's roundrobin is weighted and smooth\n";
        break;
    case balance::AlgorithmKind::LeastConnections:
        text += "    balance leastconn\n";
        break;
    case balance::AlgorithmKind::Random:
        text += "    balance random(1)         # one draw: plain random\n";
        break;
    case balance::AlgorithmKind::PowerOfTwoChoices:
        text += "    balance random(2)         # two draws, the less loaded wins\n";
        break;
    case balance::AlgorithmKind::PeakEwma:
        text += "    balance leastconn         # HAProxy has no peak EWMA; leastconn is closest\n";
        break;
    case balance::AlgorithmKind::SourceIpHash:
        text += "    balance source\n";
        break;
    case balance::AlgorithmKind::ConsistentHash:
        text += "    balance uri\n    hash-type consistent\n";
        break;
    case balance::AlgorithmKind::StickyCookie:
        text += "    balance roundrobin\n    cookie " + std::string(balance::kStickyCookieName) +
                " insert indirect nocache\n";
        break;
    }
    text += "    option forwardfor\n";
    text += "    retries " + std::to_string(m_config.proxy.retries) + "\n    option redispatch\n";
    text += "    timeout connect " + std::to_string(m_config.proxy.connectTimeoutNs / 1'000'000) +
            "ms\n";
    text += "    timeout server " + std::to_string(m_config.proxy.responseTimeoutNs / 1'000'000) +
            "ms\n";
    if (health.enabled) {
        text += "    option httpchk GET " + health.path + "\n";
        text += "    default-server inter " + std::to_string(health.intervalNs / 1'000'000) +
                "ms rise " + std::to_string(health.rise) + " fall " + std::to_string(health.fall) +
                "\n";
    }
    for (const Backend& backend : m_backends) {
        const balance::BackendState& state = m_pool->at(backend.index);
        if (state.isRemoved()) {
            continue;
        }
        text += "    server " + state.name() + ' ' + backend.server->address().toString();
        if (health.enabled) {
            text += " check";
        }
        text += " weight " + std::to_string(state.weight());
        if (kind == balance::AlgorithmKind::StickyCookie) {
            text += " cookie " + state.name();
        }
        if (state.isBackup()) {
            text += " backup";
        }
        text += '\n';
    }
    return text;
}

std::string LoadBalancerStack::nginxConfig(const std::string& upstreamName) const {
    std::lock_guard lock(m_mutex);
    const balance::AlgorithmKind kind = m_balancer ? m_balancer->algorithm() : m_config.algorithm;
    std::string text = "upstream " + upstreamName + " {\n";
    switch (kind) {
    case balance::AlgorithmKind::RoundRobin:
    case balance::AlgorithmKind::SmoothWeightedRoundRobin:
        text += "    # nginx's default: smooth weighted round robin\n";
        break;
    case balance::AlgorithmKind::LeastConnections:
        text += "    least_conn;\n";
        break;
    case balance::AlgorithmKind::Random:
        text += "    random;\n";
        break;
    case balance::AlgorithmKind::PowerOfTwoChoices:
        text += "    random two least_conn;\n";
        break;
    case balance::AlgorithmKind::PeakEwma:
        text += "    least_conn;  # open-source nginx has no peak EWMA\n";
        break;
    case balance::AlgorithmKind::SourceIpHash:
        text += "    ip_hash;\n";
        break;
    case balance::AlgorithmKind::ConsistentHash:
        text += "    hash $uri consistent;\n";
        break;
    case balance::AlgorithmKind::StickyCookie:
        text += "    sticky cookie " + std::string(balance::kStickyCookieName) +
                " path=/;  # nginx Plus only\n";
        break;
    }
    text += "    # open-source nginx checks passively: max_fails failures in fail_timeout\n";
    const std::uint32_t fails = std::max<std::uint32_t>(1, m_config.health.passiveFailures);
    for (const Backend& backend : m_backends) {
        const balance::BackendState& state = m_pool->at(backend.index);
        if (state.isRemoved()) {
            continue;
        }
        text += "    server " + backend.server->address().toString() +
                " weight=" + std::to_string(std::max<std::uint32_t>(1, state.weight())) +
                " max_fails=" + std::to_string(fails) + " fail_timeout=10s";
        if (state.isBackup()) {
            text += " backup";
        }
        text += ";  # " + state.name() + '\n';
    }
    text += "}\n";
    return text;
}

void LoadBalancerStack::setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs) {
    m_observed.store(true);
    std::lock_guard lock(m_traceMutex);
    m_trace = std::move(trace);
    m_traceOriginNs = originNs;
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

void LoadBalancerStack::appendEvent(trace::EventData data) {
    std::lock_guard lock(m_traceMutex);
    if (!m_trace) {
        return;
    }
    data.timeNs = m_clock.nowNs() - m_traceOriginNs;
    try {
        m_trace->append(std::move(data));
    } catch (const std::length_error& error) {
        spdlog::warn("trace full: {}", error.what());
    }
}

void LoadBalancerStack::message(const LbMessage& message) {
    const std::string client = clientName(message.client);
    const std::string backend =
        message.backend < m_pool->size() ? m_pool->at(message.backend).name() : std::string();
    const std::string request =
        message.method.empty() ? std::string()
                               : std::string(message.method) + ' ' + std::string(message.target);
    std::string note;
    trace::EventData data;
    data.source = trace::SourceKind::Live;
    data.linkType = wire::LinkType::Ethernet;
    data.protocol = "HTTP";
    data.summary = summaryOf(message.bytes);

    wire::TcpSegment segment;
    segment.flags = wire::TcpFlag::Psh | wire::TcpFlag::Ack;
    segment.window = 65535;
    wire::MacAddress srcMac;
    wire::MacAddress dstMac;
    wire::Ipv4Address srcIp;
    wire::Ipv4Address dstIp;
    const std::uint8_t clientOctet = static_cast<std::uint8_t>(message.client.address().value());
    const std::uint8_t backendOctet = static_cast<std::uint8_t>(message.backend + 1);
    switch (message.hop) {
    case LbHop::ClientToLb:
        data.from = client;
        data.to = "lb";
        srcMac = mac(1, clientOctet);
        dstMac = mac(2, 1);
        srcIp = clientDisplayAddress(message.client);
        dstIp = lbDisplayAddress();
        segment.sourcePort = message.client.port();
        segment.destinationPort = kDisplayHttpPort;
        note = client + " sends " + request + " to the load balancer.";
        break;
    case LbHop::LbToBackend:
        data.from = "lb";
        data.to = backend;
        srcMac = mac(2, 2);
        dstMac = mac(3, backendOctet);
        srcIp = kLbBackendSide;
        dstIp = backendDisplayAddress(message.backend);
        segment.sourcePort = message.backendLocal.port();
        segment.destinationPort = kDisplayHttpPort;
        if (message.attempt > 1) {
            note = "The previous backend failed, so the load balancer retries " + request + " on " +
                   backend + " (attempt " + std::to_string(message.attempt) + ").";
        } else {
            const balance::AlgorithmKind kind = m_balancer->algorithm();
            note = "The load balancer picks " + backend + " (" + reason(kind) +
                   ") and forwards the request, adding X-Forwarded-For.";
        }
        break;
    case LbHop::BackendToLb:
        data.from = backend;
        data.to = "lb";
        srcMac = mac(3, backendOctet);
        dstMac = mac(2, 2);
        srcIp = backendDisplayAddress(message.backend);
        dstIp = kLbBackendSide;
        segment.sourcePort = kDisplayHttpPort;
        segment.destinationPort = message.backendLocal.port();
        note = backend + " answers " + data.summary + " after " + millis(message.latencyNs) + '.';
        break;
    case LbHop::LbToClient:
        data.from = "lb";
        data.to = client;
        srcMac = mac(2, 1);
        dstMac = mac(1, clientOctet);
        srcIp = lbDisplayAddress();
        dstIp = clientDisplayAddress(message.client);
        segment.sourcePort = kDisplayHttpPort;
        segment.destinationPort = message.client.port();
        if (!message.detail.empty()) {
            note = "The load balancer answers " + data.summary +
                   " itself: " + std::string(message.detail) + '.';
        } else {
            note = "The load balancer passes " + backend + "'s answer back to " + client + " (" +
                   millis(message.latencyNs) + " in all)";
            note += message.setCookie ? ", setting the SERVERID cookie so the client comes back "
                                        "to the same backend."
                                      : ".";
        }
        break;
    }
    std::string_view bytes = message.bytes;
    if (bytes.size() > kMaxTracedBytes) {
        note += " (Only the first " + std::to_string(kMaxTracedBytes) + " of " +
                std::to_string(bytes.size()) + " bytes are kept here.)";
        bytes = bytes.substr(0, kMaxTracedBytes);
    }
    {
        // Wireshark follows each drawn connection as a stream: a frame's sequence number is
        // where its bytes sit among the frames recorded in its direction and it acknowledges
        // everything recorded the other way (a keep-alive connection's second request continues
        // the first; an answer acknowledges its request). Requests that were not sampled are
        // not counted, as they are not drawn.
        constexpr std::size_t kMaxFlows = 4096; // connections come and go; stay bounded
        const FlowKey forward{srcIp.value(), segment.sourcePort, dstIp.value(),
                              segment.destinationPort};
        const FlowKey backward{dstIp.value(), segment.destinationPort, srcIp.value(),
                               segment.sourcePort};
        std::lock_guard lock(m_flowMutex);
        if (m_flowNext.size() >= kMaxFlows) {
            m_flowNext.clear();
        }
        std::uint32_t& next = m_flowNext.try_emplace(forward, 1).first->second;
        segment.sequenceNumber = next;
        segment.acknowledgmentNumber = m_flowNext.try_emplace(backward, 1).first->second;
        next += static_cast<std::uint32_t>(bytes.size());
    }
    data.note = std::move(note);
    data.frame = wire::FrameBuilder::tcpOverIpv4OverEthernet(
        srcMac, dstMac, srcIp, dstIp, segment,
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));

    const std::int64_t traceTime = m_clock.nowNs() - [this] {
        std::lock_guard lock(m_traceMutex);
        return m_traceOriginNs;
    }();
    appendEvent(std::move(data));

    if (message.hop == LbHop::LbToClient) {
        RouteNotice notice;
        notice.timeNs = traceTime;
        notice.client = client;
        notice.clientNumber = clientNumber(message.client);
        notice.clientDisplayAddress = clientDisplayAddress(message.client);
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
