// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/ipv4_address.h"

#include <compare>
#include <cstdint>
#include <netinet/in.h>
#include <optional>
#include <string>
#include <string_view>

namespace hopscope::engine::net {

// An IPv4 address and port as the socket layer uses them. Kept apart from dns::Endpoint so the
// socket layer serves every module (DNS, HTTP backends, the load balancer) without depending on
// any of them.
class SocketAddress {
public:
    SocketAddress() = default;
    SocketAddress(wire::Ipv4Address address, std::uint16_t port)
        : m_address(address), m_port(port) {}

    // "127.0.0.1:8080" (the port is required).
    [[nodiscard]] static std::optional<SocketAddress> parse(std::string_view text);
    [[nodiscard]] static SocketAddress fromSockaddr(const sockaddr_in& native);
    [[nodiscard]] sockaddr_in toSockaddr() const;

    [[nodiscard]] wire::Ipv4Address address() const { return m_address; }
    [[nodiscard]] std::uint16_t port() const { return m_port; }
    [[nodiscard]] bool isLoopback() const { return m_address.isLoopback(); }
    [[nodiscard]] std::string toString() const;

    auto operator<=>(const SocketAddress&) const = default;

private:
    wire::Ipv4Address m_address;
    std::uint16_t m_port = 0;
};

} // namespace hopscope::engine::net
