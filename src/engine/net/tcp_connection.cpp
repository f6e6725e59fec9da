// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_connection.h"

#include "send_guard.h"
#include "socket_error.h"

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

namespace hopscope::engine::net {

NetResult<TcpConnection> TcpConnection::connect(const SocketAddress& remote, bool liveInternet,
                                                std::optional<SocketAddress> local,
                                                const SocketSource* source) {
    liveInternet = liveInternet || reachesBeyondLoopback(source);
    if (!SendGuard::allows(remote, liveInternet)) {
        const std::string why = SendGuard::refusal(remote, liveInternet);
        spdlog::warn("{}", why);
        return NetError{std::make_error_code(std::errc::permission_denied), why};
    }
    auto opened = openSocket(source, AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (!opened) {
        return opened.error();
    }
    FileDescriptor fd = opened.take();
    if (local) {
        const int on = 1;
        ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        const sockaddr_in bindTo = local->toSockaddr();
        if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&bindTo), sizeof bindTo) != 0) {
            return socketError(errno, "cannot bind TCP " + local->toString());
        }
    }
    const sockaddr_in native = remote.toSockaddr();
    if (::connect(fd.get(), reinterpret_cast<const sockaddr*>(&native), sizeof native) != 0 &&
        errno != EINPROGRESS) {
        return socketError(errno, "cannot connect to " + remote.toString());
    }
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    ::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&bound), &length);
    return TcpConnection(std::move(fd), SocketAddress::fromSockaddr(bound), remote);
}

std::error_code TcpConnection::connectError() const {
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0) {
        error = errno;
    }
    return error == 0 ? std::error_code{} : std::error_code(error, std::generic_category());
}

IoResult TcpConnection::read(std::span<std::uint8_t> buffer) {
    const ssize_t n = ::recv(m_fd.get(), buffer.data(), buffer.size(), MSG_DONTWAIT);
    if (n < 0) {
        return ioError(errno);
    }
    if (n == 0 && !buffer.empty()) {
        return {IoStatus::Closed, 0, {}};
    }
    return {IoStatus::Ok, static_cast<std::size_t>(n), {}};
}

IoResult TcpConnection::write(std::span<const std::uint8_t> bytes) {
    const ssize_t n = ::send(m_fd.get(), bytes.data(), bytes.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n < 0) {
        return ioError(errno);
    }
    return {IoStatus::Ok, static_cast<std::size_t>(n), {}};
}

void TcpConnection::shutdownWrite() {
    ::shutdown(m_fd.get(), SHUT_WR);
}

void TcpConnection::setNoDelay(bool on) {
    const int value = on ? 1 : 0;
    ::setsockopt(m_fd.get(), IPPROTO_TCP, TCP_NODELAY, &value, sizeof value);
}

} // namespace hopscope::engine::net
