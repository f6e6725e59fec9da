// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "command.h"
#include "engine/logging.h"

#include <ostream>

namespace hopscope::cli {

namespace {

void printUsage(std::ostream& os) {
    os << "Usage: hopscope-cli [--log-level LEVEL] COMMAND [ARGS...]\n\nCommands:\n";
    for (const Command& c : commands()) {
        os << "  " << c.synopsis << '\n';
    }
    os << "\nOptions:\n  --log-level LEVEL  trace, debug, info, warn, error, critical, off "
          "(default warn)\n  --version          print the version\n  --help             this "
          "text\n";
}

} // namespace

int runCli(const std::vector<std::string>& argv, CommandIo& io) {
    std::vector<std::string> args(argv.begin() + (argv.empty() ? 0 : 1), argv.end());
    engine::LogSettings log;
    log.level = "warn";
    while (!args.empty() && args.front().starts_with("--")) {
        const std::string opt = args.front();
        args.erase(args.begin());
        if (opt == "--help") {
            printUsage(io.out);
            return 0;
        }
        if (opt == "--version") {
            io.out << "hopscope-cli " << HOPSCOPE_VERSION << '\n';
            return 0;
        }
        if (opt == "--log-level" && !args.empty()) {
            log.level = args.front();
            args.erase(args.begin());
            if (!engine::isLogLevel(log.level)) {
                io.err << "hopscope-cli: unknown log level '" << log.level << "'\n";
                return 2;
            }
            continue;
        }
        io.err << "hopscope-cli: unknown option '" << opt << "'\n";
        printUsage(io.err);
        return 2;
    }
    if (args.empty()) {
        printUsage(io.err);
        return 2;
    }
    engine::setupLogging(log);
    const std::string name = args.front();
    args.erase(args.begin());
    if (const Command* command = findCommand(name)) {
        return command->run(args, io);
    }
    io.err << "hopscope-cli: unknown command '" << name << "'\n";
    printUsage(io.err);
    return 2;
}

int runSubcommand(std::string_view command, std::string_view usage,
                  std::span<const Command> subcommands, const std::vector<std::string>& args,
                  CommandIo& io) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? io.err : io.out) << usage;
        return args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const Command& subcommand : subcommands) {
        if (subcommand.name == args[0]) {
            return subcommand.run(rest, io);
        }
    }
    io.err << "hopscope-cli " << command << ": unknown subcommand '" << args[0] << "'\n" << usage;
    return 2;
}

} // namespace hopscope::cli
