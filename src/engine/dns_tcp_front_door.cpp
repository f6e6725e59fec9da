// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_tcp_front_door.h"

#include "engine/net/send_guard.h"
#include "engine/net/tcp_connection.h"
#include "wire/dns_tcp_deframer.h"

#include <array>
#include <spdlog/spdlog.h>

namespace hopscope::engine {

namespace {
constexpr std::size_t kReadChunk = 16 * 1024;
}

struct DnsTcpFrontDoor::Connection {
    explicit Connection(net::TcpConnection s) : socket(std::move(s)) {}

    net::TcpConnection socket;
    wire::DnsTcpDeframer deframer;
    std::vector<std::uint8_t> out;
    std::size_t outOffset = 0;
    std::int64_t lastActivityNs = 0;
    net::EventLoop::TimerId timer = 0;
    bool peerClosed = false;

    [[nodiscard]] std::size_t pending() const { return out.size() - outOffset; }
};

DnsTcpFrontDoor::DnsTcpFrontDoor(net::EventLoop& loop, net::TcpListener listener, Handler handler,
                                 DnsTcpFrontDoorOptions options)
    : m_loop(loop), m_listener(std::move(listener)), m_handler(std::move(handler)),
      m_options(options) {}

DnsTcpFrontDoor::~DnsTcpFrontDoor() {
    close();
}

void DnsTcpFrontDoor::start() {
    if (m_open) {
        return;
    }
    m_open = true;
    m_loop.watch(m_listener.fd(), net::IoEvent::Readable, [this](net::IoEvent) { accept(); });
}

void DnsTcpFrontDoor::close() {
    if (!m_open) {
        return;
    }
    m_open = false;
    m_loop.unwatch(m_listener.fd());
    for (auto& [id, connection] : m_connections) {
        m_loop.unwatch(connection->socket.fd());
        m_loop.cancelTimer(connection->timer);
    }
    m_connections.clear();
}

void DnsTcpFrontDoor::accept() {
    for (;;) {
        std::error_code error;
        auto accepted = m_listener.accept(error);
        if (!accepted) {
            if (error) {
                spdlog::warn("DNS over TCP on {}: accept failed: {}",
                             m_listener.localAddress().toString(), error.message());
            }
            return;
        }
        if (m_connections.size() >= m_options.maxConnections ||
            !net::SendGuard::allows(accepted->peerAddress(), m_options.liveInternet)) {
            continue; // closed at once: too many clients, or one we must not talk to
        }
        const ConnectionId id = m_nextId++;
        auto connection = std::make_unique<Connection>(std::move(*accepted));
        connection->socket.setNoDelay(true);
        connection->lastActivityNs = m_loop.nowNs();
        const int fd = connection->socket.fd();
        m_connections.emplace(id, std::move(connection));
        m_loop.watch(fd, net::IoEvent::Readable,
                     [this, id](net::IoEvent events) { onEvents(id, events); });
        armIdleTimer(id, m_options.idleTimeoutNs);
    }
}

void DnsTcpFrontDoor::armIdleTimer(ConnectionId id, std::int64_t delayNs) {
    const auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    it->second->timer = m_loop.addTimer(delayNs, [this, id] {
        const auto found = m_connections.find(id);
        if (found == m_connections.end()) {
            return;
        }
        const std::int64_t idle = m_loop.nowNs() - found->second->lastActivityNs;
        if (idle >= m_options.idleTimeoutNs) {
            spdlog::debug("closing idle DNS-over-TCP connection from {}",
                          found->second->socket.peerAddress().toString());
            closeConnection(id);
        } else {
            armIdleTimer(id, m_options.idleTimeoutNs - idle);
        }
    });
}

void DnsTcpFrontDoor::closeConnection(ConnectionId id) {
    const auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    m_loop.unwatch(it->second->socket.fd());
    m_loop.cancelTimer(it->second->timer);
    m_connections.erase(it);
}

void DnsTcpFrontDoor::onEvents(ConnectionId id, net::IoEvent events) {
    if (net::has(events, net::IoEvent::Readable) || net::has(events, net::IoEvent::Hangup)) {
        if (!readMessages(id)) {
            closeConnection(id);
            return;
        }
    }
    const auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    if (!flush(*it->second)) {
        closeConnection(id);
        return;
    }
    updateInterest(id);
}

bool DnsTcpFrontDoor::readMessages(ConnectionId id) {
    std::array<std::uint8_t, kReadChunk> buffer{};
    for (;;) {
        // The handler may reply at once or close things; look the connection up every round.
        const auto it = m_connections.find(id);
        if (it == m_connections.end()) {
            return true;
        }
        Connection& c = *it->second;
        if (c.peerClosed || c.pending() >= m_options.maxOutputBytes) {
            return true; // the client is not reading; wait until it does
        }
        const net::IoResult r = c.socket.read(buffer);
        if (r.status == net::IoStatus::WouldBlock) {
            return true;
        }
        if (r.status == net::IoStatus::Closed) {
            c.peerClosed = true;
            return true;
        }
        if (!r.ok()) {
            return false;
        }
        c.lastActivityNs = m_loop.nowNs();
        c.deframer.feed(std::span(buffer.data(), r.bytes));
        std::vector<Query> queries;
        while (auto message = c.deframer.next()) {
            queries.push_back(
                Query{id, c.socket.peerAddress(), c.socket.localAddress(), std::move(*message)});
        }
        for (Query& query : queries) {
            m_handler(std::move(query));
        }
    }
}

bool DnsTcpFrontDoor::reply(ConnectionId connection, std::span<const std::uint8_t> message) {
    const auto it = m_connections.find(connection);
    if (it == m_connections.end()) {
        return false;
    }
    const auto framed = wire::DnsTcpDeframer::frame(message);
    if (!framed) {
        return false;
    }
    Connection& c = *it->second;
    if (c.pending() == 0) {
        c.out.clear();
        c.outOffset = 0;
    }
    c.out.insert(c.out.end(), framed->begin(), framed->end());
    if (!flush(c)) {
        closeConnection(connection);
        return false;
    }
    updateInterest(connection);
    return true;
}

bool DnsTcpFrontDoor::flush(Connection& c) {
    while (c.pending() > 0) {
        const net::IoResult w = c.socket.write(std::span(c.out).subspan(c.outOffset));
        if (w.status == net::IoStatus::WouldBlock) {
            return true;
        }
        if (!w.ok()) {
            return false;
        }
        c.outOffset += w.bytes;
        c.lastActivityNs = m_loop.nowNs();
    }
    c.out.clear();
    c.outOffset = 0;
    return true;
}

void DnsTcpFrontDoor::updateInterest(ConnectionId id) {
    const auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    Connection& c = *it->second;
    if (c.peerClosed) {
        // The client said it is done (what could be written already was); RFC 7766 section
        // 6.2.3 lets the server close. Watching a half-closed socket would only spin.
        closeConnection(id);
        return;
    }
    net::IoEvent interest = net::IoEvent::None;
    if (c.pending() < m_options.maxOutputBytes) {
        interest = interest | net::IoEvent::Readable;
    }
    if (c.pending() > 0) {
        interest = interest | net::IoEvent::Writable;
    }
    m_loop.modify(c.socket.fd(), interest);
}

} // namespace hopscope::engine
