// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_backend_status.h"

namespace hopscope::gui {

BackendHealthState LbBackendStatus::classify(const engine::BackendView& backend) {
    if (backend.up) {
        return backend.alive ? BackendHealthState::Up : BackendHealthState::Failing;
    }
    if (!backend.alive) {
        return BackendHealthState::Down;
    }
    return backend.health.passed > 0 ? BackendHealthState::Recovering : BackendHealthState::Ejected;
}

std::vector<LbBackendStatus> LbBackendStatus::fromSnapshot(const LbSnapshot& snapshot) {
    std::vector<LbBackendStatus> out;
    const std::uint64_t total = snapshot.metrics.total.completed;
    for (const engine::BackendView& b : snapshot.backends) {
        if (b.removed) {
            continue;
        }
        LbBackendStatus s;
        s.index = b.index;
        s.name = QString::fromStdString(b.name);
        s.displayAddress = QString::fromStdString(
                               engine::LbTraceRecorder::backendDisplayAddress(b.index).toString()) +
                           QStringLiteral(":80");
        s.realEndpoint = QString::fromStdString(b.address.toString());
        s.health = classify(b);
        s.checksPassed = b.health.passed;
        s.checksFailed = b.health.failed;
        s.rise = snapshot.health.rise;
        s.fall = snapshot.health.fall;
        s.lastCheck = QString::fromStdString(b.health.lastResult);
        s.weight = b.weight;
        s.backup = b.backup;
        s.queued = b.server.queued;
        s.errors5xx = b.server.failed + b.server.rejected;
        if (b.index < snapshot.metrics.backends.size()) {
            const balance::BackendMetricsSnapshot& m = snapshot.metrics.backends[b.index];
            s.active = m.active;
            s.completed = m.completed;
            s.errors5xx += m.errors;
            s.p99Ns = m.p99Ns;
            s.sharePercent =
                total > 0 ? 100.0 * static_cast<double>(m.completed) / static_cast<double>(total)
                          : 0.0;
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace hopscope::gui
