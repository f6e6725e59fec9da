// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// `pcap fields` and `tshark -T fields` over the same file, for the tests that compare them
// column by column.

#include "../wire/capture_tools.h"
#include "cli_run.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hopscope::testing {

// The lines each tool printed, one frame a line, one tab-separated column per field.
struct FieldLines {
    std::vector<std::string> ours;
    std::vector<std::string> theirs;
};

// Runs `hopscope-cli pcap fields` and tshark over `path` with `fields`, tshark on the TCP
// preferences our values follow (tshark 4.0's defaults, named so that a user's preferences
// file cannot change what is compared); a tool that fails is a test failure.
inline FieldLines fieldsOfBoth(const std::string& path, const std::vector<std::string>& fields) {
    std::vector<std::string> ours = {"pcap", "fields", path};
    std::vector<std::string> tshark = {"tshark",
                                       "-r",
                                       path,
                                       "-o",
                                       "tcp.analyze_sequence_numbers:TRUE",
                                       "-o",
                                       "tcp.relative_sequence_numbers:TRUE",
                                       "-o",
                                       "tcp.calculate_timestamps:TRUE",
                                       "-o",
                                       "tcp.track_bytes_in_flight:TRUE",
                                       "-T",
                                       "fields"};
    for (const auto& f : fields) {
        ours.insert(ours.end(), {"-e", f});
        tshark.insert(tshark.end(), {"-e", f});
    }
    const CliRun run = runCli(ours);
    EXPECT_EQ(run.code, 0) << run.err;
    const auto theirs = runTool(tshark);
    EXPECT_EQ(theirs.code, 0) << theirs.err;
    FieldLines out{lines(run.out), lines(theirs.out)};
    EXPECT_EQ(out.ours.size(), out.theirs.size()) << path;
    EXPECT_FALSE(out.theirs.empty()) << path;
    return out;
}

} // namespace hopscope::testing
