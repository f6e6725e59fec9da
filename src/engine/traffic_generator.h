// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/latency_histogram.h"
#include "http/http_client_session.h"
#include "net/event_loop.h"
#include "net/socket_address.h"
#include "stream_socket.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hopscope::engine {

// Open loop: requests arrive at a rate whatever the server does (Poisson arrivals, as real
// users do), so queues build when it is slow. Closed loop: a fixed number of clients each send
// the next request when the last is answered (what wrk does).
enum class LoadMode : std::uint8_t { OpenLoop, ClosedLoop };

struct TrafficConfig {
    net::SocketAddress target;
    LoadMode mode = LoadMode::ClosedLoop;
    double ratePerSecond = 100.0;             // open loop: mean arrivals per second
    std::uint32_t concurrency = 4;            // closed loop: requests in flight
    std::int64_t durationNs = 10'000'000'000; // 0: until stop()
    // Clients connect from 127.0.0.2 up to 127.0.0.(1 + clientAddresses), so that hashing by
    // source address has several addresses to hash.
    std::uint32_t clientAddresses = 4;
    // Where the clients' sockets are made (null: this computer). Inside a lab node (the laptop)
    // every client connects from the node's own address; clientAddresses then only groups them.
    const net::SocketSource* sockets = nullptr;
    std::string method = "GET";
    std::string path = "/";
    // Open loop: requests in flight at most; arrivals beyond it are counted as dropped, which
    // keeps a dead server from costing unbounded sockets.
    std::size_t maxInFlight = 512;
    std::int64_t timeoutNs = 10'000'000'000; // a request without an answer counts as failed
    std::uint64_t seed = 1;
};

struct TrafficStats {
    bool running = false;
    std::int64_t elapsedNs = 0;
    std::uint64_t sent = 0;
    std::uint64_t completed = 0; // answered, whatever the status
    std::uint64_t failed = 0;    // no answer: connection refused or broken, or timed out
    std::uint64_t dropped = 0;   // open loop: not sent because maxInFlight were in flight
    std::map<int, std::uint64_t> byStatus;
    std::map<std::string, std::uint64_t> byServer; // X-Served-By of the answers
    std::map<std::string, std::uint64_t> byClient; // source address of the answered requests
    // Source address -> X-Served-By -> answers: which backend each client address reached.
    std::map<std::string, std::map<std::string, std::uint64_t>> serversByClient;
    std::int64_t p50Ns = 0;
    std::int64_t p99Ns = 0;
};

// Real HTTP/1.1 clients on one event loop thread with keep-alive connections, driven open or
// closed loop for a bounded time. Each connection is bound to its source address before
// connect().
// Threads: public members from any thread but the loop's.
class TrafficGenerator {
public:
    // `clock` times the arrivals, the run's duration and the latencies; it must outlive the
    // generator. With a test clock, call catchUp() after moving it.
    explicit TrafficGenerator(const trace::Clock& clock = trace::SteadyClock::instance());
    ~TrafficGenerator();
    TrafficGenerator(const TrafficGenerator&) = delete;
    TrafficGenerator& operator=(const TrafficGenerator&) = delete;

    // Starts a run (ending any previous one); an error text when the config is unusable.
    std::optional<std::string> start(TrafficConfig config);
    // Ends the run: nothing new is sent; requests in flight are abandoned.
    void stop();
    [[nodiscard]] bool running() const { return m_running.load(); }
    // Waits until the run has ended (duration over and answers in) or timeoutNs has passed.
    bool wait(std::int64_t timeoutNs) const;
    [[nodiscard]] TrafficStats stats() const;
    // Returns once the loop has run everything the clock made due (for a test clock).
    void catchUp() { m_loop.catchUp(); }

private:
    struct Client {
        std::uint64_t id = 0;
        std::uint32_t source = 0; // index into the source addresses
        StreamSocket socket;
        http::HttpClientSession session;
        bool connecting = true;
        bool writable = false;
        std::int64_t sentNs = 0;
        net::IoEvent interest = net::IoEvent::None;
    };

    void begin();
    void arrive();
    bool send(std::uint32_t source);
    Client* connect(std::uint32_t source);
    void onClient(std::uint64_t id, net::IoEvent events);
    void flush(Client& client);
    void answered(Client& client, const wire::HttpResponse& response);
    void fail(std::uint64_t id);
    void close(std::uint64_t id);
    void sweep();
    void maybeFinish();
    void finishRun();
    [[nodiscard]] bool sending() const;
    [[nodiscard]] double exponential();

    net::EventLoop m_loop;
    TrafficConfig m_config;
    std::atomic<bool> m_running{false};
    std::uint64_t m_run = 0; // timers of an older run do nothing

    // Loop-thread state.
    std::unordered_map<std::uint64_t, std::unique_ptr<Client>> m_clients;
    std::vector<std::vector<std::uint64_t>> m_idle; // per source
    std::uint64_t m_nextId = 1;
    std::uint64_t m_rng = 1;
    std::uint32_t m_nextSource = 0;
    std::int64_t m_startNs = 0;
    std::int64_t m_nextArrivalNs = 0;
    std::size_t m_inFlight = 0;
    std::vector<std::uint8_t> m_buffer;

    mutable std::mutex m_statsMutex;
    TrafficStats m_stats;
    std::unique_ptr<balance::LatencyHistogram> m_latency; // one per run (it cannot be reset)
    std::int64_t m_endNs = 0;
};

} // namespace hopscope::engine
