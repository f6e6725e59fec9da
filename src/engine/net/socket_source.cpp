// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "socket_source.h"

#include "socket_error.h"

#include <cerrno>
#include <sys/socket.h>

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

} // namespace hopscope::engine::net
