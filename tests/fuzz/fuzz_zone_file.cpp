// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Fuzzes the master-file parser: any byte string read as a zone file must end in records and
// errors that name a line inside the input; never a crash, a read out of bounds or a hang.
// Every record that parsed must print (dig's presentation form) and parse back to itself, a
// zone built from them must answer a query for each of its names, and the same bytes read as
// root hints or as a scenario file must not crash either. Links hopscope::dns.

#include "dns/authority.h"
#include "dns/root_hints.h"
#include "dns/scenario.h"
#include "dns/zone.h"
#include "dns/zone_file.h"
#include "wire/dns_message.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace hopscope;

namespace {

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_zone_file: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t lines = 1;
    for (const char c : text) {
        lines += c == '\n' ? 1 : 0;
    }

    dns::ZoneFileOptions options;
    options.fileName = "fuzz.zone";
    options.origin = wire::DnsName::parse("example.com.").value();
    const auto parsed = dns::ZoneFile::parse(text, options);
    for (const auto& e : parsed.errors) {
        check(e.line >= 1 && e.line <= lines, "an error names a line outside the input");
        check(!e.message.empty(), "an error without a message");
    }
    for (const auto& entry : parsed.entries) {
        check(entry.line >= 1 && entry.line <= lines, "a record on a line outside the input");
        // Printing then parsing a record must give the record back.
        const std::string printed = entry.record.toPresentation();
        dns::ZoneFileOptions again;
        again.origin = options.origin;
        const auto reparsed = dns::ZoneFile::parse(printed, again);
        if (!reparsed.ok() || reparsed.entries.size() != 1 ||
            !(reparsed.entries[0].record == entry.record)) {
            std::fprintf(stderr, "printed: %s\n", printed.c_str());
            if (!reparsed.errors.empty()) {
                std::fprintf(stderr, "error: %s\n", reparsed.errors[0].toString().c_str());
            }
            check(false, "a record does not survive printing and parsing");
        }
    }

    const auto built = dns::Zone::build(parsed);
    if (built.zone) {
        dns::Authority authority;
        authority.addZone(*built.zone);
        for (const auto& rr : built.zone->records()) {
            for (const auto transport : {dns::Transport::Udp, dns::Transport::Tcp}) {
                const auto query =
                    wire::DnsMessage::query(1, rr.name, rr.type(), wire::DnsClass::IN, false)
                        .encode();
                check(query.has_value(), "a query for a parsed name does not encode");
                const auto answer = authority.answer(*query, transport);
                check(!answer.bytes.empty(), "no reply to a query for a name of the zone");
                check(transport == dns::Transport::Tcp || answer.bytes.size() <= 512,
                      "a UDP reply above 512 bytes");
                check(wire::DnsMessage::decode(answer.bytes).ok(), "a reply does not decode");
            }
        }
    }

    const auto hints = dns::RootHints::parse(text, "fuzz.root");
    check(hints.ok() == hints.hints.has_value(), "root hints without a verdict");
    const auto scenario = dns::Scenario::parse(text, "fuzz.scenario", "/fuzz");
    for (const auto& e : scenario.errors) {
        check(e.line <= lines, "a scenario error names a line outside the input");
    }
    return 0;
}
