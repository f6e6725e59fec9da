// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_metrics.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

namespace hopscope::balance {

// One slot of the pool as the balancers see it. The name is fixed when the slot is created;
// everything that changes at run time (weight, up/down from health checks, backup, removal) is
// an atomic, so worker threads read it without a lock while the GUI thread changes it through
// BackendPool. Active connections come from the slot's metrics: one counter, two readers.
class BackendState {
public:
    BackendState(std::size_t index, std::string name, BackendMetrics& metrics)
        : m_index(index), m_name(std::move(name)), m_metrics(metrics) {}
    BackendState(const BackendState&) = delete;
    BackendState& operator=(const BackendState&) = delete;

    [[nodiscard]] std::size_t index() const { return m_index; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] std::uint32_t weight() const { return m_weight.load(); }
    [[nodiscard]] bool isUp() const { return m_up.load(); }
    [[nodiscard]] bool isBackup() const { return m_backup.load(); }
    [[nodiscard]] bool isRemoved() const { return m_removed.load(); }
    [[nodiscard]] std::uint64_t active() const { return m_metrics.active(); }
    [[nodiscard]] const BackendMetrics& metrics() const { return m_metrics; }

private:
    friend class BackendPool;

    const std::size_t m_index;
    const std::string m_name;
    BackendMetrics& m_metrics;
    std::atomic<std::uint32_t> m_weight{1};
    std::atomic<bool> m_up{true};
    std::atomic<bool> m_backup{false};
    std::atomic<bool> m_removed{false};
};

} // namespace hopscope::balance
