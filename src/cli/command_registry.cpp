// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The one list of the CLI's commands: main(), --help and the tests all read it, so a new
// command is its own file plus one line here.
#include "command.h"

#include <array>

namespace hopscope::cli {

// Each defined in its own file (serve_command.cpp, ...).
int runServe(const std::vector<std::string>& args, CommandIo& io);
int runResolve(const std::vector<std::string>& args, CommandIo& io);
int runLb(const std::vector<std::string>& args, CommandIo& io);
int runPcap(const std::vector<std::string>& args, CommandIo& io);
int runBench(const std::vector<std::string>& args, CommandIo& io);
int runLab(const std::vector<std::string>& args, CommandIo& io);

namespace {

constexpr std::array kCommands{
    Command{"serve",
            "serve [--scenario FILE] [--algorithm NAME]  run the mini-internet on loopback "
            "(DNS hierarchy, resolver, backends, load balancer)",
            runServe},
    Command{"resolve",
            "resolve NAME [TYPE] [--trace] [--root-hints FILE [--port P]] [--scenario FILE]",
            runResolve},
    Command{"lb", "run backends and the load balancer on loopback until Ctrl-C", runLb},
    Command{"pcap",
            "pcap info|fields FILE ...      summarise a capture or print tshark-style fields",
            runPcap},
    Command{"bench", "bench pcap|make-pcap|dns|lb ... throughput benchmarks and test traffic",
            runBench},
    Command{"lab",
            "lab up|exec|shell|run ...      the lab: a small internet of namespaces, captured "
            "at every interface",
            runLab},
};

} // namespace

std::span<const Command> commands() {
    return kCommands;
}

const Command* findCommand(std::string_view name) {
    for (const Command& command : kCommands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

} // namespace hopscope::cli
