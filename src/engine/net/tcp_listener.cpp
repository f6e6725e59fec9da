// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_listener.h"

#include "socket_error.h"
#include "socket_source.h"

#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>

namespace hopscope::engine::net {

NetResult<TcpListener> TcpListener::listen(const SocketAddress& local, int backlog,
                                           const SocketSource* source) {
    auto opened = openSocket(source, AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (!opened) {
        return opened.error();
    }
    FileDescriptor fd = opened.take();
    const int on = 1;
    ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    const sockaddr_in native = local.toSockaddr();
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&native), sizeof native) != 0) {
        return socketError(errno, "cannot bind TCP " + local.toString());
    }
    if (::listen(fd.get(), backlog) != 0) {
        return socketError(errno, "cannot listen on TCP " + local.toString());
    }
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    if (::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&bound), &length) != 0) {
        return socketError(errno, "cannot read the address of TCP " + local.toString());
    }
    return TcpListener(std::move(fd), SocketAddress::fromSockaddr(bound));
}

std::optional<TcpConnection> TcpListener::accept(std::error_code& error) {
    error.clear();
    sockaddr_in peer{};
    socklen_t length = sizeof peer;
    FileDescriptor fd(::accept4(m_fd.get(), reinterpret_cast<sockaddr*>(&peer), &length,
                                SOCK_NONBLOCK | SOCK_CLOEXEC));
    if (!fd.valid()) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            error = std::error_code(errno, std::generic_category());
        }
        return std::nullopt;
    }
    sockaddr_in local{};
    length = sizeof local;
    ::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&local), &length);
    return TcpConnection(std::move(fd), SocketAddress::fromSockaddr(local),
                         SocketAddress::fromSockaddr(peer));
}

} // namespace hopscope::engine::net
