// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "udp_socket.h"

#include "send_guard.h"
#include "socket_error.h"

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

namespace hopscope::engine::net {

NetResult<UdpSocket> UdpSocket::bind(const SocketAddress& local, bool reusePort,
                                     const SocketSource* source) {
    auto opened = openSocket(source, AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (!opened) {
        return opened.error();
    }
    FileDescriptor fd = opened.take();
    if (reusePort) {
        const int on = 1;
        ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
    }
    const sockaddr_in native = local.toSockaddr();
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&native), sizeof native) != 0) {
        return socketError(errno, "cannot bind UDP " + local.toString());
    }
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    if (::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&bound), &length) != 0) {
        return socketError(errno, "cannot read the address of UDP " + local.toString());
    }
    UdpSocket socket(std::move(fd), SocketAddress::fromSockaddr(bound));
    socket.m_insideLab = reachesBeyondLoopback(source);
    return socket;
}

void UdpSocket::setBufferSizes(int receiveBytes, int sendBytes) {
    ::setsockopt(m_fd.get(), SOL_SOCKET, SO_RCVBUF, &receiveBytes, sizeof receiveBytes);
    ::setsockopt(m_fd.get(), SOL_SOCKET, SO_SNDBUF, &sendBytes, sizeof sendBytes);
}

IoResult UdpSocket::receiveFrom(std::span<std::uint8_t> buffer, SocketAddress& from) {
    sockaddr_in peer{};
    socklen_t length = sizeof peer;
    const ssize_t n = ::recvfrom(m_fd.get(), buffer.data(), buffer.size(), MSG_DONTWAIT,
                                 reinterpret_cast<sockaddr*>(&peer), &length);
    if (n < 0) {
        return ioError(errno);
    }
    from = SocketAddress::fromSockaddr(peer);
    return {IoStatus::Ok, static_cast<std::size_t>(n), {}};
}

IoResult UdpSocket::sendTo(std::span<const std::uint8_t> payload, const SocketAddress& to) {
    if (!SendGuard::allows(to, m_liveInternet || m_insideLab)) {
        spdlog::warn("{}", SendGuard::refusal(to, m_liveInternet));
        return {IoStatus::Refused, 0, std::make_error_code(std::errc::permission_denied)};
    }
    const sockaddr_in native = to.toSockaddr();
    const ssize_t n =
        ::sendto(m_fd.get(), payload.data(), payload.size(), MSG_DONTWAIT | MSG_NOSIGNAL,
                 reinterpret_cast<const sockaddr*>(&native), sizeof native);
    if (n < 0) {
        return ioError(errno);
    }
    return {IoStatus::Ok, static_cast<std::size_t>(n), {}};
}

IoResult UdpSocket::receiveBatch(UdpBatch& batch) {
    batch.prepareReceive();
    const int n = ::recvmmsg(m_fd.get(), batch.m_headers.data(),
                             static_cast<unsigned>(batch.capacity()), MSG_DONTWAIT, nullptr);
    if (n < 0) {
        batch.m_size = 0;
        return ioError(errno);
    }
    batch.m_size = static_cast<std::size_t>(n);
    for (std::size_t i = 0; i < batch.m_size; ++i) {
        batch.m_lengths[i] = batch.m_headers[i].msg_len;
    }
    return {IoStatus::Ok, batch.m_size, {}};
}

IoResult UdpSocket::sendBatch(UdpBatch& batch) {
    // Drop refused destinations first so one bad address cannot hold back the rest.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < batch.m_size; ++i) {
        const SocketAddress to = SocketAddress::fromSockaddr(batch.m_peers[i]);
        if (!SendGuard::allows(to, m_liveInternet || m_insideLab)) {
            spdlog::warn("{}", SendGuard::refusal(to, m_liveInternet));
            continue;
        }
        if (kept != i) {
            std::memmove(batch.m_buffer.data() + kept * batch.m_slotBytes,
                         batch.m_buffer.data() + i * batch.m_slotBytes, batch.m_lengths[i]);
            batch.m_lengths[kept] = batch.m_lengths[i];
            batch.m_peers[kept] = batch.m_peers[i];
        }
        ++kept;
    }
    batch.m_size = kept;
    batch.prepareSend();
    std::size_t sent = 0;
    while (sent < kept) {
        const int n = ::sendmmsg(m_fd.get(), batch.m_headers.data() + sent,
                                 static_cast<unsigned>(kept - sent), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            IoResult result = ioError(errno);
            result.bytes = sent;
            return result;
        }
        sent += static_cast<std::size_t>(n);
    }
    return {IoStatus::Ok, sent, {}};
}

} // namespace hopscope::engine::net
