// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace hopscope::cli {

// Where a command writes: real streams in main(), string streams in tests.
struct CommandIo {
    std::ostream& out;
    std::ostream& err;
};

// One subcommand ("pcap", "bench", "serve", ...). Arguments exclude the program and the
// command's own name. Returns the process exit code.
struct Command {
    std::string name;
    std::string synopsis; // one line for --help
    std::function<int(const std::vector<std::string>& args, CommandIo& io)> run;
};

// Every command the CLI knows, in --help order.
const std::vector<Command>& commands();

// Runs argv as the CLI would (argv[0] is the program name); used by main() and tests.
int runCli(const std::vector<std::string>& argv, CommandIo& io);

} // namespace hopscope::cli
