// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace hopscope::balance {

// A client's IP address as network-order bytes (4 for IPv4, 16 for IPv6). Source hashing works
// on bytes rather than text because one address has many spellings ("::1" and
// "0:0:0:0:0:0:0:1"); IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are stored as IPv4 so a
// dual-stack listener sends a client to the same backend either way.
class ClientAddress {
public:
    ClientAddress() = default; // unknown address: no bytes

    [[nodiscard]] static ClientAddress v4(std::uint8_t a, std::uint8_t b, std::uint8_t c,
                                          std::uint8_t d) {
        ClientAddress address;
        address.m_bytes = {a, b, c, d};
        address.m_length = 4;
        return address;
    }

    // From a host-order 32-bit value, as QHostAddress::toIPv4Address() returns it.
    [[nodiscard]] static ClientAddress v4(std::uint32_t hostOrder) {
        return v4(static_cast<std::uint8_t>(hostOrder >> 24),
                  static_cast<std::uint8_t>(hostOrder >> 16),
                  static_cast<std::uint8_t>(hostOrder >> 8), static_cast<std::uint8_t>(hostOrder));
    }

    // 4 or 16 network-order bytes; any other length is not an address.
    [[nodiscard]] static std::optional<ClientAddress>
    fromBytes(std::span<const std::uint8_t> bytes) {
        if (bytes.size() == 4) {
            return v4(bytes[0], bytes[1], bytes[2], bytes[3]);
        }
        if (bytes.size() != 16) {
            return std::nullopt;
        }
        constexpr std::array<std::uint8_t, 12> kMappedPrefix = {0, 0, 0, 0, 0,    0,
                                                                0, 0, 0, 0, 0xff, 0xff};
        bool mapped = true;
        for (std::size_t i = 0; i < kMappedPrefix.size(); ++i) {
            mapped = mapped && bytes[i] == kMappedPrefix[i];
        }
        if (mapped) {
            return v4(bytes[12], bytes[13], bytes[14], bytes[15]);
        }
        ClientAddress address;
        for (std::size_t i = 0; i < 16; ++i) {
            address.m_bytes[i] = bytes[i];
        }
        address.m_length = 16;
        return address;
    }

    [[nodiscard]] std::span<const std::uint8_t> bytes() const {
        return std::span<const std::uint8_t>(m_bytes.data(), m_length);
    }
    [[nodiscard]] bool isKnown() const { return m_length != 0; }
    [[nodiscard]] bool isV4() const { return m_length == 4; }
    [[nodiscard]] bool isV6() const { return m_length == 16; }

    friend bool operator==(const ClientAddress& a, const ClientAddress& b) {
        return a.m_length == b.m_length && a.m_bytes == b.m_bytes;
    }

private:
    std::array<std::uint8_t, 16> m_bytes{};
    std::uint8_t m_length = 0;
};

} // namespace hopscope::balance
