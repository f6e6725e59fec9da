// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>

namespace hopscope::balance {

// How a proxied request ended, as the load balancer counts it. A backend that answers at all
// (even with its own 500) is Ok here: these are the proxy's failures, each with the status the
// proxy answers with, so the error counters match what clients saw.
enum class Outcome : std::uint8_t {
    Ok,
    BadGateway,         // 502: the backend sent something that is not an HTTP response
    ServiceUnavailable, // 503: the backend refused (queue full, maxconn)
    GatewayTimeout,     // 504: the backend did not answer in time
    ConnectFailed,      // the TCP connection to the backend failed (answered as 503)
};

inline constexpr std::size_t kOutcomeCount = 5;

[[nodiscard]] constexpr std::size_t outcomeIndex(Outcome outcome) {
    return static_cast<std::size_t>(outcome);
}

} // namespace hopscope::balance
