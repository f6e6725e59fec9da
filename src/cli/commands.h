// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "command.h"

namespace hopscope::cli {

// Each command family is defined in its own file; allCommands() lists them in --help order.
Command pcapCommand();    // pcap_command.cpp
Command benchCommand();   // bench_command.cpp
Command resolveCommand(); // resolve_command.cpp
Command lbCommand();      // lb_command.cpp
Command serveCommand();   // serve_command.cpp

// `hopscope-cli bench dns ...` (bench_dns.cpp): serves one authoritative server of a scenario
// for a load generator (tests/bench/dns_bench.sh); the bench command dispatches to it.
int runBenchDns(const std::vector<std::string>& args, CommandIo& io);
// `hopscope-cli bench lb ...` (bench_lb.cpp): our load balancer against HAProxy, both driven
// by wrk in one run; the bench command dispatches to it.
int runBenchLb(const std::vector<std::string>& args, CommandIo& io);

std::vector<Command> allCommands();

} // namespace hopscope::cli
