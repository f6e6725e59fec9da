// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "backend_server.h"

#include "server_session_io.h"

#include <spdlog/spdlog.h>

namespace hopscope::engine {

namespace {

constexpr std::int64_t kSweepIntervalNs = 100'000'000;
constexpr std::size_t kReadBufferSize = 64 * 1024;

} // namespace

BackendServer::BackendServer(http::BackendSettings settings, net::SocketAddress address,
                             std::uint64_t seed, http::HttpServerLimits limits,
                             const trace::Clock& clock)
    : m_loop(settings.name, clock), m_limits(limits), m_seed(seed), m_address(address),
      m_settings(settings), m_behaviour(settings, seed), m_buffer(kReadBufferSize) {}

BackendServer::~BackendServer() {
    stop();
}

std::optional<net::NetError> BackendServer::start() {
    if (m_started.load()) {
        return std::nullopt;
    }
    if (auto error = openListener()) {
        return error;
    }
    m_started.store(true);
    m_loop.start();
    m_loop.post([this] { sweep(); });
    return std::nullopt;
}

void BackendServer::stop() {
    if (!m_started.exchange(false)) {
        return;
    }
    m_loop.runSync([this] { closeAll(); });
    m_loop.stop();
}

std::optional<net::NetError> BackendServer::openListener() {
    net::SocketAddress address;
    {
        std::lock_guard lock(m_mutex);
        address = m_address;
    }
    auto listener = StreamSocket::listen(address, 1024, false, m_sockets);
    if (!listener) {
        return listener.error();
    }
    std::optional<net::NetError> failure;
    // Before start() the loop is not running and runSync runs inline.
    m_loop.runSync([&] {
        m_listener = listener.take();
        {
            std::lock_guard lock(m_mutex);
            m_address = m_listener.localAddress();
        }
        m_loop.watch(m_listener.fd(), net::IoEvent::Readable, [this](net::IoEvent) { onAccept(); });
        m_alive.store(true);
    });
    spdlog::debug("{} listening on {}", name(), this->address().toString());
    return failure;
}

void BackendServer::kill() {
    if (!m_started.load()) {
        return;
    }
    m_loop.runSync([this] { closeAll(); });
    spdlog::debug("{} killed", name());
}

std::optional<net::NetError> BackendServer::revive() {
    if (!m_started.load()) {
        return net::NetError{std::make_error_code(std::errc::not_connected),
                             name() + " is not started"};
    }
    if (m_alive.load()) {
        return std::nullopt;
    }
    return openListener();
}

void BackendServer::closeAll() {
    m_alive.store(false);
    if (m_listener.valid()) {
        m_loop.unwatch(m_listener.fd());
        m_listener.close();
    }
    for (auto& [id, connection] : m_connections) {
        m_loop.unwatch(connection->socket.fd());
        connection->socket.abort();
    }
    m_connections.clear();
    // Requests in service or waiting die with the process they ran in; their timers find no
    // job and do nothing.
    m_jobs.clear();
    m_behaviour = http::BackendBehaviour(m_behaviour.settings(), m_seed + m_nextTicket);
    m_busy.store(0);
    m_queued.store(0);
}

net::SocketAddress BackendServer::address() const {
    std::lock_guard lock(m_mutex);
    return m_address;
}

std::string BackendServer::name() const {
    std::lock_guard lock(m_mutex);
    return m_settings.name;
}

http::BackendSettings BackendServer::settings() const {
    std::lock_guard lock(m_mutex);
    return m_settings;
}

void BackendServer::setSettings(http::BackendSettings settings) {
    {
        std::lock_guard lock(m_mutex);
        m_settings = settings;
    }
    m_loop.post([this, settings = std::move(settings)]() mutable {
        m_behaviour.setSettings(std::move(settings));
        while (const auto ticket = m_behaviour.nextToStart()) {
            begin(*ticket);
        }
        m_queued.store(m_behaviour.queued());
    });
}

BackendServerStats BackendServer::stats() const {
    BackendServerStats stats;
    stats.accepted = m_accepted.load();
    stats.served = m_served.load();
    stats.failed = m_failed.load();
    stats.rejected = m_rejected.load();
    stats.healthChecks = m_healthChecks.load();
    stats.busy = m_busy.load();
    stats.queued = m_queued.load();
    return stats;
}

void BackendServer::onAccept() {
    for (;;) {
        std::error_code error;
        std::optional<StreamSocket> socket = m_listener.accept(error);
        if (!socket) {
            if (error) {
                spdlog::warn("{}: accept failed: {}", m_behaviour.settings().name, error.message());
            }
            return;
        }
        auto connection = std::make_unique<Connection>(
            Connection{m_nextId++, std::move(*socket),
                       http::HttpServerSession(m_limits, m_loop.nowNs()), net::IoEvent::Readable});
        const std::uint64_t id = connection->id;
        const int fd = connection->socket.fd();
        m_connections.emplace(id, std::move(connection));
        m_accepted.fetch_add(1, std::memory_order_relaxed);
        m_loop.watch(fd, net::IoEvent::Readable,
                     [this, id](net::IoEvent events) { onConnection(id, events); });
    }
}

void BackendServer::onConnection(std::uint64_t id, net::IoEvent events) {
    const auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    Connection& connection = *it->second;
    const std::int64_t now = m_loop.nowNs();
    if (net::has(events, net::IoEvent::Readable) || net::has(events, net::IoEvent::Hangup)) {
        if (!readServerSession(connection.socket, connection.session, m_buffer, now)) {
            close(id);
            return;
        }
        dispatch(connection);
        if (!m_connections.contains(id)) {
            return;
        }
    }
    flush(connection);
}

void BackendServer::dispatch(Connection& connection) {
    const std::uint64_t id = connection.id;
    while (auto request = connection.session.next(m_loop.nowNs())) {
        if (http::BackendBehaviour::isHealthCheck(request->request)) {
            m_healthChecks.fetch_add(1, std::memory_order_relaxed);
            connection.session.respond(request->id, m_behaviour.health(), m_loop.nowNs());
            continue;
        }
        const std::uint64_t ticket = m_nextTicket++;
        switch (m_behaviour.admit(ticket)) {
        case http::BackendBehaviour::Admission::Rejected:
            m_rejected.fetch_add(1, std::memory_order_relaxed);
            connection.session.respond(request->id, m_behaviour.rejected(), m_loop.nowNs());
            break;
        case http::BackendBehaviour::Admission::Queued:
            m_jobs.emplace(ticket, Job{id, request->id, std::move(request->request)});
            m_queued.store(m_behaviour.queued());
            break;
        case http::BackendBehaviour::Admission::Start:
            m_jobs.emplace(ticket, Job{id, request->id, std::move(request->request)});
            begin(ticket);
            break;
        }
        if (!m_connections.contains(id)) {
            return;
        }
    }
}

void BackendServer::begin(std::uint64_t ticket) {
    m_busy.store(m_behaviour.busy());
    const std::int64_t serviceNs = m_behaviour.drawServiceTimeNs();
    if (serviceNs <= 0) {
        finish(ticket);
        return;
    }
    m_loop.addTimer(serviceNs, [this, ticket] { finish(ticket); });
}

void BackendServer::finish(std::uint64_t ticket) {
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end()) {
        return; // killed meanwhile
    }
    Job job = std::move(it->second);
    m_jobs.erase(it);
    m_behaviour.release();
    const auto connection = m_connections.find(job.connection);
    if (connection != m_connections.end()) {
        const bool failed = m_behaviour.drawError();
        (failed ? m_failed : m_served).fetch_add(1, std::memory_order_relaxed);
        connection->second->session.respond(job.request, m_behaviour.respond(job.message, failed),
                                            m_loop.nowNs());
        flush(*connection->second);
    }
    while (const auto next = m_behaviour.nextToStart()) {
        begin(*next);
    }
    m_busy.store(m_behaviour.busy());
    m_queued.store(m_behaviour.queued());
}

void BackendServer::flush(Connection& connection) {
    if (!flushServerSession(connection.socket, connection.session, m_loop, connection.interest,
                            m_loop.nowNs())) {
        close(connection.id);
    }
}

void BackendServer::close(std::uint64_t id) {
    const auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    m_loop.unwatch(it->second->socket.fd());
    m_connections.erase(it);
    // Queued requests of a client that left are not served to nobody.
    for (auto job = m_jobs.begin(); job != m_jobs.end();) {
        if (job->second.connection == id && m_behaviour.cancel(job->first)) {
            job = m_jobs.erase(job);
        } else {
            ++job;
        }
    }
    m_queued.store(m_behaviour.queued());
}

void BackendServer::sweep() {
    const std::int64_t now = m_loop.nowNs();
    std::vector<std::uint64_t> due;
    for (const auto& [id, connection] : m_connections) {
        const auto deadline = connection->session.deadlineNs();
        if (deadline && now >= *deadline) {
            due.push_back(id);
        }
    }
    for (const std::uint64_t id : due) {
        const auto it = m_connections.find(id);
        if (it != m_connections.end() && it->second->session.onTimer(now)) {
            flush(*it->second);
        }
    }
    m_sweepTimer = m_loop.addTimer(kSweepIntervalNs, [this] { sweep(); });
}

} // namespace hopscope::engine
