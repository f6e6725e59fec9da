// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/authority.h"
#include "dns/transport.h"
#include "engine/net/event_loop.h"
#include "engine/net/net_result.h"
#include "engine/net/socket_address.h"
#include "engine/net/socket_source.h"
#include "trace/clock.h"
#include "wire/dns_name.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hopscope::engine {

// One query an authoritative server answered (or dropped), handed to the observer.
struct DnsExchange {
    dns::Transport transport = dns::Transport::Udp;
    net::SocketAddress peer;  // who asked (real address)
    net::SocketAddress local; // the server's socket
    std::vector<std::uint8_t> query;
    std::vector<std::uint8_t> response; // as sent; empty when nothing was sent
    dns::AuthorityAnswerKind kind = dns::AuthorityAnswerKind::Dropped;
    dns::AuthorityAnswerKind untruncatedKind = dns::AuthorityAnswerKind::Dropped;
    std::optional<wire::DnsName> cut; // Referral: the child zone
    std::int64_t receivedNs = 0;      // on the server's clock
};

struct DnsServerOptions {
    net::SocketAddress address; // 127.x.y.z:port; port 0 lets the kernel pick one for UDP and TCP
    std::size_t udpThreads = 1; // more than one: SO_REUSEPORT sockets, each on its own loop
    std::size_t udpBatch = 64;  // datagrams per recvmmsg/sendmmsg
    bool answerCache = true;    // remember replies by query bytes (zones never change)
    std::size_t answerCacheEntries = 4096;
    // RFC 7766 section 6.2.3: servers close idle connections; BIND and NSD use seconds.
    std::int64_t tcpIdleTimeoutNs = 10'000'000'000;
    std::size_t maxTcpConnections = 256;
    std::size_t maxTcpOutputBytes = 1 << 20; // stop reading a connection that does not read
    bool liveInternet = false;               // reply to non-loopback peers (live mode only)
    // Where the sockets are made (null: this computer); a lab node's sockets serve lab peers.
    const net::SocketSource* sockets = nullptr;

    [[nodiscard]] bool reachesBeyondLoopback() const {
        return liveInternet || net::reachesBeyondLoopback(sockets);
    }
};

// An authoritative DNS server: an Authority (plain code) on a real UDP socket and TCP listener
// (RFC 1035 section 4.2, RFC 7766: two-byte length framing, many queries per connection, idle
// timeout), each on an EventLoop thread. UDP moves datagrams in recvmmsg/sendmmsg batches and
// remembers replies by query bytes, because answer() is a pure function of them (only the ID
// differs); that is what lets it keep up with NSD.
class DnsServer {
public:
    using Observer = std::function<void(const DnsExchange&)>;

    DnsServer(std::string name, std::shared_ptr<const dns::Authority> authority,
              DnsServerOptions options = {},
              const trace::Clock& clock = trace::SteadyClock::instance());
    ~DnsServer();
    DnsServer(const DnsServer&) = delete;
    DnsServer& operator=(const DnsServer&) = delete;

    // Called on a server thread for every query; set before start(). It must be thread-safe
    // when udpThreads > 1.
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Binds and starts the threads. An error names the address ("... port in use").
    [[nodiscard]] std::optional<net::NetError> start();
    // Closes every socket and joins the threads. Idempotent.
    void stop();
    [[nodiscard]] bool running() const { return m_running; }

    [[nodiscard]] const std::string& name() const { return m_name; }
    // The real endpoint (valid after start()).
    [[nodiscard]] net::SocketAddress address() const { return m_address; }

    struct Stats {
        std::uint64_t udpQueries = 0;
        std::uint64_t tcpQueries = 0;
        std::uint64_t responses = 0;
        std::uint64_t dropped = 0;
        std::uint64_t cacheHits = 0;
    };
    [[nodiscard]] Stats stats() const;

private:
    class UdpWorker;
    class TcpFrontend;

    std::string m_name;
    std::shared_ptr<const dns::Authority> m_authority;
    DnsServerOptions m_options;
    const trace::Clock& m_clock;
    Observer m_observer;
    net::SocketAddress m_address;
    bool m_running = false;

    std::vector<std::unique_ptr<UdpWorker>> m_udpWorkers;
    std::unique_ptr<TcpFrontend> m_tcp;

    struct Counters {
        std::atomic<std::uint64_t> udpQueries{0};
        std::atomic<std::uint64_t> tcpQueries{0};
        std::atomic<std::uint64_t> responses{0};
        std::atomic<std::uint64_t> dropped{0};
        std::atomic<std::uint64_t> cacheHits{0};
    };
    std::shared_ptr<Counters> m_counters;
};

} // namespace hopscope::engine
