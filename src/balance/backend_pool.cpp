// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "backend_pool.h"

namespace hopscope::balance {

namespace {
std::atomic<std::uint64_t> nextPoolId{1};
} // namespace

BackendPool::BackendPool() : m_id(nextPoolId.fetch_add(1, std::memory_order_relaxed)) {}

bool BackendPool::isValidName(std::string_view name) {
    if (name.empty() || name.size() > 64) {
        return false;
    }
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::optional<std::size_t> BackendPool::add(const BackendInfo& info) {
    if (!isValidName(info.name) || info.weight > kMaxWeight) {
        return std::nullopt;
    }
    std::lock_guard lock(m_writeMutex);
    const std::size_t n = m_size.load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < n; ++i) {
        BackendState& s = *m_slots[i];
        if (s.m_name != info.name) {
            continue;
        }
        if (!s.isRemoved()) {
            return std::nullopt;
        }
        s.m_weight.store(info.weight);
        s.m_backup.store(info.backup);
        s.m_up.store(true);
        s.m_removed.store(false);
        m_generation.fetch_add(1);
        return i;
    }
    BackendMetrics* metrics = m_metrics.attach(info.name);
    if (metrics == nullptr) {
        return std::nullopt;
    }
    auto state = std::make_unique<BackendState>(n, info.name, *metrics);
    state->m_weight.store(info.weight);
    state->m_backup.store(info.backup);
    m_slots[n] = std::move(state);
    m_size.store(n + 1, std::memory_order_release);
    m_generation.fetch_add(1);
    return n;
}

BackendState* BackendPool::slot(std::size_t index) {
    return index < m_size.load(std::memory_order_relaxed) ? m_slots[index].get() : nullptr;
}

bool BackendPool::remove(std::size_t index) {
    std::lock_guard lock(m_writeMutex);
    BackendState* s = slot(index);
    if (s == nullptr || s->isRemoved()) {
        return false;
    }
    s->m_removed.store(true);
    m_generation.fetch_add(1);
    return true;
}

bool BackendPool::setUp(std::size_t index, bool up) {
    std::lock_guard lock(m_writeMutex);
    BackendState* s = slot(index);
    if (s == nullptr) {
        return false;
    }
    s->m_up.store(up);
    return true;
}

bool BackendPool::setWeight(std::size_t index, std::uint32_t weight) {
    std::lock_guard lock(m_writeMutex);
    BackendState* s = slot(index);
    if (s == nullptr || weight > kMaxWeight) {
        return false;
    }
    s->m_weight.store(weight);
    m_generation.fetch_add(1);
    return true;
}

bool BackendPool::setBackup(std::size_t index, bool backup) {
    std::lock_guard lock(m_writeMutex);
    BackendState* s = slot(index);
    if (s == nullptr) {
        return false;
    }
    s->m_backup.store(backup);
    m_generation.fetch_add(1);
    return true;
}

std::optional<std::size_t> BackendPool::find(std::string_view name) const {
    const std::size_t n = size();
    for (std::size_t i = 0; i < n; ++i) {
        const BackendState& s = *m_slots[i];
        if (s.name() == name && !s.isRemoved()) {
            return i;
        }
    }
    return std::nullopt;
}

Candidates BackendPool::candidates() const {
    Candidates primaries;
    Candidates backups;
    backups.backups = true;
    const std::size_t n = size();
    for (std::size_t i = 0; i < n; ++i) {
        const BackendState& s = *m_slots[i];
        if (s.isRemoved() || !s.isUp() || s.weight() == 0) {
            continue;
        }
        // All up backups serve together (HAProxy's "option allbackups"), so failing over does
        // not pile every request onto one machine.
        (s.isBackup() ? backups : primaries).add(i);
    }
    return primaries.empty() ? backups : primaries;
}

} // namespace hopscope::balance
