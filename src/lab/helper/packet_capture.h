// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab/control_channel.h"
#include "lab/topology.h"
#include "wire/pcapng_writer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

namespace hopscope::lab {

class LabNetwork;

// An output buffer that writes to a file descriptor (the pipe to the app), so the pcapng
// writer can stream into it; flush() hands over what was buffered.
class FdOutputBuffer : public std::streambuf {
public:
    explicit FdOutputBuffer(int fd);
    bool flush();

protected:
    int_type overflow(int_type c) override;
    int sync() override;
    std::streamsize xsputn(const char* data, std::streamsize count) override;

private:
    int m_fd;
    std::vector<char> m_buffer;
    bool m_failed = false;
};

// Captures every frame at every interface of every node on AF_PACKET sockets opened inside each
// node's namespace, each with a TPACKET_V3 receive ring (the kernel fills blocks of frames with
// their timestamps; the ring is not limited by net.core.rmem_max, which an unprivileged
// helper cannot raise), and streams them as pcapng: one
// Interface Description Block per "node:interface", each frame's direction in epb_flags, and
// Interface Statistics Blocks with the kernel's drop counters at the end.
class PacketCapture {
public:
    // Opens the sockets; returns an error sentence on failure.
    std::optional<std::string> open(const LabNetwork& network, const Topology& topology,
                                    int outputFd);

    [[nodiscard]] const std::vector<int>& sockets() const;
    // Reads whatever socket `index` holds now (non-blocking) into the pending frames.
    void drain(std::size_t index);
    // Writes the pending frames in time order and hands the blocks to the reader. Each ring
    // hands over its block on its own timer, so a frame is held until every ring has had time
    // to deliver what came before it (kOrderWindowNs), unless `everything`.
    bool flush(bool everything = false);
    // True while frames wait for their turn (the loop must come back to flush them).
    [[nodiscard]] bool holding() const { return !m_pending.empty(); }
    // Writes the statistics blocks; the capture is finished afterwards.
    void finish();

    [[nodiscard]] std::uint64_t received() const;
    [[nodiscard]] std::uint64_t dropped();

private:
    struct Point {
        OwnedFd socket;
        std::uint32_t interfaceId = 0;
        std::uint64_t received = 0;
        std::uint64_t kernelDrops = 0;
        std::uint8_t* ring = nullptr; // mmap'ed TPACKET_V3 ring
        std::size_t ringBytes = 0;
        unsigned nextBlock = 0;
    };
    void readKernelCounters(Point& point);

    struct Pending {
        std::int64_t timeNs;
        std::uint32_t interfaceId;
        wire::PacketDirection direction;
        std::uint32_t originalLength;
        std::vector<std::uint8_t> bytes;
    };
    std::vector<Pending> m_pending;
    std::vector<Point> m_points;
    std::vector<int> m_fds;
    std::unique_ptr<FdOutputBuffer> m_buffer;
    std::unique_ptr<std::ostream> m_stream;
    std::unique_ptr<wire::PcapngWriter> m_writer;

public:
    PacketCapture() = default;
    PacketCapture(const PacketCapture&) = delete;
    PacketCapture& operator=(const PacketCapture&) = delete;
    ~PacketCapture();
};

} // namespace hopscope::lab
