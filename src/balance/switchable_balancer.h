// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_pool.h"
#include "balancer.h"
#include "outcome.h"

#include <chrono>
#include <memory>
#include <optional>
#include <shared_mutex>

namespace hopscope::balance {

// What the proxy talks to: the pool plus the current algorithm, which the user may change while
// requests are in flight. Per request the proxy calls pick(); if it got a backend, onStart()
// when the request is sent and onFinish() exactly once when it ends, however it ends.
//
// This class, not the algorithms, keeps the counters (through the pool's metrics): active
// connections survive a switch because no algorithm owns them, and a request picked by the old
// algorithm finishes through the new one without leaking a count. setAlgorithm() replaces a
// shared pointer under a writer lock; a pick running on the old algorithm keeps it alive until
// it returns.
//
// Threads: all members may be called from any thread. The reader lock is held only to copy the
// pointer, never while an algorithm runs.
class SwitchableBalancer {
public:
    // A null algorithm means roundrobin.
    SwitchableBalancer(BackendPool& pool, std::unique_ptr<Balancer> algorithm);

    // nullopt: no backend can take the request; counted as unrouted (the proxy answers 503).
    [[nodiscard]] std::optional<Choice> pick(const RequestContext& request);
    // Indices not below pool().size() are ignored.
    void onStart(std::size_t backend);
    void onFinish(std::size_t backend, std::chrono::nanoseconds latency, Outcome outcome);

    // Ignores null.
    void setAlgorithm(std::unique_ptr<Balancer> algorithm);
    [[nodiscard]] AlgorithmKind algorithm() const;
    // The running algorithm, for views that show its state (e.g. PeakEwma's estimates).
    [[nodiscard]] std::shared_ptr<const Balancer> current() const;

    [[nodiscard]] BackendPool& pool() { return m_pool; }
    [[nodiscard]] const BackendPool& pool() const { return m_pool; }

private:
    [[nodiscard]] std::shared_ptr<Balancer> currentMutable() const;

    BackendPool& m_pool;
    mutable std::shared_mutex m_mutex;
    std::shared_ptr<Balancer> m_algorithm;
};

} // namespace hopscope::balance
