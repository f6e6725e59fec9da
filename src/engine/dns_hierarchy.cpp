// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_hierarchy.h"

#include "wire/dns_message.h"

#include <spdlog/spdlog.h>

namespace hopscope::engine {

namespace {

constexpr std::uint16_t kDnsPort = 53;

// The root servers' IPv4 addresses as IANA publishes them
// (https://www.internic.net/domain/named.root).
constexpr const char* kInternetRootHints = R"(.  3600000 NS A.ROOT-SERVERS.NET.
A.ROOT-SERVERS.NET. 3600000 A 198.41.0.4
.  3600000 NS B.ROOT-SERVERS.NET.
B.ROOT-SERVERS.NET. 3600000 A 170.247.170.2
.  3600000 NS C.ROOT-SERVERS.NET.
C.ROOT-SERVERS.NET. 3600000 A 192.33.4.12
.  3600000 NS D.ROOT-SERVERS.NET.
D.ROOT-SERVERS.NET. 3600000 A 199.7.91.13
.  3600000 NS E.ROOT-SERVERS.NET.
E.ROOT-SERVERS.NET. 3600000 A 192.203.230.10
.  3600000 NS F.ROOT-SERVERS.NET.
F.ROOT-SERVERS.NET. 3600000 A 192.5.5.241
.  3600000 NS G.ROOT-SERVERS.NET.
G.ROOT-SERVERS.NET. 3600000 A 192.112.36.4
.  3600000 NS H.ROOT-SERVERS.NET.
H.ROOT-SERVERS.NET. 3600000 A 198.97.190.53
.  3600000 NS I.ROOT-SERVERS.NET.
I.ROOT-SERVERS.NET. 3600000 A 192.36.148.17
.  3600000 NS J.ROOT-SERVERS.NET.
J.ROOT-SERVERS.NET. 3600000 A 192.58.128.30
.  3600000 NS K.ROOT-SERVERS.NET.
K.ROOT-SERVERS.NET. 3600000 A 193.0.14.129
.  3600000 NS L.ROOT-SERVERS.NET.
L.ROOT-SERVERS.NET. 3600000 A 199.7.83.42
.  3600000 NS M.ROOT-SERVERS.NET.
M.ROOT-SERVERS.NET. 3600000 A 202.12.27.33
)";

// "the .com servers", "the foobar.com servers"
std::string zoneServers(const wire::DnsName& zone) {
    if (zone.isRoot()) {
        return "the root servers";
    }
    if (zone.labelCount() == 1) {
        return "the ." + DnsTraceRecorder::bareName(zone) + " servers";
    }
    return "the " + DnsTraceRecorder::bareName(zone) + " servers";
}

std::string rolePhrase(dns::ServerRole role, const std::string& name) {
    switch (role) {
    case dns::ServerRole::Root:
        return "the root server " + name;
    case dns::ServerRole::Tld:
        return "the top-level domain server " + name;
    case dns::ServerRole::Authoritative:
        return "the authoritative server " + name;
    case dns::ServerRole::Resolver:
        return "the resolver " + name;
    }
    return name;
}

struct QuestionText {
    std::string name = "?";
    std::string type = "?";
};

QuestionText questionOf(std::span<const std::uint8_t> message) {
    const auto decoded = wire::DnsMessage::decode(message);
    if (!decoded.ok() || decoded.message->questions.empty()) {
        return {};
    }
    const auto& q = decoded.message->questions.front();
    return {DnsTraceRecorder::bareName(q.name), wire::dnsTypeName(q.type)};
}

std::string answerNote(const std::string& who, const DnsExchange& e) {
    const QuestionText q = questionOf(e.query);
    const std::string summary = DnsTraceRecorder::summarize(e.response);
    switch (e.kind) {
    case dns::AuthorityAnswerKind::Answer:
        return who + " answers " + q.name + ' ' + q.type + " from its own zone: " + summary;
    case dns::AuthorityAnswerKind::CnameChain:
        return q.name + " is an alias: " + who + " gives the CNAME and what it leads to (" +
               summary + ")";
    case dns::AuthorityAnswerKind::Referral:
        return who + " does not know " + q.name + "; it refers us to " +
               (e.cut ? zoneServers(*e.cut) : std::string("the servers of a child zone"));
    case dns::AuthorityAnswerKind::NxDomain:
        return who + " says " + q.name + " does not exist (NXDOMAIN)";
    case dns::AuthorityAnswerKind::NoData:
        return who + " says " + q.name + " exists but has no " + q.type + " record";
    case dns::AuthorityAnswerKind::Refused:
        return who + " refuses: " + q.name + " is in none of its zones (REFUSED)";
    case dns::AuthorityAnswerKind::FormErr:
        return who + " could not understand the query (FORMERR)";
    case dns::AuthorityAnswerKind::NotImp:
        return who + " does not implement that kind of request (NOTIMP)";
    case dns::AuthorityAnswerKind::BadVers:
        return who + " does not speak that EDNS version (BADVERS)";
    case dns::AuthorityAnswerKind::Truncated:
        return "the reply does not fit in one UDP datagram, so " + who +
               " sends it cut short with TC set: ask again over TCP";
    case dns::AuthorityAnswerKind::Dropped:
        return who + " ignores the message";
    }
    return who + " replies";
}

} // namespace

DnsHierarchy::DnsHierarchy(const trace::Clock& clock)
    : m_clock(clock), m_addressMap(std::make_shared<dns::StaticAddressMap>()) {}

DnsHierarchy::~DnsHierarchy() {
    stop();
}

dns::RootHints DnsHierarchy::internetRootHints() {
    auto parsed = dns::RootHints::parse(kInternetRootHints, "internet root hints");
    return parsed.hints.value_or(dns::RootHints{});
}

std::vector<std::string> DnsHierarchy::start(const dns::Scenario& scenario,
                                             std::shared_ptr<trace::Trace> trace) {
    if (m_running) {
        return {"the DNS hierarchy is already running"};
    }
    std::vector<std::string> problems;
    const DnsLabPlacement* lab = m_options.lab ? &*m_options.lab : nullptr;
    if (lab != nullptr) {
        m_options.liveInternet = false;
    }
    m_recorder = std::make_unique<DnsTraceRecorder>(std::move(trace), m_clock);
    m_addressMap = std::make_shared<dns::StaticAddressMap>();
    m_nodes.clear();
    m_infos.clear();
    if (const auto& client = scenario.client()) {
        m_client = DnsNode{client->name, client->displayAddress};
    } else {
        m_client.reset();
    }
    // Fixed before any server thread starts: the observers read them.
    const dns::ScenarioServer* resolverServer = scenario.resolver();
    m_resolverLoopback = resolverServer != nullptr && !m_options.liveInternet
                             ? resolverServer->loopbackAddress
                             : wire::Ipv4Address{};
    if (lab != nullptr) {
        m_resolverLoopback = lab->resolverAddress; // where its queries come from in the lab
    }
    if (resolverServer != nullptr) {
        m_resolverNode = DnsNode{resolverServer->name, resolverServer->displayAddress};
    }

    // Authoritative servers first: the resolver's address map needs their endpoints.
    for (const dns::ScenarioServer& s : scenario.servers()) {
        if (s.role == dns::ServerRole::Resolver) {
            continue;
        }
        dns::AuthorityLoadResult loaded = dns::Scenario::loadAuthority(s);
        for (const auto& warning : loaded.warnings) {
            spdlog::warn("{}", warning.toString());
        }
        if (!loaded.ok()) {
            for (const auto& error : loaded.errors) {
                problems.push_back(error.toString());
            }
            continue;
        }
        auto node = std::make_unique<Node>(Node{DnsNode{s.name, s.displayAddress}, s.role});
        DnsServerOptions options;
        options.address = net::SocketAddress(s.loopbackAddress, s.port);
        options.udpThreads = m_options.udpThreads;
        if (lab != nullptr) {
            options.address = net::SocketAddress(s.displayAddress, kDnsPort);
            options.sockets = lab->socketsAt(s.displayAddress);
            if (options.sockets == nullptr) {
                problems.push_back(s.name + ": no node of the lab holds its address " +
                                   s.displayAddress.toString());
                continue;
            }
        }
        auto server = std::make_unique<DnsServer>(
            s.name, std::make_shared<const dns::Authority>(std::move(*loaded.authority)), options,
            m_clock);
        if (m_options.record) {
            const Node* observed = node.get();
            server->setObserver(
                [this, observed](const DnsExchange& e) { recordExchange(*observed, e); });
        }
        if (auto error = server->start()) {
            problems.push_back(s.name + ": " + error->message);
            continue;
        }
        m_addressMap->add(s.displayAddress,
                          dns::Endpoint{server->address().address(), server->address().port()});
        DnsServerInfo info{s.name, s.role, s.displayAddress, server->address(), {}};
        for (const auto& zone : s.zones) {
            info.zones.push_back(zone.origin.toText());
        }
        m_infos.push_back(std::move(info));
        m_nodes.push_back(std::move(node));
        m_servers.push_back(std::move(server));
    }

    if (const dns::ScenarioServer* r = resolverServer; r != nullptr && problems.empty()) {
        dns::RootHints hints;
        std::shared_ptr<const dns::AddressMap> addresses = m_addressMap;
        ResolverServiceOptions options;
        options.address = net::SocketAddress(r->loopbackAddress, r->port);
        options.outgoingAddress = r->loopbackAddress;
        options.resolver = m_options.resolver;
        if (lab != nullptr) {
            options.address = net::SocketAddress(lab->resolverAddress, kDnsPort);
            options.outgoingAddress = lab->resolverAddress;
            options.sockets = lab->socketsAt(lab->resolverAddress);
            m_resolverLoopback = lab->resolverAddress;
            if (options.sockets == nullptr) {
                problems.push_back(r->name + ": no node of the lab holds the resolver's address " +
                                   lab->resolverAddress.toString());
            }
        }
        if (m_options.liveInternet) {
            spdlog::warn("LIVE INTERNET MODE: the resolver sends queries to the real root "
                         "servers and beyond");
            hints = internetRootHints();
            addresses = std::make_shared<dns::IdentityAddressMap>();
            options.outgoingAddress = wire::Ipv4Address{}; // any local address
            options.liveInternet = true;
        } else {
            dns::RootHintsResult loaded = scenario.loadRootHints();
            for (const auto& error : loaded.errors) {
                problems.push_back(error.toString());
            }
            if (loaded.hints) {
                hints = std::move(*loaded.hints);
            }
        }
        if (problems.empty()) {
            m_resolver =
                std::make_unique<ResolverService>(std::move(hints), addresses, options, m_clock);
            if (m_options.record) {
                ResolverServiceHooks hooks;
                hooks.onStep = [this](const Resolution& resolution, const dns::ResolverStep& step) {
                    recordStep(resolution, step);
                };
                hooks.onClientMessage = [this](const ResolverClientMessage& message) {
                    recordClient(message);
                };
                m_resolver->setHooks(std::move(hooks));
            }
            if (auto error = m_resolver->start()) {
                problems.push_back(r->name + ": " + error->message);
                m_resolver.reset();
            } else {
                m_infos.push_back(
                    DnsServerInfo{r->name, r->role, r->displayAddress, m_resolver->address(), {}});
            }
        }
    }

    m_running = true;
    if (!problems.empty()) {
        stop();
    }
    return problems;
}

void DnsHierarchy::stop() {
    if (!m_running) {
        return;
    }
    if (m_resolver) {
        m_resolver->stop();
    }
    for (auto& server : m_servers) {
        server->stop();
    }
    m_resolver.reset();
    m_servers.clear();
    m_nodes.clear();
    m_running = false;
}

DnsServer* DnsHierarchy::server(std::string_view name) {
    for (auto& server : m_servers) {
        if (server->name() == name) {
            return server.get();
        }
    }
    return nullptr;
}

std::shared_ptr<trace::Trace> DnsHierarchy::trace() const {
    return m_recorder ? m_recorder->trace() : nullptr;
}

const DnsHierarchy::Node* DnsHierarchy::nodeByDisplay(const wire::Ipv4Address& display) const {
    for (const auto& node : m_nodes) {
        if (node->node.displayAddress == display) {
            return node.get();
        }
    }
    return nullptr;
}

const DnsHierarchy::Node* DnsHierarchy::nodeByEndpoint(const dns::Endpoint& endpoint) const {
    for (const auto& [display, real] : m_addressMap->table()) {
        if (real == endpoint) {
            return nodeByDisplay(display);
        }
    }
    return nullptr;
}

DnsNode DnsHierarchy::clientNode(const net::SocketAddress& peer) const {
    // Any outside program (dig, a browser) plays the scenario's client.
    if (m_client) {
        return *m_client;
    }
    return DnsNode{"client", peer.address()};
}

void DnsHierarchy::recordExchange(const Node& server, const DnsExchange& e) {
    if (!m_resolverLoopback.isUnspecified() && e.peer.address() == m_resolverLoopback) {
        return; // the resolver records its own queries, with its richer notes
    }
    const DnsNode client = clientNode(e.peer);
    const std::string who = rolePhrase(server.role, server.node.name);
    const QuestionText q = questionOf(e.query);
    m_recorder->record(client, e.peer.port(), server.node, kDnsPort, e.transport, e.query,
                       client.name + " asks " + who + " about " + q.name + ' ' + q.type);
    if (!e.response.empty()) {
        m_recorder->record(server.node, kDnsPort, client, e.peer.port(), e.transport, e.response,
                           answerNote(who, e));
    }
}

void DnsHierarchy::recordStep(const Resolution& resolution, const dns::ResolverStep& step) {
    if (step.bytes.empty()) {
        return;
    }
    if (step.kind == dns::ResolverStepKind::QuerySent) {
        if (!step.server) {
            return;
        }
        const Node* server = nodeByDisplay(*step.server);
        const DnsNode to = server ? server->node : DnsNode{step.server->toString(), *step.server};
        m_recorder->record(m_resolverNode, step.sourcePort, to, kDnsPort, step.transport,
                           step.bytes, step.note);
        return;
    }
    // A reply (or an ignored stray): who sent it?
    const Node* server = nullptr;
    if (step.server) {
        server = nodeByDisplay(*step.server);
    } else if (step.endpoint) {
        server = nodeByEndpoint(*step.endpoint);
    }
    DnsNode from;
    if (server) {
        from = server->node;
    } else if (step.server) {
        from = DnsNode{step.server->toString(), *step.server};
    } else {
        return; // a stray datagram from nowhere we know
    }
    // One reply may yield several steps; only the first carries it onto the wire. Strays
    // (Ignored) are messages of their own.
    const auto& steps = resolution.steps;
    std::uint16_t port = step.sourcePort;
    for (auto it = steps.rbegin() + 1; it < steps.rend(); ++it) {
        if (it->kind == dns::ResolverStepKind::QuerySent) {
            port = it->sourcePort;
            break;
        }
        if (step.kind != dns::ResolverStepKind::Ignored && !it->bytes.empty() &&
            it->kind != dns::ResolverStepKind::Ignored) {
            return;
        }
    }
    m_recorder->record(from, kDnsPort, m_resolverNode, port, step.transport, step.bytes, step.note);
}

void DnsHierarchy::recordClient(const ResolverClientMessage& m) {
    const DnsNode client = clientNode(m.peer);
    const std::string resolverName = m_resolverNode.name;
    if (!m.reply) {
        const QuestionText q = questionOf(m.bytes);
        m_recorder->record(client, m.peer.port(), m_resolverNode, kDnsPort, m.transport, m.bytes,
                           client.name + " asks the resolver to look up " + q.name + ' ' + q.type);
        return;
    }
    std::string note;
    if (m.resolution == nullptr) {
        note = "the resolver rejects the query without resolving it (" +
               DnsTraceRecorder::summarize(m.bytes) + ")";
    } else {
        const auto& result = m.resolution->result;
        const std::string name = DnsTraceRecorder::bareName(result.question.name);
        const std::string cached = result.fromCache ? " from its cache" : "";
        switch (result.outcome) {
        case dns::ResolverResult::Outcome::Answer:
            note = "the resolver answers" + cached + ": " + DnsTraceRecorder::summarize(m.bytes);
            break;
        case dns::ResolverResult::Outcome::NxDomain:
            note = "the resolver reports" + cached + " that " + name + " does not exist (NXDOMAIN)";
            break;
        case dns::ResolverResult::Outcome::NoData:
            note = "the resolver reports" + cached + " that " + name + " has no " +
                   wire::dnsTypeName(result.question.type) + " record";
            break;
        case dns::ResolverResult::Outcome::ServFail:
            note = "the resolver could not resolve " + name + " (SERVFAIL): " + result.failure;
            break;
        }
    }
    m_recorder->record(m_resolverNode, kDnsPort, client, m.peer.port(), m.transport, m.bytes, note);
}

} // namespace hopscope::engine
