// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab/lab_failure.h"

#include <QCoreApplication>
#include <QString>

namespace hopscope::gui {

// The translated sentence for why the lab could not start and what fixes it; the lab only
// hands out the code and the system's own words.
class LabFailureText {
    Q_DECLARE_TR_FUNCTIONS(LabFailureText)
public:
    [[nodiscard]] static QString sentence(const lab::LabFailure& failure);
};

} // namespace hopscope::gui
