// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lb_snapshot.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace hopscope::gui {

// How a backend stands, in the words the card uses. Up and down are the pool's view (what the
// balancer obeys); the rest say why, from the server's state and the health checks.
enum class BackendHealthState : std::uint8_t {
    Up,         // answering, in the pool
    Failing,    // killed, but the health checks have not taken it out yet
    Down,       // killed and taken out
    Ejected,    // running but taken out (failed checks or failed requests)
    Recovering, // running again and passing checks, not yet `rise` of them
};

// One backend card's numbers, derived from a snapshot. Counters are cumulative since the stack
// started and never sampled; the share is of all requests the backends answered.
struct LbBackendStatus {
    std::size_t index = 0; // pool index: also the backend's colour
    QString name;
    QString displayAddress; // "10.0.0.11:80"
    QString realEndpoint;   // "127.0.0.1:41234"
    BackendHealthState health = BackendHealthState::Up;
    std::uint32_t checksPassed = 0; // consecutive
    std::uint32_t checksFailed = 0; // consecutive
    std::uint32_t rise = 2;
    std::uint32_t fall = 3;
    QString lastCheck; // "200 OK in 0.4 ms", "connection refused"
    std::uint32_t weight = 1;
    bool backup = false;
    std::uint64_t active = 0; // requests the proxy has in progress on it
    std::uint64_t queued = 0; // requests waiting at the backend for a free slot
    std::uint64_t completed = 0;
    double sharePercent = 0.0;
    std::uint64_t errors5xx = 0; // proxy 502/503/504 on it plus its own 500s and 503s
    std::int64_t p99Ns = 0;

    // The backends still in the pool, in pool order.
    [[nodiscard]] static std::vector<LbBackendStatus> fromSnapshot(const LbSnapshot& snapshot);
    [[nodiscard]] static BackendHealthState classify(const engine::BackendView& backend);
};

} // namespace hopscope::gui
