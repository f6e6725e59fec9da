// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// Golden frames recorded from TShark 4.0.17: each frame was written to a pcap and read back with
// `tshark -T fields -E occurrence=a` (values) and `tshark -T pdml` (positions), so dissector
// tests compare against tshark's own text without needing tshark at test time.

#include "wire/layer.h"

#include <cstddef>
#include <cstdint>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace hopscope::wire::app_golden {

struct AppGoldenField {
    std::string filter;
    std::vector<std::string> values;                         // tshark -T fields, per occurrence
    std::vector<std::pair<std::size_t, std::size_t>> places; // PDML pos, size; empty: not compared
};

struct AppGoldenFrame {
    std::string name;
    std::string frameHex;
    std::size_t payloadOffset;
    bool tcp;
    std::string info;
    std::vector<AppGoldenField> fields;
};

inline std::vector<std::uint8_t> fromHex(const std::string& hex) {
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        out.push_back(static_cast<std::uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    }
    return out;
}

inline void collectFilters(const std::vector<Field>& fields, std::set<std::string>& out) {
    for (const auto& f : fields) {
        if (!f.filter.empty()) {
            out.insert(f.filter);
        }
        collectFilters(f.children, out);
    }
}

// Checks one dissection against tshark: the info column, every field's values in order, and
// where each occurrence sits. Wireshark places flag bits on their whole 16-bit word, so a field
// narrower than a byte only has to lie inside tshark's span. Filters tshark did not print must
// not appear either.
inline void expectMatchesTshark(const AppGoldenFrame& g, const Dissection& d) {
    SCOPED_TRACE(g.name);
    EXPECT_EQ(d.info, g.info);
    std::set<std::string> expectedFilters;
    for (const auto& gf : g.fields) {
        SCOPED_TRACE(gf.filter);
        expectedFilters.insert(gf.filter);
        const auto found = d.find(gf.filter);
        std::vector<std::string> values;
        for (const auto* f : found) {
            values.push_back(f->value);
        }
        EXPECT_EQ(values, gf.values);
        if (gf.places.empty()) {
            continue;
        }
        ASSERT_EQ(found.size(), gf.places.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            const auto [pos, size] = gf.places[i];
            const Field& f = *found[i];
            if (size == 0) {
                // A generated field; tshark's offset for one in a second pipelined message
                // counts the segment start twice, so only its zero length is compared.
                EXPECT_EQ(f.bitLength, 0U) << "occurrence " << i;
                continue;
            }
            if (f.bitOffset % 8 == 0 && f.bitLength % 8 == 0) {
                EXPECT_EQ(f.bitOffset / 8, pos) << "occurrence " << i;
                EXPECT_EQ(f.bitLength / 8, size) << "occurrence " << i;
            } else {
                EXPECT_GE(f.bitOffset, pos * 8) << "occurrence " << i;
                EXPECT_LE(f.bitOffset + f.bitLength, (pos + size) * 8) << "occurrence " << i;
            }
        }
    }
    std::set<std::string> ours;
    for (const auto& l : d.layers) {
        collectFilters(l.fields, ours);
    }
    EXPECT_EQ(ours, expectedFilters);
}

} // namespace hopscope::wire::app_golden
