// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/ipv4_address.h"
#include "wire/mac_address.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace hopscope::lab {

// The attributes of one netlink message (or of one nested attribute): each a 16-bit length
// that counts its 4-byte header, a 16-bit type, the value, padded to 4 bytes (RFC 3549
// section 2.3.2; struct nlattr in linux/netlink.h, struct rtattr in linux/rtnetlink.h, which
// are laid out alike). The values are views into the bytes parsed, which must outlive this.
class NetlinkAttributes {
public:
    // Every attribute in `bytes`, or a sentence naming `where` when a length lies.
    [[nodiscard]] static std::variant<NetlinkAttributes, std::string>
    parse(std::span<const std::uint8_t> bytes, std::string_view where);

    // The value of the first attribute of `type` (NLA_F_NESTED and NLA_F_NET_BYTEORDER masked
    // off), if present.
    [[nodiscard]] std::optional<std::span<const std::uint8_t>> find(std::uint16_t type) const;
    [[nodiscard]] bool has(std::uint16_t type) const { return find(type).has_value(); }

    // Fixed-size values; nullopt when absent or of another size. rtnetlink's integers are in
    // the machine's order; nfnetlink's (and every address and port) in network order.
    [[nodiscard]] std::optional<std::uint8_t> u8(std::uint16_t type) const;
    [[nodiscard]] std::optional<std::uint16_t> u16(std::uint16_t type) const;
    [[nodiscard]] std::optional<std::uint32_t> u32(std::uint16_t type) const;
    [[nodiscard]] std::optional<std::uint16_t> be16(std::uint16_t type) const;
    [[nodiscard]] std::optional<std::uint32_t> be32(std::uint16_t type) const;
    [[nodiscard]] std::optional<std::uint64_t> be64(std::uint16_t type) const;
    [[nodiscard]] std::optional<wire::Ipv4Address> ipv4(std::uint16_t type) const;
    [[nodiscard]] std::optional<wire::MacAddress> mac(std::uint16_t type) const;
    // A NUL-terminated string (IFLA_IFNAME); the text up to the NUL or the value's end.
    [[nodiscard]] std::optional<std::string> string(std::uint16_t type) const;
    // The attributes nested in attribute `type`; nullopt when absent, an error when it lies.
    [[nodiscard]] std::optional<std::variant<NetlinkAttributes, std::string>>
    nested(std::uint16_t type, std::string_view where) const;

    [[nodiscard]] std::size_t size() const { return m_attributes.size(); }

private:
    std::vector<std::pair<std::uint16_t, std::span<const std::uint8_t>>> m_attributes;
};

} // namespace hopscope::lab
