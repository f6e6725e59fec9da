// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/address_map.h"
#include "dns/iterative_resolver.h"
#include "dns/scenario.h"
#include "dns_resolver_service.h"
#include "dns_server.h"
#include "dns_trace_recorder.h"
#include "engine/net/socket_address.h"
#include "trace/clock.h"
#include "trace/trace.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::engine {

// One row of the server table `hopscope-cli serve` prints and the GUI shows.
struct DnsServerInfo {
    std::string name; // "a.root-servers.net"
    dns::ServerRole role = dns::ServerRole::Authoritative;
    wire::Ipv4Address displayAddress; // 198.41.0.4
    net::SocketAddress endpoint;      // 127.0.1.1:40123, where dig can reach it
    std::vector<std::string> zones;   // "com.", ...; empty for the resolver
};

// Where the servers run in the lab: each inside the node that holds its display address, on
// port 53, and the resolver on the lab's resolver node. The lab's capture then holds every
// frame; what the engine records (when `record` is on) is only its account of who said what.
struct DnsLabPlacement {
    // The sockets of the node holding `address`, or null when no node holds it.
    std::function<const net::SocketSource*(wire::Ipv4Address address)> socketsAt;
    wire::Ipv4Address resolverAddress; // the lab resolver's own address
};

struct DnsHierarchyOptions {
    // Clearly labelled in every UI, off by default and in every test: the resolver starts from
    // the real root servers on the internet instead of the scenario's.
    bool liveInternet = false;
    bool record = true;         // every query and reply becomes a trace event
    std::size_t udpThreads = 1; // per authoritative server
    dns::ResolverOptions resolver;
    std::optional<DnsLabPlacement> lab; // empty: every server on its loopback endpoint
};

// The mini-internet's DNS: starts every server of a dns::Scenario on its loopback endpoint and
// the caching resolver, maps display addresses to the real endpoints, and records every query
// and reply (at every server and at the resolver) as a trace event. The lead's `serve` command
// and the GUI's DNS lesson talk to this class.
class DnsHierarchy {
public:
    explicit DnsHierarchy(const trace::Clock& clock = trace::SteadyClock::instance());
    ~DnsHierarchy();
    DnsHierarchy(const DnsHierarchy&) = delete;
    DnsHierarchy& operator=(const DnsHierarchy&) = delete;

    // Before start().
    void setOptions(const DnsHierarchyOptions& options) { m_options = options; }
    [[nodiscard]] const DnsHierarchyOptions& options() const { return m_options; }
    void setLiveInternet(bool on) { m_options.liveInternet = on; }
    [[nodiscard]] bool liveInternet() const { return m_options.liveInternet; }

    // Loads every zone and the hints, binds every socket and starts the threads. Events go to
    // `trace` (a new one when null). Returns every problem (zone file errors with file:line,
    // "cannot bind UDP 127.0.1.1:53: port in use"); on any problem nothing keeps running.
    [[nodiscard]] std::vector<std::string> start(const dns::Scenario& scenario,
                                                 std::shared_ptr<trace::Trace> trace = nullptr);
    // Stops the resolver and every server and joins their threads. Idempotent.
    void stop();
    [[nodiscard]] bool running() const { return m_running; }

    // The servers, then the resolver, in scenario order.
    [[nodiscard]] const std::vector<DnsServerInfo>& servers() const { return m_infos; }
    [[nodiscard]] DnsServer* server(std::string_view name);
    // nullptr when the scenario has no resolver or the hierarchy is not running.
    [[nodiscard]] ResolverService* resolver() { return m_resolver.get(); }
    [[nodiscard]] std::shared_ptr<trace::Trace> trace() const;
    // Display address -> real endpoint of every authoritative server.
    [[nodiscard]] const dns::StaticAddressMap& addressMap() const { return *m_addressMap; }

    // The real root servers (IANA named.root, IPv4), for live-internet mode.
    [[nodiscard]] static dns::RootHints internetRootHints();

private:
    struct Node {
        DnsNode node;
        dns::ServerRole role = dns::ServerRole::Authoritative;
    };

    void recordExchange(const Node& server, const DnsExchange& exchange);
    void recordStep(const Resolution& resolution, const dns::ResolverStep& step);
    void recordClient(const ResolverClientMessage& message);
    [[nodiscard]] DnsNode clientNode(const net::SocketAddress& peer) const;
    [[nodiscard]] const Node* nodeByDisplay(const wire::Ipv4Address& display) const;
    [[nodiscard]] const Node* nodeByEndpoint(const dns::Endpoint& endpoint) const;

    const trace::Clock& m_clock;
    DnsHierarchyOptions m_options;
    bool m_running = false;
    std::unique_ptr<DnsTraceRecorder> m_recorder;
    std::shared_ptr<dns::StaticAddressMap> m_addressMap;
    std::vector<std::unique_ptr<Node>> m_nodes; // authoritative servers
    std::vector<std::unique_ptr<DnsServer>> m_servers;
    std::unique_ptr<ResolverService> m_resolver;
    DnsNode m_resolverNode;
    wire::Ipv4Address m_resolverLoopback;
    std::optional<DnsNode> m_client;
    std::vector<DnsServerInfo> m_infos;
};

} // namespace hopscope::engine
