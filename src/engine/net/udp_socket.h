// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "file_descriptor.h"
#include "net_result.h"
#include "socket_address.h"
#include "socket_source.h"
#include "udp_batch.h"

#include <cstdint>
#include <span>

namespace hopscope::engine::net {

// A non-blocking UDP socket bound to one local address. Every send goes through SendGuard,
// so a socket sends only to loopback unless setLiveInternet(true) was called on it.
class UdpSocket {
public:
    // Binds to `local`; port 0 lets the kernel choose a free port (see localAddress()).
    // "port in use" comes back as NetError with std::errc::address_in_use. With `reusePort`
    // (SO_REUSEPORT) several sockets, each on its own loop, share one port and the kernel
    // spreads datagrams over them; every one of them must set it.
    // `source` null: a socket of this computer; else one made where the source makes them
    // (inside a lab node), which may then send to that network's addresses.
    [[nodiscard]] static NetResult<UdpSocket>
    bind(const SocketAddress& local, bool reusePort = false, const SocketSource* source = nullptr);

    UdpSocket(UdpSocket&&) noexcept = default;
    UdpSocket& operator=(UdpSocket&&) noexcept = default;

    [[nodiscard]] int fd() const { return m_fd.get(); }
    [[nodiscard]] const SocketAddress& localAddress() const { return m_local; }
    void setLiveInternet(bool on) { m_liveInternet = on; }
    // SO_RCVBUF / SO_SNDBUF (the kernel may cap or double them).
    void setBufferSizes(int receiveBytes, int sendBytes);
    [[nodiscard]] bool liveInternet() const { return m_liveInternet; }
    [[nodiscard]] bool insideLab() const { return m_insideLab; }

    // One datagram. A datagram longer than `buffer` is truncated (bytes = buffer size).
    IoResult receiveFrom(std::span<std::uint8_t> buffer, SocketAddress& from);
    IoResult sendTo(std::span<const std::uint8_t> payload, const SocketAddress& to);

    // Up to batch.capacity() datagrams in one recvmmsg call; bytes = datagrams received.
    IoResult receiveBatch(UdpBatch& batch);
    // Sends every datagram of `batch` (sendmmsg); refused destinations are skipped and counted
    // out. bytes = datagrams sent.
    IoResult sendBatch(UdpBatch& batch);

private:
    UdpSocket(FileDescriptor fd, SocketAddress local) : m_fd(std::move(fd)), m_local(local) {}

    FileDescriptor m_fd;
    SocketAddress m_local;
    bool m_liveInternet = false;
    bool m_insideLab = false;
};

} // namespace hopscope::engine::net
