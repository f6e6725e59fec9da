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

// A 48-bit IEEE 802 MAC address, formatted the way Wireshark prints eth.src
// ("02:00:00:00:00:01": lower-case hex, colon separated).
class MacAddress {
public:
    using Bytes = std::array<std::uint8_t, 6>;

    constexpr MacAddress() = default;
    constexpr explicit MacAddress(const Bytes& bytes) : m_bytes(bytes) {}

    // Accepts "aa:bb:cc:dd:ee:ff" or "aa-bb-cc-dd-ee-ff" (either case).
    [[nodiscard]] static std::optional<MacAddress> parse(std::string_view text);
    // The first six bytes of `bytes`; nullopt when fewer are given.
    [[nodiscard]] static std::optional<MacAddress> fromBytes(std::span<const std::uint8_t> bytes);
    [[nodiscard]] static constexpr MacAddress broadcast() {
        return MacAddress(Bytes{0xff, 0xff, 0xff, 0xff, 0xff, 0xff});
    }

    [[nodiscard]] const Bytes& bytes() const { return m_bytes; }
    [[nodiscard]] std::string toString() const;
    // Appends the text form without a temporary (the dissector formats many addresses).
    void appendTo(std::string& out) const;
    [[nodiscard]] bool isBroadcast() const { return *this == broadcast(); }
    // The I/G bit: the first bit sent on the wire marks group (multicast) addresses.
    [[nodiscard]] bool isMulticast() const { return (m_bytes[0] & 0x01) != 0; }
    [[nodiscard]] bool isZero() const { return *this == MacAddress(); }

    auto operator<=>(const MacAddress&) const = default;

private:
    Bytes m_bytes{};
};

} // namespace hopscope::wire
