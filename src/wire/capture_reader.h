// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "capture_packet.h"

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace hopscope::wire {

// Opens a pcap or pcapng capture by its magic number and streams its packets through one
// interface, in constant memory whatever the file size. Damage ends the stream with an error
// that names the byte offset; every packet before it has been delivered.
//
//   CaptureReader reader(path);
//   CapturePacket packet;
//   while (reader.next(packet) == ReadStatus::Packet) { ... }
//   if (!reader.error().empty()) { ... reader.errorOffset() ... }
class CaptureReader {
public:
    // Reads from a stream the caller keeps alive (an ifstream, an istringstream, ...).
    explicit CaptureReader(std::istream& in);
    // Opens and owns the file; a file that cannot be opened reports an error at offset 0.
    explicit CaptureReader(const std::string& path);
    ~CaptureReader();
    CaptureReader(const CaptureReader&) = delete;
    CaptureReader& operator=(const CaptureReader&) = delete;

    // True when the file header was recognised and read.
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] CaptureFormat format() const;

    ReadStatus next(CapturePacket& packet);

    // Empty while there is no error.
    [[nodiscard]] const std::string& error() const;
    [[nodiscard]] std::uint64_t errorOffset() const;

    // Interfaces known so far (pcap: the one from the file header; pcapng: the current
    // section's Interface Description Blocks, which grow while reading).
    [[nodiscard]] std::vector<CaptureInterface> interfaces() const;
    // The current pcapng section; default for pcap.
    [[nodiscard]] CaptureSection section() const;
    // Link types of every interface seen so far, in order of appearance, without repeats.
    [[nodiscard]] const std::vector<LinkType>& linkTypes() const;

    // Progress: bytes consumed so far, and the file size when known (0 when not).
    [[nodiscard]] std::uint64_t bytesRead() const;
    [[nodiscard]] std::uint64_t totalBytes() const;
    [[nodiscard]] std::uint64_t packetsRead() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// A short name for a link type ("Ethernet", "Linux cooked v1", "Raw IP", "BSD loopback", or
// "link type N").
[[nodiscard]] std::string linkTypeName(LinkType linkType);

} // namespace hopscope::wire
