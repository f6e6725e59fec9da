// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "pcapng_writer.h"

#include "pcapng_reader.h"

#include <algorithm>
#include <ostream>

namespace hopscope::wire {

namespace {

constexpr std::uint16_t kOptEndOfOpt = 0;
constexpr std::uint16_t kOptComment = 1;
constexpr std::uint16_t kShbUserAppl = 4;
constexpr std::uint16_t kIfName = 2;
constexpr std::uint16_t kIfDescription = 3;
constexpr std::uint16_t kIfMacAddr = 6;
constexpr std::uint16_t kIfTsresol = 9;
constexpr std::uint16_t kEpbFlags = 2;
constexpr std::uint16_t kIsbIfRecv = 4;
constexpr std::uint16_t kIsbIfDrop = 5;

} // namespace

PcapngWriter::PcapngWriter(std::ostream& out) : PcapngWriter(out, Options{}) {}

PcapngWriter::PcapngWriter(std::ostream& out, Options options)
    : m_out(out), m_options(std::move(options)) {
    m_block.reserve(65536);
    // Section Header Block (section 4.1): version 1.0, section length -1 (not computed: the
    // file is streamed), then shb_userappl and any comments.
    beginBlock(PcapngReader::kSectionHeaderBlock);
    put32(PcapngReader::kByteOrderMagic);
    put16(1);
    put16(0);
    put32(0xFFFFFFFF);
    put32(0xFFFFFFFF);
    for (const auto& comment : m_options.sectionComments) {
        putStringOption(kOptComment, comment);
    }
    if (!m_options.userApplication.empty()) {
        putStringOption(kShbUserAppl, m_options.userApplication);
    }
    putOption(kOptEndOfOpt, {});
    endBlock();
}

void PcapngWriter::put16(std::uint16_t v) {
    if (m_options.byteOrder == ByteOrder::Big) {
        m_block.push_back(static_cast<std::uint8_t>(v >> 8));
        m_block.push_back(static_cast<std::uint8_t>(v));
    } else {
        m_block.push_back(static_cast<std::uint8_t>(v));
        m_block.push_back(static_cast<std::uint8_t>(v >> 8));
    }
}

void PcapngWriter::put32(std::uint32_t v) {
    if (m_options.byteOrder == ByteOrder::Big) {
        for (int s = 24; s >= 0; s -= 8) {
            m_block.push_back(static_cast<std::uint8_t>(v >> s));
        }
    } else {
        for (int s = 0; s <= 24; s += 8) {
            m_block.push_back(static_cast<std::uint8_t>(v >> s));
        }
    }
}

// Option (section 3.5): code, length, value padded to 32 bits.
void PcapngWriter::putOption(std::uint16_t code, std::span<const std::uint8_t> value) {
    put16(code);
    put16(static_cast<std::uint16_t>(value.size()));
    m_block.insert(m_block.end(), value.begin(), value.end());
    m_block.insert(m_block.end(), (4 - value.size() % 4) % 4, 0);
}

void PcapngWriter::putStringOption(std::uint16_t code, const std::string& value) {
    // An option value is at most 65535 bytes; a longer comment is cut rather than corrupting
    // the block.
    const std::size_t n = std::min<std::size_t>(value.size(), 65535);
    putOption(code, {reinterpret_cast<const std::uint8_t*>(value.data()), n});
}

void PcapngWriter::beginBlock(std::uint32_t type) {
    m_block.clear();
    put32(type);
    put32(0); // Block Total Length, patched in endBlock
}

void PcapngWriter::endBlock() {
    const auto length = static_cast<std::uint32_t>(m_block.size() + 4);
    put32(length);
    for (int i = 0; i < 4; ++i) {
        const int shift = m_options.byteOrder == ByteOrder::Big ? 24 - 8 * i : 8 * i;
        m_block[4 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(length >> shift);
    }
    m_out.write(reinterpret_cast<const char*>(m_block.data()),
                static_cast<std::streamsize>(m_block.size()));
}

std::uint32_t PcapngWriter::interfaceFor(LinkType linkType) {
    const auto it =
        std::find_if(m_interfaces.begin(), m_interfaces.end(),
                     [&](const WrittenInterface& i) { return !i.named && i.linkType == linkType; });
    if (it != m_interfaces.end()) {
        return static_cast<std::uint32_t>(it - m_interfaces.begin());
    }
    // Interface Description Block (section 4.2): link type, reserved, snaplen 0 (no limit),
    // if_tsresol = 9 so every EPB timestamp counts nanoseconds.
    beginBlock(PcapngReader::kInterfaceDescriptionBlock);
    put16(static_cast<std::uint16_t>(linkType));
    put16(0);
    put32(0);
    const std::uint8_t tsresol[] = {9};
    putOption(kIfTsresol, tsresol);
    putOption(kOptEndOfOpt, {});
    endBlock();
    m_interfaces.push_back({linkType, false});
    return static_cast<std::uint32_t>(m_interfaces.size() - 1);
}

std::uint32_t PcapngWriter::addInterface(LinkType linkType, const std::string& name,
                                         const std::string& description,
                                         std::span<const std::uint8_t> mac) {
    beginBlock(PcapngReader::kInterfaceDescriptionBlock);
    put16(static_cast<std::uint16_t>(linkType));
    put16(0);
    put32(0);
    putStringOption(kIfName, name);
    if (!description.empty()) {
        putStringOption(kIfDescription, description);
    }
    if (mac.size() == 6) {
        putOption(kIfMacAddr, mac);
    }
    const std::uint8_t tsresol[] = {9};
    putOption(kIfTsresol, tsresol);
    putOption(kOptEndOfOpt, {});
    endBlock();
    m_interfaces.push_back({linkType, true});
    return static_cast<std::uint32_t>(m_interfaces.size() - 1);
}

void PcapngWriter::putTime(std::int64_t timeNs) {
    const auto units = static_cast<std::uint64_t>(timeNs);
    put32(static_cast<std::uint32_t>(units >> 32));
    put32(static_cast<std::uint32_t>(units));
}

bool PcapngWriter::writeOn(std::uint32_t interfaceId, std::int64_t timeNs,
                           std::span<const std::uint8_t> data, PacketDirection direction,
                           std::uint32_t originalLength) {
    if (timeNs < 0 || data.size() > kMaxCaptureLength || !m_out ||
        interfaceId >= m_interfaces.size()) {
        return false;
    }
    beginBlock(PcapngReader::kEnhancedPacketBlock);
    put32(interfaceId);
    putTime(timeNs);
    put32(static_cast<std::uint32_t>(data.size()));
    put32(originalLength == 0 ? static_cast<std::uint32_t>(data.size()) : originalLength);
    m_block.insert(m_block.end(), data.begin(), data.end());
    m_block.insert(m_block.end(), (4 - data.size() % 4) % 4, 0);
    if (direction != PacketDirection::Unknown) {
        // epb_flags bits 0-1: 01 inbound, 10 outbound.
        const std::uint32_t flags = direction == PacketDirection::Inbound ? 1U : 2U;
        std::uint8_t value[4];
        for (int i = 0; i < 4; ++i) {
            const int shift = m_options.byteOrder == ByteOrder::Big ? 24 - 8 * i : 8 * i;
            value[i] = static_cast<std::uint8_t>(flags >> shift);
        }
        putOption(kEpbFlags, value);
        putOption(kOptEndOfOpt, {});
    }
    endBlock();
    ++m_packets;
    return static_cast<bool>(m_out);
}

bool PcapngWriter::writeStatistics(std::uint32_t interfaceId, std::int64_t timeNs,
                                   std::uint64_t received, std::uint64_t dropped) {
    if (timeNs < 0 || !m_out || interfaceId >= m_interfaces.size()) {
        return false;
    }
    auto put64 = [&](std::uint16_t code, std::uint64_t v) {
        // Counter options are one 64-bit integer in the section's byte order (unlike the
        // timestamp, which is two 32-bit halves, high first).
        put16(code);
        put16(8);
        const auto high = static_cast<std::uint32_t>(v >> 32);
        const auto low = static_cast<std::uint32_t>(v);
        put32(m_options.byteOrder == ByteOrder::Big ? high : low);
        put32(m_options.byteOrder == ByteOrder::Big ? low : high);
    };
    beginBlock(PcapngReader::kInterfaceStatisticsBlock);
    put32(interfaceId);
    putTime(timeNs);
    put64(kIsbIfRecv, received);
    put64(kIsbIfDrop, dropped);
    putOption(kOptEndOfOpt, {});
    endBlock();
    return static_cast<bool>(m_out);
}

bool PcapngWriter::write(LinkType linkType, std::int64_t timeNs, std::span<const std::uint8_t> data,
                         std::uint32_t originalLength, std::span<const std::string> comments) {
    if (timeNs < 0 || data.size() > kMaxCaptureLength || !m_out) {
        return false;
    }
    const std::uint32_t ifid = interfaceFor(linkType);
    // Enhanced Packet Block (section 4.3).
    beginBlock(PcapngReader::kEnhancedPacketBlock);
    put32(ifid);
    putTime(timeNs);
    put32(static_cast<std::uint32_t>(data.size()));
    put32(originalLength == 0 ? static_cast<std::uint32_t>(data.size()) : originalLength);
    m_block.insert(m_block.end(), data.begin(), data.end());
    m_block.insert(m_block.end(), (4 - data.size() % 4) % 4, 0);
    for (const auto& comment : comments) {
        putStringOption(kOptComment, comment);
    }
    if (!comments.empty()) {
        putOption(kOptEndOfOpt, {});
    }
    endBlock();
    ++m_packets;
    return static_cast<bool>(m_out);
}

bool PcapngWriter::write(const CapturePacket& packet) {
    return write(packet.linkType, packet.timeNs, packet.data, packet.originalLength,
                 packet.comments);
}

bool PcapngWriter::ok() const {
    return static_cast<bool>(m_out);
}

} // namespace hopscope::wire
