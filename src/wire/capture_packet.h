// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "layer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hopscope::wire {

// How pcap and pcapng files store their integers (both byte orders are legal; the reader
// learns which from the magic number, a writer may be asked for either).
enum class ByteOrder : std::uint8_t { Little, Big };

// Timestamp precision of a classic pcap file (its magic number says which).
enum class TimeResolution : std::uint8_t { Microseconds, Nanoseconds };

enum class CaptureFormat : std::uint8_t { Pcap, Pcapng };

// What a reader answers for each record: a packet, the clean end of the file, or damage
// (then error()/errorOffset() say what and where; the packets before it were delivered).
enum class ReadStatus : std::uint8_t { Packet, End, Error };

// Which way a frame went through the interface it was captured on (pcapng epb_flags).
enum class PacketDirection : std::uint8_t { Unknown, Inbound, Outbound };

// One capture interface: the single implicit one of a pcap file, or a pcapng Interface
// Description Block.
struct CaptureInterface {
    LinkType linkType = LinkType::Ethernet;
    std::uint32_t snapLength = 0;           // 0 = no limit (pcapng)
    std::uint64_t unitsPerSecond = 1000000; // if_tsresol; pcapng defaults to microseconds
    std::int64_t offsetSeconds = 0;         // if_tsoffset
    std::string name;                       // if_name, empty when absent
    std::string description;                // if_description, empty when absent
};

// Section Header Block metadata (pcapng); empty for a pcap file.
struct CaptureSection {
    ByteOrder byteOrder = ByteOrder::Little;
    std::string hardware;        // shb_hardware
    std::string os;              // shb_os
    std::string userApplication; // shb_userappl
    std::vector<std::string> comments;
};

// One captured frame as read from (or written to) a capture file.
struct CapturePacket {
    std::uint64_t number = 0;     // 1-based position among the packets of the file
    std::uint64_t fileOffset = 0; // byte offset of its record or block in the file
    std::int64_t timeNs = 0;      // since the Unix epoch
    bool hasTime = true;          // false for a pcapng Simple Packet Block
    std::uint32_t originalLength = 0;
    std::uint32_t interfaceId = 0;
    LinkType linkType = LinkType::Ethernet;
    PacketDirection direction = PacketDirection::Unknown; // epb_flags, pcapng only
    std::vector<std::uint8_t> data;                       // the captured bytes (caplen of them)
    std::vector<std::string> comments;                    // opt_comment options, in file order
};

// Largest capture length any reader accepts: libpcap's MAXIMUM_SNAPLEN is 256 KiB and
// Wireshark's largest packet 256 MiB is for exotic link types; 16 MiB bounds the memory a
// damaged length can make a reader allocate.
inline constexpr std::uint32_t kMaxCaptureLength = 16U * 1024U * 1024U;

} // namespace hopscope::wire
