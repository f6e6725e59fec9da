// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "checksum.h"

namespace hopscope::wire {

namespace {

std::uint16_t fold(std::uint64_t sum) {
    while ((sum >> 16) != 0) {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    return static_cast<std::uint16_t>(sum);
}

} // namespace

void Checksum::add(std::span<const std::uint8_t> bytes) {
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    if (m_odd && n > 0) {
        m_sum += bytes[0];
        m_odd = false;
        i = 1;
    }
    // A 64-bit accumulator can take 2^48 words before it could overflow, so folding waits
    // until sum().
    for (; i + 1 < n; i += 2) {
        m_sum += (std::uint32_t{bytes[i]} << 8) | bytes[i + 1];
    }
    if (i < n) {
        m_sum += std::uint32_t{bytes[i]} << 8;
        m_odd = true;
    }
}

void Checksum::add16(std::uint16_t word) {
    if (m_odd) {
        // Keep the byte stream aligned as if the word's bytes followed the odd byte.
        const std::uint8_t b[2] = {static_cast<std::uint8_t>(word >> 8),
                                   static_cast<std::uint8_t>(word)};
        add(b);
        return;
    }
    m_sum += word;
}

void Checksum::add32(std::uint32_t word) {
    add16(static_cast<std::uint16_t>(word >> 16));
    add16(static_cast<std::uint16_t>(word));
}

std::uint16_t Checksum::sum() const {
    return fold(m_sum);
}

std::uint16_t Checksum::compute(std::span<const std::uint8_t> bytes) {
    Checksum c;
    c.add(bytes);
    return c.finish();
}

Checksum Checksum::pseudoHeader(const Ipv4Address& src, const Ipv4Address& dst,
                                std::uint8_t protocol, std::uint16_t length) {
    Checksum c;
    c.add32(src.value());
    c.add32(dst.value());
    c.add16(protocol);
    c.add16(length);
    return c;
}

Checksum Checksum::pseudoHeader(const Ipv6Address& src, const Ipv6Address& dst,
                                std::uint8_t nextHeader, std::uint32_t length) {
    Checksum c;
    c.add(src.bytes());
    c.add(dst.bytes());
    c.add32(length);
    c.add32(nextHeader);
    return c;
}

std::uint16_t Checksum::incrementalUpdate(std::uint16_t checksum, std::uint16_t oldWord,
                                          std::uint16_t newWord) {
    std::uint64_t sum = static_cast<std::uint16_t>(~checksum);
    sum += static_cast<std::uint16_t>(~oldWord);
    sum += newWord;
    return static_cast<std::uint16_t>(~fold(sum));
}

} // namespace hopscope::wire
