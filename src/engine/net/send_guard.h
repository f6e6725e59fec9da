// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "socket_address.h"

#include <string>

namespace hopscope::engine::net {

// The one check every send and connect path goes through: Hopscope talks only to 127.0.0.0/8
// unless the user has explicitly switched on live-internet mode for that socket. Keeping it in
// one place is what lets the tests prove that nothing leaves the machine by accident.
class SendGuard {
public:
    // True if a packet to `destination` may be sent.
    [[nodiscard]] static bool allows(const SocketAddress& destination, bool liveInternet) {
        return liveInternet || destination.isLoopback();
    }
    // Empty when allowed; otherwise the sentence to log or show.
    [[nodiscard]] static std::string refusal(const SocketAddress& destination, bool liveInternet);
};

} // namespace hopscope::engine::net
