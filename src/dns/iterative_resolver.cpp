// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "iterative_resolver.h"

#include "query_check.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <random>

namespace hopscope::dns {

using wire::DnsMessage;
using wire::DnsName;
using wire::DnsRcode;
using wire::DnsRecord;
using wire::DnsType;

namespace {

// "www.foobar.com" for notes: lower case (named.root spells A.ROOT-SERVERS.NET), and no
// trailing dot, which means nothing to a student.
std::string plain(const DnsName& name) {
    if (name.isRoot()) {
        return ".";
    }
    std::string text = name.canonical();
    text.pop_back();
    return text;
}

// "the root", ".com", "foobar.com": what a zone is called in a sentence.
std::string zoneWord(const DnsName& zone) {
    if (zone.isRoot()) {
        return "root";
    }
    if (zone.labelCount() == 1) {
        return "." + plain(zone);
    }
    return plain(zone);
}

std::string serverPhrase(const DnsName& zone) {
    return "the " + zoneWord(zone) + " server";
}

std::string typeWord(DnsType type) {
    return wire::dnsTypeName(type);
}

std::string hex16(std::uint16_t v) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "0x";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out.push_back(kDigits[(v >> shift) & 0xF]);
    }
    return out;
}

// "198.51.100.10, 198.51.100.11 and 1 more"
std::string rdataList(const std::vector<DnsRecord>& records) {
    std::string out;
    const std::size_t shown = std::min<std::size_t>(records.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += records[i].rdataToPresentation();
    }
    if (records.size() > shown) {
        out += " and " + std::to_string(records.size() - shown) + " more";
    }
    return out;
}

DnsName suffix(const DnsName& name, std::size_t count) {
    const auto& labels = name.labels();
    std::vector<std::string> tail(labels.end() - static_cast<std::ptrdiff_t>(count), labels.end());
    return DnsName::fromLabels(std::move(tail)).value_or(DnsName{});
}

const DnsName* cnameTarget(const DnsRecord& rr) {
    if (const auto* c = std::get_if<wire::DnsCnameRdata>(&rr.rdata)) {
        return &c->target;
    }
    return nullptr;
}

} // namespace

const char* resolverStepKindName(ResolverStepKind kind) {
    switch (kind) {
    case ResolverStepKind::CacheHit:
        return "CacheHit";
    case ResolverStepKind::QuerySent:
        return "QuerySent";
    case ResolverStepKind::Referral:
        return "Referral";
    case ResolverStepKind::Answer:
        return "Answer";
    case ResolverStepKind::CnameRestart:
        return "CnameRestart";
    case ResolverStepKind::NxDomain:
        return "NxDomain";
    case ResolverStepKind::NoData:
        return "NoData";
    case ResolverStepKind::Truncated:
        return "Truncated";
    case ResolverStepKind::ServerFailure:
        return "ServerFailure";
    case ResolverStepKind::Lame:
        return "Lame";
    case ResolverStepKind::Timeout:
        return "Timeout";
    case ResolverStepKind::Unreachable:
        return "Unreachable";
    case ResolverStepKind::Ignored:
        return "Ignored";
    case ResolverStepKind::GluelessLookup:
        return "GluelessLookup";
    case ResolverStepKind::GluelessResolved:
        return "GluelessResolved";
    case ResolverStepKind::LoopDetected:
        return "LoopDetected";
    case ResolverStepKind::LimitReached:
        return "LimitReached";
    case ResolverStepKind::Failed:
        return "Failed";
    }
    return "?";
}

IterativeResolver::IterativeResolver(RootHints hints, DnsCache& cache, const AddressMap& addresses,
                                     ResolverOptions options, RandomFunction random,
                                     SourcePortFunction sourcePort)
    : m_hints(std::move(hints)), m_cache(cache), m_addresses(addresses), m_options(options),
      m_random(std::move(random)), m_sourcePort(std::move(sourcePort)) {
    if (!m_random) {
        auto engine = std::make_shared<std::mt19937>(std::random_device{}());
        m_random = [engine] { return static_cast<std::uint32_t>((*engine)()); };
    }
    if (!m_sourcePort) {
        // RFC 6056 section 2.1: the dynamic range 49152-65535.
        m_sourcePort = [this] { return static_cast<std::uint16_t>(49152 + m_random() % 16384); };
    }
}

IterativeResolver::~IterativeResolver() = default;

ResolverAction IterativeResolver::start(const DnsName& name, DnsType type) {
    m_tasks.clear();
    m_pending.reset();
    m_pendingTask.reset();
    m_asked.clear();
    m_serial = 0;
    m_queriesSent = 0;
    m_steps.clear();
    m_result = {};
    m_result.question = {name, type, wire::DnsClass::IN};
    m_done = false;

    Task task;
    task.qname = name;
    task.qtype = type;
    task.aliasesSeen.insert(name.canonical());
    m_tasks.push_back(std::move(task));
    return advance();
}

ResolverStep& IterativeResolver::addStep(ResolverStepKind kind, const Task& task,
                                         std::string note) {
    ResolverStep step;
    step.kind = kind;
    step.depth = task.depth;
    step.question = {task.qname, task.qtype, wire::DnsClass::IN};
    step.zone = task.zone;
    step.note = std::move(note);
    m_steps.push_back(std::move(step));
    return m_steps.back();
}

ResolverAction IterativeResolver::waitAction() const {
    ResolverAction action;
    if (m_done || !m_pending) {
        action.kind = ResolverAction::Kind::Done;
        return action;
    }
    action.kind = ResolverAction::Kind::Wait;
    action.query = *m_pending;
    return action;
}

ResolverAction IterativeResolver::advance() {
    while (!m_done) {
        const std::size_t ti = m_tasks.size() - 1;
        if (m_tasks[ti].phase == Phase::Start) {
            startFromCache(m_tasks[ti]);
            continue;
        }
        Task& task = m_tasks[ti];
        if (m_queriesSent >= m_options.maxQueries) {
            fail(ResolverStepKind::LimitReached,
                 "we have sent " + std::to_string(m_queriesSent) +
                     " queries for this lookup, the most we allow; we give up");
            continue;
        }
        // The next untried address of the servers we know addresses for.
        bool moved = false;
        for (const auto& server : task.servers) {
            for (const auto& address : server.addresses) {
                if (task.tried.contains(address)) {
                    continue;
                }
                task.tried.insert(address);
                const auto endpoint = m_addresses.endpointFor(address);
                if (!endpoint) {
                    auto& step = addStep(ResolverStepKind::Unreachable, task,
                                         plain(server.name) + " (" + address.toString() +
                                             ") is not part of this network; we skip it");
                    step.server = address;
                    step.serverName = server.name;
                    continue;
                }
                const std::tuple key{*endpoint, task.qname.canonical(),
                                     static_cast<std::uint16_t>(task.qtype),
                                     static_cast<int>(Transport::Udp)};
                if (m_asked.contains(key)) {
                    auto& step = addStep(ResolverStepKind::LoopDetected, task,
                                         "we already asked " + plain(server.name) + " (" +
                                             address.toString() + ") about " + plain(task.qname) +
                                             ' ' + typeWord(task.qtype) +
                                             "; asking again would go round in circles");
                    step.server = address;
                    step.serverName = server.name;
                    continue;
                }
                return sendTo(task, server, address, Transport::Udp);
            }
        }
        // No address left: resolve the name of a server the referral gave no address for.
        for (std::size_t i = 0; !moved && i < task.servers.size(); ++i) {
            Server& server = task.servers[i];
            if (!server.addresses.empty() || server.gluelessTried) {
                continue;
            }
            server.gluelessTried = true;
            if (task.depth + 1 > m_options.maxGluelessDepth) {
                auto& step = addStep(ResolverStepKind::LimitReached, task,
                                     "finding " + plain(server.name) +
                                         " would nest one lookup inside another too deeply; "
                                         "we skip it");
                step.target = server.name;
                continue;
            }
            const bool looping = std::any_of(m_tasks.begin(), m_tasks.end(), [&](const Task& t) {
                return t.qname.equalsIgnoringCase(server.name);
            });
            if (looping) {
                auto& step = addStep(ResolverStepKind::LoopDetected, task,
                                     "to find " + plain(server.name) + " we would first need " +
                                         plain(server.name) + " itself; we skip it");
                step.target = server.name;
                continue;
            }
            auto& step =
                addStep(ResolverStepKind::GluelessLookup, task,
                        "we have no address for " + plain(server.name) + ", a server for " +
                            zoneWord(task.zone) + "; we look it up first");
            step.target = server.name;
            task.gluelessIndex = i;
            Task nested;
            nested.qname = server.name;
            nested.qtype = DnsType::A;
            nested.depth = task.depth + 1;
            nested.aliasesSeen.insert(server.name.canonical());
            m_tasks.push_back(std::move(nested)); // invalidates `task`
            moved = true;
        }
        if (moved) {
            continue;
        }
        fail(ResolverStepKind::Failed, "no server for " + zoneWord(task.zone) +
                                           " is left to ask about " + plain(task.qname) +
                                           "; the lookup fails (SERVFAIL)");
    }
    return waitAction();
}

void IterativeResolver::startFromCache(Task& task) {
    if (m_options.useCache) {
        const auto hit = m_cache.lookup(task.qname, task.qtype);
        const std::string what = plain(task.qname) + ' ' + typeWord(task.qtype);
        const std::string left = " (" + std::to_string(hit.remainingTtl) + " s left)";
        switch (hit.kind) {
        case DnsCacheLookup::Kind::Positive: {
            auto& step =
                addStep(ResolverStepKind::CacheHit, task,
                        "the cache already holds " + what + ": " + rdataList(hit.records) + left);
            step.records = hit.records;
            auto answers = task.chain;
            answers.insert(answers.end(), hit.records.begin(), hit.records.end());
            finishTask(ResolverResult::Outcome::Answer, DnsRcode::NoError, std::move(answers), {});
            return;
        }
        case DnsCacheLookup::Kind::Cname: {
            const DnsRecord& alias = hit.records.front();
            auto& step = addStep(ResolverStepKind::CacheHit, task,
                                 "the cache already knows " + plain(task.qname) +
                                     " is an alias for " + plain(*cnameTarget(alias)) + left);
            step.records = hit.records;
            followAlias(task, alias, true);
            return;
        }
        case DnsCacheLookup::Kind::NxDomain: {
            auto& step =
                addStep(ResolverStepKind::CacheHit, task,
                        "the cache remembers that " + plain(task.qname) + " does not exist" + left);
            std::vector<DnsRecord> authority;
            if (hit.soa) {
                authority.push_back(*hit.soa);
                step.records = authority;
            }
            finishTask(ResolverResult::Outcome::NxDomain, DnsRcode::NXDomain, task.chain,
                       std::move(authority));
            return;
        }
        case DnsCacheLookup::Kind::NoData: {
            auto& step = addStep(ResolverStepKind::CacheHit, task,
                                 "the cache remembers that " + plain(task.qname) + " has no " +
                                     typeWord(task.qtype) + " record" + left);
            std::vector<DnsRecord> authority;
            if (hit.soa) {
                authority.push_back(*hit.soa);
                step.records = authority;
            }
            finishTask(ResolverResult::Outcome::NoData, DnsRcode::NoError, task.chain,
                       std::move(authority));
            return;
        }
        case DnsCacheLookup::Kind::Miss:
            break;
        }
    }
    chooseServers(task);
    task.phase = Phase::Querying;
}

void IterativeResolver::chooseServers(Task& task) {
    task.servers.clear();
    task.tried.clear();
    task.referrals = 0;
    task.gluelessIndex.reset();
    if (m_options.useCache) {
        // The closest zone cut whose servers the cache knows (RFC 1034 section 5.3.3 step 2).
        for (std::size_t n = task.qname.labelCount(); n >= 1; --n) {
            const DnsName zone = suffix(task.qname, n);
            const auto ns = m_cache.lookup(zone, DnsType::NS);
            if (ns.kind != DnsCacheLookup::Kind::Positive) {
                continue;
            }
            std::vector<Server> servers;
            bool anyAddress = false;
            for (const auto& rr : ns.records) {
                const auto* host = std::get_if<wire::DnsNsRdata>(&rr.rdata);
                if (!host) {
                    continue;
                }
                Server server{host->host, {}, false};
                const auto a = m_cache.lookup(host->host, DnsType::A);
                if (a.kind == DnsCacheLookup::Kind::Positive) {
                    for (const auto& addr : a.records) {
                        if (const auto* v4 = std::get_if<wire::DnsARdata>(&addr.rdata)) {
                            server.addresses.push_back(v4->address);
                        }
                    }
                }
                anyAddress = anyAddress || !server.addresses.empty();
                servers.push_back(std::move(server));
            }
            if (!anyAddress) {
                continue;
            }
            task.zone = zone;
            task.servers = std::move(servers);
            auto& step = addStep(ResolverStepKind::CacheHit, task,
                                 "the cache already knows the " + zoneWord(zone) + " servers (" +
                                     std::to_string(ns.remainingTtl) +
                                     " s left), so we start there instead of at the root");
            step.records = ns.records;
            return;
        }
    }
    task.zone = DnsName{};
    for (const auto& hint : m_hints.servers()) {
        task.servers.push_back({hint.name, hint.ipv4, false});
    }
}

ResolverAction IterativeResolver::sendTo(Task& task, const Server& server,
                                         const wire::Ipv4Address& address, Transport transport) {
    const auto endpoint = m_addresses.endpointFor(address);
    ResolverQuery query;
    query.serial = ++m_serial;
    query.server = address;
    query.serverName = server.name;
    query.zone = task.zone;
    query.endpoint = endpoint.value_or(Endpoint{address, 53});
    query.sourcePort = m_sourcePort();
    query.id = static_cast<std::uint16_t>(m_random());
    query.transport = transport;
    query.question = {task.qname, task.qtype, wire::DnsClass::IN};
    query.timeoutNs = m_options.queryTimeoutNs;
    std::optional<std::uint16_t> edns;
    if (m_options.ednsPayloadSize != 0) {
        edns = m_options.ednsPayloadSize;
    }
    // Iterative queries ask for no recursion (RD=0, RFC 1034 section 5.3.1).
    const auto message =
        DnsMessage::query(query.id, task.qname, task.qtype, wire::DnsClass::IN, false, edns);
    query.bytes = message.encode().value_or(std::vector<std::uint8_t>{});
    m_asked.insert({query.endpoint, task.qname.canonical(), static_cast<std::uint16_t>(task.qtype),
                    static_cast<int>(transport)});
    ++m_queriesSent;
    m_pending = query;
    m_pendingTask = m_tasks.size() - 1;

    auto& step =
        addStep(ResolverStepKind::QuerySent, task,
                "we ask " + serverPhrase(task.zone) + ' ' + plain(server.name) + " (" +
                    address.toString() + ") about " + plain(task.qname) + ' ' +
                    typeWord(task.qtype) + (transport == Transport::Tcp ? " over TCP" : ""));
    step.server = address;
    step.serverName = server.name;
    step.endpoint = query.endpoint;
    step.transport = transport;
    step.queryId = query.id;
    step.sourcePort = query.sourcePort;
    step.bytes = query.bytes;

    ResolverAction action;
    action.kind = ResolverAction::Kind::Send;
    action.query = query;
    return action;
}

ResolverAction IterativeResolver::onTimeout(std::uint64_t serial) {
    if (m_done || !m_pending || m_pending->serial != serial) {
        return waitAction();
    }
    const ResolverQuery query = *m_pending;
    m_pending.reset();
    Task& task = m_tasks[*m_pendingTask];
    auto& step =
        addStep(ResolverStepKind::Timeout, task,
                "no reply from " + serverPhrase(query.zone) + ' ' + plain(query.serverName) + " (" +
                    query.server.toString() + ") within " +
                    std::to_string(query.timeoutNs / 1'000'000) + " ms; we try another server");
    step.server = query.server;
    step.serverName = query.serverName;
    step.endpoint = query.endpoint;
    step.transport = query.transport;
    step.queryId = query.id;
    step.sourcePort = query.sourcePort;
    return advance();
}

ResolverAction IterativeResolver::onResponse(std::span<const std::uint8_t> bytes,
                                             const Endpoint& from, std::uint16_t toPort,
                                             Transport transport) {
    if (m_done || !m_pending) {
        return waitAction();
    }
    const ResolverQuery query = *m_pending;
    const Task& task = m_tasks[*m_pendingTask];
    auto ignore = [&](std::string why) {
        auto& step = addStep(ResolverStepKind::Ignored, task, "we ignore a message: " + why);
        step.endpoint = from;
        step.transport = transport;
        step.bytes.assign(bytes.begin(), bytes.end());
        return waitAction();
    };
    if (from != query.endpoint) {
        return ignore("it came from " + from.toString() + ", but we asked " +
                      query.endpoint.toString());
    }
    if (toPort != query.sourcePort) {
        return ignore("it arrived on port " + std::to_string(toPort) + ", but we sent from port " +
                      std::to_string(query.sourcePort));
    }
    if (transport != query.transport) {
        return ignore(std::string("it came over ") + (transport == Transport::Tcp ? "TCP" : "UDP") +
                      ", but we asked over " + (query.transport == Transport::Tcp ? "TCP" : "UDP"));
    }
    auto decoded = DnsMessage::decode(bytes);
    if (!decoded.ok()) {
        return ignore("it is not a valid DNS message (" + decoded.problem + ")");
    }
    const DnsMessage& reply = *decoded.message;
    if (!reply.header.response) {
        return ignore("it is a query, not a response");
    }
    if (reply.header.id != query.id) {
        return ignore("its ID " + hex16(reply.header.id) + " is not our query's " +
                      hex16(query.id));
    }
    if (reply.questions.size() != 1 ||
        !reply.questions.front().name.equalsIgnoringCase(query.question.name) ||
        reply.questions.front().type != query.question.type ||
        reply.questions.front().qclass != query.question.qclass) {
        return ignore("its question does not repeat ours (" + query.question.toPresentation() +
                      ")");
    }
    m_pending.reset();
    return handleReply(reply, bytes, query);
}

ResolverAction IterativeResolver::handleReply(const DnsMessage& reply,
                                              std::span<const std::uint8_t> bytes,
                                              const ResolverQuery& query) {
    const std::size_t ti = *m_pendingTask;
    const DnsRcode rcode = reply.rcode();
    const std::string who = serverPhrase(query.zone);
    auto replyStep = [&](ResolverStepKind kind, std::string note) -> ResolverStep& {
        auto& step = addStep(kind, m_tasks[ti], std::move(note));
        step.server = query.server;
        step.serverName = query.serverName;
        step.zone = query.zone;
        step.endpoint = query.endpoint;
        step.transport = query.transport;
        step.queryId = query.id;
        step.sourcePort = query.sourcePort;
        step.rcode = rcode;
        step.bytes.assign(bytes.begin(), bytes.end());
        return step;
    };

    if (reply.header.truncated && query.transport == Transport::Udp) {
        replyStep(ResolverStepKind::Truncated,
                  "the reply from " + who +
                      " did not fit in a UDP datagram (TC); we ask again "
                      "over TCP");
        if (m_queriesSent >= m_options.maxQueries) {
            return advance(); // reports the limit
        }
        const Server server{query.serverName, {query.server}, false};
        return sendTo(m_tasks[ti], server, query.server, Transport::Tcp);
    }
    if (rcode != DnsRcode::NoError && rcode != DnsRcode::NXDomain) {
        replyStep(ResolverStepKind::ServerFailure,
                  who + " answered " + wire::dnsRcodeName(rcode) + "; we try another server");
        return advance();
    }

    Task& task = m_tasks[ti];
    // Only data inside the zone this server was asked about is believed (RFC 2181 section
    // 5.4.1): a server for foobar.com has no say about com.
    auto inBailiwick = [&](const DnsRecord& rr) { return rr.name.isSubdomainOf(query.zone); };

    // Follow the answer section from the name asked, through any aliases.
    DnsName name = task.qname;
    std::vector<DnsRecord> rrset;
    std::vector<DnsRecord> aliases;
    for (std::size_t hop = 0; hop <= m_options.maxCnameChain + 1; ++hop) {
        for (const auto& rr : reply.answers) {
            if (inBailiwick(rr) && rr.name.equalsIgnoringCase(name) &&
                (rr.type() == task.qtype ||
                 (task.qtype == DnsType::ANY && rr.type() != DnsType::OPT))) {
                rrset.push_back(rr);
            }
        }
        if (!rrset.empty()) {
            break;
        }
        const auto alias =
            std::find_if(reply.answers.begin(), reply.answers.end(), [&](const DnsRecord& rr) {
                return inBailiwick(rr) && cnameTarget(rr) && rr.name.equalsIgnoringCase(name);
            });
        if (alias == reply.answers.end()) {
            break;
        }
        aliases.push_back(*alias);
        name = *cnameTarget(*alias);
    }

    std::vector<DnsRecord> trusted;
    std::copy_if(reply.answers.begin(), reply.answers.end(), std::back_inserter(trusted),
                 inBailiwick);
    m_cache.insertRecords(trusted);

    // The SOA of a negative answer: owned by an ancestor of the name, inside the bailiwick.
    std::optional<DnsRecord> soa;
    for (const auto& rr : reply.authorities) {
        if (rr.type() == DnsType::SOA && inBailiwick(rr) && name.isSubdomainOf(rr.name)) {
            soa = rr;
            break;
        }
    }

    if (!aliases.empty()) {
        for (const auto& alias : aliases) {
            task.chain.push_back(alias);
            if (task.chain.size() > m_options.maxCnameChain) {
                replyStep(ResolverStepKind::Answer,
                          who + " answers with a chain of aliases for " + plain(task.qname));
                fail(ResolverStepKind::LimitReached, "more than " +
                                                         std::to_string(m_options.maxCnameChain) +
                                                         " aliases in a row; we give up");
                return advance();
            }
            if (!task.aliasesSeen.insert(cnameTarget(alias)->canonical()).second) {
                replyStep(ResolverStepKind::Answer,
                          who + " answers with a chain of aliases for " + plain(task.qname));
                fail(ResolverStepKind::LoopDetected,
                     "the aliases go round in a circle: " + plain(alias.name) + " points back to " +
                         plain(*cnameTarget(alias)) + "; we give up");
                return advance();
            }
        }
    }
    std::string aliasText;
    for (const auto& alias : aliases) {
        aliasText +=
            plain(alias.name) + " is an alias (CNAME) for " + plain(*cnameTarget(alias)) + "; ";
    }

    if (!rrset.empty()) {
        auto& step =
            replyStep(ResolverStepKind::Answer, who + " answers: " + aliasText + plain(name) + ' ' +
                                                    typeWord(task.qtype) + ' ' + rdataList(rrset));
        step.records = aliases;
        step.records.insert(step.records.end(), rrset.begin(), rrset.end());
        auto answers = task.chain;
        answers.insert(answers.end(), rrset.begin(), rrset.end());
        finishTask(ResolverResult::Outcome::Answer, DnsRcode::NoError, std::move(answers), {});
        return advance();
    }

    if (rcode == DnsRcode::NXDomain) {
        auto& step =
            replyStep(ResolverStepKind::NxDomain,
                      who + " says " + aliasText + plain(name) + " does not exist (NXDOMAIN)");
        std::vector<DnsRecord> authority;
        if (soa) {
            m_cache.insertNxDomain(name, task.qtype, *soa);
            authority.push_back(*soa);
            step.records = authority;
        }
        finishTask(ResolverResult::Outcome::NxDomain, DnsRcode::NXDomain, task.chain,
                   std::move(authority));
        return advance();
    }

    std::vector<DnsRecord> ns;
    for (const auto& rr : reply.authorities) {
        if (rr.type() == DnsType::NS) {
            if (!ns.empty() && !rr.name.equalsIgnoringCase(ns.front().name)) {
                continue;
            }
            ns.push_back(rr);
        }
    }

    if (soa || (ns.empty() && reply.header.authoritative && aliases.empty())) {
        auto& step = replyStep(ResolverStepKind::NoData, who + " says " + aliasText + plain(name) +
                                                             " exists but has no " +
                                                             typeWord(task.qtype) + " record");
        std::vector<DnsRecord> authority;
        if (soa) {
            m_cache.insertNoData(name, task.qtype, *soa);
            authority.push_back(*soa);
            step.records = authority;
        }
        finishTask(ResolverResult::Outcome::NoData, DnsRcode::NoError, task.chain,
                   std::move(authority));
        return advance();
    }

    if (!aliases.empty()) {
        // RFC 1034 section 5.3.3 step 4c: start over with the alias target.
        auto& step = replyStep(ResolverStepKind::CnameRestart,
                               who + " says " + aliasText + "we start over with " + plain(name));
        step.target = name;
        step.records = aliases;
        task.qname = name;
        task.phase = Phase::Start;
        return advance();
    }

    if (!ns.empty()) {
        const DnsName cut = ns.front().name;
        const bool closer = task.qname.isSubdomainOf(cut) && cut.isSubdomainOf(query.zone) &&
                            !cut.equalsIgnoringCase(query.zone);
        if (!closer) {
            replyStep(ResolverStepKind::Lame, who + " refers us to the " + zoneWord(cut) +
                                                  " servers, which are no closer to " +
                                                  plain(task.qname) + "; we try another server");
            return advance();
        }
        if (++task.referrals > m_options.maxReferrals) {
            replyStep(ResolverStepKind::Referral,
                      who + " refers us to the " + zoneWord(cut) + " servers");
            fail(ResolverStepKind::LimitReached,
                 "more than " + std::to_string(m_options.maxReferrals) + " referrals; we give up");
            return advance();
        }
        m_cache.insertRecords(ns);
        std::vector<Server> servers;
        std::vector<DnsRecord> glue;
        for (const auto& rr : ns) {
            const DnsName& host = std::get<wire::DnsNsRdata>(rr.rdata).host;
            Server server{host, {}, false};
            for (const auto& extra : reply.additionals) {
                const auto* a = std::get_if<wire::DnsARdata>(&extra.rdata);
                if (a && inBailiwick(extra) && extra.name.equalsIgnoringCase(host)) {
                    server.addresses.push_back(a->address);
                    glue.push_back(extra);
                }
            }
            if (server.addresses.empty()) {
                const auto cached = m_cache.lookup(host, DnsType::A);
                if (cached.kind == DnsCacheLookup::Kind::Positive) {
                    for (const auto& addr : cached.records) {
                        if (const auto* v4 = std::get_if<wire::DnsARdata>(&addr.rdata)) {
                            server.addresses.push_back(v4->address);
                        }
                    }
                }
            }
            servers.push_back(std::move(server));
        }
        m_cache.insertRecords(glue);
        const bool glueless = std::none_of(servers.begin(), servers.end(),
                                           [](const Server& s) { return !s.addresses.empty(); });
        auto& step = replyStep(ResolverStepKind::Referral,
                               who + " does not know " + plain(task.qname) +
                                   "; it refers us to the " + zoneWord(cut) + " servers" +
                                   (glueless ? ", without giving their addresses" : ""));
        step.target = cut;
        step.records = ns;
        step.records.insert(step.records.end(), glue.begin(), glue.end());
        task.zone = cut;
        task.servers = std::move(servers);
        task.tried.clear();
        task.gluelessIndex.reset();
        return advance();
    }

    replyStep(ResolverStepKind::Lame, who + " neither answers nor refers us closer to " +
                                          plain(task.qname) + "; we try another server");
    return advance();
}

void IterativeResolver::followAlias(Task& task, const DnsRecord& alias, bool fromCache) {
    const DnsName target = *cnameTarget(alias);
    task.chain.push_back(alias);
    if (task.chain.size() > m_options.maxCnameChain) {
        fail(ResolverStepKind::LimitReached, "more than " +
                                                 std::to_string(m_options.maxCnameChain) +
                                                 " aliases in a row; we give up");
        return;
    }
    if (!task.aliasesSeen.insert(target.canonical()).second) {
        fail(ResolverStepKind::LoopDetected,
             "the aliases go round in a circle: " + plain(alias.name) + " points back to " +
                 plain(target) + "; we give up");
        return;
    }
    auto& step = addStep(ResolverStepKind::CnameRestart, task,
                         plain(alias.name) + " is an alias for " + plain(target) +
                             (fromCache ? " (from the cache)" : "") + "; we start over with " +
                             plain(target));
    step.target = target;
    step.records = {alias};
    task.qname = target;
    task.phase = Phase::Start;
}

void IterativeResolver::fail(ResolverStepKind kind, std::string note) {
    Task& task = m_tasks.back();
    addStep(kind, task, note);
    finishTask(ResolverResult::Outcome::ServFail, DnsRcode::ServFail, task.chain, {},
               std::move(note));
}

void IterativeResolver::finishTask(ResolverResult::Outcome outcome, DnsRcode rcode,
                                   std::vector<DnsRecord> answers,
                                   std::vector<DnsRecord> authorities, std::string failure) {
    if (m_tasks.size() <= 1) {
        m_result.outcome = outcome;
        m_result.rcode = rcode;
        m_result.answers = std::move(answers);
        m_result.authorities = std::move(authorities);
        m_result.queriesSent = m_queriesSent;
        m_result.fromCache = m_queriesSent == 0;
        m_result.failure = std::move(failure);
        m_pending.reset();
        m_done = true;
        return;
    }
    const Task finished = std::move(m_tasks.back());
    m_tasks.pop_back();
    Task& parent = m_tasks.back();
    std::vector<wire::Ipv4Address> found;
    for (const auto& rr : answers) {
        if (const auto* a = std::get_if<wire::DnsARdata>(&rr.rdata)) {
            if (std::find(found.begin(), found.end(), a->address) == found.end()) {
                found.push_back(a->address);
            }
        }
    }
    const DnsName serverName =
        parent.gluelessIndex ? parent.servers[*parent.gluelessIndex].name : finished.qname;
    if (parent.gluelessIndex) {
        parent.servers[*parent.gluelessIndex].addresses = found;
    }
    parent.gluelessIndex.reset();
    std::string note;
    if (found.empty()) {
        note = "we could not find an address for " + plain(serverName) +
               "; we try another server for " + zoneWord(parent.zone);
    } else {
        std::string list;
        for (const auto& a : found) {
            list += (list.empty() ? "" : ", ") + a.toString();
        }
        note = "we found " + plain(serverName) + " at " + list + "; back to " + plain(parent.qname);
    }
    auto& step = addStep(ResolverStepKind::GluelessResolved, parent, std::move(note));
    step.target = serverName;
    step.records = answers;
}

RecursiveRequest IterativeResolver::acceptRecursiveQuery(std::span<const std::uint8_t> bytes,
                                                         Transport transport,
                                                         std::uint16_t ednsPayloadSize) {
    RecursiveRequest request;
    if (bytes.size() < 12 || (bytes[2] & 0x80) != 0) {
        request.drop = true;
        return request;
    }
    auto decoded = DnsMessage::decode(bytes);
    if (!decoded.ok()) {
        request.immediateResponse = QueryCheck::undecodableReply(bytes);
        request.immediateResponse[3] |= 0x80; // RA: this is a recursive server
        return request;
    }
    const DnsMessage& query = *decoded.message;
    request.query = query;
    if (const auto check = QueryCheck::check(query); check.verdict != QueryCheck::Verdict::Ok) {
        auto reply = QueryCheck::errorReply(query, check, ednsPayloadSize);
        reply.header.recursionAvailable = true;
        request.immediateResponse =
            reply.encodeTruncated(QueryCheck::replyLimit(query, transport, ednsPayloadSize))
                .value_or(QueryCheck::undecodableReply(bytes));
        return request;
    }
    request.question = query.questions.front();
    return request;
}

std::vector<std::uint8_t> IterativeResolver::recursiveResponse(const DnsMessage& query,
                                                               const ResolverResult& result,
                                                               Transport transport,
                                                               std::uint16_t ednsPayloadSize) {
    DnsMessage reply = DnsMessage::responseTo(query, ednsPayloadSize);
    reply.header.recursionAvailable = true;
    reply.answers = result.answers;
    reply.authorities = result.authorities;
    reply.setRcode(result.rcode);
    const std::size_t limit = QueryCheck::replyLimit(query, transport, ednsPayloadSize);
    if (auto bytes = reply.encodeTruncated(limit)) {
        return std::move(*bytes);
    }
    // Cannot happen with records that came off the wire; answer SERVFAIL rather than nothing.
    DnsMessage failure = DnsMessage::responseTo(query, ednsPayloadSize);
    failure.header.recursionAvailable = true;
    failure.setRcode(DnsRcode::ServFail);
    return failure.encode().value_or(std::vector<std::uint8_t>{});
}

} // namespace hopscope::dns
