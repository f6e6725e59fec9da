// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/algorithm_kind.h"

#include <QCoreApplication>
#include <QString>

namespace hopscope::gui {

// The words for a balancing algorithm: its configuration name (algorithmName(), the word a user
// carries over to HAProxy or the CLI) and a translated one-line description of what it does.
class LbAlgorithmText {
    Q_DECLARE_TR_FUNCTIONS(LbAlgorithmText)
public:
    [[nodiscard]] static QString name(balance::AlgorithmKind kind);
    [[nodiscard]] static QString description(balance::AlgorithmKind kind);
    // "roundrobin — each in turn, ignoring weights"
    [[nodiscard]] static QString label(balance::AlgorithmKind kind);
};

} // namespace hopscope::gui
