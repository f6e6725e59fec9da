// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_algorithm_text.h"

namespace hopscope::gui {

QString LbAlgorithmText::name(balance::AlgorithmKind kind) {
    const std::string_view n = balance::algorithmName(kind);
    return QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size()));
}

QString LbAlgorithmText::description(balance::AlgorithmKind kind) {
    switch (kind) {
    case balance::AlgorithmKind::RoundRobin:
        return tr("each backend in turn, ignoring weights");
    case balance::AlgorithmKind::SmoothWeightedRoundRobin:
        return tr("in turn, as often as its weight says (nginx's default)");
    case balance::AlgorithmKind::LeastConnections:
        return tr("the backend with the fewest requests in progress");
    case balance::AlgorithmKind::Random:
        return tr("a backend picked at random");
    case balance::AlgorithmKind::PowerOfTwoChoices:
        return tr("the less busy of two backends picked at random");
    case balance::AlgorithmKind::PeakEwma:
        return tr("the lowest expected wait from recent response times");
    case balance::AlgorithmKind::SourceIpHash:
        return tr("a hash of the client's address: a client always lands on the same backend");
    case balance::AlgorithmKind::ConsistentHash:
        return tr("a hash ring of the URL: few keys move when backends come and go");
    case balance::AlgorithmKind::StickyCookie:
        return tr("a cookie keeps each client on its first backend");
    }
    return {};
}

QString LbAlgorithmText::label(balance::AlgorithmKind kind) {
    return tr("%1 — %2").arg(name(kind), description(kind));
}

} // namespace hopscope::gui
