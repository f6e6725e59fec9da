// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_server.h"

#include "dns_tcp_front_door.h"
#include "engine/net/send_guard.h"
#include "engine/net/tcp_listener.h"
#include "engine/net/udp_batch.h"
#include "engine/net/udp_socket.h"

#include <spdlog/spdlog.h>
#include <string_view>
#include <unordered_map>

namespace hopscope::engine {

namespace {

// Heterogeneous lookup, so the hot path looks a query up without building a std::string.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
        return std::hash<std::string_view>{}(text);
    }
};

struct CachedAnswer {
    std::vector<std::uint8_t> bytes;
    dns::AuthorityAnswerKind kind = dns::AuthorityAnswerKind::Dropped;
    dns::AuthorityAnswerKind untruncatedKind = dns::AuthorityAnswerKind::Dropped;
    std::optional<wire::DnsName> cut;
};

// Replies are cached only for queries a stub would send; everything else is answered afresh.
constexpr std::size_t kDnsHeaderSize = 12;
constexpr std::size_t kMaxCachedQuery = 512;
constexpr int kUdpBufferBytes = 4 * 1024 * 1024;

} // namespace

// One UDP socket and its loop: the fast path.
class DnsServer::UdpWorker {
public:
    UdpWorker(std::string loopName, net::UdpSocket socket, const DnsServer& server)
        : m_loop(std::move(loopName), server.m_clock), m_socket(std::move(socket)),
          m_server(server), m_counters(server.m_counters), m_in(server.m_options.udpBatch, 4096),
          m_out(server.m_options.udpBatch, 4096) {
        m_socket.setLiveInternet(server.m_options.liveInternet);
        m_socket.setBufferSizes(kUdpBufferBytes, kUdpBufferBytes);
    }

    void start() {
        m_loop.watch(m_socket.fd(), net::IoEvent::Readable, [this](net::IoEvent) { onReadable(); });
        m_loop.start();
    }
    void stop() {
        m_loop.runSync([this] { m_loop.unwatch(m_socket.fd()); });
        m_loop.stop();
    }

private:
    void onReadable() {
        // Bounded, so one busy socket cannot starve posted work and timers.
        for (int round = 0; round < 16; ++round) {
            const net::IoResult received = m_socket.receiveBatch(m_in);
            if (!received.ok() || m_in.size() == 0) {
                if (received.status == net::IoStatus::Error) {
                    spdlog::warn("[{}] UDP receive failed: {}", m_server.m_name,
                                 received.error.message());
                }
                return;
            }
            answerBatch();
            if (m_in.size() < m_in.capacity()) {
                return; // drained: one more recvmmsg would only say EAGAIN
            }
        }
    }

    void answerBatch() {
        m_out.clear();
        std::uint64_t hits = 0;
        std::uint64_t dropped = 0;
        const std::size_t count = m_in.size();
        // Counted before any reply leaves, so whoever holds a reply sees its query counted.
        m_counters->udpQueries.fetch_add(count, std::memory_order_relaxed);
        for (std::size_t i = 0; i < count; ++i) {
            const auto query = m_in.payload(i);
            const net::SocketAddress peer = m_in.peer(i);
            if (m_in.truncated(i) ||
                !net::SendGuard::allows(peer, m_server.m_options.reachesBeyondLoopback())) {
                ++dropped;
                continue;
            }
            const std::int64_t receivedNs = m_server.m_observer ? m_loop.nowNs() : 0;
            const CachedAnswer* answer = lookup(query, hits);
            if (answer->bytes.empty()) {
                ++dropped;
            } else if (m_out.push(answer->bytes, peer)) {
                const auto slot = m_out.mutablePayload(m_out.size() - 1);
                slot[0] = query[0];
                slot[1] = query[1];
            } else {
                std::vector<std::uint8_t> reply = answer->bytes;
                reply[0] = query[0];
                reply[1] = query[1];
                m_socket.sendTo(reply, peer);
            }
            if (m_server.m_observer) {
                DnsExchange exchange;
                exchange.transport = dns::Transport::Udp;
                exchange.peer = peer;
                exchange.local = m_socket.localAddress();
                exchange.query.assign(query.begin(), query.end());
                if (!answer->bytes.empty()) {
                    exchange.response = answer->bytes;
                    exchange.response[0] = query[0];
                    exchange.response[1] = query[1];
                }
                exchange.kind = answer->kind;
                exchange.untruncatedKind = answer->untruncatedKind;
                exchange.cut = answer->cut;
                exchange.receivedNs = receivedNs;
                m_server.m_observer(exchange);
            }
        }
        m_counters->responses.fetch_add(count - dropped, std::memory_order_relaxed);
        m_counters->dropped.fetch_add(dropped, std::memory_order_relaxed);
        m_counters->cacheHits.fetch_add(hits, std::memory_order_relaxed);
        if (m_out.size() > 0) {
            const net::IoResult sent = m_socket.sendBatch(m_out);
            if (!sent.ok()) {
                spdlog::warn("[{}] UDP send failed: {}", m_server.m_name, sent.error.message());
            }
        }
    }

    // The reply for `query` (ID bytes aside), from the cache or freshly computed.
    const CachedAnswer* lookup(std::span<const std::uint8_t> query, std::uint64_t& hits) {
        const bool cacheable = m_server.m_options.answerCache && query.size() >= kDnsHeaderSize &&
                               query.size() <= kMaxCachedQuery;
        std::string_view key;
        if (cacheable) {
            key =
                std::string_view(reinterpret_cast<const char*>(query.data()) + 2, query.size() - 2);
            const auto it = m_cache.find(key);
            if (it != m_cache.end()) {
                ++hits;
                return &it->second;
            }
        }
        dns::AuthorityAnswer answer = m_server.m_authority->answer(query, dns::Transport::Udp);
        CachedAnswer fresh{std::move(answer.bytes), answer.kind, answer.untruncatedKind,
                           std::move(answer.cut)};
        if (!cacheable) {
            m_uncached = std::move(fresh);
            return &m_uncached;
        }
        if (m_cache.size() >= m_server.m_options.answerCacheEntries) {
            m_cache.clear(); // crude but bounded: a scan of random names cannot grow it
        }
        return &m_cache.emplace(std::string(key), std::move(fresh)).first->second;
    }

    net::EventLoop m_loop;
    net::UdpSocket m_socket;
    const DnsServer& m_server;
    std::shared_ptr<Counters> m_counters;
    net::UdpBatch m_in;
    net::UdpBatch m_out;
    std::unordered_map<std::string, CachedAnswer, StringHash, std::equal_to<>> m_cache;
    CachedAnswer m_uncached;
};

// The TCP side (RFC 7766) on its own loop, so a slow TCP client never holds up UDP.
class DnsServer::TcpFrontend {
public:
    TcpFrontend(std::string loopName, net::TcpListener listener, const DnsServer& server)
        : m_loop(std::move(loopName), server.m_clock), m_server(server),
          m_door(
              m_loop, std::move(listener), [this](DnsTcpFrontDoor::Query q) { answer(q); },
              doorOptions(server.m_options)) {}

    void start() {
        m_door.start();
        m_loop.start();
    }
    void stop() {
        m_loop.runSync([this] { m_door.close(); });
        m_loop.stop();
    }

private:
    static DnsTcpFrontDoorOptions doorOptions(const DnsServerOptions& options) {
        DnsTcpFrontDoorOptions door;
        door.idleTimeoutNs = options.tcpIdleTimeoutNs;
        door.maxConnections = options.maxTcpConnections;
        door.maxOutputBytes = options.maxTcpOutputBytes;
        door.liveInternet = options.reachesBeyondLoopback();
        return door;
    }

    void answer(const DnsTcpFrontDoor::Query& query) {
        Counters& counters = *m_server.m_counters;
        counters.tcpQueries.fetch_add(1, std::memory_order_relaxed);
        const std::int64_t receivedNs = m_loop.nowNs();
        dns::AuthorityAnswer answer =
            m_server.m_authority->answer(query.bytes, dns::Transport::Tcp);
        if (answer.bytes.empty()) {
            counters.dropped.fetch_add(1, std::memory_order_relaxed);
        } else {
            counters.responses.fetch_add(1, std::memory_order_relaxed);
        }
        if (m_server.m_observer) {
            DnsExchange exchange;
            exchange.transport = dns::Transport::Tcp;
            exchange.peer = query.peer;
            exchange.local = query.local;
            exchange.query = query.bytes;
            exchange.response = answer.bytes;
            exchange.kind = answer.kind;
            exchange.untruncatedKind = answer.untruncatedKind;
            exchange.cut = answer.cut;
            exchange.receivedNs = receivedNs;
            m_server.m_observer(exchange);
        }
        if (!answer.bytes.empty()) {
            m_door.reply(query.connection, answer.bytes);
        }
    }

    net::EventLoop m_loop;
    const DnsServer& m_server;
    DnsTcpFrontDoor m_door;
};

DnsServer::DnsServer(std::string name, std::shared_ptr<const dns::Authority> authority,
                     DnsServerOptions options, const trace::Clock& clock)
    : m_name(std::move(name)), m_authority(std::move(authority)), m_options(options),
      m_clock(clock), m_counters(std::make_shared<Counters>()) {
    if (m_options.udpThreads == 0) {
        m_options.udpThreads = 1;
    }
}

DnsServer::~DnsServer() {
    stop();
}

std::optional<net::NetError> DnsServer::start() {
    if (m_running) {
        return std::nullopt;
    }
    if (!m_authority) {
        return net::NetError{std::make_error_code(std::errc::invalid_argument),
                             m_name + ": no authority to serve"};
    }
    const bool reusePort = m_options.udpThreads > 1;
    // With port 0 the kernel picks a UDP port; TCP must get the same number, which another
    // program may hold, so a few fresh ports are tried.
    const int attempts = m_options.address.port() == 0 ? 8 : 1;
    std::optional<net::NetError> lastError;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        std::vector<net::UdpSocket> udp;
        auto first = net::UdpSocket::bind(m_options.address, reusePort, m_options.sockets);
        if (!first) {
            return first.error();
        }
        const net::SocketAddress bound = first.value().localAddress();
        udp.push_back(first.take());
        for (std::size_t i = 1; i < m_options.udpThreads; ++i) {
            auto more = net::UdpSocket::bind(bound, true, m_options.sockets);
            if (!more) {
                return more.error();
            }
            udp.push_back(more.take());
        }
        auto listener = net::TcpListener::listen(bound, 128, m_options.sockets);
        if (!listener) {
            lastError = listener.error();
            continue;
        }
        m_address = bound;
        for (std::size_t i = 0; i < udp.size(); ++i) {
            m_udpWorkers.push_back(std::make_unique<UdpWorker>(m_name + "/udp" + std::to_string(i),
                                                               std::move(udp[i]), *this));
        }
        m_tcp = std::make_unique<TcpFrontend>(m_name + "/tcp", listener.take(), *this);
        for (auto& worker : m_udpWorkers) {
            worker->start();
        }
        m_tcp->start();
        m_running = true;
        spdlog::info("[{}] serving DNS on {} (UDP and TCP)", m_name, m_address.toString());
        return std::nullopt;
    }
    return lastError;
}

void DnsServer::stop() {
    if (!m_running) {
        return;
    }
    for (auto& worker : m_udpWorkers) {
        worker->stop();
    }
    m_tcp->stop();
    m_udpWorkers.clear();
    m_tcp.reset();
    m_running = false;
}

DnsServer::Stats DnsServer::stats() const {
    Stats s;
    s.udpQueries = m_counters->udpQueries.load(std::memory_order_relaxed);
    s.tcpQueries = m_counters->tcpQueries.load(std::memory_order_relaxed);
    s.responses = m_counters->responses.load(std::memory_order_relaxed);
    s.dropped = m_counters->dropped.load(std::memory_order_relaxed);
    s.cacheHits = m_counters->cacheHits.load(std::memory_order_relaxed);
    return s;
}

} // namespace hopscope::engine
