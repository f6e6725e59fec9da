// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "pcap_reader.h"

#include "endian_reader.h"

#include <string>

namespace hopscope::wire {

namespace {

constexpr std::uint32_t kMagicMicro = 0xA1B2C3D4;
constexpr std::uint32_t kMagicNano = 0xA1B23C4D;
// libpcap's MAXIMUM_SNAPLEN: no capture tool records more of a packet than this, so a larger
// caplen that also exceeds the file's own snaplen can only be damage.
constexpr std::uint32_t kLibpcapMaxSnap = 262144;

std::uint32_t swap32(std::uint32_t v) {
    return ((v & 0xFFU) << 24) | ((v & 0xFF00U) << 8) | ((v >> 8) & 0xFF00U) | (v >> 24);
}

std::string at(std::uint64_t offset) {
    return " at byte " + std::to_string(offset);
}

} // namespace

PcapReader::PcapReader(BufferedInput& in) : m_in(in) {
    const std::uint64_t start = m_in.offset();
    const auto header = m_in.take(kFileHeaderLength);
    if (header.size() < 4) {
        fail(start, "pcap file header truncated" + at(start) + ": the file has " +
                        std::to_string(header.size()) + " of its 24 bytes");
        return;
    }
    // The magic number is written in the writer's byte order: read it little-endian and see
    // whether it comes out straight or swapped (section 4).
    ByteReader magicReader(header.first(4));
    const std::uint32_t magic = magicReader.u32le();
    if (magic == kMagicMicro || magic == kMagicNano) {
        m_order = ByteOrder::Little;
    } else if (swap32(magic) == kMagicMicro || swap32(magic) == kMagicNano) {
        m_order = ByteOrder::Big;
    } else {
        fail(start, "not a pcap file: bad magic number" + at(start));
        return;
    }
    const std::uint32_t native = m_order == ByteOrder::Little ? magic : swap32(magic);
    m_resolution =
        native == kMagicNano ? TimeResolution::Nanoseconds : TimeResolution::Microseconds;
    if (header.size() < kFileHeaderLength) {
        fail(start, "pcap file header truncated" + at(start) + ": the file has " +
                        std::to_string(header.size()) + " of its 24 bytes");
        return;
    }
    EndianReader r(header.subspan(4), m_order);
    m_versionMajor = r.u16();
    m_versionMinor = r.u16();
    r.skip(8); // Reserved1, Reserved2: MUST be ignored by readers
    m_interface.snapLength = r.u32();
    const std::uint32_t linkField = r.u32();
    if (m_versionMajor != 2) {
        fail(start + 4, "unsupported pcap version " + std::to_string(m_versionMajor) + "." +
                            std::to_string(m_versionMinor) + at(start + 4));
        return;
    }
    // The upper 16 bits carry the FCS length and reserved bits, not the link type.
    m_interface.linkType = static_cast<LinkType>(linkField & 0xFFFFU);
    m_interface.unitsPerSecond =
        m_resolution == TimeResolution::Nanoseconds ? 1'000'000'000ULL : 1'000'000ULL;
    m_headerOk = true;
}

ReadStatus PcapReader::fail(std::uint64_t offset, std::string message) {
    m_done = true;
    m_errorOffset = offset;
    m_error = std::move(message);
    return ReadStatus::Error;
}

ReadStatus PcapReader::next(CapturePacket& packet) {
    if (!m_headerOk || m_done) {
        return m_error.empty() ? ReadStatus::End : ReadStatus::Error;
    }
    const std::uint64_t start = m_in.offset();
    const auto header = m_in.take(kRecordHeaderLength);
    if (header.empty()) {
        m_done = true;
        return ReadStatus::End;
    }
    if (header.size() < kRecordHeaderLength) {
        return fail(start, "truncated packet record header" + at(start) + " (packet " +
                               std::to_string(m_packets + 1) + "): the file ends after " +
                               std::to_string(header.size()) + " of its 16 bytes");
    }
    EndianReader r(header, m_order);
    const std::uint32_t seconds = r.u32();
    const std::uint32_t fraction = r.u32();
    const std::uint32_t capLength = r.u32();
    const std::uint32_t origLength = r.u32();
    if (capLength > kMaxCaptureLength ||
        (capLength > kLibpcapMaxSnap && capLength > m_interface.snapLength)) {
        return fail(start, "impossible captured length " + std::to_string(capLength) +
                               " in packet record" + at(start) + " (packet " +
                               std::to_string(m_packets + 1) + ", snaplen " +
                               std::to_string(m_interface.snapLength) + ")");
    }
    const auto body = m_in.take(capLength);
    if (body.size() < capLength) {
        return fail(start, "truncated packet record" + at(start) + " (packet " +
                               std::to_string(m_packets + 1) + "): it holds " +
                               std::to_string(capLength) + " bytes, the file ends after " +
                               std::to_string(body.size()));
    }
    ++m_packets;
    packet.number = m_packets;
    packet.fileOffset = start;
    const std::int64_t fractionNs = m_resolution == TimeResolution::Nanoseconds
                                        ? std::int64_t{fraction}
                                        : std::int64_t{fraction} * 1000;
    packet.timeNs = std::int64_t{seconds} * 1'000'000'000 + fractionNs;
    packet.hasTime = true;
    packet.originalLength = origLength;
    packet.interfaceId = 0;
    packet.linkType = m_interface.linkType;
    packet.data.assign(body.begin(), body.end());
    packet.comments.clear();
    return ReadStatus::Packet;
}

} // namespace hopscope::wire
