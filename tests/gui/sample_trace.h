// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/trace.h"

#include <cstddef>
#include <memory>

namespace hopscope::gui::test {

// Traces built in the tests from real frames (FrameBuilder + the DNS codec): an iterative DNS
// lookup for www.foobar.com followed by a TCP handshake and an HTTP GET.
class SampleTrace {
public:
    static constexpr std::size_t kDnsEvents = 8;
    static constexpr std::size_t kEvents = 13;

    [[nodiscard]] static std::shared_ptr<trace::Trace> lookupAndFetch();
    // Appends the events of lookupAndFetch() to `into`, times offset by `offsetNs`.
    static void appendTo(trace::Trace& into, std::int64_t offsetNs = 0);
    // `count` small UDP events between a few hosts, for bulk and benchmark tests.
    [[nodiscard]] static std::shared_ptr<trace::Trace> bulk(std::size_t count);
};

} // namespace hopscope::gui::test
