// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "stream_socket.h"

#include "net/send_guard.h"
#include "net/socket_error.h"

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace hopscope::engine {

namespace {

net::SocketAddress localOf(int fd) {
    sockaddr_in local{};
    socklen_t length = sizeof local;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length);
    return net::SocketAddress::fromSockaddr(local);
}

} // namespace

net::NetResult<StreamSocket> StreamSocket::listen(const net::SocketAddress& local, int backlog,
                                                  bool reusePort, const net::SocketSource* source) {
    auto opened = net::openSocket(source, AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (!opened) {
        return opened.error();
    }
    net::FileDescriptor fd = opened.take();
    const int on = 1;
    ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (reusePort) {
        ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
    }
    const sockaddr_in native = local.toSockaddr();
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&native), sizeof native) != 0) {
        return net::socketError(errno, "cannot bind TCP " + local.toString());
    }
    if (::listen(fd.get(), backlog) != 0) {
        return net::socketError(errno, "cannot listen on TCP " + local.toString());
    }
    const net::SocketAddress bound = localOf(fd.get());
    return StreamSocket(std::move(fd), bound, net::SocketAddress());
}

net::NetResult<StreamSocket> StreamSocket::connect(const net::SocketAddress& remote,
                                                   const std::optional<net::SocketAddress>& local,
                                                   const net::SocketSource* source) {
    if (!net::reachesBeyondLoopback(source) && !net::SendGuard::allows(remote, false)) {
        return net::NetError{std::make_error_code(std::errc::permission_denied),
                             net::SendGuard::refusal(remote, false)};
    }
    auto opened = net::openSocket(source, AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (!opened) {
        return opened.error();
    }
    net::FileDescriptor fd = opened.take();
    if (local) {
        // Many short connections from a few addresses: let the kernel reuse TIME-WAIT ports.
        const int on = 1;
        ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        const sockaddr_in from = local->toSockaddr();
        if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&from), sizeof from) != 0) {
            return net::socketError(errno, "cannot bind TCP client to " + local->toString());
        }
    }
    const sockaddr_in native = remote.toSockaddr();
    if (::connect(fd.get(), reinterpret_cast<const sockaddr*>(&native), sizeof native) != 0 &&
        errno != EINPROGRESS) {
        return net::socketError(errno, "cannot connect to " + remote.toString());
    }
    const net::SocketAddress bound = localOf(fd.get());
    StreamSocket socket(std::move(fd), bound, remote);
    socket.setNoDelay();
    return socket;
}

std::optional<StreamSocket> StreamSocket::accept(std::error_code& error) {
    error.clear();
    sockaddr_in peer{};
    socklen_t length = sizeof peer;
    net::FileDescriptor fd(::accept4(m_fd.get(), reinterpret_cast<sockaddr*>(&peer), &length,
                                     SOCK_NONBLOCK | SOCK_CLOEXEC));
    if (!fd.valid()) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            error = std::error_code(errno, std::generic_category());
        }
        return std::nullopt;
    }
    StreamSocket socket(std::move(fd), m_local, net::SocketAddress::fromSockaddr(peer));
    socket.setNoDelay();
    return socket;
}

std::error_code StreamSocket::connectError() const {
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0) {
        error = errno;
    }
    return error == 0 ? std::error_code{} : std::error_code(error, std::generic_category());
}

net::IoResult StreamSocket::read(std::span<std::uint8_t> buffer) {
    const ssize_t n = ::recv(m_fd.get(), buffer.data(), buffer.size(), MSG_DONTWAIT);
    if (n < 0) {
        return net::ioError(errno);
    }
    if (n == 0 && !buffer.empty()) {
        return {net::IoStatus::Closed, 0, {}};
    }
    return {net::IoStatus::Ok, static_cast<std::size_t>(n), {}};
}

net::IoResult StreamSocket::write(std::span<const std::uint8_t> bytes) {
    const ssize_t n = ::send(m_fd.get(), bytes.data(), bytes.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n < 0) {
        return net::ioError(errno);
    }
    return {net::IoStatus::Ok, static_cast<std::size_t>(n), {}};
}

void StreamSocket::setNoDelay() {
    const int on = 1;
    ::setsockopt(m_fd.get(), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

void StreamSocket::abort() {
    if (!m_fd.valid()) {
        return;
    }
    const linger hard{1, 0};
    ::setsockopt(m_fd.get(), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    m_fd.reset();
}

} // namespace hopscope::engine
