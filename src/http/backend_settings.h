// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstdint>
#include <string>

namespace hopscope::http {

// How long a backend takes per request: always the mean, or drawn from an exponential
// distribution with that mean (the textbook model of a server's service time, M/M/c).
enum class ServiceTimeKind : std::uint8_t { Fixed, Exponential };

// What a simulated backend server does with requests; the user changes these while it runs.
struct BackendSettings {
    std::string name = "backend-1"; // also the X-Served-By value
    // Requests served at the same time; 0 means no limit. Above it, requests wait in a queue.
    std::uint32_t capacity = 0;
    // Requests that may wait; one more is answered 503 at once (a full accept queue).
    std::uint32_t queueLimit = 1000;
    ServiceTimeKind serviceTime = ServiceTimeKind::Fixed;
    std::int64_t serviceTimeMeanNs = 0;
    // Probability in [0, 1] that a request is answered 500 (after its service time).
    double errorRate = 0.0;

    bool operator==(const BackendSettings&) const = default;
};

} // namespace hopscope::http
