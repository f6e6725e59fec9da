// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/transport.h"
#include "tcp_stream_numbers.h"
#include "trace/clock.h"
#include "trace/trace.h"
#include "wire/dns_name.h"
#include "wire/ipv4_address.h"
#include "wire/mac_address.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>

namespace hopscope::engine {

// A node as the trace shows it: its scenario name and display address.
struct DnsNode {
    std::string name; // "a.root-servers.net", "resolver", "laptop"
    wire::Ipv4Address displayAddress;
};

// Turns DNS messages seen on live sockets into trace events: the real DNS bytes wrapped in
// UDP (or TCP) / IPv4 / Ethernet with the nodes' display addresses, so the inspector and
// Wireshark show the packet as it would travel between those machines. Times are taken under
// one lock as events are appended, so the trace stays in time order across server threads.
class DnsTraceRecorder {
public:
    DnsTraceRecorder(std::shared_ptr<trace::Trace> trace, const trace::Clock& clock);

    // Thread-safe. `message` is the bare DNS message (over TCP the length prefix is added).
    void record(const DnsNode& from, std::uint16_t fromPort, const DnsNode& to,
                std::uint16_t toPort, dns::Transport transport,
                std::span<const std::uint8_t> message, std::string note);

    [[nodiscard]] const std::shared_ptr<trace::Trace>& trace() const { return m_trace; }

    // The pill text: "A? www.foobar.com", "referral to com.", "CNAME foobar.com, A 198.51.100.10",
    // "NXDOMAIN", "NODATA", "REFUSED", "truncated (TC)".
    [[nodiscard]] static std::string summarize(std::span<const std::uint8_t> message);
    // A name as the notes and pills write it: "www.foobar.com", the root as ".".
    [[nodiscard]] static std::string bareName(const wire::DnsName& name);
    // A stable, locally administered MAC per node: 02:00 followed by the display address.
    [[nodiscard]] static wire::MacAddress macFor(const wire::Ipv4Address& display);

private:
    std::shared_ptr<trace::Trace> m_trace;
    const trace::Clock& m_clock;
    std::int64_t m_originNs = 0;
    std::mutex m_mutex;
    std::uint16_t m_ipId = 1;
    TcpStreamNumbers m_tcpNumbers{TcpStreamNumbers::Start::FromFlow};
};

} // namespace hopscope::engine
