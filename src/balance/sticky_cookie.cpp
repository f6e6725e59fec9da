// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "sticky_cookie.h"

#include "round_robin.h"

namespace hopscope::balance {

StickyCookie::StickyCookie(std::unique_ptr<Balancer> inner)
    : m_inner(inner ? std::move(inner) : std::make_unique<RoundRobin>()) {}

std::optional<Choice> StickyCookie::pick(const BackendPool& pool, const RequestContext& request) {
    if (!request.stickyCookie.empty()) {
        const std::optional<std::size_t> named = pool.find(request.stickyCookie);
        // The cookie is honoured only for a backend that may take requests now: down, drained
        // and (while primaries are up) backup backends are not.
        if (named && pool.candidates().contains(*named)) {
            return Choice{*named, {}};
        }
    }
    std::optional<Choice> choice = m_inner->pick(pool, request);
    if (choice) {
        choice->setCookie = pool.at(choice->backend).name();
    }
    return choice;
}

void StickyCookie::onStart(const BackendPool& pool, std::size_t backend) {
    m_inner->onStart(pool, backend);
}

void StickyCookie::onFinish(const BackendPool& pool, std::size_t backend,
                            std::chrono::nanoseconds latency, bool ok) {
    m_inner->onFinish(pool, backend, latency, ok);
}

} // namespace hopscope::balance
