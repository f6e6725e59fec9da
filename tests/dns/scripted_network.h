// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// A scripted transport for the resolver state machine: every server of the default scenario is
// an Authority answering in-process, reached through a StaticAddressMap of made-up loopback
// endpoints. Faults (timeouts, SERVFAIL, spoofed replies...) are scripted per display address.

#include "dns/address_map.h"
#include "dns/authority.h"
#include "dns/iterative_resolver.h"
#include "dns/scenario.h"
#include "zones_and_queries.h"

#include <deque>
#include <fstream>
#include <map>
#include <sstream>

namespace hopscope::dns::testing {

enum class Fault {
    None,
    Timeout,        // no reply
    ServFail,       // RCODE SERVFAIL
    Refused,        // RCODE REFUSED
    SpoofId,        // first a reply with another ID, then the real one
    SpoofQuestion,  // first a reply to another question, then the real one
    SpoofSource,    // first a reply from another endpoint, then the real one
    SpoofPort,      // first a reply to another local port, then the real one
    Garbage,        // first undecodable bytes, then the real one
    TruncateUdp,    // over UDP: the reply with TC set and no records
    UpwardReferral, // a lame referral back up to the root servers
};

class ScriptedNetwork {
public:
    ScriptedNetwork() {
        const Scenario scenario = defaultScenario();
        std::uint16_t port = 40000;
        for (const auto& server : scenario.servers()) {
            if (server.role == ServerRole::Resolver) {
                continue;
            }
            auto loaded = Scenario::loadAuthority(server);
            EXPECT_TRUE(loaded.ok());
            const Endpoint endpoint{server.loopbackAddress, port++};
            m_servers.emplace(server.displayAddress,
                              Node{server.name, endpoint, std::move(*loaded.authority)});
            m_map.add(server.displayAddress, endpoint);
        }
        auto hints = scenario.loadRootHints();
        EXPECT_TRUE(hints.ok());
        m_hints = std::move(*hints.hints);
    }

    // Replaces the zones a server holds (by display address).
    void replaceZone(const wire::Ipv4Address& display, const std::string& text,
                     std::string_view origin) {
        auto zone = Zone::fromText(text, name(origin));
        EXPECT_TRUE(zone.ok()) << (zone.errors.empty() ? "" : zone.errors.front().toString());
        Authority authority;
        authority.addZone(std::move(*zone.zone));
        m_servers.at(display).authority = std::move(authority);
    }

    static std::string shippedZoneText(std::string_view file) {
        std::ifstream in(resourcesDir() / "zones" / file);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

    void fault(const wire::Ipv4Address& display, Fault fault, int times = 1) {
        for (int i = 0; i < times; ++i) {
            m_faults[display].push_back(fault);
        }
    }
    void removeFromMap(const wire::Ipv4Address& display) {
        StaticAddressMap map;
        for (const auto& [d, e] : m_map.table()) {
            if (d != display) {
                map.add(d, e);
            }
        }
        m_map = map;
    }

    const AddressMap& addressMap() const { return m_map; }
    const RootHints& hints() const { return m_hints; }
    const std::vector<ResolverQuery>& sent() const { return m_sent; }
    void clearSent() { m_sent.clear(); }

    // Deterministic IDs and ports.
    IterativeResolver::RandomFunction random() {
        return [this] { return m_counter = m_counter * 1103515245u + 12345u; };
    }
    IterativeResolver::SourcePortFunction ports() {
        return [this] { return static_cast<std::uint16_t>(50000 + (m_portCounter++ % 10000)); };
    }

    // Runs one resolution to its end, playing every server.
    const ResolverResult& run(IterativeResolver& resolver, std::string_view qname,
                              wire::DnsType type) {
        auto action = resolver.start(name(qname), type);
        for (int guard = 0; action.kind != ResolverAction::Kind::Done && guard < 500; ++guard) {
            if (action.kind == ResolverAction::Kind::Wait) {
                action = resolver.onTimeout(action.query.serial);
                continue;
            }
            action = deliver(resolver, action.query);
        }
        EXPECT_EQ(action.kind, ResolverAction::Kind::Done);
        EXPECT_TRUE(resolver.done());
        return resolver.result();
    }

private:
    struct Node {
        std::string name;
        Endpoint endpoint;
        Authority authority;
    };

    ResolverAction deliver(IterativeResolver& resolver, const ResolverQuery& query) {
        m_sent.push_back(query);
        const auto node = std::find_if(m_servers.begin(), m_servers.end(), [&](const auto& n) {
            return n.second.endpoint == query.endpoint;
        });
        if (node == m_servers.end()) {
            return resolver.onTimeout(query.serial);
        }
        Fault fault = Fault::None;
        auto& queue = m_faults[node->first];
        if (!queue.empty()) {
            fault = queue.front();
            queue.pop_front();
        }
        auto reply = node->second.authority.respond(query.bytes, query.transport);
        auto answer = [&]() {
            return resolver.onResponse(reply, query.endpoint, query.sourcePort, query.transport);
        };
        auto withRcode = [&](wire::DnsRcode rcode) {
            auto message = decodeOrFail(reply);
            message.answers.clear();
            message.authorities.clear();
            message.additionals.clear();
            message.header.authoritative = false;
            message.setRcode(rcode);
            reply = message.encode().value();
        };
        auto spoofThenReal = [&](std::vector<std::uint8_t> bad, Endpoint from, std::uint16_t port) {
            const auto first = resolver.onResponse(bad, from, port, query.transport);
            EXPECT_EQ(first.kind, ResolverAction::Kind::Wait);
            return answer();
        };
        switch (fault) {
        case Fault::None:
            return answer();
        case Fault::Timeout:
            return resolver.onTimeout(query.serial);
        case Fault::ServFail:
            withRcode(wire::DnsRcode::ServFail);
            return answer();
        case Fault::Refused:
            withRcode(wire::DnsRcode::Refused);
            return answer();
        case Fault::SpoofId: {
            auto bad = reply;
            bad[1] ^= 0x01;
            return spoofThenReal(bad, query.endpoint, query.sourcePort);
        }
        case Fault::SpoofQuestion: {
            auto message = decodeOrFail(reply);
            message.questions.front().name = name("evil.example.");
            return spoofThenReal(message.encode().value(), query.endpoint, query.sourcePort);
        }
        case Fault::SpoofSource:
            return spoofThenReal(reply, Endpoint{wire::Ipv4Address(127, 9, 9, 9), 53},
                                 query.sourcePort);
        case Fault::SpoofPort:
            return spoofThenReal(reply, query.endpoint,
                                 static_cast<std::uint16_t>(query.sourcePort + 1));
        case Fault::Garbage:
            return spoofThenReal({0xde, 0xad}, query.endpoint, query.sourcePort);
        case Fault::UpwardReferral: {
            auto message = decodeOrFail(reply);
            message.answers.clear();
            message.authorities = {
                wire::DnsRecord::ns(wire::DnsName{}, 60, name("a.root-servers.net"))};
            message.additionals.clear();
            message.header.authoritative = false;
            message.setRcode(wire::DnsRcode::NoError);
            reply = message.encode().value();
            return answer();
        }
        case Fault::TruncateUdp:
            if (query.transport == Transport::Udp) {
                auto message = decodeOrFail(reply);
                message.answers.clear();
                message.authorities.clear();
                message.additionals.clear();
                message.header.truncated = true;
                reply = message.encode().value();
            }
            return answer();
        }
        return answer();
    }

    std::map<wire::Ipv4Address, Node> m_servers; // by display address
    std::map<wire::Ipv4Address, std::deque<Fault>> m_faults;
    StaticAddressMap m_map;
    RootHints m_hints;
    std::vector<ResolverQuery> m_sent;
    std::uint32_t m_counter = 7;
    std::uint32_t m_portCounter = 0;
};

} // namespace hopscope::dns::testing
