// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/event.h"

#include <QCoreApplication>
#include <QString>

namespace hopscope::gui {

// The translated words for where an event came from; the engine only hands out the code.
class SourceKindText {
    Q_DECLARE_TR_FUNCTIONS(SourceKindText)
public:
    [[nodiscard]] static QString name(trace::SourceKind kind);
    [[nodiscard]] static QString description(trace::SourceKind kind);
};

} // namespace hopscope::gui
