// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstdint>
#include <functional>
#include <span>

namespace hopscope::cli {

// Generates a deterministic, realistic capture for benchmarks and interop tests: clients on a
// home network look up a name at their resolver (DNS over UDP, query and answer) and then
// fetch a page from the answer (HTTP/1.1 over TCP: handshake, request, response, teardown).
// Every frame is Ethernet/IPv4 built by wire::FrameBuilder with correct lengths and checksums;
// the same seed always gives the same bytes and times.
class SyntheticCapture {
public:
    // Receives each frame and its time since the Unix epoch; return false to stop.
    using Sink = std::function<bool(std::int64_t timeNs, std::span<const std::uint8_t> frame)>;

    static constexpr std::int64_t kDefaultStartNs = 1'767'225'600'000'000'000; // 2026-01-01

    explicit SyntheticCapture(std::uint64_t seed = 1, std::int64_t startNs = kDefaultStartNs);

    // Produces exactly `count` frames (the last conversation may be cut short) unless the sink
    // stops early; returns how many frames it produced.
    std::uint64_t generate(std::uint64_t count, const Sink& sink);

private:
    std::uint64_t random();

    std::uint64_t m_state;
    std::int64_t m_timeNs;
};

} // namespace hopscope::cli
