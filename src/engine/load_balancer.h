// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/backend_info.h"
#include "balance/switchable_balancer.h"
#include "http/http_client_session.h"
#include "http/http_server_session.h"
#include "net/event_loop.h"
#include "net/net_result.h"
#include "net/socket_address.h"
#include "stream_socket.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::engine {

struct LoadBalancerConfig {
    // Default 127.0.0.1:8080; when it is taken and firstFreePort is set, the next ports up to
    // 8179 are tried, then any port the kernel gives.
    net::SocketAddress listen{wire::Ipv4Address(127, 0, 0, 1), 8080};
    bool firstFreePort = true;
    // Worker loops; the first also accepts and hands connections to all of them in turn.
    std::size_t workers = 2;
    http::HttpServerLimits clientLimits{};
    std::int64_t connectTimeoutNs = 1'000'000'000;
    // No answer from a backend in this time: 504 (HAProxy's "timeout server").
    std::int64_t responseTimeoutNs = 10'000'000'000;
    // Further attempts, each on a backend not tried yet, for a request that may be repeated.
    std::uint32_t retries = 2;
    // Idle keep-alive connections kept per backend and worker.
    std::size_t maxIdlePerBackend = 128;
    // Pooled connections unused this long are closed before the backend's own idle timeout
    // could close them under a request.
    std::int64_t poolIdleTimeoutNs = 15'000'000'000;
    // Where the listener and the backend connections are made (null: this computer; the load
    // balancer's node when it runs in the lab).
    const net::SocketSource* sockets = nullptr;
};

// The four messages of one proxied request, as the trace shows them.
enum class LbHop : std::uint8_t { ClientToLb, LbToBackend, BackendToLb, LbToClient };

inline constexpr std::size_t kNoBackend = balance::kMaxBackends;

// One message of a sampled request, reported to the observer as it happens.
struct LbMessage {
    LbHop hop = LbHop::ClientToLb;
    std::uint64_t exchange = 0;       // the same for the four messages of one request
    net::SocketAddress client;        // the client's real address
    net::SocketAddress lb;            // the listening address
    std::size_t backend = kNoBackend; // LbToClient: the last backend tried, if any
    net::SocketAddress backendAddress;
    net::SocketAddress backendLocal; // the proxy's side of the backend connection
    std::string_view bytes;          // the HTTP message as it was (or will be) on the wire
    std::string_view method;
    std::string_view target;
    int status = 0;             // responses
    std::int64_t latencyNs = 0; // responses: since the request reached the proxy
    std::uint32_t attempt = 1;  // LbToBackend: 2 and more are retries; LbToClient: attempts
    std::string_view detail;    // LbToClient: why the proxy answered itself (502/503/504)
    bool setCookie = false;     // LbToClient: a sticky cookie was added
};

// What the load balancer tells the rest of the engine. Called on worker threads.
class LoadBalancerObserver {
public:
    virtual ~LoadBalancerObserver() = default;
    // Asked once per request when it arrives: should its messages be reported?
    [[nodiscard]] virtual bool sample() = 0;
    virtual void message(const LbMessage& message) = 0;
    // Every attempt's result, for passive health (ejection after repeated failures).
    virtual void attemptResult(std::size_t backend, bool ok) = 0;
};

// The HTTP reverse proxy: keeps clients' connections alive, picks a backend per request with
// the SwitchableBalancer, keeps a pool of keep-alive connections to each backend per worker,
// adds X-Forwarded-For, passes X-Served-By through, sets the sticky cookie, retries requests
// that may be repeated (RFC 9110 section 9.2.2) on another backend, and answers 502 (backend
// broke off), 503 (none up, or cannot connect) or 504 (no answer in time) with a short body
// saying what happened. The first worker accepts and hands each connection to the workers in
// turn; from then on a worker owns its connections outright (its own pools to the backends
// too): the only shared state is the balancer, the pool's atomics and the observer.
class LoadBalancer {
public:
    LoadBalancer(balance::SwitchableBalancer& balancer, LoadBalancerConfig config = {},
                 LoadBalancerObserver* observer = nullptr);
    ~LoadBalancer();
    LoadBalancer(const LoadBalancer&) = delete;
    LoadBalancer& operator=(const LoadBalancer&) = delete;

    std::optional<net::NetError> start();
    void stop();
    [[nodiscard]] bool running() const { return m_running.load(); }
    // Where clients connect (the chosen port once started).
    [[nodiscard]] net::SocketAddress address() const { return m_address; }

    // Where the pool's backend `index` listens. Thread-safe; set before adding it to the pool.
    void setBackendAddress(std::size_t index, net::SocketAddress address);
    [[nodiscard]] std::optional<net::SocketAddress> backendAddress(std::size_t index) const;

    // Client connections open now, over all workers.
    [[nodiscard]] std::uint64_t clientConnections() const { return m_clientConnections.load(); }

    // The 502/503/504 bodies, so the documentation and the tests quote one text.
    [[nodiscard]] static std::string explain(int status, std::string_view backend,
                                             std::string_view detail);

private:
    struct Worker;
    struct Exchange;
    struct ClientConnection;
    struct BackendConnection;

    std::optional<net::NetError> openListener();
    void onAccept(Worker& acceptor);
    void adopt(Worker& worker, StreamSocket socket);
    void onClient(Worker& worker, std::uint64_t id, net::IoEvent events);
    void startExchange(Worker& worker, ClientConnection& client, http::ServerRequest request);
    void dispatch(Worker& worker, std::unique_ptr<Exchange> exchange);
    void onBackend(Worker& worker, std::uint64_t id, net::IoEvent events);
    void completeAttempt(Worker& worker, BackendConnection& connection,
                         wire::HttpResponse response);
    void failAttempt(Worker& worker, std::uint64_t connectionId, balance::Outcome outcome,
                     std::string detail);
    void answer(Worker& worker, Exchange& exchange, wire::HttpResponse response,
                std::string_view detail);
    void answerError(Worker& worker, Exchange& exchange, int status, std::string detail);
    void flushClient(Worker& worker, ClientConnection& client);
    void flushBackend(Worker& worker, BackendConnection& connection);
    void closeClient(Worker& worker, std::uint64_t id);
    void closeBackend(Worker& worker, std::uint64_t id);
    void release(Worker& worker, BackendConnection& connection);
    void sweep(Worker& worker);

    balance::SwitchableBalancer& m_balancer;
    const LoadBalancerConfig m_config;
    LoadBalancerObserver* m_observer;
    net::SocketAddress m_address;
    StreamSocket m_listener;
    std::size_t m_nextWorker = 0; // the acceptor's thread only
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::array<std::atomic<std::uint64_t>, balance::kMaxBackends> m_backendAddresses{};
    std::atomic<bool> m_running{false};
    std::atomic<std::uint64_t> m_clientConnections{0};
};

} // namespace hopscope::engine
