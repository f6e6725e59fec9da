// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "netlink_attributes.h"

#include <cstring>
#include <linux/netlink.h>

namespace hopscope::lab {

namespace {

template <typename T> std::optional<T> native(std::optional<std::span<const std::uint8_t>> value) {
    if (!value || value->size() != sizeof(T)) {
        return std::nullopt;
    }
    T out{};
    std::memcpy(&out, value->data(), sizeof out);
    return out;
}

std::optional<std::uint64_t> bigEndian(std::optional<std::span<const std::uint8_t>> value,
                                       std::size_t size) {
    if (!value || value->size() != size) {
        return std::nullopt;
    }
    std::uint64_t out = 0;
    for (const std::uint8_t byte : *value) {
        out = (out << 8) | byte;
    }
    return out;
}

} // namespace

std::variant<NetlinkAttributes, std::string>
NetlinkAttributes::parse(std::span<const std::uint8_t> bytes, std::string_view where) {
    NetlinkAttributes out;
    std::size_t offset = 0;
    while (offset < bytes.size()) {
        const std::size_t left = bytes.size() - offset;
        if (left < NLA_HDRLEN) {
            return std::string(where) + " ends in " + std::to_string(left) +
                   " bytes too short for an attribute header";
        }
        std::uint16_t length = 0;
        std::uint16_t type = 0;
        std::memcpy(&length, bytes.data() + offset, sizeof length);
        std::memcpy(&type, bytes.data() + offset + sizeof length, sizeof type);
        if (length < NLA_HDRLEN || length > left) {
            return "an attribute (type " + std::to_string(type & NLA_TYPE_MASK) + ") of " +
                   std::string(where) + " says it is " + std::to_string(length) +
                   " bytes long, but " + std::to_string(left) + " bytes are left";
        }
        out.m_attributes.emplace_back(static_cast<std::uint16_t>(type & NLA_TYPE_MASK),
                                      bytes.subspan(offset + NLA_HDRLEN, length - NLA_HDRLEN));
        // The last attribute's padding may be left off (the message's length is aligned).
        offset += std::min<std::size_t>(NLA_ALIGN(length), left);
    }
    return out;
}

std::optional<std::span<const std::uint8_t>> NetlinkAttributes::find(std::uint16_t type) const {
    for (const auto& [t, value] : m_attributes) {
        if (t == type) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<std::uint8_t> NetlinkAttributes::u8(std::uint16_t type) const {
    return native<std::uint8_t>(find(type));
}

std::optional<std::uint16_t> NetlinkAttributes::u16(std::uint16_t type) const {
    return native<std::uint16_t>(find(type));
}

std::optional<std::uint32_t> NetlinkAttributes::u32(std::uint16_t type) const {
    return native<std::uint32_t>(find(type));
}

std::optional<std::uint16_t> NetlinkAttributes::be16(std::uint16_t type) const {
    const auto value = bigEndian(find(type), 2);
    return value ? std::optional<std::uint16_t>(static_cast<std::uint16_t>(*value)) : std::nullopt;
}

std::optional<std::uint32_t> NetlinkAttributes::be32(std::uint16_t type) const {
    const auto value = bigEndian(find(type), 4);
    return value ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*value)) : std::nullopt;
}

std::optional<std::uint64_t> NetlinkAttributes::be64(std::uint16_t type) const {
    return bigEndian(find(type), 8);
}

std::optional<wire::Ipv4Address> NetlinkAttributes::ipv4(std::uint16_t type) const {
    const auto value = find(type);
    if (!value || value->size() != 4) {
        return std::nullopt;
    }
    return wire::Ipv4Address::fromBytes(*value);
}

std::optional<wire::MacAddress> NetlinkAttributes::mac(std::uint16_t type) const {
    const auto value = find(type);
    if (!value || value->size() != 6) {
        return std::nullopt;
    }
    return wire::MacAddress::fromBytes(*value);
}

std::optional<std::string> NetlinkAttributes::string(std::uint16_t type) const {
    const auto value = find(type);
    if (!value) {
        return std::nullopt;
    }
    const auto* begin = reinterpret_cast<const char*>(value->data());
    return std::string(begin, strnlen(begin, value->size()));
}

std::optional<std::variant<NetlinkAttributes, std::string>>
NetlinkAttributes::nested(std::uint16_t type, std::string_view where) const {
    const auto value = find(type);
    if (!value) {
        return std::nullopt;
    }
    return parse(*value, where);
}

} // namespace hopscope::lab
