// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// `pcap hops` output read back, and checked against tshark's field values for the same frames.

#include "../wire/capture_tools.h"
#include "cli_run.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace hopscope::testing {

// `pcap hops` output, one journey at a time.
struct HopsListing {
    struct Hop {
        std::uint64_t frame = 0;
        std::string time;
        std::string interface;
        std::string direction;
        std::map<std::string, std::pair<std::string, std::string>> changes; // field: before, after
    };
    struct Journey {
        std::string source;
        std::string destination;
        std::string protocol;
        std::string info;
        std::vector<Hop> hops;
    };
    std::map<std::size_t, Journey> journeys; // by number
};

inline HopsListing parseHops(const std::string& text) {
    HopsListing listing;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const auto c = tabColumns(line);
        if (c[0] == "journey" && c.size() == 7) {
            auto& j = listing.journeys[std::stoul(c[1])];
            j.source = c[3];
            j.destination = c[4];
            j.protocol = c[5];
            j.info = c[6];
        } else if (c[0] == "hop" && c.size() == 7) {
            auto& j = listing.journeys[std::stoul(c[1])];
            EXPECT_EQ(std::stoul(c[2]), j.hops.size() + 1) << line;
            j.hops.push_back(HopsListing::Hop{std::stoull(c[3]), c[4], c[5], c[6], {}});
        } else if (c[0] == "change" && c.size() == 6) {
            auto& j = listing.journeys[std::stoul(c[1])];
            const std::size_t k = std::stoul(c[2]);
            if (k == 0 || k > j.hops.size() || k == 1) {
                ADD_FAILURE() << "a change before its hop, or on the first hop: " << line;
                continue;
            }
            EXPECT_TRUE(j.hops[k - 1].changes.emplace(c[3], std::pair{c[4], c[5]}).second) << line;
        } else {
            ADD_FAILURE() << "not a line of pcap hops: " << line;
        }
    }
    return listing;
}

// The fields every hop is compared on even when we report no change there, so that "unchanged"
// is checked too.
inline const std::vector<std::string> kHopFields = {
    "eth.src",     "eth.dst",     "ip.ttl",      "ip.checksum",  "ip.src",       "ip.dst",
    "ip.id",       "ip.len",      "tcp.srcport", "tcp.dstport",  "tcp.checksum", "tcp.seq_raw",
    "tcp.ack_raw", "udp.srcport", "udp.dstport", "udp.checksum", "icmp.ident",   "icmp.checksum"};

// For every hop after the first, and every field of kHopFields or named in a change: tshark's
// values of the two frames differ exactly where we list a change, and our before and after
// are tshark's ("ip.src#2" is tshark's second ip.src of the frame). Returns how many changes
// were checked.
inline std::size_t expectHopsAgreeWithTshark(const std::string& path, const HopsListing& listing) {
    std::set<std::string> fields(kHopFields.begin(), kHopFields.end());
    for (const auto& [n, j] : listing.journeys) {
        for (const auto& h : j.hops) {
            for (const auto& [name, values] : h.changes) {
                fields.insert(name.substr(0, name.find('#')));
            }
        }
    }
    const std::vector<std::string> names(fields.begin(), fields.end());
    std::vector<std::string> argv = {"tshark", "-r", path, "-T", "fields", "-e", "frame.number"};
    for (const auto& f : names) {
        argv.insert(argv.end(), {"-e", f});
    }
    // One field's occurrences joined by a character no field of these prints.
    argv.insert(argv.end(), {"-E", "aggregator=|"});
    const auto tshark = runTool(argv);
    EXPECT_EQ(tshark.code, 0) << tshark.err;
    std::map<std::uint64_t, std::vector<std::string>> byFrame;
    std::istringstream in(tshark.out);
    std::string line;
    while (std::getline(in, line)) {
        auto c = tabColumns(line);
        if (c.size() != names.size() + 1) {
            ADD_FAILURE() << "tshark line with " << c.size() << " columns: " << line;
            continue;
        }
        byFrame[std::stoull(c[0])] = std::vector<std::string>(c.begin() + 1, c.end());
    }
    const auto occurrences = [](const std::string& v) {
        std::vector<std::string> out;
        std::size_t start = 0;
        if (v.empty()) {
            return out;
        }
        for (;;) {
            const auto bar = v.find('|', start);
            out.push_back(v.substr(start, bar - start));
            if (bar == std::string::npos) {
                return out;
            }
            start = bar + 1;
        }
    };
    std::size_t checked = 0;
    int wrong = 0;
    for (const auto& [n, j] : listing.journeys) {
        for (std::size_t k = 1; k < j.hops.size(); ++k) {
            const auto& before = byFrame[j.hops[k - 1].frame];
            const auto& after = byFrame[j.hops[k].frame];
            if (before.size() != names.size() || after.size() != names.size()) {
                ADD_FAILURE() << "tshark has no frame " << j.hops[k - 1].frame << " or "
                              << j.hops[k].frame;
                return checked;
            }
            std::set<std::string> expected;
            for (std::size_t f = 0; f < names.size(); ++f) {
                const auto a = occurrences(before[f]);
                const auto b = occurrences(after[f]);
                for (std::size_t o = 0; o < std::max(a.size(), b.size()); ++o) {
                    const std::string av = o < a.size() ? a[o] : "";
                    const std::string bv = o < b.size() ? b[o] : "";
                    const std::string name =
                        o == 0 ? names[f] : names[f] + '#' + std::to_string(o + 1);
                    const auto ours = j.hops[k].changes.find(name);
                    if (av == bv) {
                        if (ours != j.hops[k].changes.end() && ++wrong <= 20) {
                            ADD_FAILURE() << "journey " << n << " hop " << k + 1 << ": we say "
                                          << name << " changed, tshark has " << av << " in frames "
                                          << j.hops[k - 1].frame << " and " << j.hops[k].frame;
                        }
                        continue;
                    }
                    expected.insert(name);
                    if (ours == j.hops[k].changes.end()) {
                        if (++wrong <= 20) {
                            ADD_FAILURE() << "journey " << n << " hop " << k + 1 << ": " << name
                                          << " went from " << av << " to " << bv
                                          << " in tshark (frames " << j.hops[k - 1].frame << ", "
                                          << j.hops[k].frame << "), not in our list";
                        }
                        continue;
                    }
                    ++checked;
                    if (ours->second != std::pair{av, bv} && ++wrong <= 20) {
                        ADD_FAILURE() << "journey " << n << " hop " << k + 1 << " " << name
                                      << ": ours " << ours->second.first << " -> "
                                      << ours->second.second << ", tshark's " << av << " -> " << bv;
                    }
                }
            }
        }
    }
    EXPECT_EQ(wrong, 0);
    std::size_t ours = 0;
    for (const auto& [n, j] : listing.journeys) {
        for (const auto& h : j.hops) {
            ours += h.changes.size();
        }
    }
    EXPECT_EQ(checked, ours) << "changes of ours that tshark has no such field for";
    return checked;
}

} // namespace hopscope::testing
