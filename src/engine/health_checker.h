// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/backend_info.h"
#include "balance/backend_pool.h"
#include "http/http_client_session.h"
#include "net/event_loop.h"
#include "net/socket_address.h"
#include "stream_socket.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace hopscope::engine {

struct HealthCheckConfig {
    bool enabled = true;
    std::int64_t intervalNs = 1'000'000'000; // HAProxy "inter"
    std::int64_t timeoutNs = 500'000'000;
    std::uint32_t rise = 2; // consecutive passed checks that bring a down backend back
    std::uint32_t fall = 3; // consecutive failed checks that take an up backend out
    // Consecutive failed requests (refused, broken off, timed out) that take a backend out
    // between checks (passive ejection); 0 turns it off. The checks bring it back.
    std::uint32_t passiveFailures = 3;
    std::string path = "/health";
};

// One backend's health as the checker last saw it.
struct BackendHealth {
    bool up = true;
    std::uint32_t passed = 0; // consecutive
    std::uint32_t failed = 0; // consecutive
    std::uint64_t checks = 0;
    std::string lastResult; // "200 OK in 0.4 ms", "connection refused", ...
};

// Active health checks (an HTTP GET of the health path every interval, with rise and fall as
// HAProxy counts them) plus passive ejection (the proxy reports each request's result). It
// marks backends up and down in the pool; the balancers then skip the down ones. Checks run on
// the given loop as non-blocking probes, so a hung backend costs a timer, not a thread.
// Threads: reportResult() from any thread; the rest from any thread but the loop's.
class HealthChecker {
public:
    using AddressOf = std::function<std::optional<net::SocketAddress>(std::size_t index)>;

    // `sockets`: where the probes' sockets are made (null: this computer; the load balancer's
    // lab node when it runs in the lab).
    HealthChecker(net::EventLoop& loop, balance::BackendPool& pool, AddressOf addressOf,
                  HealthCheckConfig config = {}, const net::SocketSource* sockets = nullptr);
    ~HealthChecker();
    HealthChecker(const HealthChecker&) = delete;
    HealthChecker& operator=(const HealthChecker&) = delete;

    void start();
    void stop();
    void setConfig(HealthCheckConfig config);
    [[nodiscard]] HealthCheckConfig config() const;

    // A proxied request's result for passive ejection.
    void reportResult(std::size_t index, bool ok);
    [[nodiscard]] BackendHealth health(std::size_t index) const;

private:
    struct Probe {
        std::uint64_t id = 0;
        std::size_t backend = 0;
        StreamSocket socket;
        http::HttpClientSession session;
        bool connecting = true;
        std::int64_t startNs = 0;
        net::EventLoop::TimerId timeout = 0;
    };
    struct Counters {
        std::atomic<std::uint32_t> passed{0};
        std::atomic<std::uint32_t> failed{0};
        std::atomic<std::uint32_t> passiveFailed{0};
        std::atomic<std::uint64_t> checks{0};
    };

    void round();
    void launch(std::size_t index);
    void onProbe(std::uint64_t id, net::IoEvent events);
    void finish(std::uint64_t id, bool ok, std::string result);
    void mark(std::size_t index, bool up, const std::string& why);

    net::EventLoop& m_loop;
    balance::BackendPool& m_pool;
    AddressOf m_addressOf;
    mutable std::mutex m_mutex; // config, last results
    HealthCheckConfig m_config;
    const net::SocketSource* m_sockets;
    std::array<std::string, balance::kMaxBackends> m_lastResult;
    std::array<Counters, balance::kMaxBackends> m_counters;
    std::atomic<bool> m_running{false};
    std::atomic<std::uint64_t> m_generation{0}; // stop() moves it so stale rounds end

    // Loop-thread state.
    std::unordered_map<std::uint64_t, std::unique_ptr<Probe>> m_probes;
    std::uint64_t m_nextProbe = 1;
};

} // namespace hopscope::engine
