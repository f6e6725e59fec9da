// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "buffered_input.h"
#include "capture_packet.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hopscope::wire {

// Streams the packets of a pcapng file (draft-ietf-opsawg-pcapng) block by block in constant
// memory: sections in either byte order, interfaces with their own link types and timestamp
// resolutions, Enhanced, Simple and (obsolete) Packet Blocks with their comments. Name
// Resolution, Interface Statistics, Decryption Secrets, Custom and unknown blocks are skipped
// by their length, as section 3.1 allows.
//
// Every block (section 3.1), integers in the section's byte order:
//
//    0                   1                   2                   3
//    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                          Block Type                           |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                      Block Total Length                       |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   /                          Block Body                           /
//   /              variable length, padded to 32 bits               /
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                      Block Total Length                       |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Options (section 3.5) follow a block's fixed fields: 16-bit code, 16-bit value length, the
// value padded to 32 bits; code 0 (opt_endofopt) ends the list.
class PcapngReader {
public:
    static constexpr std::uint32_t kSectionHeaderBlock = 0x0A0D0D0A;
    static constexpr std::uint32_t kInterfaceDescriptionBlock = 0x00000001;
    static constexpr std::uint32_t kPacketBlock = 0x00000002; // obsolete, Appendix A
    static constexpr std::uint32_t kSimplePacketBlock = 0x00000003;
    static constexpr std::uint32_t kNameResolutionBlock = 0x00000004;
    static constexpr std::uint32_t kInterfaceStatisticsBlock = 0x00000005;
    static constexpr std::uint32_t kEnhancedPacketBlock = 0x00000006;
    static constexpr std::uint32_t kByteOrderMagic = 0x1A2B3C4D;
    // Wireshark and libpcap refuse blocks over 16 MiB; so do we, so that a damaged length
    // cannot make the reader buffer gigabytes.
    static constexpr std::uint32_t kMaxBlockLength = 16U * 1024U * 1024U;

    // Reads the Section Header Block that must open the file; check headerOk()/error().
    explicit PcapngReader(BufferedInput& in);

    [[nodiscard]] bool headerOk() const { return m_headerOk; }
    // The current section (the latest Section Header Block read).
    [[nodiscard]] const CaptureSection& section() const { return m_section; }
    // Interfaces of the current section, in Interface ID order.
    [[nodiscard]] const std::vector<CaptureInterface>& interfaces() const { return m_interfaces; }
    [[nodiscard]] std::uint64_t sectionCount() const { return m_sections; }

    // Fills `packet` with the next packet, reading past any non-packet blocks.
    ReadStatus next(CapturePacket& packet);

    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] std::uint64_t errorOffset() const { return m_errorOffset; }

private:
    enum class BlockResult : std::uint8_t { Packet, Other, Error };

    BlockResult readBlock(CapturePacket& packet);
    BlockResult parseSectionHeader(std::span<const std::uint8_t> block, std::uint64_t start);
    BlockResult parseInterface(std::span<const std::uint8_t> block, std::uint64_t start);
    BlockResult parseEnhancedPacket(std::span<const std::uint8_t> block, std::uint64_t start,
                                    CapturePacket& packet);
    BlockResult parsePacket(std::span<const std::uint8_t> block, std::uint64_t start,
                            CapturePacket& packet);
    BlockResult parseSimplePacket(std::span<const std::uint8_t> block, std::uint64_t start,
                                  CapturePacket& packet);
    BlockResult fail(std::uint64_t offset, std::string message);
    std::int64_t toNs(const CaptureInterface& iface, std::uint64_t units) const;

    BufferedInput& m_in;
    bool m_headerOk = false;
    bool m_done = false;
    ByteOrder m_order = ByteOrder::Little;
    CaptureSection m_section;
    std::vector<CaptureInterface> m_interfaces;
    std::uint64_t m_sections = 0;
    std::uint64_t m_packets = 0;
    std::string m_error;
    std::uint64_t m_errorOffset = 0;
};

} // namespace hopscope::wire
