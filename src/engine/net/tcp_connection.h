// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "file_descriptor.h"
#include "net_result.h"
#include "socket_address.h"
#include "socket_source.h"

#include <cstdint>
#include <optional>
#include <span>
#include <system_error>

namespace hopscope::engine::net {

// One non-blocking TCP connection, accepted by a TcpListener or opened with connect().
class TcpConnection {
public:
    // Starts a non-blocking connect (the SendGuard decides first). Wait for the fd to become
    // writable, then call connectError(): empty means connected. `local` binds the source
    // address and port first (port 0: the kernel picks). `source`: where the socket is made
    // (null: this computer; a lab node's socket may reach that lab's addresses).
    [[nodiscard]] static NetResult<TcpConnection>
    connect(const SocketAddress& remote, bool liveInternet = false,
            std::optional<SocketAddress> local = std::nullopt,
            const SocketSource* source = nullptr);

    TcpConnection(TcpConnection&&) noexcept = default;
    TcpConnection& operator=(TcpConnection&&) noexcept = default;

    [[nodiscard]] int fd() const { return m_fd.get(); }
    [[nodiscard]] bool valid() const { return m_fd.valid(); }
    [[nodiscard]] const SocketAddress& localAddress() const { return m_local; }
    [[nodiscard]] const SocketAddress& peerAddress() const { return m_peer; }

    // The outcome of a non-blocking connect (SO_ERROR), once the fd is writable.
    [[nodiscard]] std::error_code connectError() const;

    // status Closed on end of stream.
    IoResult read(std::span<std::uint8_t> buffer);
    // May write fewer bytes than given; never raises SIGPIPE.
    IoResult write(std::span<const std::uint8_t> bytes);
    void shutdownWrite();
    void setNoDelay(bool on);
    void close() { m_fd.reset(); }

private:
    friend class TcpListener;
    TcpConnection(FileDescriptor fd, SocketAddress local, SocketAddress peer)
        : m_fd(std::move(fd)), m_local(local), m_peer(peer) {}

    FileDescriptor m_fd;
    SocketAddress m_local;
    SocketAddress m_peer;
};

} // namespace hopscope::engine::net
