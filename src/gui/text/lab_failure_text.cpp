// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_failure_text.h"

namespace hopscope::gui {

namespace {

QString why(const lab::LabFailure& failure) {
    using Code = lab::LabFailureCode;
    switch (failure.code) {
    case Code::UserNamespacesRestrictedByAppArmor:
        return LabFailureText::tr(
            "AppArmor forbids ordinary programs to make user namespaces "
            "(kernel.apparmor_restrict_unprivileged_userns = 1).");
    case Code::UserNamespacesLimitZero:
        return LabFailureText::tr("This computer allows no user namespaces "
                                  "(user.max_user_namespaces = 0).");
    case Code::UserNamespacesDisabled:
        return LabFailureText::tr("The kernel does not let ordinary users make user namespaces "
                                  "(kernel.unprivileged_userns_clone = 0).");
    case Code::UserNamespacesBlockedBySandbox:
        return LabFailureText::tr(
            "Hopscope runs in a sandbox (a container or Flatpak) that forbids namespaces.");
    case Code::UserNamespacesRefused:
        return LabFailureText::tr("The kernel refused to make a user namespace.");
    case Code::HelperMissing:
        return LabFailureText::tr("The lab's helper program (hopscope-lab-helper) is not "
                                  "installed.");
    case Code::ToolMissing:
        return LabFailureText::tr("The programs ip or nft are missing (install iproute2 and "
                                  "nftables).");
    case Code::SetupFailed:
        return LabFailureText::tr("A step of building the lab's network failed.");
    case Code::HelperDied:
        return LabFailureText::tr("The lab's helper program ended without saying why.");
    }
    return {};
}

} // namespace

QString LabFailureText::sentence(const lab::LabFailure& failure) {
    QString text = why(failure);
    if (!failure.detail.empty()) {
        text += QLatin1Char(' ') + tr("(%1)").arg(QString::fromStdString(failure.detail));
    }
    return text;
}

} // namespace hopscope::gui
