// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hopscope::lab {

// Why a lab could not start. The helper reports a code and the system's own words; the app and
// the CLI turn the code into advice (labFailureAdvice), the GUI into a translated sentence.
enum class LabFailureCode : std::uint8_t {
    // User namespaces refused, one code per cause, because each has its own fix.
    UserNamespacesRestrictedByAppArmor, // Ubuntu 24.04:
                                        // kernel.apparmor_restrict_unprivileged_userns
    UserNamespacesLimitZero,            // user.max_user_namespaces = 0
    UserNamespacesDisabled,             // kernel.unprivileged_userns_clone = 0 (older Debian)
    UserNamespacesBlockedBySandbox,     // a container's seccomp profile, Flatpak
    UserNamespacesRefused,              // refused for a reason we could not tell
    HelperMissing,                      // the helper program is not installed
    ToolMissing,                        // ip or nft not installed
    SetupFailed,                        // a step of building the network failed
    HelperDied,                         // the helper ended without saying why
};

struct LabFailure {
    LabFailureCode code = LabFailureCode::SetupFailed;
    std::string detail; // the step and the system's error text

    [[nodiscard]] std::string toText() const; // "code detail", as the helper sends it
    [[nodiscard]] static LabFailure fromText(std::string_view text);
};

[[nodiscard]] const char* labFailureCodeName(LabFailureCode code);
[[nodiscard]] std::optional<LabFailureCode> parseLabFailureCode(std::string_view name);

// One plain-English paragraph: what went wrong and what to do (for the CLI and the log).
[[nodiscard]] std::string labFailureAdvice(const LabFailure& failure);

} // namespace hopscope::lab
