// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "address_map.h"
#include "dns_cache.h"
#include "endpoint.h"
#include "root_hints.h"
#include "transport.h"
#include "wire/dns_message.h"
#include "wire/dns_name.h"
#include "wire/ipv4_address.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <vector>

namespace hopscope::dns {

// One thing that happened during a resolution. The engine makes trace events of the ones that
// carry bytes; the GUI shows every step's note.
enum class ResolverStepKind {
    CacheHit,         // an answer, alias, negative answer or delegation came from the cache
    QuerySent,        // a query went to a server (bytes = the query)
    Referral,         // the server referred us to a child zone's servers (bytes = the reply)
    Answer,           // the server answered with the RRset asked for
    CnameRestart,     // an alias: resolution starts over at the target (target = that name)
    NxDomain,         // the name does not exist
    NoData,           // the name exists but has no record of this type
    Truncated,        // the UDP reply had TC set: the same question goes again over TCP
    ServerFailure,    // SERVFAIL, REFUSED, FORMERR, NOTIMP...: next server
    Lame,             // a reply that neither answers nor refers further down: next server
    Timeout,          // no reply in time: next server
    Unreachable,      // the AddressMap has no endpoint for this display address: next server
    Ignored,          // a datagram whose ID, question or source did not match: still waiting
    GluelessLookup,   // a referral named servers without addresses: resolve one first
    GluelessResolved, // that nested lookup ended (addresses found or not)
    LoopDetected,     // the same server and question again, or an alias loop
    LimitReached,     // too many queries, referrals, aliases or nested lookups
    Failed,           // no server left to ask: the answer is SERVFAIL
};

// "CacheHit", "QuerySent", ... for logs and tests.
[[nodiscard]] const char* resolverStepKindName(ResolverStepKind kind);

struct ResolverStep {
    ResolverStepKind kind = ResolverStepKind::QuerySent;
    std::size_t depth = 0;                   // 0: the question asked; 1 and up: glueless lookups
    wire::DnsQuestion question;              // what was being asked at this step
    std::optional<wire::Ipv4Address> server; // display address of the server involved
    wire::DnsName serverName;                // its name, when known (root for "unknown")
    wire::DnsName zone;                      // the zone we asked the server about ("." = root)
    std::optional<Endpoint> endpoint;        // the real endpoint used
    Transport transport = Transport::Udp;
    std::uint16_t queryId = 0;
    std::uint16_t sourcePort = 0;
    wire::DnsRcode rcode = wire::DnsRcode::NoError; // replies: the 12-bit RCODE
    wire::DnsName target;                 // Referral: child zone; CnameRestart: alias target;
                                          // GluelessLookup/Resolved: the server name
    std::vector<wire::DnsRecord> records; // CacheHit/Answer/...: the records that matter
    std::vector<std::uint8_t> bytes;      // QuerySent: the query; replies: the reply
    std::string note; // one line of plain English: "the root server does not know ..."
};

// A query the caller must send, and how long to wait for it.
struct ResolverQuery {
    std::uint64_t serial = 0;     // 1, 2, 3 ... within one resolution; names it in onTimeout()
    wire::Ipv4Address server;     // display address
    wire::DnsName serverName;     // the NS name the address came from
    wire::DnsName zone;           // the zone the server is asked as
    Endpoint endpoint;            // where to send it really (from the AddressMap)
    std::uint16_t sourcePort = 0; // from the source-port function; the reply must come to it
    std::uint16_t id = 0;
    Transport transport = Transport::Udp;
    wire::DnsQuestion question;
    std::vector<std::uint8_t> bytes; // the bare DNS message (add the TCP length prefix on TCP)
    std::int64_t timeoutNs = 0;
};

// What the caller must do next.
struct ResolverAction {
    enum class Kind {
        Send, // send `query`, then call onResponse() or, after query.timeoutNs, onTimeout()
        Wait, // keep waiting for `query` (a datagram was ignored)
        Done, // result() is final
    };
    Kind kind = Kind::Done;
    ResolverQuery query;
};

// The final answer of a resolution.
struct ResolverResult {
    enum class Outcome { Answer, NxDomain, NoData, ServFail };
    Outcome outcome = Outcome::ServFail;
    wire::DnsQuestion question;
    wire::DnsRcode rcode = wire::DnsRcode::ServFail; // NOERROR, NXDOMAIN or SERVFAIL
    std::vector<wire::DnsRecord> answers;            // the CNAME chain in order, then the RRset
    std::vector<wire::DnsRecord> authorities;        // negative answers: the SOA
    bool fromCache = false;                          // no query was sent
    std::size_t queriesSent = 0;
    std::string failure; // ServFail: why, in one line
};

struct ResolverOptions {
    std::size_t maxQueries = 64;          // queries sent per resolution, glueless lookups included
    std::size_t maxReferrals = 16;        // referrals followed per (possibly nested) lookup
    std::size_t maxCnameChain = 8;        // aliases followed
    std::size_t maxGluelessDepth = 3;     // nested lookups of server names inside each other
    std::uint16_t ednsPayloadSize = 1232; // 0: send queries without EDNS
    std::int64_t queryTimeoutNs = 1'000'000'000;
    bool useCache = true;
};

// A recursive query from a client (dig @resolver), checked before it is resolved.
struct RecursiveRequest {
    std::optional<wire::DnsMessage> query;       // decoded, when it decoded
    bool drop = false;                           // nothing to answer (short garbage, or a response)
    std::vector<std::uint8_t> immediateResponse; // FORMERR / NOTIMP / REFUSED / BADVERS reply
    wire::DnsQuestion question;                  // to resolve, when neither of the above
};

// Iterative resolution (RFC 1034 section 5.3.3) as a state machine with no I/O: start() and
// every onResponse()/onTimeout() return the next action, "send these bytes to that server" or
// "done". It follows referrals from the root hints down, starts over on a CNAME, resolves
// glueless server names with a nested lookup, moves to the next server on timeout, SERVFAIL
// or a lame reply, retries over TCP on TC, detects loops and bounds its work; it reads and
// fills the shared cache. One object is one resolution; one query is outstanding at a time.
// A reply is accepted only when its ID, question, source endpoint and destination port match
// the query (RFC 5452 section 3); anything else is recorded as Ignored.
class IterativeResolver {
public:
    using RandomFunction = std::function<std::uint32_t()>;
    using SourcePortFunction = std::function<std::uint16_t()>;

    // `cache` and `addresses` must outlive the resolver. An empty `random` uses a
    // std::random_device-seeded generator; an empty `sourcePort` picks a random port in
    // 49152..65535 from `random` (RFC 6056), which the caller must then bind.
    IterativeResolver(RootHints hints, DnsCache& cache, const AddressMap& addresses,
                      ResolverOptions options = {}, RandomFunction random = {},
                      SourcePortFunction sourcePort = {});
    ~IterativeResolver();
    IterativeResolver(const IterativeResolver&) = delete;
    IterativeResolver& operator=(const IterativeResolver&) = delete;

    ResolverAction start(const wire::DnsName& name, wire::DnsType type);
    // A message arrived from `from` on local port `toPort`.
    ResolverAction onResponse(std::span<const std::uint8_t> bytes, const Endpoint& from,
                              std::uint16_t toPort, Transport transport);
    // The query numbered `serial` got no reply in time; a stale serial is ignored (Wait).
    ResolverAction onTimeout(std::uint64_t serial);

    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] const ResolverResult& result() const { return m_result; }
    // Every step so far; the caller remembers how many it has seen to stream new ones.
    [[nodiscard]] const std::vector<ResolverStep>& steps() const { return m_steps; }
    // The query still waiting for a reply, if any.
    [[nodiscard]] const std::optional<ResolverQuery>& pending() const { return m_pending; }

    // Checks a client's recursive query: FORMERR for a malformed one, NOTIMP for another
    // opcode, REFUSED for a class other than IN or a zone transfer, BADVERS for EDNS > 0.
    [[nodiscard]] static RecursiveRequest
    acceptRecursiveQuery(std::span<const std::uint8_t> bytes, Transport transport,
                         std::uint16_t ednsPayloadSize = 1232);
    // The reply to a client's recursive query from a finished resolution: RA set, RD copied,
    // the CNAME chain and RRset in answer, the SOA in authority for negative answers; fitted
    // to 512 bytes or the client's EDNS size over UDP (TC when it does not fit).
    [[nodiscard]] static std::vector<std::uint8_t>
    recursiveResponse(const wire::DnsMessage& query, const ResolverResult& result,
                      Transport transport, std::uint16_t ednsPayloadSize = 1232);

private:
    struct Server {
        wire::DnsName name;
        std::vector<wire::Ipv4Address> addresses;
        bool gluelessTried = false;
    };
    enum class Phase { Start, Querying };
    struct Task {
        wire::DnsName qname;
        wire::DnsType qtype = wire::DnsType::A;
        std::size_t depth = 0;
        Phase phase = Phase::Start;
        std::vector<wire::DnsRecord> chain; // CNAMEs followed so far
        std::set<std::string> aliasesSeen;  // canonical names met along the chain
        wire::DnsName zone;                 // the zone cut whose servers we ask
        std::vector<Server> servers;
        std::set<wire::Ipv4Address> tried;
        std::size_t referrals = 0;
        std::optional<std::size_t> gluelessIndex; // server being resolved by the nested task
        bool allFromCache = true;
    };

    ResolverAction advance();
    ResolverAction handleReply(const wire::DnsMessage& reply, std::span<const std::uint8_t> bytes,
                               const ResolverQuery& query);
    ResolverAction sendTo(Task& task, const Server& server, const wire::Ipv4Address& address,
                          Transport transport);
    void startFromCache(Task& task);
    void chooseServers(Task& task);
    void followAlias(Task& task, const wire::DnsRecord& alias, bool fromCache);
    void finishTask(ResolverResult::Outcome outcome, wire::DnsRcode rcode,
                    std::vector<wire::DnsRecord> answers, std::vector<wire::DnsRecord> authorities,
                    std::string failure = {});
    void fail(ResolverStepKind kind, std::string note);
    ResolverStep& addStep(ResolverStepKind kind, const Task& task, std::string note);
    ResolverAction waitAction() const;

    RootHints m_hints;
    DnsCache& m_cache;
    const AddressMap& m_addresses;
    ResolverOptions m_options;
    RandomFunction m_random;
    SourcePortFunction m_sourcePort;

    std::vector<Task> m_tasks; // [0] the question asked; the rest nested glueless lookups
    std::optional<ResolverQuery> m_pending;
    std::optional<std::size_t> m_pendingTask;
    std::set<std::tuple<Endpoint, std::string, std::uint16_t, int>> m_asked; // loop detection
    std::uint64_t m_serial = 0;
    std::size_t m_queriesSent = 0;
    std::vector<ResolverStep> m_steps;
    ResolverResult m_result;
    bool m_done = false;
};

} // namespace hopscope::dns
