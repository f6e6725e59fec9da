// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hopscope::wire {

// An IPv4 address held in host order, so it can be compared, masked and used as a map key;
// bytes() gives the network-order octets a header carries.
class Ipv4Address {
public:
    using Bytes = std::array<std::uint8_t, 4>;

    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(std::uint32_t hostOrder) : m_value(hostOrder) {}
    constexpr Ipv4Address(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d)
        : m_value((std::uint32_t{a} << 24) | (std::uint32_t{b} << 16) | (std::uint32_t{c} << 8) |
                  d) {}

    // Strict dotted quad ("10.0.0.1"): four decimal parts 0..255, no leading zeros beyond "0".
    [[nodiscard]] static std::optional<Ipv4Address> parse(std::string_view text);
    [[nodiscard]] static std::optional<Ipv4Address> fromBytes(std::span<const std::uint8_t> bytes);

    [[nodiscard]] constexpr std::uint32_t value() const { return m_value; }
    [[nodiscard]] Bytes bytes() const;
    [[nodiscard]] std::string toString() const;
    void appendTo(std::string& out) const;
    [[nodiscard]] constexpr bool isLoopback() const { return (m_value >> 24) == 127; }
    [[nodiscard]] constexpr bool isUnspecified() const { return m_value == 0; }

    auto operator<=>(const Ipv4Address&) const = default;

private:
    std::uint32_t m_value = 0;
};

} // namespace hopscope::wire
