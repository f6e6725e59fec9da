// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "pcapng_reader.h"

#include "endian_reader.h"

#include <algorithm>
#include <limits>
#include <string>

namespace hopscope::wire {

namespace {

__extension__ typedef unsigned __int128 U128;

constexpr std::uint16_t kOptEndOfOpt = 0;
constexpr std::uint16_t kOptComment = 1;
constexpr std::uint16_t kShbHardware = 2;
constexpr std::uint16_t kShbOs = 3;
constexpr std::uint16_t kShbUserAppl = 4;
constexpr std::uint16_t kIfName = 2;
constexpr std::uint16_t kIfDescription = 3;
constexpr std::uint16_t kEpbFlags = 2;
constexpr std::uint16_t kIfTsresol = 9;
constexpr std::uint16_t kIfTsoffset = 14;

std::string at(std::uint64_t offset) {
    return " at byte " + std::to_string(offset);
}

std::string blockName(std::uint32_t type) {
    switch (type) {
    case PcapngReader::kSectionHeaderBlock:
        return "Section Header Block";
    case PcapngReader::kInterfaceDescriptionBlock:
        return "Interface Description Block";
    case PcapngReader::kPacketBlock:
        return "Packet Block";
    case PcapngReader::kSimplePacketBlock:
        return "Simple Packet Block";
    case PcapngReader::kNameResolutionBlock:
        return "Name Resolution Block";
    case PcapngReader::kInterfaceStatisticsBlock:
        return "Interface Statistics Block";
    case PcapngReader::kEnhancedPacketBlock:
        return "Enhanced Packet Block";
    default:
        return "block of type " + std::to_string(type);
    }
}

// UTF-8 option strings are not NUL-terminated by the spec, but some writers add one.
std::string optionString(std::span<const std::uint8_t> value) {
    std::size_t n = value.size();
    while (n > 0 && value[n - 1] == 0) {
        --n;
    }
    return {reinterpret_cast<const char*>(value.data()), n};
}

std::size_t padded(std::size_t n) {
    return (n + 3) & ~std::size_t{3};
}

// Walks an option list (section 3.5). `r` is positioned at the first option and limited to the
// options area; returns the relative offset of a malformed option, or -1 when all are whole.
template <typename Visit> std::ptrdiff_t forEachOption(EndianReader& r, Visit&& visit) {
    while (r.remaining() >= 4) {
        const auto at = static_cast<std::ptrdiff_t>(r.offset());
        const std::uint16_t code = r.u16();
        const std::uint16_t length = r.u16();
        if (code == kOptEndOfOpt) {
            return -1;
        }
        if (length > r.remaining()) {
            return at;
        }
        visit(code, r.bytes(length));
        // The last option's padding may be absent when the block ends exactly at its value.
        r.skip(std::min(padded(length) - length, r.remaining()));
    }
    return -1;
}

} // namespace

PcapngReader::PcapngReader(BufferedInput& in) : m_in(in) {
    CapturePacket unused;
    const std::uint64_t start = m_in.offset();
    const auto head = m_in.peek(4);
    ByteReader r(head);
    if (head.size() < 4 || r.u32le() != kSectionHeaderBlock) {
        fail(start, "not a pcapng file: it does not start with a Section Header Block" + at(start));
        return;
    }
    if (readBlock(unused) == BlockResult::Error) {
        return;
    }
    m_headerOk = true;
}

PcapngReader::BlockResult PcapngReader::fail(std::uint64_t offset, std::string message) {
    m_done = true;
    m_errorOffset = offset;
    m_error = std::move(message);
    return BlockResult::Error;
}

ReadStatus PcapngReader::next(CapturePacket& packet) {
    while (!m_done) {
        switch (readBlock(packet)) {
        case BlockResult::Packet:
            return ReadStatus::Packet;
        case BlockResult::Error:
            return ReadStatus::Error;
        case BlockResult::Other:
            break;
        }
    }
    return m_error.empty() ? ReadStatus::End : ReadStatus::Error;
}

PcapngReader::BlockResult PcapngReader::readBlock(CapturePacket& packet) {
    const std::uint64_t start = m_in.offset();
    auto head = m_in.peek(12);
    if (head.empty()) {
        m_done = true;
        return BlockResult::Other;
    }
    if (head.size() < 8) {
        return fail(start, "truncated block header" + at(start) + ": the file ends after " +
                               std::to_string(head.size()) + " of its 8 bytes");
    }
    std::uint32_t type = EndianReader(head, m_order).u32();
    if (type == kSectionHeaderBlock) {
        // The block type is a palindrome; the byte-order magic after the length tells how to
        // read everything else in the section, the length included (section 4.1).
        if (head.size() < 12) {
            return fail(start, "truncated Section Header Block" + at(start) +
                                   ": the file ends before its byte-order magic");
        }
        ByteReader bom(head.subspan(8, 4));
        const std::uint32_t magic = bom.u32le();
        if (magic == kByteOrderMagic) {
            m_order = ByteOrder::Little;
        } else if (magic == 0x4D3C2B1A) {
            m_order = ByteOrder::Big;
        } else {
            return fail(start + 8, "bad byte-order magic in Section Header Block" + at(start + 8));
        }
    }
    EndianReader hr(head, m_order);
    type = hr.u32();
    const std::uint32_t length = hr.u32();
    if (length < 12 || length % 4 != 0 || length > kMaxBlockLength) {
        return fail(start, "bad block length " + std::to_string(length) + " in " + blockName(type) +
                               at(start) +
                               (length < 12       ? " (less than 12)"
                                : length % 4 != 0 ? " (not a multiple of 4)"
                                                  : " (more than 16 MiB)"));
    }
    const bool parsed = type == kSectionHeaderBlock || type == kInterfaceDescriptionBlock ||
                        type == kEnhancedPacketBlock || type == kSimplePacketBlock ||
                        type == kPacketBlock;
    std::span<const std::uint8_t> block;
    if (parsed) {
        block = m_in.take(length);
        if (block.size() < length) {
            return fail(start, "truncated " + blockName(type) + at(start) + ": it is " +
                                   std::to_string(length) + " bytes long, the file ends after " +
                                   std::to_string(block.size()));
        }
        EndianReader tr(block.subspan(length - 4), m_order);
        const std::uint32_t trailer = tr.u32();
        if (trailer != length) {
            return fail(start, "block length in the trailer (" + std::to_string(trailer) +
                                   ") differs from the header (" + std::to_string(length) +
                                   ") in " + blockName(type) + at(start));
        }
    } else {
        // Unknown, Name Resolution, Interface Statistics, Decryption Secrets and Custom blocks:
        // skipped without buffering their bodies (section 3.1: a parser can ignore them).
        const std::uint64_t skipped = m_in.skip(length - 4);
        const auto tail = m_in.take(4);
        if (skipped < length - 4 || tail.size() < 4) {
            return fail(start, "truncated " + blockName(type) + at(start) + ": it is " +
                                   std::to_string(length) + " bytes long, the file ends after " +
                                   std::to_string(skipped + tail.size()));
        }
        const std::uint32_t trailer = EndianReader(tail, m_order).u32();
        if (trailer != length) {
            return fail(start, "block length in the trailer (" + std::to_string(trailer) +
                                   ") differs from the header (" + std::to_string(length) +
                                   ") in " + blockName(type) + at(start));
        }
        return BlockResult::Other;
    }
    if (m_sections == 0 && type != kSectionHeaderBlock) {
        return fail(start,
                    "not a pcapng file: it does not start with a Section Header Block" + at(start));
    }
    switch (type) {
    case kSectionHeaderBlock:
        return parseSectionHeader(block, start);
    case kInterfaceDescriptionBlock:
        return parseInterface(block, start);
    case kEnhancedPacketBlock:
        return parseEnhancedPacket(block, start, packet);
    case kPacketBlock:
        return parsePacket(block, start, packet);
    case kSimplePacketBlock:
        return parseSimplePacket(block, start, packet);
    default:
        return BlockResult::Other;
    }
}

// Section Header Block (section 4.1):
//
//   | Block Type = 0x0A0D0D0A | Block Total Length | Byte-Order Magic 0x1A2B3C4D |
//   | Major Version (1) 16 | Minor Version 16 | Section Length 64 (-1 = unknown) |
//   | Options (shb_hardware 2, shb_os 3, shb_userappl 4, opt_comment 1) ... | Length |
PcapngReader::BlockResult PcapngReader::parseSectionHeader(std::span<const std::uint8_t> block,
                                                           std::uint64_t start) {
    if (block.size() < 28) {
        return fail(start, "Section Header Block too short" + at(start) + ": " +
                               std::to_string(block.size()) + " bytes, at least 28 needed");
    }
    EndianReader r(block.subspan(8, block.size() - 12), m_order);
    r.skip(4); // byte-order magic, already read
    const std::uint16_t major = r.u16();
    const std::uint16_t minor = r.u16();
    r.u64(); // section length: only for skipping sections, which a stream never needs
    if (major != 1) {
        return fail(start, "unsupported pcapng version " + std::to_string(major) + "." +
                               std::to_string(minor) + " in Section Header Block" + at(start));
    }
    CaptureSection section;
    section.byteOrder = m_order;
    const auto bad = forEachOption(r, [&](std::uint16_t code, std::span<const std::uint8_t> v) {
        switch (code) {
        case kOptComment:
            section.comments.push_back(optionString(v));
            break;
        case kShbHardware:
            section.hardware = optionString(v);
            break;
        case kShbOs:
            section.os = optionString(v);
            break;
        case kShbUserAppl:
            section.userApplication = optionString(v);
            break;
        default:
            break;
        }
    });
    if (bad >= 0) {
        const auto where = start + 8 + static_cast<std::uint64_t>(bad);
        return fail(where, "malformed option" + at(where) + " in Section Header Block" + at(start));
    }
    // A new section starts a new set of interfaces (section 4.2: Interface IDs count from the
    // first IDB of the section).
    m_section = std::move(section);
    m_interfaces.clear();
    ++m_sections;
    return BlockResult::Other;
}

// Interface Description Block (section 4.2):
//
//   | Block Type = 1 | Block Total Length |
//   | LinkType 16 | Reserved 16 | SnapLen 32 |
//   | Options (if_name 2, if_tsresol 9, if_tsoffset 14, ...) | Block Total Length |
PcapngReader::BlockResult PcapngReader::parseInterface(std::span<const std::uint8_t> block,
                                                       std::uint64_t start) {
    if (block.size() < 20) {
        return fail(start, "Interface Description Block too short" + at(start) + ": " +
                               std::to_string(block.size()) + " bytes, at least 20 needed");
    }
    EndianReader r(block.subspan(8, block.size() - 12), m_order);
    CaptureInterface iface;
    iface.linkType = static_cast<LinkType>(r.u16());
    r.u16();
    iface.snapLength = r.u32();
    std::string problem;
    const auto bad = forEachOption(r, [&](std::uint16_t code, std::span<const std::uint8_t> v) {
        if (code == kIfName) {
            iface.name = optionString(v);
        } else if (code == kIfDescription) {
            iface.description = optionString(v);
        } else if (code == kIfTsresol && v.size() >= 1) {
            // MSB clear: 10^-n seconds; MSB set: 2^-n seconds.
            const unsigned n = v[0] & 0x7FU;
            if ((v[0] & 0x80U) != 0) {
                if (n > 63) {
                    problem = "if_tsresol 2^-" + std::to_string(n) + " is too fine";
                    return;
                }
                iface.unitsPerSecond = std::uint64_t{1} << n;
            } else {
                if (n > 19) {
                    problem = "if_tsresol 10^-" + std::to_string(n) + " is too fine";
                    return;
                }
                std::uint64_t units = 1;
                for (unsigned i = 0; i < n; ++i) {
                    units *= 10;
                }
                iface.unitsPerSecond = units;
            }
        } else if (code == kIfTsoffset && v.size() >= 8) {
            EndianReader o(v, m_order);
            iface.offsetSeconds = static_cast<std::int64_t>(o.u64());
        }
    });
    if (bad >= 0) {
        const auto where = start + 8 + static_cast<std::uint64_t>(bad);
        return fail(where,
                    "malformed option" + at(where) + " in Interface Description Block" + at(start));
    }
    if (!problem.empty()) {
        return fail(start, problem + " in Interface Description Block" + at(start));
    }
    m_interfaces.push_back(std::move(iface));
    return BlockResult::Other;
}

std::int64_t PcapngReader::toNs(const CaptureInterface& iface, std::uint64_t units) const {
    const U128 whole = units / iface.unitsPerSecond;
    const U128 frac = units % iface.unitsPerSecond;
    const U128 ns = whole * 1'000'000'000U + frac * 1'000'000'000U / U128{iface.unitsPerSecond};
    constexpr auto kMax = static_cast<U128>(std::numeric_limits<std::int64_t>::max());
    const std::int64_t base =
        ns > kMax ? std::numeric_limits<std::int64_t>::max() : static_cast<std::int64_t>(ns);
    if (iface.offsetSeconds == 0) {
        return base;
    }
    // if_tsoffset shifts every timestamp by whole seconds; saturate rather than wrap.
    constexpr std::int64_t kMaxOffset = std::numeric_limits<std::int64_t>::max() / 1'000'000'000;
    if (iface.offsetSeconds > kMaxOffset || iface.offsetSeconds < -kMaxOffset) {
        return base;
    }
    const std::int64_t shift = iface.offsetSeconds * 1'000'000'000;
    if (shift > 0 && base > std::numeric_limits<std::int64_t>::max() - shift) {
        return std::numeric_limits<std::int64_t>::max();
    }
    return base + shift;
}

// Enhanced Packet Block (section 4.3):
//
//   | Block Type = 6 | Block Total Length |
//   | Interface ID 32 | Timestamp (High) 32 | Timestamp (Low) 32 |
//   | Captured Packet Length 32 | Original Packet Length 32 |
//   / Packet Data, padded to 32 bits /
//   / Options (opt_comment 1, epb_flags 2, ...) / Block Total Length |
PcapngReader::BlockResult PcapngReader::parseEnhancedPacket(std::span<const std::uint8_t> block,
                                                            std::uint64_t start,
                                                            CapturePacket& packet) {
    if (block.size() < 32) {
        return fail(start, "Enhanced Packet Block too short" + at(start) + ": " +
                               std::to_string(block.size()) + " bytes, at least 32 needed");
    }
    EndianReader r(block.subspan(8, block.size() - 12), m_order);
    const std::uint32_t ifid = r.u32();
    const std::uint64_t high = r.u32();
    const std::uint64_t low = r.u32();
    const std::uint32_t capLength = r.u32();
    const std::uint32_t origLength = r.u32();
    if (capLength > r.remaining()) {
        return fail(start, "impossible captured length " + std::to_string(capLength) +
                               " in Enhanced Packet Block" + at(start) + ": the block holds " +
                               std::to_string(r.remaining()) + " bytes of data and options");
    }
    if (ifid >= m_interfaces.size()) {
        return fail(start, "Enhanced Packet Block" + at(start) + " refers to interface " +
                               std::to_string(ifid) + ", but the section defines " +
                               std::to_string(m_interfaces.size()));
    }
    const auto data = r.bytes(capLength);
    r.skip(std::min(padded(capLength) - capLength, r.remaining()));
    packet.comments.clear();
    packet.direction = PacketDirection::Unknown;
    const auto bad = forEachOption(r, [&](std::uint16_t code, std::span<const std::uint8_t> v) {
        if (code == kOptComment) {
            packet.comments.push_back(optionString(v));
        } else if (code == kEpbFlags && v.size() == 4) {
            // epb_flags (section 4.3.1): bits 0-1 are the direction, 01 in and 10 out.
            EndianReader flags(v, m_order);
            switch (flags.u32() & 0x3U) {
            case 1:
                packet.direction = PacketDirection::Inbound;
                break;
            case 2:
                packet.direction = PacketDirection::Outbound;
                break;
            default:
                break;
            }
        }
    });
    if (bad >= 0) {
        const auto where = start + 8 + static_cast<std::uint64_t>(bad);
        return fail(where,
                    "malformed option" + at(where) + " in Enhanced Packet Block" + at(start));
    }
    const CaptureInterface& iface = m_interfaces[ifid];
    packet.number = ++m_packets;
    packet.fileOffset = start;
    packet.timeNs = toNs(iface, (high << 32) | low);
    packet.hasTime = true;
    packet.originalLength = origLength;
    packet.interfaceId = ifid;
    packet.linkType = iface.linkType;
    packet.data.assign(data.begin(), data.end());
    return BlockResult::Packet;
}

// Packet Block (obsolete, Appendix A): like the EPB with a 16-bit Interface ID and a 16-bit
// drops count in place of the 32-bit Interface ID.
PcapngReader::BlockResult PcapngReader::parsePacket(std::span<const std::uint8_t> block,
                                                    std::uint64_t start, CapturePacket& packet) {
    if (block.size() < 32) {
        return fail(start, "Packet Block too short" + at(start) + ": " +
                               std::to_string(block.size()) + " bytes, at least 32 needed");
    }
    EndianReader r(block.subspan(8, block.size() - 12), m_order);
    const std::uint16_t ifid = r.u16();
    r.u16(); // drops count
    const std::uint64_t high = r.u32();
    const std::uint64_t low = r.u32();
    const std::uint32_t capLength = r.u32();
    const std::uint32_t origLength = r.u32();
    if (capLength > r.remaining()) {
        return fail(start, "impossible captured length " + std::to_string(capLength) +
                               " in Packet Block" + at(start));
    }
    if (ifid >= m_interfaces.size()) {
        return fail(start, "Packet Block" + at(start) + " refers to interface " +
                               std::to_string(ifid) + ", but the section defines " +
                               std::to_string(m_interfaces.size()));
    }
    const auto data = r.bytes(capLength);
    r.skip(std::min(padded(capLength) - capLength, r.remaining()));
    packet.comments.clear();
    const auto bad = forEachOption(r, [&](std::uint16_t code, std::span<const std::uint8_t> v) {
        if (code == kOptComment) {
            packet.comments.push_back(optionString(v));
        }
    });
    if (bad >= 0) {
        const auto where = start + 8 + static_cast<std::uint64_t>(bad);
        return fail(where, "malformed option" + at(where) + " in Packet Block" + at(start));
    }
    const CaptureInterface& iface = m_interfaces[ifid];
    packet.number = ++m_packets;
    packet.fileOffset = start;
    packet.timeNs = toNs(iface, (high << 32) | low);
    packet.hasTime = true;
    packet.originalLength = origLength;
    packet.interfaceId = ifid;
    packet.linkType = iface.linkType;
    packet.data.assign(data.begin(), data.end());
    return BlockResult::Packet;
}

// Simple Packet Block (section 4.4): no timestamp, no options, always interface 0; the
// captured length is the smaller of the original length and the interface's snaplen, and the
// block must hold that many bytes.
//
//   | Block Type = 3 | Block Total Length | Original Packet Length 32 |
//   / Packet Data, padded to 32 bits / Block Total Length |
PcapngReader::BlockResult PcapngReader::parseSimplePacket(std::span<const std::uint8_t> block,
                                                          std::uint64_t start,
                                                          CapturePacket& packet) {
    if (block.size() < 16) {
        return fail(start, "Simple Packet Block too short" + at(start));
    }
    if (m_interfaces.empty()) {
        return fail(start, "Simple Packet Block" + at(start) +
                               " comes before any Interface Description Block");
    }
    EndianReader r(block.subspan(8, block.size() - 12), m_order);
    const std::uint32_t origLength = r.u32();
    const CaptureInterface& iface = m_interfaces[0];
    std::size_t capLength = origLength;
    if (iface.snapLength != 0) {
        capLength = std::min<std::size_t>(capLength, iface.snapLength);
    }
    if (capLength > r.remaining()) {
        return fail(start, "Simple Packet Block" + at(start) + " holds " +
                               std::to_string(r.remaining()) + " bytes of packet data, but its " +
                               "original length and the interface snaplen call for " +
                               std::to_string(capLength));
    }
    const auto data = r.bytes(capLength);
    packet.number = ++m_packets;
    packet.fileOffset = start;
    packet.timeNs = 0;
    packet.hasTime = false;
    packet.originalLength = origLength;
    packet.interfaceId = 0;
    packet.linkType = iface.linkType;
    packet.data.assign(data.begin(), data.end());
    packet.comments.clear();
    return BlockResult::Packet;
}

} // namespace hopscope::wire
