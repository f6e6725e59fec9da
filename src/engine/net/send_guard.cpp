// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "send_guard.h"

namespace hopscope::engine::net {

std::string SendGuard::refusal(const SocketAddress& destination, bool liveInternet) {
    if (allows(destination, liveInternet)) {
        return {};
    }
    return "refusing to send to " + destination.toString() +
           ": it is not a loopback address and live-internet mode is off";
}

} // namespace hopscope::engine::net
