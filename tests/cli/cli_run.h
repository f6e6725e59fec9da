// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// Running a CLI command inside the test process the same way in every CLI test (text_split.h
// reads what it printed).

#include "../support/text_split.h"
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

} // namespace hopscope::testing
