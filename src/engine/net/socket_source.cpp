// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "socket_source.h"

#include "socket_error.h"

#include <cerrno>
#include <sys/socket.h>
#include <sys/time.h>

namespace hopscope::engine::net {

NetResult<FileDescriptor> openSocket(const SocketSource* source, int domain, int type,
                                     int protocol) {
    if (source != nullptr) {
        return source->open(domain, type, protocol);
    }
    FileDescriptor fd(::socket(domain, type, protocol));
    if (!fd.valid()) {
        return socketError(errno, "cannot create a socket");
    }
    return fd;
}

void setBlockingTimeouts(int fd, std::chrono::milliseconds timeout) {
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

} // namespace hopscope::engine::net
