// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "cli/command.h"

#include <gtest/gtest.h>
#include <set>
#include <sstream>

namespace hopscope::cli {
namespace {

TEST(CommandRegistry, HelpListsEveryCommandAndEachNameFindsItsOwn) {
    std::ostringstream out;
    std::ostringstream err;
    CommandIo io{out, err};
    ASSERT_EQ(runCli({"hopscope-cli", "--help"}, io), 0);
    std::set<std::string_view> names;
    for (const Command& command : commands()) {
        EXPECT_TRUE(names.insert(command.name).second) << command.name << " is listed twice";
        EXPECT_NE(out.str().find("  " + std::string(command.synopsis) + '\n'), std::string::npos)
            << command.name;
        EXPECT_EQ(findCommand(command.name), &command);
        ASSERT_NE(command.run, nullptr) << command.name;
    }
    for (const std::string_view known : {"serve", "resolve", "lb", "pcap", "bench"}) {
        EXPECT_TRUE(names.contains(known)) << known;
    }
    EXPECT_EQ(findCommand("lab-that-is-not-there"), nullptr);
}

TEST(CommandRegistry, AnUnknownCommandOrSubcommandIsAUsageError) {
    std::ostringstream out;
    std::ostringstream err;
    CommandIo io{out, err};
    EXPECT_EQ(runCli({"hopscope-cli", "frobnicate"}, io), 2);
    EXPECT_NE(err.str().find("unknown command 'frobnicate'"), std::string::npos);
    err.str({});
    EXPECT_EQ(runCli({"hopscope-cli", "bench", "frobnicate"}, io), 2);
    EXPECT_NE(err.str().find("hopscope-cli bench: unknown subcommand 'frobnicate'"),
              std::string::npos);
}

} // namespace
} // namespace hopscope::cli
