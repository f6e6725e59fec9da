// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "packet_capture.h"

#include "lab_network.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <ostream>
#include <poll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace hopscope::lab {

namespace {

constexpr std::size_t kOutputBuffer = 256 * 1024;
// Per interface: 4 blocks of 512 KiB. A block goes to the helper when it is full or 8 ms after
// its first frame, so a live view lags the wire by at most that.
constexpr unsigned kRingBlockBytes = 512 * 1024;
constexpr unsigned kRingBlocks = 4;
constexpr unsigned kRingFrameBytes = 2048;
constexpr unsigned kRingBlockTimeoutMs = 8;
// Longer than a block's timeout plus a loop turn, so frames are written in wire order.
constexpr std::int64_t kOrderWindowNs = 30'000'000;

std::int64_t monotonicNs() {
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

std::int64_t realtimeNs() {
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

FdOutputBuffer::FdOutputBuffer(int fd) : m_fd(fd), m_buffer(kOutputBuffer) {
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

bool FdOutputBuffer::flush() {
    const char* data = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0 && !m_failed) {
        const ssize_t n = ::write(m_fd, data, left);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            // The reader went away (EPIPE): stop writing, keep capturing for the counters.
            m_failed = true;
            break;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return !m_failed;
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c) {
    flush();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return m_failed ? traits_type::eof() : traits_type::not_eof(c);
}

int FdOutputBuffer::sync() {
    return flush() ? 0 : -1;
}

std::streamsize FdOutputBuffer::xsputn(const char* data, std::streamsize count) {
    std::streamsize done = 0;
    while (done < count) {
        const std::streamsize room = epptr() - pptr();
        if (room == 0) {
            flush();
            continue;
        }
        const std::streamsize n = std::min(room, count - done);
        std::memcpy(pptr(), data + done, static_cast<std::size_t>(n));
        pbump(static_cast<int>(n));
        done += n;
    }
    return m_failed ? 0 : count;
}

std::optional<std::string> PacketCapture::open(const LabNetwork& network, const Topology& topology,
                                               int outputFd) {
    m_buffer = std::make_unique<FdOutputBuffer>(outputFd);
    m_stream = std::make_unique<std::ostream>(m_buffer.get());
    wire::PcapngWriter::Options options;
    options.userApplication = "Hopscope lab";
    m_writer = std::make_unique<wire::PcapngWriter>(*m_stream, options);
    for (const auto& node : topology.nodes) {
        if (!network.enter(node.name)) {
            return "cannot enter " + node.name + ": " + std::strerror(errno);
        }
        for (const auto& i : node.interfaces) {
            // Protocol 0 until bound, so the socket sees no other interface's frames meanwhile.
            OwnedFd socket(::socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
            if (!socket.valid()) {
                return "cannot open a capture socket in " + node.name + ": " + std::strerror(errno);
            }
            sockaddr_ll address{};
            address.sll_family = AF_PACKET;
            address.sll_protocol = htons(ETH_P_ALL);
            address.sll_ifindex = static_cast<int>(::if_nametoindex(i.name.c_str()));
            const int version = TPACKET_V3;
            tpacket_req3 ring{};
            ring.tp_block_size = kRingBlockBytes;
            ring.tp_block_nr = kRingBlocks;
            ring.tp_frame_size = kRingFrameBytes;
            ring.tp_frame_nr = kRingBlockBytes / kRingFrameBytes * kRingBlocks;
            ring.tp_retire_blk_tov = kRingBlockTimeoutMs;
            const std::size_t ringBytes = std::size_t{kRingBlockBytes} * kRingBlocks;
            if (::setsockopt(socket.get(), SOL_PACKET, PACKET_VERSION, &version, sizeof version) !=
                    0 ||
                ::setsockopt(socket.get(), SOL_PACKET, PACKET_RX_RING, &ring, sizeof ring) != 0) {
                return "cannot set up a capture ring on " + node.name + ':' + i.name + ": " +
                       std::strerror(errno);
            }
            void* mapped =
                ::mmap(nullptr, ringBytes, PROT_READ | PROT_WRITE, MAP_SHARED, socket.get(), 0);
            if (mapped == MAP_FAILED) {
                return "cannot map the capture ring of " + node.name + ':' + i.name + ": " +
                       std::strerror(errno);
            }
            if (address.sll_ifindex == 0 ||
                ::bind(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) !=
                    0) {
                ::munmap(mapped, ringBytes);
                return "cannot capture on " + node.name + ':' + i.name + ": " +
                       std::strerror(errno);
            }
            Point point;
            point.socket = std::move(socket);
            point.ring = static_cast<std::uint8_t*>(mapped);
            point.ringBytes = ringBytes;
            point.interfaceId =
                m_writer->addInterface(wire::LinkType::Ethernet, node.name + ':' + i.name,
                                       nodeRoleName(node.role), i.mac.bytes());
            m_fds.push_back(point.socket.get());
            m_points.push_back(std::move(point));
        }
    }
    network.enterRoot();
    flush();
    return std::nullopt;
}

const std::vector<int>& PacketCapture::sockets() const {
    return m_fds;
}

PacketCapture::~PacketCapture() {
    for (auto& point : m_points) {
        if (point.ring != nullptr) {
            ::munmap(point.ring, point.ringBytes);
        }
    }
}

void PacketCapture::drain(std::size_t index) {
    // TPACKET_V3 (packet(7), Documentation/networking/packet_mmap.rst): the kernel hands over
    // whole blocks; each holds num_pkts frames, each a tpacket3_hdr with the timestamp, then
    // the sockaddr_ll (whose pkttype gives the direction), then the frame at tp_mac.
    Point& point = m_points[index];
    for (;;) {
        auto* block = reinterpret_cast<tpacket_block_desc*>(
            point.ring + std::size_t{point.nextBlock} * kRingBlockBytes);
        if ((__atomic_load_n(&block->hdr.bh1.block_status, __ATOMIC_ACQUIRE) & TP_STATUS_USER) ==
            0) {
            return;
        }
        const std::uint32_t count = block->hdr.bh1.num_pkts;
        auto* frame = reinterpret_cast<std::uint8_t*>(block) + block->hdr.bh1.offset_to_first_pkt;
        for (std::uint32_t k = 0; k < count; ++k) {
            const auto* header = reinterpret_cast<const tpacket3_hdr*>(frame);
            const auto* from =
                reinterpret_cast<const sockaddr_ll*>(frame + TPACKET_ALIGN(sizeof(tpacket3_hdr)));
            const std::uint8_t* data = frame + header->tp_mac;
            const std::int64_t timeNs =
                static_cast<std::int64_t>(header->tp_sec) * 1'000'000'000 + header->tp_nsec;
            const auto direction = from->sll_pkttype == PACKET_OUTGOING
                                       ? wire::PacketDirection::Outbound
                                       : wire::PacketDirection::Inbound;
            m_pending.push_back(Pending{timeNs > 0 ? timeNs : realtimeNs(),
                                        point.interfaceId,
                                        direction,
                                        header->tp_len,
                                        {data, data + header->tp_snaplen}});
            ++point.received;
            frame += header->tp_next_offset;
        }
        // The kernel counts afresh when it opens the block again; zero now, so that finish()
        // does not take a block waiting to be reused for one being filled.
        block->hdr.bh1.num_pkts = 0;
        __atomic_store_n(&block->hdr.bh1.block_status, TP_STATUS_KERNEL, __ATOMIC_RELEASE);
        point.nextBlock = (point.nextBlock + 1) % kRingBlocks;
    }
}

bool PacketCapture::flush(bool everything) {
    if (!m_buffer) {
        return false;
    }
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending& a, const Pending& b) { return a.timeNs < b.timeNs; });
    const std::int64_t until = everything ? INT64_MAX : realtimeNs() - kOrderWindowNs;
    std::size_t written = 0;
    while (written < m_pending.size() && m_pending[written].timeNs <= until) {
        const Pending& frame = m_pending[written];
        m_writer->writeOn(frame.interfaceId, frame.timeNs, frame.bytes, frame.direction,
                          frame.originalLength);
        ++written;
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<long>(written));
    return m_buffer->flush();
}

void PacketCapture::readKernelCounters(Point& point) {
    // PACKET_STATISTICS resets the kernel's counters on every read: add them up.
    tpacket_stats_v3 stats{};
    socklen_t length = sizeof stats;
    if (::getsockopt(point.socket.get(), SOL_PACKET, PACKET_STATISTICS, &stats, &length) == 0) {
        point.kernelDrops += stats.tp_drops;
    }
}

void PacketCapture::finish() {
    if (!m_writer) {
        return;
    }
    // The kernel hands over a block only when it is full or its retire timer fires
    // (kRingBlockTimeoutMs): frames in a block still being filled would be lost, e.g. the RST
    // that made the last command fail. Wait for each such block, bounded by a few timer ticks.
    const std::int64_t deadline = monotonicNs() + std::int64_t{kRingBlockTimeoutMs} * 4'000'000;
    for (;;) {
        std::vector<pollfd> filling;
        for (auto& point : m_points) {
            drain(static_cast<std::size_t>(&point - m_points.data()));
            const auto* block = reinterpret_cast<const tpacket_block_desc*>(
                point.ring + std::size_t{point.nextBlock} * kRingBlockBytes);
            if (__atomic_load_n(&block->hdr.bh1.num_pkts, __ATOMIC_ACQUIRE) > 0) {
                filling.push_back(pollfd{point.socket.get(), POLLIN, 0});
            }
        }
        const std::int64_t left = deadline - monotonicNs();
        if (filling.empty() || left <= 0) {
            break;
        }
        ::poll(filling.data(), filling.size(), static_cast<int>(left / 1'000'000) + 1);
    }
    flush(true);
    for (auto& point : m_points) {
        readKernelCounters(point);
        m_writer->writeStatistics(point.interfaceId, realtimeNs(), point.received,
                                  point.kernelDrops);
    }
    flush();
}

std::uint64_t PacketCapture::received() const {
    std::uint64_t total = 0;
    for (const auto& point : m_points) {
        total += point.received;
    }
    return total;
}

std::uint64_t PacketCapture::dropped() {
    std::uint64_t total = 0;
    for (auto& point : m_points) {
        readKernelCounters(point);
        total += point.kernelDrops;
    }
    return total;
}

} // namespace hopscope::lab
