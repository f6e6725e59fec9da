// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "ipv4_address.h"
#include "ipv6_address.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace hopscope::wire {

// The Internet checksum (RFC 1071): the one's-complement of the one's-complement sum of the
// data taken as 16-bit big-endian words. It accumulates across several spans (pseudo-header,
// header, payload) so no one ever copies a segment just to checksum it.
class Checksum {
public:
    // Adds bytes; an odd trailing byte pairs with the first byte of the next add() call, as if
    // the spans were one buffer (RFC 1071 section 4.1 pads only the very end with zero).
    void add(std::span<const std::uint8_t> bytes);
    void add16(std::uint16_t word);
    void add32(std::uint32_t word);

    // The folded 16-bit one's-complement sum (not yet complemented).
    [[nodiscard]] std::uint16_t sum() const;
    // The value to put in a checksum field: ~sum().
    [[nodiscard]] std::uint16_t finish() const { return static_cast<std::uint16_t>(~sum()); }
    // Data that already holds its checksum sums to 0xffff (RFC 1071 section 1, step 3).
    [[nodiscard]] bool verifies() const { return sum() == 0xffff; }

    [[nodiscard]] static std::uint16_t compute(std::span<const std::uint8_t> bytes);

    // Pseudo-headers that UDP and TCP checksums cover. IPv4: RFC 768 / RFC 9293 section 3.1
    // (source, destination, zero, protocol, length). IPv6: RFC 8200 section 8.1 (source,
    // destination, 32-bit upper-layer length, three zero bytes, next header).
    [[nodiscard]] static Checksum pseudoHeader(const Ipv4Address& src, const Ipv4Address& dst,
                                               std::uint8_t protocol, std::uint16_t length);
    [[nodiscard]] static Checksum pseudoHeader(const Ipv6Address& src, const Ipv6Address& dst,
                                               std::uint8_t nextHeader, std::uint32_t length);

    // RFC 1624 equation 3: the new checksum after one 16-bit word of the covered data changes
    // from oldWord to newWord, HC' = ~(~HC + ~m + m'), without summing the data again.
    [[nodiscard]] static std::uint16_t
    incrementalUpdate(std::uint16_t checksum, std::uint16_t oldWord, std::uint16_t newWord);

private:
    std::uint64_t m_sum = 0;
    bool m_odd = false; // the last add() ended in the middle of a word
};

} // namespace hopscope::wire
