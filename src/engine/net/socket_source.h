// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "file_descriptor.h"
#include "net_result.h"

#include <chrono>

namespace hopscope::engine::net {

// Where a socket is made: in the computer's own network (the default), or inside a node of the
// lab, whose helper makes the socket in that node's namespace and passes it over. The servers
// and clients then bind, connect and serve exactly as on loopback. A lab socket may talk to
// any address, because the lab is an island: its namespaces have no link or route to the
// computer's network.
class SocketSource {
public:
    virtual ~SocketSource() = default;
    // socket(2) with these arguments; the caller adds SOCK_NONBLOCK and SOCK_CLOEXEC to type.
    [[nodiscard]] virtual NetResult<FileDescriptor> open(int domain, int type,
                                                         int protocol) const = 0;
    [[nodiscard]] virtual bool insideLab() const = 0;
};

// socket(2) on `source`, or on this computer when it is null.
[[nodiscard]] NetResult<FileDescriptor> openSocket(const SocketSource* source, int domain, int type,
                                                   int protocol = 0);

// Bounds every blocking send and receive on `fd` (SO_SNDTIMEO, SO_RCVTIMEO): a client run on a
// worker gives up instead of hanging when the other side never answers.
void setBlockingTimeouts(int fd, std::chrono::milliseconds timeout);

// True when sockets from `source` may send beyond 127.0.0.0/8 without live-internet mode.
[[nodiscard]] inline bool reachesBeyondLoopback(const SocketSource* source) {
    return source != nullptr && source->insideLab();
}

} // namespace hopscope::engine::net
