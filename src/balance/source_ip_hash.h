// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"

namespace hopscope::balance {

// HAProxy's "balance source" with its default map-based hashing: the client address is hashed
// and taken modulo the candidates' total weight, so a client keeps its backend while the set of
// backends stays the same. Any change (a backend down, a weight) reshuffles most clients; that
// is the lesson that leads to ConsistentHash. Stateless, so thread-safe as it is.
class SourceIpHash final : public Balancer {
public:
    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::SourceIpHash; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;
};

} // namespace hopscope::balance
