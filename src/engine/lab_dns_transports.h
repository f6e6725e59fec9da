// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab_servers.h"
#include "lab_tcp_conversation.h"
#include "trace/trace.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace hopscope::engine {

// One DNS question asked of the lab's resolver over one transport, as the client's interface
// saw it.
struct DnsTransportRun {
    std::shared_ptr<trace::Trace> trace = std::make_shared<trace::Trace>();
    std::size_t packets = 0; // frames on the client's interface, both ways, until it is over
    std::size_t bytes = 0;   // their Ethernet bytes
    // Times the client waited for the other side before the answer was in: one for UDP, two
    // for TCP (the handshake, then the question).
    int roundTrips = 0;
    std::int64_t answerNs = 0; // from the first frame sent to the answer received
    std::optional<std::uint16_t> answerCount;
    std::int64_t originNs = 0; // the kernel time of its first frame (one clock for both runs)
    std::string problem;       // what went wrong, if anything
};

// The same DNS question over UDP and over TCP (RFC 7766: a two-byte length before the
// message, one connection, closed by the client when the answer is in).
struct DnsTransportComparison {
    std::string name;
    DnsTransportRun udp;
    DnsTransportRun tcp;

    // Both runs in one trace, UDP first, at their true times from the first UDP frame.
    [[nodiscard]] std::shared_ptr<trace::Trace> together() const;
};

struct DnsTransportOptions {
    std::string clientNode = "laptop";
    std::string clientName = "laptop";
    std::string resolverName = "resolver";
    std::string name = "www.foobar.com";
    std::chrono::milliseconds timeout{5000};
};

// Asks the client node's resolver (the topology's, 198.18.1.53) `options.name` once to fill its
// cache, then over UDP and over TCP, from the client node with the kernel's own sockets; each
// run's frames come from `capture` (kept with UDP, at the client's interface). Blocks: run it
// on a worker.
[[nodiscard]] DnsTransportComparison compareDnsTransports(LabServers& servers,
                                                          LabTcpCapture& capture,
                                                          const DnsTransportOptions& options);

} // namespace hopscope::engine
