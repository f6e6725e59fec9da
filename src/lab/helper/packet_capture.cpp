// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "packet_capture.h"

#include "lab_network.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <ostream>
#include <sys/socket.h>
#include <unistd.h>

namespace hopscope::lab {

namespace {

constexpr std::size_t kOutputBuffer = 256 * 1024;
constexpr std::size_t kMaxFrame = 65536 + 64;

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
    m_frame.resize(kMaxFrame);
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
            const int on = 1;
            const int bufferBytes = 8 * 1024 * 1024;
            ::setsockopt(socket.get(), SOL_SOCKET, SO_RCVBUF, &bufferBytes, sizeof bufferBytes);
            if (address.sll_ifindex == 0 ||
                ::bind(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) !=
                    0 ||
                ::setsockopt(socket.get(), SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) != 0) {
                return "cannot capture on " + node.name + ':' + i.name + ": " +
                       std::strerror(errno);
            }
            Point point;
            point.socket = std::move(socket);
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

void PacketCapture::drain(std::size_t index) {
    Point& point = m_points[index];
    for (;;) {
        sockaddr_ll from{};
        iovec iov{m_frame.data(), m_frame.size()};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))] = {};
        msghdr msg{};
        msg.msg_name = &from;
        msg.msg_namelen = sizeof from;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(point.socket.get(), &msg, MSG_DONTWAIT | MSG_TRUNC);
        if (n < 0) {
            return; // EAGAIN: drained
        }
        std::int64_t timeNs = 0;
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                timespec stamp{};
                std::memcpy(&stamp, CMSG_DATA(c), sizeof stamp);
                timeNs = static_cast<std::int64_t>(stamp.tv_sec) * 1'000'000'000 + stamp.tv_nsec;
            }
        }
        if (timeNs == 0) {
            timeNs = realtimeNs();
        }
        const auto length = static_cast<std::size_t>(n);
        const std::size_t kept = std::min(length, m_frame.size());
        const auto direction = from.sll_pkttype == PACKET_OUTGOING ? wire::PacketDirection::Outbound
                                                                   : wire::PacketDirection::Inbound;
        m_pending.push_back(Pending{timeNs,
                                    point.interfaceId,
                                    direction,
                                    static_cast<std::uint32_t>(length),
                                    {m_frame.begin(), m_frame.begin() + static_cast<long>(kept)}});
        ++point.received;
    }
}

bool PacketCapture::flush() {
    if (!m_buffer) {
        return false;
    }
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending& a, const Pending& b) { return a.timeNs < b.timeNs; });
    for (const auto& frame : m_pending) {
        m_writer->writeOn(frame.interfaceId, frame.timeNs, frame.bytes, frame.direction,
                          frame.originalLength);
    }
    m_pending.clear();
    return m_buffer->flush();
}

void PacketCapture::readKernelCounters(Point& point) {
    // PACKET_STATISTICS resets the kernel's counters on every read: add them up.
    tpacket_stats stats{};
    socklen_t length = sizeof stats;
    if (::getsockopt(point.socket.get(), SOL_PACKET, PACKET_STATISTICS, &stats, &length) == 0) {
        point.kernelDrops += stats.tp_drops;
    }
}

void PacketCapture::finish() {
    if (!m_writer) {
        return;
    }
    for (auto& point : m_points) {
        drain(static_cast<std::size_t>(&point - m_points.data()));
    }
    flush();
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
