// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "net/file_descriptor.h"
#include "net/net_result.h"
#include "net/socket_address.h"
#include "net/socket_source.h"

#include <cstdint>
#include <optional>
#include <span>
#include <system_error>

namespace hopscope::engine {

// A non-blocking TCP socket (listening or connected) for the HTTP side of the engine. It adds
// to net::TcpListener / net::TcpConnection what the HTTP side needs: connecting from a chosen
// local address (the traffic generator's 127.0.0.N clients, so that source hashing has
// addresses to hash), closing with RST (a killed backend), and optionally SO_REUSEPORT
// listeners. Every connect goes through net::SendGuard, except from a socket made inside the
// lab (`source`), which can reach nothing but the lab.
class StreamSocket {
public:
    StreamSocket() = default;

    // Port 0 lets the kernel choose. With reusePort, several sockets may listen on one port.
    // `source`: where the socket is made (null: this computer; see net::SocketSource).
    [[nodiscard]] static net::NetResult<StreamSocket>
    listen(const net::SocketAddress& local, int backlog = 1024, bool reusePort = false,
           const net::SocketSource* source = nullptr);
    // Starts a non-blocking connect, from `local` when given (port 0: any port). Wait for
    // the fd to become writable, then read connectError().
    [[nodiscard]] static net::NetResult<StreamSocket>
    connect(const net::SocketAddress& remote,
            const std::optional<net::SocketAddress>& local = std::nullopt,
            const net::SocketSource* source = nullptr);

    // One pending connection, or nullopt (error set on a real failure, clear on EAGAIN).
    std::optional<StreamSocket> accept(std::error_code& error);

    [[nodiscard]] int fd() const { return m_fd.get(); }
    [[nodiscard]] bool valid() const { return m_fd.valid(); }
    [[nodiscard]] const net::SocketAddress& localAddress() const { return m_local; }
    [[nodiscard]] const net::SocketAddress& peerAddress() const { return m_peer; }
    [[nodiscard]] std::error_code connectError() const;

    net::IoResult read(std::span<std::uint8_t> buffer);
    net::IoResult write(std::span<const std::uint8_t> bytes);
    void setNoDelay();
    // Closes with an RST instead of a FIN (SO_LINGER 0): a killed backend vanishes at once
    // and leaves no TIME-WAIT behind on its port.
    void abort();
    void close() { m_fd.reset(); }

private:
    StreamSocket(net::FileDescriptor fd, net::SocketAddress local, net::SocketAddress peer)
        : m_fd(std::move(fd)), m_local(local), m_peer(peer) {}

    net::FileDescriptor m_fd;
    net::SocketAddress m_local;
    net::SocketAddress m_peer;
};

} // namespace hopscope::engine
