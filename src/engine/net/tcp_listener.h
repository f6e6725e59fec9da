// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "file_descriptor.h"
#include "net_result.h"
#include "socket_address.h"
#include "socket_source.h"
#include "tcp_connection.h"

#include <optional>
#include <system_error>

namespace hopscope::engine::net {

// A non-blocking listening TCP socket (SO_REUSEADDR, so a restarted server can take its port
// back from TIME-WAIT, but a port another listener holds still reports "port in use").
class TcpListener {
public:
    // Port 0 lets the kernel choose (see localAddress()).
    // `source`: where the socket is made (null: this computer; see SocketSource).
    [[nodiscard]] static NetResult<TcpListener>
    listen(const SocketAddress& local, int backlog = 128, const SocketSource* source = nullptr);

    TcpListener(TcpListener&&) noexcept = default;
    TcpListener& operator=(TcpListener&&) noexcept = default;

    [[nodiscard]] int fd() const { return m_fd.get(); }
    [[nodiscard]] const SocketAddress& localAddress() const { return m_local; }

    // One pending connection (non-blocking), or nullopt when none is waiting or on error
    // (then `error` is set; EMFILE and friends are worth logging, not fatal).
    std::optional<TcpConnection> accept(std::error_code& error);

private:
    TcpListener(FileDescriptor fd, SocketAddress local) : m_fd(std::move(fd)), m_local(local) {}

    FileDescriptor m_fd;
    SocketAddress m_local;
};

} // namespace hopscope::engine::net
