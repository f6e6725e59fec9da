// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "socket_address.h"

#include <arpa/inet.h>
#include <charconv>

namespace hopscope::engine::net {

std::optional<SocketAddress> SocketAddress::parse(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    const auto address = wire::Ipv4Address::parse(text.substr(0, colon));
    const std::string_view portText = text.substr(colon + 1);
    unsigned port = 0;
    const auto [end, error] =
        std::from_chars(portText.data(), portText.data() + portText.size(), port);
    if (!address || portText.empty() || error != std::errc{} ||
        end != portText.data() + portText.size() || port > 65535) {
        return std::nullopt;
    }
    return SocketAddress(*address, static_cast<std::uint16_t>(port));
}

SocketAddress SocketAddress::fromSockaddr(const sockaddr_in& native) {
    return {wire::Ipv4Address(ntohl(native.sin_addr.s_addr)), ntohs(native.sin_port)};
}

sockaddr_in SocketAddress::toSockaddr() const {
    sockaddr_in native{};
    native.sin_family = AF_INET;
    native.sin_port = htons(m_port);
    native.sin_addr.s_addr = htonl(m_address.value());
    return native;
}

std::string SocketAddress::toString() const {
    return m_address.toString() + ':' + std::to_string(m_port);
}

} // namespace hopscope::engine::net
