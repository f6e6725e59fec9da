// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// Running a CLI command inside the test process, and reading what it printed, the same way in
// every CLI test.

#include "cli/command.h"

#include <sstream>
#include <string>
#include <vector>

namespace hopscope::testing {

// What one command printed, and its exit code.
struct CliRun {
    int code = 0;
    std::string out;
    std::string err;
};

// `command` run with `args` (its own words, without the program and command names).
inline CliRun runCommand(const cli::Command& command, const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    cli::CommandIo io{out, err};
    CliRun run;
    run.code = command.run(args, io);
    run.out = out.str();
    run.err = err.str();
    return run;
}

// `hopscope-cli args...`, as main() runs it.
inline CliRun runCli(std::vector<std::string> args) {
    std::ostringstream out;
    std::ostringstream err;
    cli::CommandIo io{out, err};
    args.insert(args.begin(), "hopscope-cli");
    CliRun run;
    run.code = cli::runCli(args, io);
    run.out = out.str();
    run.err = err.str();
    return run;
}

// The lines of `text`, without their line feeds.
inline std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        out.push_back(line);
    }
    return out;
}

// The tab-separated columns of one line (tshark -T fields and our own tables print them).
inline std::vector<std::string> tabColumns(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        out.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) {
            return out;
        }
        start = tab + 1;
    }
}

} // namespace hopscope::testing
