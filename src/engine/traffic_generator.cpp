// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "traffic_generator.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <spdlog/spdlog.h>
#include <thread>

namespace hopscope::engine {

namespace {

constexpr std::int64_t kSweepIntervalNs = 50'000'000;
constexpr std::int64_t kReconnectDelayNs = 20'000'000;
constexpr std::uint32_t kMaxClientAddresses = 250;

net::SocketAddress sourceAddress(std::uint32_t index) {
    return {wire::Ipv4Address(127, 0, 0, static_cast<std::uint8_t>(2 + index)), 0};
}

} // namespace

TrafficGenerator::TrafficGenerator(const trace::Clock& clock)
    : m_loop("traffic", clock), m_buffer(64 * 1024) {
    m_latency = std::make_unique<balance::LatencyHistogram>();
}

TrafficGenerator::~TrafficGenerator() {
    stop();
    m_loop.stop();
}

std::optional<std::string> TrafficGenerator::start(TrafficConfig config) {
    if (!config.target.isLoopback() || config.target.port() == 0) {
        return "the traffic generator only targets a loopback address with a port, not " +
               config.target.toString();
    }
    if (config.clientAddresses == 0 || config.clientAddresses > kMaxClientAddresses) {
        return "client addresses must be between 1 and " + std::to_string(kMaxClientAddresses);
    }
    if (config.mode == LoadMode::OpenLoop && !(config.ratePerSecond > 0.0)) {
        return "an open-loop rate must be above 0 requests per second";
    }
    if (config.mode == LoadMode::ClosedLoop && config.concurrency == 0) {
        return "a closed-loop concurrency must be at least 1";
    }
    stop();
    m_loop.start();
    m_loop.runSync([this, config = std::move(config)]() mutable {
        m_config = std::move(config);
        ++m_run;
        m_startNs = m_loop.nowNs();
        m_endNs = m_config.durationNs > 0 ? m_startNs + m_config.durationNs : 0;
        m_idle.assign(m_config.clientAddresses, {});
        m_rng = m_config.seed;
        m_nextSource = 0;
        m_inFlight = 0;
        {
            std::lock_guard lock(m_statsMutex);
            m_stats = TrafficStats{};
            m_latency = std::make_unique<balance::LatencyHistogram>();
        }
        m_running.store(true);
        begin();
        const std::uint64_t run = m_run;
        m_loop.addTimer(kSweepIntervalNs, [this, run] {
            if (run == m_run) {
                sweep();
            }
        });
    });
    return std::nullopt;
}

void TrafficGenerator::stop() {
    if (!m_running.load()) {
        return;
    }
    m_loop.runSync([this] {
        if (m_running.load()) {
            finishRun();
        }
    });
}

bool TrafficGenerator::wait(std::int64_t timeoutNs) const {
    const auto until = std::chrono::steady_clock::now() + std::chrono::nanoseconds(timeoutNs);
    while (m_running.load()) {
        if (std::chrono::steady_clock::now() >= until) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

TrafficStats TrafficGenerator::stats() const {
    std::lock_guard lock(m_statsMutex);
    TrafficStats stats = m_stats;
    stats.running = m_running.load();
    if (stats.running) {
        stats.elapsedNs = m_loop.nowNs() - m_startNs;
    }
    const balance::HistogramSnapshot latency = m_latency->snapshot();
    stats.p50Ns = latency.quantileNs(0.5);
    stats.p99Ns = latency.quantileNs(0.99);
    return stats;
}

double TrafficGenerator::exponential() {
    // SplitMix64, then -ln(U) / rate: Poisson arrivals have exponential gaps.
    m_rng += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = m_rng;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    const double u = static_cast<double>((z >> 11) + 1) * 0x1.0p-53;
    return -std::log(u);
}

bool TrafficGenerator::sending() const {
    return m_running.load() && (m_endNs == 0 || m_loop.nowNs() < m_endNs);
}

void TrafficGenerator::begin() {
    if (m_config.mode == LoadMode::ClosedLoop) {
        for (std::uint32_t i = 0; i < m_config.concurrency; ++i) {
            send(i % m_config.clientAddresses);
        }
        return;
    }
    m_nextArrivalNs =
        m_startNs + static_cast<std::int64_t>(exponential() / m_config.ratePerSecond * 1e9);
    const std::uint64_t run = m_run;
    m_loop.addTimer(m_nextArrivalNs - m_startNs, [this, run] {
        if (run == m_run) {
            arrive();
        }
    });
}

void TrafficGenerator::arrive() {
    const std::int64_t now = m_loop.nowNs();
    while (m_nextArrivalNs <= now && sending()) {
        if (m_inFlight >= m_config.maxInFlight) {
            std::lock_guard lock(m_statsMutex);
            ++m_stats.dropped;
        } else {
            send(m_nextSource);
            m_nextSource = (m_nextSource + 1) % m_config.clientAddresses;
        }
        m_nextArrivalNs += static_cast<std::int64_t>(exponential() / m_config.ratePerSecond * 1e9);
    }
    if (m_endNs != 0 && m_nextArrivalNs >= m_endNs) {
        maybeFinish();
        return;
    }
    if (sending()) {
        const std::uint64_t run = m_run;
        m_loop.addTimer(std::max<std::int64_t>(0, m_nextArrivalNs - now), [this, run] {
            if (run == m_run) {
                arrive();
            }
        });
    }
}

TrafficGenerator::Client* TrafficGenerator::connect(std::uint32_t source) {
    std::optional<net::SocketAddress> from;
    if (m_config.sockets == nullptr) {
        from = sourceAddress(source);
    }
    auto socket = StreamSocket::connect(m_config.target, from, m_config.sockets);
    if (!socket) {
        spdlog::debug("traffic: {}", socket.error().message);
        return nullptr;
    }
    auto client = std::make_unique<Client>();
    client->id = m_nextId++;
    client->source = source;
    client->socket = socket.take();
    client->interest = net::IoEvent::Readable | net::IoEvent::Writable;
    Client* raw = client.get();
    const std::uint64_t id = client->id;
    const int fd = client->socket.fd();
    m_clients.emplace(id, std::move(client));
    m_loop.watch(fd, raw->interest, [this, id](net::IoEvent events) { onClient(id, events); });
    return raw;
}

bool TrafficGenerator::send(std::uint32_t source) {
    Client* client = nullptr;
    auto& idle = m_idle[source];
    while (!idle.empty() && client == nullptr) {
        const auto it = m_clients.find(idle.back());
        idle.pop_back();
        if (it != m_clients.end() && it->second->session.reusable()) {
            client = it->second.get();
        }
    }
    if (client == nullptr) {
        client = connect(source);
    }
    {
        std::lock_guard lock(m_statsMutex);
        ++m_stats.sent;
        if (client == nullptr) {
            ++m_stats.failed;
        }
    }
    if (client == nullptr) {
        return false;
    }
    wire::HttpRequest request;
    request.method = m_config.method;
    request.target = m_config.path;
    request.headers.add("Host", m_config.target.toString());
    request.headers.add("User-Agent", "hopscope-traffic/" HOPSCOPE_VERSION);
    if (request.method == "POST" || request.method == "PUT") {
        request.setBody("hopscope traffic generator\n");
    }
    client->session.send(request);
    client->sentNs = m_loop.nowNs();
    ++m_inFlight;
    if (!client->connecting) {
        flush(*client);
    }
    return true;
}

void TrafficGenerator::flush(Client& client) {
    while (!client.session.output().empty()) {
        const std::string_view out = client.session.output();
        const net::IoResult result = client.socket.write(
            std::span(reinterpret_cast<const std::uint8_t*>(out.data()), out.size()));
        if (result.status == net::IoStatus::Ok) {
            client.session.consume(result.bytes);
        } else if (result.status == net::IoStatus::WouldBlock) {
            break;
        } else {
            fail(client.id);
            return;
        }
    }
    const net::IoEvent want = client.session.output().empty()
                                  ? net::IoEvent::Readable
                                  : net::IoEvent::Readable | net::IoEvent::Writable;
    if (want != client.interest) {
        client.interest = want;
        m_loop.modify(client.socket.fd(), want);
    }
}

void TrafficGenerator::onClient(std::uint64_t id, net::IoEvent events) {
    auto it = m_clients.find(id);
    if (it == m_clients.end()) {
        return;
    }
    Client* client = it->second.get();
    if (client->connecting) {
        if (!net::has(events, net::IoEvent::Writable) && !net::has(events, net::IoEvent::Hangup)) {
            return;
        }
        if (client->socket.connectError()) {
            fail(id);
            return;
        }
        client->connecting = false;
        flush(*client);
        if (!m_clients.contains(id)) {
            return;
        }
    } else if (net::has(events, net::IoEvent::Writable)) {
        flush(*client);
        if (!m_clients.contains(id)) {
            return;
        }
    }
    if (!net::has(events, net::IoEvent::Readable) && !net::has(events, net::IoEvent::Hangup)) {
        return;
    }
    for (;;) {
        const net::IoResult result = client->socket.read(m_buffer);
        http::ClientReceive received;
        bool ended = false;
        if (result.status == net::IoStatus::Ok) {
            received = client->session.receive(std::span(m_buffer.data(), result.bytes));
        } else if (result.status == net::IoStatus::WouldBlock) {
            return;
        } else {
            received = client->session.receiveEnd();
            ended = true;
        }
        for (const http::ClientResponse& response : received.responses) {
            answered(*client, response.response);
            if (!m_clients.contains(id)) {
                return;
            }
        }
        if (received.failed || ended) {
            if (client->session.outstanding() > 0) {
                fail(id);
            } else {
                close(id);
            }
            return;
        }
        if (result.bytes < m_buffer.size()) {
            return;
        }
    }
}

void TrafficGenerator::answered(Client& client, const wire::HttpResponse& response) {
    const std::int64_t now = m_loop.nowNs();
    --m_inFlight;
    m_latency->record(std::chrono::nanoseconds(now - client.sentNs));
    {
        std::lock_guard lock(m_statsMutex);
        ++m_stats.completed;
        ++m_stats.byStatus[response.status];
        const std::string source = client.socket.localAddress().address().toString();
        ++m_stats.byClient[source];
        if (const auto server = response.headers.get("X-Served-By")) {
            ++m_stats.byServer[std::string(*server)];
            ++m_stats.serversByClient[source][std::string(*server)];
        }
    }
    const std::uint32_t source = client.source;
    const bool reusable = client.session.reusable();
    if (m_config.mode == LoadMode::ClosedLoop) {
        if (!reusable) {
            close(client.id);
        } else if (sending()) {
            m_idle[source].push_back(client.id);
        }
        if (sending()) {
            send(source);
        }
    } else if (reusable) {
        m_idle[source].push_back(client.id);
    } else {
        close(client.id);
    }
    maybeFinish();
}

void TrafficGenerator::fail(std::uint64_t id) {
    const auto it = m_clients.find(id);
    if (it == m_clients.end()) {
        return;
    }
    const std::size_t lost = it->second->session.outstanding();
    const std::uint32_t source = it->second->source;
    m_inFlight -= std::min(m_inFlight, lost);
    {
        std::lock_guard lock(m_statsMutex);
        m_stats.failed += lost;
    }
    close(id);
    if (m_config.mode == LoadMode::ClosedLoop && lost > 0 && sending()) {
        // A pause before the next try, so a dead server is not hammered in a tight loop.
        const std::uint64_t run = m_run;
        m_loop.addTimer(kReconnectDelayNs, [this, run, source] {
            if (run == m_run && sending()) {
                send(source);
            }
        });
    }
    maybeFinish();
}

void TrafficGenerator::close(std::uint64_t id) {
    const auto it = m_clients.find(id);
    if (it == m_clients.end()) {
        return;
    }
    m_loop.unwatch(it->second->socket.fd());
    m_clients.erase(it);
}

void TrafficGenerator::sweep() {
    if (!m_running.load()) {
        return;
    }
    const std::int64_t now = m_loop.nowNs();
    std::vector<std::uint64_t> late;
    for (const auto& [id, client] : m_clients) {
        if (client->session.outstanding() > 0 && now - client->sentNs >= m_config.timeoutNs) {
            late.push_back(id);
        }
    }
    for (const std::uint64_t id : late) {
        fail(id);
    }
    maybeFinish();
    if (m_running.load()) {
        const std::uint64_t run = m_run;
        m_loop.addTimer(kSweepIntervalNs, [this, run] {
            if (run == m_run) {
                sweep();
            }
        });
    }
}

void TrafficGenerator::maybeFinish() {
    if (!m_running.load() || m_endNs == 0 || m_loop.nowNs() < m_endNs) {
        return;
    }
    if (m_inFlight == 0) {
        finishRun();
    }
}

void TrafficGenerator::finishRun() {
    for (auto& [id, client] : m_clients) {
        m_loop.unwatch(client->socket.fd());
    }
    m_clients.clear();
    for (auto& idle : m_idle) {
        idle.clear();
    }
    {
        std::lock_guard lock(m_statsMutex);
        m_stats.elapsedNs = m_loop.nowNs() - m_startNs;
    }
    m_inFlight = 0;
    ++m_run;
    m_running.store(false);
}

} // namespace hopscope::engine
