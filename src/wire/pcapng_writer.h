// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "capture_packet.h"

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace hopscope::wire {

// Writes a pcapng file (draft-ietf-opsawg-pcapng; block layouts drawn in pcapng_reader.h and
// .cpp): one Section Header Block with shb_userappl, one Interface Description Block per link
// type (written just before the first packet that uses it, with if_tsresol = 9, nanoseconds),
// and one Enhanced Packet Block per packet carrying its comments as opt_comment options.
// It streams: each block goes to the ostream as it is written.
class PcapngWriter {
public:
    struct Options {
        std::string userApplication = "Hopscope";
        std::vector<std::string> sectionComments;
        ByteOrder byteOrder = ByteOrder::Little;
    };

    // Writes the Section Header Block at once.
    explicit PcapngWriter(std::ostream& out);
    PcapngWriter(std::ostream& out, Options options);

    // Appends one Enhanced Packet Block. originalLength 0 means "as captured". Returns false
    // when the time is negative, the data is larger than kMaxCaptureLength, or the stream failed.
    bool write(LinkType linkType, std::int64_t timeNs, std::span<const std::uint8_t> data,
               std::uint32_t originalLength = 0, std::span<const std::string> comments = {});
    // Writes the packet's link type, time, bytes and comments.
    bool write(const CapturePacket& packet);

    // The Interface ID used for a link type, writing its IDB the first time.
    std::uint32_t interfaceFor(LinkType linkType);

    // Writes an Interface Description Block for one named capture point (if_name, and
    // if_description and if_MACaddr when given) and returns its Interface ID. Packets written
    // with that ID say where they were seen, e.g. "home-router:eth1".
    std::uint32_t addInterface(LinkType linkType, const std::string& name,
                               const std::string& description = {},
                               std::span<const std::uint8_t> mac = {});

    // Appends one Enhanced Packet Block on an interface from addInterface(), with epb_flags
    // carrying the direction (section 4.3.1) when it is known.
    bool writeOn(std::uint32_t interfaceId, std::int64_t timeNs, std::span<const std::uint8_t> data,
                 PacketDirection direction, std::uint32_t originalLength = 0);

    // Appends an Interface Statistics Block (section 4.6): what the capture received and what
    // the kernel dropped on that interface, as of timeNs.
    bool writeStatistics(std::uint32_t interfaceId, std::int64_t timeNs, std::uint64_t received,
                         std::uint64_t dropped);

    [[nodiscard]] bool ok() const;
    [[nodiscard]] std::uint64_t packetsWritten() const { return m_packets; }

private:
    void put16(std::uint16_t v);
    void put32(std::uint32_t v);
    void putOption(std::uint16_t code, std::span<const std::uint8_t> value);
    void putStringOption(std::uint16_t code, const std::string& value);
    void beginBlock(std::uint32_t type);
    void endBlock();

    std::ostream& m_out;
    Options m_options;
    struct WrittenInterface {
        LinkType linkType;
        bool named; // from addInterface(): never reused by interfaceFor()
    };
    void putTime(std::int64_t timeNs);
    std::vector<WrittenInterface> m_interfaces; // index = Interface ID
    std::vector<std::uint8_t> m_block;
    std::uint64_t m_packets = 0;
};

} // namespace hopscope::wire
