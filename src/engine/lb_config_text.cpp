// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_config_text.h"

#include "balance/sticky_cookie.h"

#include <algorithm>

namespace hopscope::engine {

std::string LbConfigText::haproxy(const std::string& backendName) const {
    std::string text = "backend " + backendName + "\n";
    switch (m_algorithm) {
    case balance::AlgorithmKind::RoundRobin:
        text += "    balance roundrobin\n";
        break;
    case balance::AlgorithmKind::SmoothWeightedRoundRobin:
        text += "    balance roundrobin        # HAProxy's roundrobin is weighted and smooth\n";
        break;
    case balance::AlgorithmKind::LeastConnections:
        text += "    balance leastconn\n";
        break;
    case balance::AlgorithmKind::Random:
        text += "    balance random(1)         # one draw: plain random\n";
        break;
    case balance::AlgorithmKind::PowerOfTwoChoices:
        text += "    balance random(2)         # two draws, the less loaded wins\n";
        break;
    case balance::AlgorithmKind::PeakEwma:
        text += "    balance leastconn         # HAProxy has no peak EWMA; leastconn is closest\n";
        break;
    case balance::AlgorithmKind::SourceIpHash:
        text += "    balance source\n";
        break;
    case balance::AlgorithmKind::ConsistentHash:
        text += "    balance uri\n    hash-type consistent\n";
        break;
    case balance::AlgorithmKind::StickyCookie:
        text += "    balance roundrobin\n    cookie " + std::string(balance::kStickyCookieName) +
                " insert indirect nocache\n";
        break;
    }
    text += "    option forwardfor\n";
    text += "    retries " + std::to_string(m_proxy.retries) + "\n    option redispatch\n";
    text += "    timeout connect " + std::to_string(m_proxy.connectTimeoutNs / 1'000'000) + "ms\n";
    text += "    timeout server " + std::to_string(m_proxy.responseTimeoutNs / 1'000'000) + "ms\n";
    if (m_health.enabled) {
        text += "    option httpchk GET " + m_health.path + "\n";
        text += "    default-server inter " + std::to_string(m_health.intervalNs / 1'000'000) +
                "ms rise " + std::to_string(m_health.rise) + " fall " +
                std::to_string(m_health.fall) + "\n";
    }
    for (const LbConfigBackend& backend : m_backends) {
        text += "    server " + backend.name + ' ' + backend.address.toString();
        if (m_health.enabled) {
            text += " check";
        }
        text += " weight " + std::to_string(backend.weight);
        if (m_algorithm == balance::AlgorithmKind::StickyCookie) {
            text += " cookie " + backend.name;
        }
        if (backend.backup) {
            text += " backup";
        }
        text += '\n';
    }
    return text;
}

std::string LbConfigText::nginx(const std::string& upstreamName) const {
    std::string text = "upstream " + upstreamName + " {\n";
    switch (m_algorithm) {
    case balance::AlgorithmKind::RoundRobin:
    case balance::AlgorithmKind::SmoothWeightedRoundRobin:
        text += "    # nginx's default: smooth weighted round robin\n";
        break;
    case balance::AlgorithmKind::LeastConnections:
        text += "    least_conn;\n";
        break;
    case balance::AlgorithmKind::Random:
        text += "    random;\n";
        break;
    case balance::AlgorithmKind::PowerOfTwoChoices:
        text += "    random two least_conn;\n";
        break;
    case balance::AlgorithmKind::PeakEwma:
        text += "    least_conn;  # open-source nginx has no peak EWMA\n";
        break;
    case balance::AlgorithmKind::SourceIpHash:
        text += "    ip_hash;\n";
        break;
    case balance::AlgorithmKind::ConsistentHash:
        text += "    hash $uri consistent;\n";
        break;
    case balance::AlgorithmKind::StickyCookie:
        text += "    sticky cookie " + std::string(balance::kStickyCookieName) +
                " path=/;  # nginx Plus only\n";
        break;
    }
    text += "    # open-source nginx checks passively: max_fails failures in fail_timeout\n";
    const std::uint32_t fails = std::max<std::uint32_t>(1, m_health.passiveFailures);
    for (const LbConfigBackend& backend : m_backends) {
        text += "    server " + backend.address.toString() +
                " weight=" + std::to_string(std::max<std::uint32_t>(1, backend.weight)) +
                " max_fails=" + std::to_string(fails) + " fail_timeout=10s";
        if (backend.backup) {
            text += " backup";
        }
        text += ";  # " + backend.name + '\n';
    }
    text += "}\n";
    return text;
}

} // namespace hopscope::engine
