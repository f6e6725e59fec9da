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

// A 128-bit IPv6 address in network order. Text follows RFC 4291 section 2.2 on input and
// the canonical RFC 5952 form on output, which is also what Wireshark prints for ipv6.src.
class Ipv6Address {
public:
    using Bytes = std::array<std::uint8_t, 16>;

    constexpr Ipv6Address() = default;
    constexpr explicit Ipv6Address(const Bytes& bytes) : m_bytes(bytes) {}

    [[nodiscard]] static std::optional<Ipv6Address> parse(std::string_view text);
    [[nodiscard]] static std::optional<Ipv6Address> fromBytes(std::span<const std::uint8_t> bytes);
    [[nodiscard]] static Ipv6Address loopback();

    [[nodiscard]] const Bytes& bytes() const { return m_bytes; }
    [[nodiscard]] std::string toString() const;
    void appendTo(std::string& out) const;
    [[nodiscard]] bool isLoopback() const { return *this == loopback(); }
    // ::ffff:a.b.c.d (RFC 4291 section 2.5.5.2)
    [[nodiscard]] bool isV4Mapped() const;

    auto operator<=>(const Ipv6Address&) const = default;

private:
    Bytes m_bytes{};
};

} // namespace hopscope::wire
