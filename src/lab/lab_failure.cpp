// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_failure.h"

#include <array>

namespace hopscope::lab {

namespace {

struct CodeName {
    LabFailureCode code;
    const char* name;
};

constexpr std::array kCodeNames{
    CodeName{LabFailureCode::UserNamespacesRestrictedByAppArmor, "userns-apparmor"},
    CodeName{LabFailureCode::UserNamespacesLimitZero, "userns-limit"},
    CodeName{LabFailureCode::UserNamespacesDisabled, "userns-disabled"},
    CodeName{LabFailureCode::UserNamespacesBlockedBySandbox, "userns-sandbox"},
    CodeName{LabFailureCode::UserNamespacesRefused, "userns-refused"},
    CodeName{LabFailureCode::HelperMissing, "helper-missing"},
    CodeName{LabFailureCode::ToolMissing, "tool-missing"},
    CodeName{LabFailureCode::SetupFailed, "setup-failed"},
    CodeName{LabFailureCode::HelperDied, "helper-died"},
};

} // namespace

const char* labFailureCodeName(LabFailureCode code) {
    for (const auto& entry : kCodeNames) {
        if (entry.code == code) {
            return entry.name;
        }
    }
    return "setup-failed";
}

std::optional<LabFailureCode> parseLabFailureCode(std::string_view name) {
    for (const auto& entry : kCodeNames) {
        if (name == entry.name) {
            return entry.code;
        }
    }
    return std::nullopt;
}

std::string LabFailure::toText() const {
    return std::string(labFailureCodeName(code)) + ' ' + detail;
}

LabFailure LabFailure::fromText(std::string_view text) {
    const auto space = text.find(' ');
    const auto name = text.substr(0, space);
    LabFailure failure;
    failure.code = parseLabFailureCode(name).value_or(LabFailureCode::SetupFailed);
    failure.detail =
        space == std::string_view::npos ? std::string{} : std::string(text.substr(space + 1));
    return failure;
}

std::string labFailureAdvice(const LabFailure& failure) {
    std::string advice;
    switch (failure.code) {
    case LabFailureCode::UserNamespacesRestrictedByAppArmor:
        advice = "This system's AppArmor policy stops ordinary programs from creating user "
                 "namespaces (kernel.apparmor_restrict_unprivileged_userns = 1, as on Ubuntu "
                 "24.04). Installing Hopscope's package adds an AppArmor profile that allows it "
                 "for the lab helper; for a build of your own, an administrator can load that "
                 "profile (packaging/apparmor/hopscope-lab-helper) with apparmor_parser -r.";
        break;
    case LabFailureCode::UserNamespacesLimitZero:
        advice = "User namespaces are switched off by a limit of zero (user.max_user_namespaces "
                 "= 0). An administrator can allow them with: sysctl -w "
                 "user.max_user_namespaces=10000";
        break;
    case LabFailureCode::UserNamespacesDisabled:
        advice = "Unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone = "
                 "0). An administrator can allow them with: sysctl -w "
                 "kernel.unprivileged_userns_clone=1";
        break;
    case LabFailureCode::UserNamespacesBlockedBySandbox:
        advice = "Hopscope runs inside a sandbox (a container's seccomp profile or Flatpak) that "
                 "forbids creating namespaces. Run it outside the sandbox, or start the "
                 "container with a profile that allows unshare and setns.";
        break;
    case LabFailureCode::UserNamespacesRefused:
        advice = "The system refused to create a user namespace.";
        break;
    case LabFailureCode::HelperMissing:
        advice = "The lab helper program (hopscope-lab-helper) is not installed beside Hopscope.";
        break;
    case LabFailureCode::ToolMissing:
        advice = "A program the lab needs is missing: install iproute2 and nftables.";
        break;
    case LabFailureCode::SetupFailed:
        advice = "Building the lab's network failed.";
        break;
    case LabFailureCode::HelperDied:
        advice = "The lab helper stopped unexpectedly.";
        break;
    }
    if (!failure.detail.empty()) {
        advice += " (" + failure.detail + ")";
    }
    return advice;
}

} // namespace hopscope::lab
