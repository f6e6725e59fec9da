// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/address_map.h"
#include "dns/dns_cache.h"
#include "dns/iterative_resolver.h"
#include "dns/root_hints.h"
#include "dns/transport.h"
#include "engine/net/event_loop.h"
#include "engine/net/net_result.h"
#include "engine/net/socket_address.h"
#include "engine/net/socket_source.h"
#include "trace/clock.h"
#include "wire/dns_message.h"
#include "wire/dns_name.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hopscope::engine {

// The outcome of one resolution, with every step and when it happened.
struct Resolution {
    std::uint64_t id = 0;
    wire::DnsQuestion question;
    dns::ResolverResult result;
    std::vector<dns::ResolverStep> steps;
    std::vector<std::int64_t> stepTimesNs; // per step, since the resolution started
    std::int64_t startedNs = 0;            // on the service's clock
    std::int64_t durationNs = 0;
};

// A message on the resolver's front door (a client's query or our reply), for the trace.
struct ResolverClientMessage {
    dns::Transport transport = dns::Transport::Udp;
    net::SocketAddress peer;  // the client (real address)
    net::SocketAddress local; // the front door
    std::vector<std::uint8_t> bytes;
    bool reply = false;
    const Resolution* resolution = nullptr; // replies after a resolution
    std::string problem;                    // replies sent without resolving (FORMERR ...)
};

// Called on the resolver's thread, in the order things happen.
struct ResolverServiceHooks {
    // A step of any resolution, just after it happened (QuerySent just before the bytes go).
    std::function<void(const Resolution& resolution, const dns::ResolverStep& step)> onStep;
    std::function<void(const ResolverClientMessage& message)> onClientMessage;
};

struct ResolverServiceOptions {
    // The front door for clients (dig @127.0.0.10 -p PORT); port 0 lets the kernel pick.
    net::SocketAddress address{wire::Ipv4Address(127, 0, 0, 1), 0};
    bool serveClients = true;
    // Where upstream query sockets bind; each query binds port 0, so the kernel picks a fresh
    // random source port every time (RFC 5452 section 9.2).
    wire::Ipv4Address outgoingAddress{127, 0, 0, 1};
    dns::ResolverOptions resolver;
    dns::DnsCacheOptions cache;
    // Off by default and in every test: only 127.0.0.0/8 is ever contacted.
    bool liveInternet = false;
    std::size_t maxConcurrent = 1000; // client queries beyond this are dropped
    // Where its sockets are made (null: this computer); in the lab, the resolver's node.
    const net::SocketSource* sockets = nullptr;

    [[nodiscard]] bool reachesBeyondLoopback() const {
        return liveInternet || net::reachesBeyondLoopback(sockets);
    }
};

// The caching iterative resolver on real sockets: runs dns::IterativeResolver state machines
// on one EventLoop thread (many at once), sends their queries over UDP from a fresh port with a
// random ID, retries over TCP when a reply is truncated, times out on the clock, shares one
// DnsCache, and serves recursive queries (RD) from clients on its own UDP and TCP endpoint.
// The API never blocks: results come back through callbacks on the resolver thread (the GUI
// forwards them as queued signals).
class ResolverService {
public:
    using ResultCallback = std::function<void(const Resolution& resolution)>;

    // `addresses` maps display addresses (hints, glue) to real endpoints.
    ResolverService(dns::RootHints hints, std::shared_ptr<const dns::AddressMap> addresses,
                    ResolverServiceOptions options = {},
                    const trace::Clock& clock = trace::SteadyClock::instance());
    ~ResolverService();
    ResolverService(const ResolverService&) = delete;
    ResolverService& operator=(const ResolverService&) = delete;

    // Set before start().
    void setHooks(ResolverServiceHooks hooks) { m_hooks = std::move(hooks); }

    // Opens the front door (if serveClients) and starts the thread.
    [[nodiscard]] std::optional<net::NetError> start();
    // Abandons resolutions in flight (their callbacks are not called) and joins. Idempotent.
    void stop();
    [[nodiscard]] bool running() const { return m_running; }

    // The front door's real endpoint (valid after start() with serveClients).
    [[nodiscard]] net::SocketAddress address() const { return m_address; }

    // Thread-safe, never blocks. `done` runs on the resolver thread. Returns the resolution's
    // id (also in Resolution::id); 0 when the service is not running (done is not called).
    std::uint64_t resolve(const wire::DnsName& name, wire::DnsType type, ResultCallback done);

    // The shared cache (DnsCache locks internally, so any thread may read or flush it).
    [[nodiscard]] dns::DnsCache& cache() { return *m_cache; }
    [[nodiscard]] std::vector<dns::DnsCacheEntry> cacheSnapshot() const;
    void flushCache();

    [[nodiscard]] const trace::Clock& clock() const { return m_clock; }

private:
    struct Job;
    class FrontDoor;

    void startJob(std::unique_ptr<Job> job);
    void perform(Job& job, const dns::ResolverAction& action);
    void sendUdp(Job& job, const dns::ResolverQuery& query);
    void sendTcp(Job& job, const dns::ResolverQuery& query);
    void onUdpReadable(std::uint64_t jobId);
    void onTcpEvents(std::uint64_t jobId, net::IoEvent events);
    void onTimeout(std::uint64_t jobId, std::uint64_t serial);
    void closeTransport(Job& job);
    void publishSteps(Job& job);
    void finish(std::uint64_t jobId);
    std::uint16_t bindSourcePort(Job& job);
    [[nodiscard]] std::uint32_t secureRandom();

    dns::RootHints m_hints;
    std::shared_ptr<const dns::AddressMap> m_addresses;
    ResolverServiceOptions m_options;
    const trace::Clock& m_clock;
    std::unique_ptr<dns::DnsCache> m_cache;
    ResolverServiceHooks m_hooks;
    net::EventLoop m_loop;
    net::SocketAddress m_address;
    std::atomic<bool> m_running{false};
    std::atomic<std::uint64_t> m_nextJob{1};

    // Loop-thread state.
    std::unordered_map<std::uint64_t, std::unique_ptr<Job>> m_jobs;
    std::unique_ptr<FrontDoor> m_frontDoor;
    std::vector<std::uint8_t> m_randomPool;
    std::size_t m_randomOffset = 0;
};

} // namespace hopscope::engine
