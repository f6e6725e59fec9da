// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_info.h"
#include "backend_state.h"
#include "candidates.h"
#include "load_balancer_metrics.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>

namespace hopscope::balance {

// The backends behind the proxy, owned by the proxy and shared by whichever algorithm runs.
//
// Threads: any number of readers (worker threads picking, the GUI drawing) and writers (the
// GUI, health checks) at once. Slots are created by add() and never move or disappear, so
// readers take no lock: a slot is published by a release store of size() after it is fully
// built, and its changing fields are atomics. Writers serialise on one mutex so that the
// generation counter moves after the change it announces.
//
// Indices are stable for the life of the pool: remove() retires a slot instead of erasing it,
// so a request in flight still finishes on the index it started with, and its metrics stay.
class BackendPool {
public:
    BackendPool();
    BackendPool(const BackendPool&) = delete;
    BackendPool& operator=(const BackendPool&) = delete;

    // Adds a backend (up) and returns its index; nullopt when the name is not a valid token,
    // already names a live backend, the weight exceeds kMaxWeight, or the pool is full. Adding
    // the name of a removed backend brings that slot back, with its history.
    std::optional<std::size_t> add(const BackendInfo& info);
    // Retires a backend: it is never picked again, requests in flight finish normally.
    bool remove(std::size_t index);
    // Health: a down backend keeps its place (and its keys on a hash ring) but gets no requests.
    bool setUp(std::size_t index, bool up);
    bool setWeight(std::size_t index, std::uint32_t weight);
    bool setBackup(std::size_t index, bool backup);

    // Slots ever added, removed ones included.
    [[nodiscard]] std::size_t size() const { return m_size.load(std::memory_order_acquire); }
    // index < size()
    [[nodiscard]] const BackendState& at(std::size_t index) const { return *m_slots[index]; }
    // The live (not removed) backend with this name.
    [[nodiscard]] std::optional<std::size_t> find(std::string_view name) const;
    [[nodiscard]] Candidates candidates() const;
    // Moves on every change of membership, weight or backup flag, the things a precomputed
    // structure (a hash ring, a weight table) is built from. Up/down does not move it: those
    // are read on every pick.
    [[nodiscard]] std::uint64_t generation() const { return m_generation.load(); }
    // Unique per pool in this process (addresses are reused), for caches keyed on a pool.
    [[nodiscard]] std::uint64_t id() const { return m_id; }

    [[nodiscard]] LoadBalancerMetrics& metrics() { return m_metrics; }
    [[nodiscard]] const LoadBalancerMetrics& metrics() const { return m_metrics; }

    [[nodiscard]] static bool isValidName(std::string_view name);

private:
    BackendState* slot(std::size_t index);

    const std::uint64_t m_id;
    std::mutex m_writeMutex;
    LoadBalancerMetrics m_metrics;
    std::array<std::unique_ptr<BackendState>, kMaxBackends> m_slots{};
    std::atomic<std::size_t> m_size{0};
    std::atomic<std::uint64_t> m_generation{0};
};

} // namespace hopscope::balance
