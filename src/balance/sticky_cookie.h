// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"

#include <memory>
#include <string_view>

namespace hopscope::balance {

// The cookie the proxy reads into RequestContext::stickyCookie and sets from
// Choice::setCookie; the name of HAProxy's documentation examples ("cookie SERVERID insert").
inline constexpr std::string_view kStickyCookieName = "SERVERID";

// Session persistence by cookie: a request whose cookie names a backend that can take it goes
// there; any other request is placed by the wrapped algorithm and answered with a cookie naming
// the chosen backend. When that backend goes down its clients are re-placed and re-cookied,
// which is why the lesson shows sessions being lost on failover. Thread-safe if the wrapped
// algorithm is (all of ours are); the lookup itself reads the lock-free pool.
class StickyCookie final : public Balancer {
public:
    explicit StickyCookie(std::unique_ptr<Balancer> inner);

    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::StickyCookie; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;
    void onStart(const BackendPool& pool, std::size_t backend) override;
    void onFinish(const BackendPool& pool, std::size_t backend, std::chrono::nanoseconds latency,
                  bool ok) override;

    [[nodiscard]] const Balancer& inner() const { return *m_inner; }

private:
    std::unique_ptr<Balancer> m_inner;
};

} // namespace hopscope::balance
