// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/algorithm_kind.h"
#include "load_balancer.h"
#include "net/socket_address.h"
#include "tcp_stream_numbers.h"
#include "trace/clock.h"
#include "trace/trace.h"
#include "wire/ipv4_address.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace hopscope::engine {

// Turns the load balancer's reports of sampled requests into trace events: the real HTTP bytes
// in TCP / IPv4 / Ethernet frames between the nodes' display addresses (so the inspector and
// Wireshark show the scene the views draw, not loopback), with a note in the lesson's words.
// Thread-safe: the proxy's workers record concurrently, appends keep the trace in time order.
class LbTraceRecorder {
public:
    static constexpr std::uint16_t kDisplayHttpPort = 80;

    explicit LbTraceRecorder(const trace::Clock& clock) : m_clock(clock) {}

    // Where events go; originNs is the clock time of the trace's zero. Without a trace the
    // frames are still built (the streams' numbers keep counting) but go nowhere.
    void setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs);

    // Records one message; `backend` is the backend's name (empty when none was tried) and
    // `algorithm` the one that picked it. Returns the message's time in the trace.
    std::int64_t record(const LbMessage& message, const std::string& backend,
                        balance::AlgorithmKind algorithm);

    // Node names and display addresses, shared with the views. A client's number is the last
    // byte of its loopback address (127.0.0.N is client-N).
    [[nodiscard]] static std::uint32_t clientNumber(const net::SocketAddress& client);
    [[nodiscard]] static std::string clientName(const net::SocketAddress& client);
    [[nodiscard]] static wire::Ipv4Address clientDisplayAddress(const net::SocketAddress& client);
    [[nodiscard]] static wire::Ipv4Address lbDisplayAddress();
    [[nodiscard]] static wire::Ipv4Address backendDisplayAddress(std::size_t index);

private:
    void append(trace::EventData data);

    const trace::Clock& m_clock;
    mutable std::mutex m_traceMutex;
    std::shared_ptr<trace::Trace> m_trace;
    std::int64_t m_originNs = 0;
    // Requests that were not sampled are not counted, as they are not drawn.
    std::mutex m_streamMutex;
    TcpStreamNumbers m_streams{TcpStreamNumbers::Start::One};
};

} // namespace hopscope::engine
