// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "health_checker.h"

#include <cstdio>
#include <spdlog/spdlog.h>

namespace hopscope::engine {

namespace {

std::string millis(std::int64_t ns) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f ms", static_cast<double>(ns) / 1e6);
    return text;
}

} // namespace

HealthChecker::HealthChecker(net::EventLoop& loop, balance::BackendPool& pool, AddressOf addressOf,
                             HealthCheckConfig config, const net::SocketSource* sockets)
    : m_loop(loop), m_pool(pool), m_addressOf(std::move(addressOf)), m_config(std::move(config)),
      m_sockets(sockets) {}

HealthChecker::~HealthChecker() {
    stop();
}

void HealthChecker::start() {
    if (m_running.exchange(true)) {
        return;
    }
    const std::uint64_t generation = ++m_generation;
    m_loop.post([this, generation] {
        if (generation == m_generation.load()) {
            round();
        }
    });
}

void HealthChecker::stop() {
    if (!m_running.exchange(false)) {
        return;
    }
    ++m_generation;
    m_loop.runSync([this] {
        for (auto& [id, probe] : m_probes) {
            m_loop.cancelTimer(probe->timeout);
            m_loop.unwatch(probe->socket.fd());
        }
        m_probes.clear();
    });
}

void HealthChecker::setConfig(HealthCheckConfig config) {
    std::lock_guard lock(m_mutex);
    m_config = std::move(config);
}

HealthCheckConfig HealthChecker::config() const {
    std::lock_guard lock(m_mutex);
    return m_config;
}

BackendHealth HealthChecker::health(std::size_t index) const {
    BackendHealth health;
    if (index >= m_pool.size()) {
        return health;
    }
    health.up = m_pool.at(index).isUp();
    health.passed = m_counters[index].passed.load();
    health.failed = m_counters[index].failed.load();
    health.checks = m_counters[index].checks.load();
    std::lock_guard lock(m_mutex);
    health.lastResult = m_lastResult[index];
    return health;
}

void HealthChecker::mark(std::size_t index, bool up, const std::string& why) {
    if (m_pool.at(index).isUp() == up) {
        return;
    }
    m_pool.setUp(index, up);
    spdlog::info("health: {} is {} ({})", m_pool.at(index).name(), up ? "up" : "down", why);
}

void HealthChecker::reportResult(std::size_t index, bool ok) {
    if (index >= m_pool.size()) {
        return;
    }
    Counters& counters = m_counters[index];
    if (ok) {
        if (counters.passiveFailed.load(std::memory_order_relaxed) != 0) {
            counters.passiveFailed.store(0, std::memory_order_relaxed);
        }
        return;
    }
    std::uint32_t limit = 0;
    bool enabled = false;
    {
        std::lock_guard lock(m_mutex);
        limit = m_config.passiveFailures;
        enabled = m_config.enabled;
    }
    // Without active checks nothing would bring an ejected backend back.
    if (!enabled || limit == 0 || !m_running.load()) {
        return;
    }
    const std::uint32_t failures = counters.passiveFailed.fetch_add(1) + 1;
    if (failures >= limit && m_pool.at(index).isUp()) {
        counters.passed.store(0);
        counters.passiveFailed.store(0);
        mark(index, false, std::to_string(failures) + " requests in a row failed");
    }
}

void HealthChecker::round() {
    if (!m_running.load()) {
        return;
    }
    const HealthCheckConfig config = this->config();
    if (config.enabled) {
        for (std::size_t i = 0; i < m_pool.size(); ++i) {
            if (!m_pool.at(i).isRemoved()) {
                launch(i);
            }
        }
    }
    const std::uint64_t generation = m_generation.load();
    m_loop.addTimer(config.intervalNs, [this, generation] {
        if (generation == m_generation.load()) {
            round();
        }
    });
}

void HealthChecker::launch(std::size_t index) {
    // One probe per backend at a time: a backend slower than the interval fails by timeout.
    for (const auto& [id, probe] : m_probes) {
        if (probe->backend == index) {
            return;
        }
    }
    const std::uint64_t id = m_nextProbe++;
    const std::optional<net::SocketAddress> address = m_addressOf(index);
    if (!address) {
        return;
    }
    auto socket = StreamSocket::connect(*address, std::nullopt, m_sockets);
    auto probe = std::make_unique<Probe>();
    probe->id = id;
    probe->backend = index;
    probe->startNs = m_loop.nowNs();
    if (!socket) {
        m_probes.emplace(id, std::move(probe));
        finish(id, false, socket.error().message);
        return;
    }
    probe->socket = socket.take();
    wire::HttpRequest request;
    request.target = config().path;
    request.headers.add("Host", address->toString());
    request.headers.add("User-Agent", "hopscope-health-check");
    request.headers.add("Connection", "close");
    probe->session.send(request);
    probe->timeout = m_loop.addTimer(config().timeoutNs, [this, id] {
        finish(id, false, "no answer within " + millis(config().timeoutNs));
    });
    const int fd = probe->socket.fd();
    m_probes.emplace(id, std::move(probe));
    m_loop.watch(fd, net::IoEvent::Readable | net::IoEvent::Writable,
                 [this, id](net::IoEvent events) { onProbe(id, events); });
}

void HealthChecker::onProbe(std::uint64_t id, net::IoEvent events) {
    const auto it = m_probes.find(id);
    if (it == m_probes.end()) {
        return;
    }
    Probe& probe = *it->second;
    if (probe.connecting) {
        if (const std::error_code error = probe.socket.connectError()) {
            finish(id, false, error.message());
            return;
        }
        probe.connecting = false;
    }
    if (!probe.session.output().empty()) {
        const std::string_view out = probe.session.output();
        const net::IoResult result = probe.socket.write(
            std::span(reinterpret_cast<const std::uint8_t*>(out.data()), out.size()));
        if (result.status == net::IoStatus::Ok) {
            probe.session.consume(result.bytes);
        } else if (result.status != net::IoStatus::WouldBlock) {
            finish(id, false, "connection broke while sending the check");
            return;
        }
        if (probe.session.output().empty()) {
            m_loop.modify(probe.socket.fd(), net::IoEvent::Readable);
        }
    }
    if (!net::has(events, net::IoEvent::Readable) && !net::has(events, net::IoEvent::Hangup)) {
        return;
    }
    std::array<std::uint8_t, 4096> buffer{};
    for (;;) {
        const net::IoResult result = probe.socket.read(buffer);
        http::ClientReceive received;
        if (result.status == net::IoStatus::Ok) {
            received = probe.session.receive(std::span(buffer.data(), result.bytes));
        } else if (result.status == net::IoStatus::WouldBlock) {
            return;
        } else {
            received = probe.session.receiveEnd();
            if (received.responses.empty()) {
                finish(id, false,
                       result.status == net::IoStatus::Closed
                           ? "connection closed without an answer"
                           : "connection error: " + result.error.message());
                return;
            }
        }
        if (!received.responses.empty()) {
            const wire::HttpResponse& response = received.responses.front().response;
            const bool ok = response.status >= 200 && response.status < 400;
            finish(id, ok,
                   std::to_string(response.status) + ' ' + response.reason + " in " +
                       millis(m_loop.nowNs() - probe.startNs));
            return;
        }
        if (received.failed) {
            finish(id, false, received.problem);
            return;
        }
    }
}

void HealthChecker::finish(std::uint64_t id, bool ok, std::string result) {
    const auto it = m_probes.find(id);
    if (it == m_probes.end()) {
        return;
    }
    const std::size_t index = it->second->backend;
    m_loop.cancelTimer(it->second->timeout);
    if (it->second->socket.valid()) {
        m_loop.unwatch(it->second->socket.fd());
    }
    m_probes.erase(it);
    if (!m_running.load() || index >= m_pool.size()) {
        return;
    }
    const HealthCheckConfig config = this->config();
    Counters& counters = m_counters[index];
    counters.checks.fetch_add(1);
    {
        std::lock_guard lock(m_mutex);
        m_lastResult[index] = result;
    }
    if (ok) {
        counters.failed.store(0);
        const std::uint32_t passed = counters.passed.fetch_add(1) + 1;
        if (!m_pool.at(index).isUp() && passed >= config.rise) {
            mark(index, true, std::to_string(passed) + " checks in a row passed (" + result + ")");
        }
    } else {
        counters.passed.store(0);
        const std::uint32_t failed = counters.failed.fetch_add(1) + 1;
        if (m_pool.at(index).isUp() && failed >= config.fall) {
            mark(index, false, std::to_string(failed) + " checks in a row failed (" + result + ")");
        }
    }
}

} // namespace hopscope::engine
