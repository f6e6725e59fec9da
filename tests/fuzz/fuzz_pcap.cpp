// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Fuzzes the capture readers: any byte string read as a pcap or pcapng file must end in
// packets, a clean end or an error that names an offset inside the input; never a crash, a
// read out of bounds or unbounded memory. The packets read must survive a pcapng round trip,
// and a tiny read-ahead window must see exactly what the normal one sees.

#include "wire/buffered_input.h"
#include "wire/capture_reader.h"
#include "wire/pcap_reader.h"
#include "wire/pcapng_reader.h"
#include "wire/pcapng_writer.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

using namespace hopscope::wire;

namespace {

// Reads with the format's own reader through a 16-byte window, so every record straddles
// window boundaries.
std::vector<CapturePacket> readSmallWindow(const std::string& bytes, std::string& error) {
    std::istringstream in(bytes);
    BufferedInput input(in, 16);
    std::vector<CapturePacket> out;
    CapturePacket p;
    if (bytes.size() >= 4 && bytes.compare(0, 4, "\x0a\x0d\x0d\x0a", 4) == 0) {
        PcapngReader reader(input);
        while (reader.next(p) == ReadStatus::Packet) {
            out.push_back(p);
        }
        error = reader.error();
    } else {
        PcapReader reader(input);
        while (reader.next(p) == ReadStatus::Packet) {
            out.push_back(p);
        }
        error = reader.error();
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    std::istringstream in(bytes);
    CaptureReader reader(in);
    std::vector<CapturePacket> packets;
    CapturePacket p;
    while (reader.next(p) == ReadStatus::Packet) {
        if (p.data.size() > kMaxCaptureLength || p.fileOffset >= size) {
            std::abort();
        }
        packets.push_back(p);
    }
    if (!reader.error().empty() && reader.errorOffset() > size) {
        std::abort();
    }
    if (reader.bytesRead() > size) {
        std::abort();
    }

    if (reader.isOpen()) {
        std::string smallError;
        const auto small = readSmallWindow(bytes, smallError);
        if (small.size() != packets.size() || smallError != reader.error()) {
            std::abort();
        }
        for (std::size_t i = 0; i < small.size(); ++i) {
            if (small[i].data != packets[i].data || small[i].timeNs != packets[i].timeNs) {
                std::abort();
            }
        }
    }

    // Whatever was read writes back and reads again identically (times before 1970 cannot be
    // written, so those packets are left out).
    std::ostringstream out;
    {
        PcapngWriter writer(out);
        std::vector<CapturePacket> written;
        for (const auto& packet : packets) {
            if (writer.write(packet)) {
                written.push_back(packet);
            }
        }
        packets.swap(written);
    }
    std::istringstream again(out.str());
    CaptureReader back(again);
    std::size_t i = 0;
    while (back.next(p) == ReadStatus::Packet) {
        // The writer stores an original length of 0 as "as captured".
        const auto& w = packets[i < packets.size() ? i : 0];
        const auto originalLength =
            w.originalLength == 0 ? static_cast<std::uint32_t>(w.data.size()) : w.originalLength;
        if (i >= packets.size() || p.data != w.data || p.timeNs != w.timeNs ||
            p.linkType != w.linkType || p.originalLength != originalLength ||
            p.comments != w.comments) {
            std::abort();
        }
        ++i;
    }
    if (i != packets.size() || !back.error().empty()) {
        std::abort();
    }
    return 0;
}
