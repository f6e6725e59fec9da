// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/iterative_resolver.h"
#include "scripted_network.h"
#include "trace/clock.h"

#include <gtest/gtest.h>

namespace hopscope::dns {
namespace {

using testing::Fault;
using testing::name;
using testing::ScriptedNetwork;
using wire::DnsType;
using wire::Ipv4Address;
using Step = ResolverStepKind;
using Outcome = ResolverResult::Outcome;

constexpr Ipv4Address kRootA(198, 41, 0, 4);
constexpr Ipv4Address kRootB(170, 247, 170, 2);
constexpr Ipv4Address kCom(192, 5, 6, 30);
constexpr Ipv4Address kFoobar(198, 51, 100, 53);
constexpr Ipv4Address kExampleCom(192, 0, 2, 53);
constexpr std::int64_t kSecond = 1'000'000'000;

// One resolver setup: the scripted network, a hand-driven clock and a cache.
struct Fixture {
    ScriptedNetwork net;
    trace::ManualClock clock;
    DnsCache cache{clock};

    std::unique_ptr<IterativeResolver> resolver(ResolverOptions options = {}) {
        return std::make_unique<IterativeResolver>(net.hints(), cache, net.addressMap(), options,
                                                   net.random(), net.ports());
    }
};

std::vector<Step> kinds(const IterativeResolver& r) {
    std::vector<Step> out;
    for (const auto& s : r.steps()) {
        out.push_back(s.kind);
    }
    return out;
}

std::vector<std::string> answerTexts(const ResolverResult& result) {
    std::vector<std::string> out;
    for (const auto& rr : result.answers) {
        out.push_back(rr.toPresentation());
    }
    return out;
}

std::string allNotes(const IterativeResolver& r) {
    std::string out;
    for (const auto& s : r.steps()) {
        out += std::string(resolverStepKindName(s.kind)) + ": " + s.note + '\n';
    }
    return out;
}

TEST(IterativeResolver, WalksDownFromTheRootForWwwFoobarCom) {
    Fixture f;
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "www.foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::Answer);
    EXPECT_EQ(result.rcode, wire::DnsRcode::NoError);
    EXPECT_EQ(answerTexts(result),
              (std::vector<std::string>{
                  "www.foobar.com. 300 IN CNAME foobar.com.", "foobar.com. 3600 IN A 198.51.100.10",
                  "foobar.com. 3600 IN A 198.51.100.11", "foobar.com. 3600 IN A 198.51.100.12"}));
    EXPECT_EQ(kinds(*r), (std::vector<Step>{Step::QuerySent, Step::Referral, Step::QuerySent,
                                            Step::Referral, Step::QuerySent, Step::Answer}))
        << allNotes(*r);
    const auto& steps = r->steps();
    EXPECT_EQ(steps[0].server, kRootA);
    EXPECT_EQ(steps[0].note,
              "we ask the root server a.root-servers.net (198.41.0.4) about www.foobar.com A");
    EXPECT_EQ(steps[1].note,
              "the root server does not know www.foobar.com; it refers us to the .com servers");
    EXPECT_EQ(steps[1].target, name("com."));
    EXPECT_EQ(steps[2].server, kCom);
    EXPECT_EQ(steps[3].note, "the .com server does not know www.foobar.com; it refers us to "
                             "the foobar.com servers");
    EXPECT_EQ(steps[4].server, kFoobar);
    EXPECT_NE(steps[5].note.find("www.foobar.com is an alias (CNAME) for foobar.com"),
              std::string::npos)
        << steps[5].note;
    EXPECT_EQ(result.queriesSent, 3u);
    EXPECT_FALSE(result.fromCache);

    // The queries are iterative (RD=0), carry EDNS and the scripted IDs and ports.
    ASSERT_EQ(f.net.sent().size(), 3u);
    for (const auto& q : f.net.sent()) {
        const auto message = testing::decodeOrFail(q.bytes);
        EXPECT_FALSE(message.header.recursionDesired);
        EXPECT_EQ(message.header.id, q.id);
        ASSERT_NE(message.edns(), nullptr);
        EXPECT_GE(q.sourcePort, 50000);
        EXPECT_EQ(q.transport, Transport::Udp);
    }
    EXPECT_NE(f.net.sent()[0].id, f.net.sent()[1].id);
    // Steps carry the bytes the engine turns into trace events.
    EXPECT_EQ(steps[0].bytes, f.net.sent()[0].bytes);
    EXPECT_FALSE(steps[1].bytes.empty());
}

TEST(IterativeResolver, RestartsOnACnameIntoAnotherZone) {
    Fixture f;
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "blog.foobar.com", DnsType::A);
    ASSERT_EQ(result.outcome, Outcome::Answer) << allNotes(*r);
    EXPECT_EQ(answerTexts(result),
              (std::vector<std::string>{"blog.foobar.com. 300 IN CNAME www.example.com.",
                                        "www.example.com. 86400 IN A 192.0.2.10"}));
    // root, com, foobar.com; restart; com again (from the cache), example.com.
    EXPECT_EQ(kinds(*r),
              (std::vector<Step>{Step::QuerySent, Step::Referral, Step::QuerySent, Step::Referral,
                                 Step::QuerySent, Step::CnameRestart, Step::CacheHit,
                                 Step::QuerySent, Step::Referral, Step::QuerySent, Step::Answer}))
        << allNotes(*r);
    const auto& restart = r->steps()[5];
    EXPECT_EQ(restart.target, name("www.example.com"));
    EXPECT_EQ(restart.note, "the foobar.com server says blog.foobar.com is an alias (CNAME) for "
                            "www.example.com; we start over with www.example.com");
    EXPECT_EQ(r->steps()[6].note, "the cache already knows the .com servers (172800 s left), so "
                                  "we start there instead of at the root");
    EXPECT_EQ(r->steps()[7].server, kCom);
    EXPECT_EQ(r->steps()[9].server, kExampleCom);
}

TEST(IterativeResolver, ResolvesAGluelessNameServerFirst) {
    Fixture f;
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "shop.example.org", DnsType::A);
    ASSERT_EQ(result.outcome, Outcome::Answer) << allNotes(*r);
    EXPECT_EQ(answerTexts(result),
              (std::vector<std::string>{"shop.example.org. 86400 IN A 203.0.113.101"}));
    EXPECT_EQ(kinds(*r), (std::vector<Step>{Step::QuerySent, Step::Referral, // root -> org
                                            Step::QuerySent, Step::Referral, // org -> no glue
                                            Step::GluelessLookup,            //
                                            Step::QuerySent, Step::Referral, // root -> net
                                            Step::QuerySent, Step::Referral, // net -> hostingco
                                            Step::QuerySent, Step::Answer,   // ns1.hostingco.net A
                                            Step::GluelessResolved,          //
                                            Step::QuerySent, Step::Answer})) // shop.example.org
        << allNotes(*r);
    const auto& steps = r->steps();
    EXPECT_EQ(steps[3].note, "the .org server does not know shop.example.org; it refers us to "
                             "the example.org servers, without giving their addresses");
    EXPECT_EQ(steps[4].note, "we have no address for ns1.hostingco.net, a server for "
                             "example.org; we look it up first");
    EXPECT_EQ(steps[4].depth, 0u);
    EXPECT_EQ(steps[5].depth, 1u);
    EXPECT_EQ(steps[5].question.name, name("ns1.hostingco.net"));
    EXPECT_EQ(steps[11].note, "we found ns1.hostingco.net at 203.0.113.53; back to "
                              "shop.example.org");
    EXPECT_EQ(steps[12].server, Ipv4Address(203, 0, 113, 53));
    EXPECT_EQ(steps[12].depth, 0u);
}

TEST(IterativeResolver, NxDomainIsCachedAndAnsweredFromTheCacheNextTime) {
    Fixture f;
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "nosuch.foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::NxDomain);
    EXPECT_EQ(result.rcode, wire::DnsRcode::NXDomain);
    EXPECT_TRUE(result.answers.empty());
    ASSERT_EQ(result.authorities.size(), 1u);
    EXPECT_EQ(result.authorities[0].type(), DnsType::SOA);
    EXPECT_EQ(r->steps().back().note,
              "the foobar.com server says nosuch.foobar.com does not exist (NXDOMAIN)");

    f.clock.advanceNs(100 * kSecond);
    f.net.clearSent();
    auto again = f.resolver();
    const auto& cached = f.net.run(*again, "nosuch.foobar.com", DnsType::MX);
    EXPECT_EQ(cached.outcome, Outcome::NxDomain);
    EXPECT_TRUE(cached.fromCache);
    EXPECT_TRUE(f.net.sent().empty());
    EXPECT_EQ(kinds(*again), (std::vector<Step>{Step::CacheHit}));
    EXPECT_EQ(again->steps()[0].note,
              "the cache remembers that nosuch.foobar.com does not exist (200 s left)");
    EXPECT_EQ(cached.authorities.at(0).ttl, 200u);
}

TEST(IterativeResolver, NoData) {
    Fixture f;
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "mail.foobar.com", DnsType::AAAA);
    EXPECT_EQ(result.outcome, Outcome::NoData);
    EXPECT_EQ(result.rcode, wire::DnsRcode::NoError);
    EXPECT_TRUE(result.answers.empty());
    EXPECT_EQ(result.authorities.size(), 1u);
    EXPECT_EQ(r->steps().back().kind, Step::NoData);
    EXPECT_EQ(r->steps().back().note,
              "the foobar.com server says mail.foobar.com exists but has no AAAA record");
    EXPECT_EQ(f.cache.lookup(name("mail.foobar.com"), DnsType::AAAA).kind,
              DnsCacheLookup::Kind::NoData);
}

TEST(IterativeResolver, TimeoutThenTheNextServer) {
    Fixture f;
    f.net.fault(kRootA, Fault::Timeout);
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
    ASSERT_EQ(result.outcome, Outcome::Answer);
    const auto& steps = r->steps();
    ASSERT_GE(steps.size(), 3u);
    EXPECT_EQ(steps[1].kind, Step::Timeout);
    EXPECT_EQ(steps[1].note, "no reply from the root server a.root-servers.net (198.41.0.4) "
                             "within 1000 ms; we try another server");
    EXPECT_EQ(steps[2].kind, Step::QuerySent);
    EXPECT_EQ(steps[2].server, kRootB);
    EXPECT_EQ(result.queriesSent, 4u);
}

TEST(IterativeResolver, ServFailOrRefusedThenTheNextServer) {
    for (const auto fault : {Fault::ServFail, Fault::Refused}) {
        Fixture f;
        f.net.fault(kRootA, fault);
        auto r = f.resolver();
        const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
        ASSERT_EQ(result.outcome, Outcome::Answer);
        EXPECT_EQ(r->steps()[1].kind, Step::ServerFailure);
        EXPECT_EQ(r->steps()[1].note, std::string("the root server answered ") +
                                          (fault == Fault::ServFail ? "SERVFAIL" : "REFUSED") +
                                          "; we try another server");
        EXPECT_EQ(r->steps()[2].server, kRootB);
    }
}

TEST(IterativeResolver, EveryServerFailingIsServFail) {
    Fixture f;
    f.net.fault(kCom, Fault::Timeout);
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::ServFail);
    EXPECT_EQ(result.rcode, wire::DnsRcode::ServFail);
    EXPECT_EQ(r->steps().back().kind, Step::Failed);
    EXPECT_EQ(result.failure, "no server for .com is left to ask about foobar.com; the lookup "
                              "fails (SERVFAIL)");
}

TEST(IterativeResolver, MismatchedRepliesAreIgnored) {
    for (const auto fault : {Fault::SpoofId, Fault::SpoofQuestion, Fault::SpoofSource,
                             Fault::SpoofPort, Fault::Garbage}) {
        Fixture f;
        f.net.fault(kRootA, fault);
        auto r = f.resolver();
        const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
        ASSERT_EQ(result.outcome, Outcome::Answer);
        ASSERT_EQ(r->steps()[1].kind, Step::Ignored) << allNotes(*r);
        EXPECT_EQ(r->steps()[2].kind, Step::Referral);
        EXPECT_EQ(result.queriesSent, 3u);
        const std::string& note = r->steps()[1].note;
        switch (fault) {
        case Fault::SpoofId:
            EXPECT_NE(note.find("its ID"), std::string::npos) << note;
            break;
        case Fault::SpoofQuestion:
            EXPECT_NE(note.find("question does not repeat ours"), std::string::npos) << note;
            break;
        case Fault::SpoofSource:
            EXPECT_NE(note.find("it came from 127.9.9.9:53"), std::string::npos) << note;
            break;
        case Fault::SpoofPort:
            EXPECT_NE(note.find("arrived on port"), std::string::npos) << note;
            break;
        default:
            EXPECT_NE(note.find("not a valid DNS message"), std::string::npos) << note;
        }
    }
}

TEST(IterativeResolver, TruncatedReplyIsRetriedOverTcp) {
    Fixture f;
    f.net.fault(kFoobar, Fault::TruncateUdp);
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
    ASSERT_EQ(result.outcome, Outcome::Answer) << allNotes(*r);
    EXPECT_EQ(result.answers.size(), 3u);
    const auto& sent = f.net.sent();
    ASSERT_EQ(sent.size(), 4u);
    EXPECT_EQ(sent[3].transport, Transport::Tcp);
    EXPECT_EQ(sent[3].server, kFoobar);
    EXPECT_EQ(kinds(*r)[5], Step::Truncated);
}

TEST(IterativeResolver, CnameLoopsAreDetected) {
    Fixture f;
    // An alias loop that crosses zones, so each server only sees half of it.
    f.net.replaceZone(kFoobar,
                      ScriptedNetwork::shippedZoneText("foobar.com.zone") +
                          "loop IN CNAME loop.example.com.\n",
                      "foobar.com.");
    f.net.replaceZone(kExampleCom,
                      ScriptedNetwork::shippedZoneText("example.com.zone") +
                          "loop IN CNAME loop.foobar.com.\n",
                      "example.com.");
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "loop.foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::ServFail);
    EXPECT_EQ(r->steps().back().kind, Step::LoopDetected) << allNotes(*r);
    EXPECT_EQ(result.failure, "the aliases go round in a circle: loop.example.com points back "
                              "to loop.foobar.com; we give up");
    EXPECT_EQ(result.answers.size(), 2u);
}

TEST(IterativeResolver, CnameLoopInsideOneReplyIsDetected) {
    Fixture f;
    f.net.replaceZone(kFoobar,
                      ScriptedNetwork::shippedZoneText("foobar.com.zone") +
                          "l1 IN CNAME l2\nl2 IN CNAME l1\n",
                      "foobar.com.");
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "l1.foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::ServFail);
    EXPECT_EQ(r->steps().back().kind, Step::LoopDetected) << allNotes(*r);
}

TEST(IterativeResolver, AskingTheSameServerTheSameQuestionTwiceIsALoop) {
    Fixture f;
    // The com zone delegates foobar.com to the com server itself, which refers again.
    f.net.replaceZone(kCom,
                      "$TTL 60\n@ SOA a.gtld-servers.net. h.x. 1 2 3 4 5\n"
                      "@ NS a.gtld-servers.net.\nfoobar NS a.gtld-servers.net.\n",
                      "com.");
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::ServFail);
    EXPECT_EQ(kinds(*r), (std::vector<Step>{Step::QuerySent, Step::Referral, Step::QuerySent,
                                            Step::Referral, Step::LoopDetected, Step::Failed}))
        << allNotes(*r);
    EXPECT_EQ(r->steps()[4].note, "we already asked a.gtld-servers.net (192.5.6.30) about "
                                  "foobar.com A; asking again would go round in circles");
    EXPECT_EQ(result.queriesSent, 2u);
}

TEST(IterativeResolver, LongCnameChainsAreBounded) {
    Fixture f;
    std::string chain;
    for (int i = 0; i < 10; ++i) {
        chain += "c" + std::to_string(i) + " IN CNAME c" + std::to_string(i + 1) + "\n";
    }
    chain += "c10 IN A 198.51.100.99\n";
    f.net.replaceZone(kFoobar, ScriptedNetwork::shippedZoneText("foobar.com.zone") + chain,
                      "foobar.com.");
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "c0.foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::ServFail);
    EXPECT_EQ(r->steps().back().kind, Step::LimitReached) << allNotes(*r);

    ResolverOptions generous;
    generous.maxCnameChain = 10;
    Fixture g;
    g.net.replaceZone(kFoobar, ScriptedNetwork::shippedZoneText("foobar.com.zone") + chain,
                      "foobar.com.");
    auto ok = g.resolver(generous);
    EXPECT_EQ(g.net.run(*ok, "c0.foobar.com", DnsType::A).answers.size(), 11u);
}

TEST(IterativeResolver, WorkIsBounded) {
    Fixture f;
    ResolverOptions options;
    options.maxQueries = 2;
    auto r = f.resolver(options);
    const auto& result = f.net.run(*r, "www.foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::ServFail);
    EXPECT_EQ(result.queriesSent, 2u);
    EXPECT_EQ(r->steps().back().kind, Step::LimitReached);

    Fixture g;
    ResolverOptions referrals;
    referrals.maxReferrals = 1;
    auto r2 = g.resolver(referrals);
    EXPECT_EQ(g.net.run(*r2, "www.foobar.com", DnsType::A).outcome, Outcome::ServFail);
    EXPECT_EQ(r2->steps().back().kind, Step::LimitReached);
}

TEST(IterativeResolver, GluelessLookupsNestOnlySoDeep) {
    Fixture f;
    ResolverOptions options;
    options.maxGluelessDepth = 0;
    auto r = f.resolver(options);
    const auto& result = f.net.run(*r, "shop.example.org", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::ServFail);
    EXPECT_EQ(kinds(*r)[4], Step::LimitReached) << allNotes(*r);
}

TEST(IterativeResolver, SecondLookupIsAnsweredFromTheCache) {
    Fixture f;
    auto first = f.resolver();
    f.net.run(*first, "www.foobar.com", DnsType::A);
    f.net.clearSent();
    f.clock.advanceNs(10 * kSecond);

    auto second = f.resolver();
    const auto& result = f.net.run(*second, "www.foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::Answer);
    EXPECT_TRUE(result.fromCache);
    EXPECT_TRUE(f.net.sent().empty());
    EXPECT_EQ(kinds(*second),
              (std::vector<Step>{Step::CacheHit, Step::CnameRestart, Step::CacheHit}))
        << allNotes(*second);
    EXPECT_EQ(second->steps()[0].note,
              "the cache already knows www.foobar.com is an alias for foobar.com (290 s left)");
    ASSERT_EQ(result.answers.size(), 4u);
    EXPECT_EQ(result.answers[0].ttl, 290u);
    EXPECT_EQ(result.answers[1].ttl, 3590u);

    // When the alias has expired the resolver asks foobar.com's server again, but not the
    // root or .com, whose records live much longer.
    f.clock.advanceNs(291 * kSecond);
    auto third = f.resolver();
    const auto& again = f.net.run(*third, "www.foobar.com", DnsType::A);
    EXPECT_EQ(again.outcome, Outcome::Answer);
    ASSERT_EQ(f.net.sent().size(), 1u);
    EXPECT_EQ(f.net.sent()[0].server, kFoobar);
}

TEST(IterativeResolver, UnreachableServersAreSkipped) {
    Fixture f;
    f.net.removeFromMap(kRootA);
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::Answer);
    EXPECT_EQ(r->steps()[0].kind, Step::Unreachable);
    EXPECT_EQ(r->steps()[0].note,
              "a.root-servers.net (198.41.0.4) is not part of this network; we skip it");
    EXPECT_EQ(r->steps()[1].server, kRootB);
}

TEST(IterativeResolver, LameReferralMovesOn) {
    Fixture f;
    f.net.fault(kRootA, Fault::UpwardReferral);
    auto r = f.resolver();
    const auto& result = f.net.run(*r, "foobar.com", DnsType::A);
    EXPECT_EQ(result.outcome, Outcome::Answer) << allNotes(*r);
    EXPECT_EQ(r->steps()[1].kind, Step::Lame);
    EXPECT_EQ(r->steps()[1].note, "the root server refers us to the root servers, which are no "
                                  "closer to foobar.com; we try another server");
    EXPECT_EQ(r->steps()[2].server, kRootB);
    EXPECT_EQ(result.queriesSent, 4u);
}

TEST(IterativeResolver, StaleTimeoutsAndLateRepliesAreHarmless) {
    Fixture f;
    auto r = f.resolver();
    auto action = r->start(name("foobar.com"), DnsType::A);
    ASSERT_EQ(action.kind, ResolverAction::Kind::Send);
    const auto stale = r->onTimeout(action.query.serial + 5);
    EXPECT_EQ(stale.kind, ResolverAction::Kind::Wait);
    EXPECT_EQ(stale.query.serial, action.query.serial);
    ASSERT_TRUE(r->pending().has_value());
    EXPECT_EQ(r->pending()->id, action.query.id);
}

TEST(IterativeResolver, AnswersARecursiveQuery) {
    Fixture f;
    const auto query = wire::DnsMessage::query(0x4242, name("www.foobar.com"), DnsType::A,
                                               wire::DnsClass::IN, true, 1232)
                           .encode()
                           .value();
    const auto request = IterativeResolver::acceptRecursiveQuery(query, Transport::Udp);
    ASSERT_FALSE(request.drop);
    ASSERT_TRUE(request.immediateResponse.empty());
    ASSERT_TRUE(request.query.has_value());
    EXPECT_EQ(request.question.name, name("www.foobar.com"));

    auto r = f.resolver();
    const auto& result = f.net.run(*r, "www.foobar.com", DnsType::A);
    const auto bytes = IterativeResolver::recursiveResponse(*request.query, result, Transport::Udp);
    const auto reply = testing::decodeOrFail(bytes);
    EXPECT_EQ(reply.header.id, 0x4242);
    EXPECT_TRUE(reply.header.response);
    EXPECT_TRUE(reply.header.recursionAvailable);
    EXPECT_TRUE(reply.header.recursionDesired);
    EXPECT_FALSE(reply.header.authoritative);
    EXPECT_EQ(reply.answers.size(), 4u);
    EXPECT_NE(reply.edns(), nullptr);

    // Negative answers carry the SOA; failures are SERVFAIL.
    ResolverResult nx;
    nx.outcome = Outcome::NxDomain;
    nx.rcode = wire::DnsRcode::NXDomain;
    nx.authorities.push_back(wire::DnsRecord::soa(
        name("foobar.com"), 300, {name("ns1.foobar.com"), name("h.foobar.com"), 1, 2, 3, 4, 300}));
    const auto nxReply = testing::decodeOrFail(
        IterativeResolver::recursiveResponse(*request.query, nx, Transport::Udp));
    EXPECT_EQ(nxReply.rcode(), wire::DnsRcode::NXDomain);
    EXPECT_EQ(nxReply.authorities.size(), 1u);
}

TEST(IterativeResolver, RejectsBadRecursiveQueries) {
    const std::vector<std::uint8_t> runt{1, 2};
    EXPECT_TRUE(IterativeResolver::acceptRecursiveQuery(runt, Transport::Udp).drop);

    auto response = testing::queryBytes("foobar.com", DnsType::A);
    response[2] |= 0x80;
    EXPECT_TRUE(IterativeResolver::acceptRecursiveQuery(response, Transport::Udp).drop);

    std::vector<std::uint8_t> cut{0xAB, 0xCD, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'w'};
    auto formerr = IterativeResolver::acceptRecursiveQuery(cut, Transport::Udp);
    ASSERT_FALSE(formerr.immediateResponse.empty());
    auto reply = testing::decodeOrFail(formerr.immediateResponse);
    EXPECT_EQ(reply.rcode(), wire::DnsRcode::FormErr);
    EXPECT_TRUE(reply.header.recursionAvailable);

    auto notify = wire::DnsMessage::query(5, name("foobar.com"), DnsType::SOA);
    notify.header.opcode = static_cast<std::uint8_t>(wire::DnsOpcode::Notify);
    reply = testing::decodeOrFail(
        IterativeResolver::acceptRecursiveQuery(notify.encode().value(), Transport::Udp)
            .immediateResponse);
    EXPECT_EQ(reply.rcode(), wire::DnsRcode::NotImp);

    const auto axfr = testing::queryBytes("foobar.com", DnsType::AXFR);
    reply = testing::decodeOrFail(
        IterativeResolver::acceptRecursiveQuery(axfr, Transport::Tcp).immediateResponse);
    EXPECT_EQ(reply.rcode(), wire::DnsRcode::Refused);
    EXPECT_STREQ(resolverStepKindName(Step::GluelessLookup), "GluelessLookup");
}

} // namespace
} // namespace hopscope::dns
