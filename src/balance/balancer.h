// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "algorithm_kind.h"
#include "backend_pool.h"
#include "request_context.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace hopscope::balance {

// A balancer's answer for one request.
struct Choice {
    std::size_t backend = 0; // index in the pool
    // When not empty, the proxy adds "Set-Cookie: <kStickyCookieName>=<setCookie>; Path=/" to the
    // response so the client comes back to the same backend (only StickyCookie sets it).
    std::string setCookie;
};

// One balancing algorithm. The pool is passed to every call rather than held, so an algorithm
// is a plain object that can be created before the pool exists, swapped at run time
// (SwitchableBalancer) and tested on a pool of its own.
//
// Threads: pick, onStart and onFinish are called concurrently from the proxy's worker threads;
// every implementation is safe for that, either lock-free (atomics) or with one mutex of its
// own, held only for the computation and never while calling out.
//
// Active connections are not counted here but in the pool's metrics (SwitchableBalancer keeps
// them), so switching algorithms loses nothing and the algorithms that balance on load read
// one shared truth. onStart/onFinish exist for what an algorithm learns on its own (latency,
// failures); an algorithm must accept onFinish for a request that another algorithm picked.
class Balancer {
public:
    virtual ~Balancer() = default;

    [[nodiscard]] virtual AlgorithmKind kind() const = 0;
    // The backend for this request among pool.candidates(); nullopt when there is none (every
    // backend down or removed): the proxy then answers 503.
    [[nodiscard]] virtual std::optional<Choice> pick(const BackendPool& pool,
                                                     const RequestContext& request) = 0;
    virtual void onStart(const BackendPool& /*pool*/, std::size_t /*backend*/) {}
    virtual void onFinish(const BackendPool& /*pool*/, std::size_t /*backend*/,
                          std::chrono::nanoseconds /*latency*/, bool /*ok*/) {}
};

} // namespace hopscope::balance
