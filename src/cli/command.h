// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::cli {

// Where a command writes: real streams in main(), string streams in tests.
struct CommandIo {
    std::ostream& out;
    std::ostream& err;
};

// Runs a command (or a subcommand) on its arguments, which exclude the program and the
// command's own name. Returns the process exit code.
using CommandFunction = int (*)(const std::vector<std::string>& args, CommandIo& io);

// One subcommand ("pcap", "bench", "serve", ...), as the registry lists it.
struct Command {
    std::string_view name;
    std::string_view synopsis; // one line for --help
    CommandFunction run = nullptr;
};

// Every command the CLI knows, in --help order (the registry, command_registry.cpp).
std::span<const Command> commands();
// The command of that name in the registry; nullptr when there is none.
const Command* findCommand(std::string_view name);

// Runs argv as the CLI would (argv[0] is the program name); used by main() and tests.
int runCli(const std::vector<std::string>& argv, CommandIo& io);

// For a command made of subcommands ("pcap info", "bench lb"): runs the one args[0] names, or
// prints `usage` (to out for --help, else to err with exit code 2). `command` is the
// command's name for the complaint about an unknown subcommand.
int runSubcommand(std::string_view command, std::string_view usage,
                  std::span<const Command> subcommands, const std::vector<std::string>& args,
                  CommandIo& io);

} // namespace hopscope::cli
