// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/ipv4_address.h"

#include <compare>
#include <cstdint>
#include <string>

namespace hopscope::dns {

// An IPv4 address and a port: where a socket really is (127.x.y.z:port on loopback), or a
// node's display address with port 53.
struct Endpoint {
    wire::Ipv4Address address;
    std::uint16_t port = 53;

    // "127.0.1.1:40053"
    [[nodiscard]] std::string toString() const {
        return address.toString() + ':' + std::to_string(port);
    }

    auto operator<=>(const Endpoint&) const = default;
};

} // namespace hopscope::dns
