// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "checksum.h"
#include "decode_result.h"
#include "ipv4_address.h"
#include "ipv6_address.h"
#include "layer.h"
#include "tcp_option.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace hopscope::wire {

// Control bits, as the low 12 bits of header bytes 12-13 (RFC 9293 section 3.1, RFC 3168 for
// CWR/ECE, the AE bit of RFC 9768 Accurate ECN, once RFC 3540's NS).
enum class TcpFlag : std::uint16_t {
    Fin = 0x001,
    Syn = 0x002,
    Rst = 0x004,
    Psh = 0x008,
    Ack = 0x010,
    Urg = 0x020,
    Ece = 0x040,
    Cwr = 0x080,
    Ae = 0x100,
    Reserved = 0xe00, // three bits that must be zero
};

[[nodiscard]] constexpr std::uint16_t operator|(TcpFlag a, TcpFlag b) {
    return static_cast<std::uint16_t>(static_cast<std::uint16_t>(a) |
                                      static_cast<std::uint16_t>(b));
}
[[nodiscard]] constexpr std::uint16_t operator|(std::uint16_t a, TcpFlag b) {
    return static_cast<std::uint16_t>(a | static_cast<std::uint16_t>(b));
}

// A TCP segment (RFC 9293 section 3.1):
//
//    0                   1                   2                   3
//    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |          Source Port          |       Destination Port        |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                        Sequence Number                        |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                    Acknowledgment Number                      |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |  Data |     |A|C|E|U|A|P|R|S|F|                               |
//   | Offset| Rsv |E|W|C|R|C|S|S|Y|I|            Window             |
//   |       |     | |R|E|G|K|H|T|N|N|                               |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |           Checksum            |         Urgent Pointer        |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                           [Options]                           |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                             data ...
//
// Data Offset is derived from the options (kept exactly, bytes after End of Option List in
// `optionPadding`), so it needs no field of its own. The checksum covers the same
// pseudo-header as UDP's (RFC 9293 section 3.1; RFC 8200 section 8.1).
struct TcpSegment {
    static constexpr std::size_t kMinHeaderSize = 20;
    static constexpr std::size_t kMaxHeaderSize = 60;

    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint32_t sequenceNumber = 0;
    std::uint32_t acknowledgmentNumber = 0;
    std::uint16_t flags = 0; // TcpFlag bits, reserved bits included
    std::uint16_t window = 0;
    std::uint16_t checksum = 0; // as read; encode computes it
    std::uint16_t urgentPointer = 0;
    std::vector<TcpOption> options;
    std::vector<std::uint8_t> optionPadding; // bytes after End of Option List
    std::vector<std::uint8_t> payload;

    [[nodiscard]] bool has(TcpFlag f) const { return (flags & static_cast<std::uint16_t>(f)) != 0; }
    void set(TcpFlag f, bool on = true) {
        flags = static_cast<std::uint16_t>(on ? flags | static_cast<std::uint16_t>(f)
                                              : flags & ~static_cast<std::uint16_t>(f));
    }
    // Options plus padding as written (before rounding up to a 4-byte multiple).
    [[nodiscard]] std::size_t optionsSize() const;
    [[nodiscard]] std::size_t headerLength() const {
        return kMinHeaderSize + (optionsSize() + 3) / 4 * 4;
    }

    // Reads the header and options at the reader's position; the reader is left on the first
    // data byte and `payload` stays empty. A malformed option fails the decode, unless
    // `optionProblem` is given: then the options before it are kept, the bytes from it on go
    // to `optionPadding` (so the header still round-trips) and the sentence goes there.
    [[nodiscard]] static DecodeResult<TcpSegment>
    decodeHeader(ByteReader& reader, std::string* optionProblem = nullptr);
    // The header and every byte after it as data (TCP has no length of its own: IP has it).
    [[nodiscard]] static DecodeResult<TcpSegment> decode(std::span<const std::uint8_t> bytes);
    // Parses an options area; `frameOffset` is where it starts in the frame (for messages).
    // Returns an empty string on success, else a sentence naming the bad option's offset.
    [[nodiscard]] static std::string decodeOptions(std::span<const std::uint8_t> area,
                                                   std::size_t frameOffset,
                                                   std::vector<TcpOption>& options,
                                                   std::vector<std::uint8_t>& padding);

    // Encodes with Data Offset and Checksum computed for the given IP endpoints.
    [[nodiscard]] std::vector<std::uint8_t> encode(const Ipv4Address& src,
                                                   const Ipv4Address& dst) const;
    [[nodiscard]] std::vector<std::uint8_t> encode(const Ipv6Address& src,
                                                   const Ipv6Address& dst) const;
    // Writes this header with `data` (not `payload`) after it; `pseudoHeader` must already
    // hold the pseudo-header for header + data length.
    void encodeTo(ByteWriter& out, std::span<const std::uint8_t> data, Checksum pseudoHeader) const;

    // The checksum a segment (as on the wire) should carry; the stored field is skipped.
    [[nodiscard]] static std::uint16_t computeChecksum(Checksum pseudoHeader,
                                                       std::span<const std::uint8_t> segment);

    // "tcp" layer for the header at byteOffset. `payloadLength`: data bytes the IP layer says
    // the segment carries; `expectedChecksum`: nullopt when not verifiable.
    [[nodiscard]] Layer toLayer(std::size_t byteOffset, std::size_t payloadLength,
                                std::optional<std::uint16_t> expectedChecksum) const;
    // Wireshark's Info column with raw sequence numbers:
    // "49152 → 80 [SYN] Seq=1000 Win=65535 Len=0 MSS=1460 SACK_PERM WS=128".
    [[nodiscard]] std::string info(std::size_t payloadLength) const;
    // "SYN, ACK"
    [[nodiscard]] std::string flagNames() const;

    bool operator==(const TcpSegment&) const = default;
};

} // namespace hopscope::wire
