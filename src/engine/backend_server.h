// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "http/backend_behaviour.h"
#include "http/http_server_session.h"
#include "net/event_loop.h"
#include "net/net_result.h"
#include "net/socket_address.h"
#include "stream_socket.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hopscope::engine {

// Counters of one backend server as its clients (the load balancer, curl) saw it.
struct BackendServerStats {
    std::uint64_t accepted = 0; // connections
    std::uint64_t served = 0;   // 200 answers
    std::uint64_t failed = 0;   // 500 answers (error rate)
    std::uint64_t rejected = 0; // 503 answers (queue full)
    std::uint64_t healthChecks = 0;
    std::uint64_t busy = 0; // requests in service now
    std::uint64_t queued = 0;
};

// One simulated HTTP/1.1 backend on its own loopback endpoint and its own event loop thread:
// http::BackendBehaviour decides, this class does the sockets. Service time is a loop timer, so
// a slow backend keeps no thread busy and one loop serves any number of waiting requests.
// kill() closes the listener and every connection (with RST, as a crashed process would) but
// keeps the loop; revive() listens again on the same port.
// Threads: every public member may be called from any thread except the loop's own.
class BackendServer {
public:
    // Port 0 in `address` lets the kernel choose; the port is then kept for revive().
    // `clock` times the service; it must outlive the server. With a test clock, call
    // catchUp() after moving it.
    BackendServer(http::BackendSettings settings, net::SocketAddress address,
                  std::uint64_t seed = 1, http::HttpServerLimits limits = {},
                  const trace::Clock& clock = trace::SteadyClock::instance());
    ~BackendServer();
    BackendServer(const BackendServer&) = delete;
    BackendServer& operator=(const BackendServer&) = delete;

    // Where the listener is made (null: this computer; a lab node's sockets put the backend
    // inside the lab). Set before start(); revive() listens in the same place.
    void setSocketSource(const net::SocketSource* sockets) { m_sockets = sockets; }
    // Listens and starts the loop.
    std::optional<net::NetError> start();
    void stop();
    void kill();
    std::optional<net::NetError> revive();
    [[nodiscard]] bool alive() const { return m_alive.load(); }

    // The real endpoint (with the chosen port once started).
    [[nodiscard]] net::SocketAddress address() const;
    [[nodiscard]] std::string name() const;
    [[nodiscard]] http::BackendSettings settings() const;
    // Applies on the loop; requests in service keep the service time they drew.
    void setSettings(http::BackendSettings settings);
    [[nodiscard]] BackendServerStats stats() const;
    // Returns once the loop has run everything the clock made due (for a test clock).
    void catchUp() { m_loop.catchUp(); }

private:
    struct Connection {
        std::uint64_t id = 0;
        StreamSocket socket;
        http::HttpServerSession session;
        net::IoEvent interest = net::IoEvent::Readable;
    };
    struct Job {
        std::uint64_t connection = 0;
        std::uint64_t request = 0;
        wire::HttpRequest message;
    };

    std::optional<net::NetError> openListener();
    void closeAll();
    void onAccept();
    void onConnection(std::uint64_t id, net::IoEvent events);
    void dispatch(Connection& connection);
    void begin(std::uint64_t ticket);
    void finish(std::uint64_t ticket);
    void flush(Connection& connection);
    void close(std::uint64_t id);
    void sweep();

    net::EventLoop m_loop;
    const http::HttpServerLimits m_limits;
    const std::uint64_t m_seed;
    const net::SocketSource* m_sockets = nullptr;
    mutable std::mutex m_mutex; // guards m_address and m_settings copies read by other threads
    net::SocketAddress m_address;
    http::BackendSettings m_settings;
    std::atomic<bool> m_alive{false};
    std::atomic<bool> m_started{false};

    // Loop-thread state.
    http::BackendBehaviour m_behaviour;
    StreamSocket m_listener;
    std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> m_connections;
    std::unordered_map<std::uint64_t, Job> m_jobs;
    std::uint64_t m_nextId = 1;
    std::uint64_t m_nextTicket = 1;
    std::vector<std::uint8_t> m_buffer;
    net::EventLoop::TimerId m_sweepTimer = 0;

    std::atomic<std::uint64_t> m_accepted{0};
    std::atomic<std::uint64_t> m_served{0};
    std::atomic<std::uint64_t> m_failed{0};
    std::atomic<std::uint64_t> m_rejected{0};
    std::atomic<std::uint64_t> m_healthChecks{0};
    std::atomic<std::uint64_t> m_busy{0};
    std::atomic<std::uint64_t> m_queued{0};
};

} // namespace hopscope::engine
