// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "socket_error.h"

#include <cerrno>
#include <cstring>

namespace hopscope::engine::net {

NetError socketError(int errorNumber, const std::string& what) {
    std::string reason;
    switch (errorNumber) {
    case EADDRINUSE:
        reason = "port in use (another program is already listening there)";
        break;
    case EADDRNOTAVAIL:
        reason = "address not available on this machine";
        break;
    case EACCES:
        reason = "permission denied (ports below 1024 need privileges)";
        break;
    case ECONNREFUSED:
        reason = "connection refused (nothing is listening there)";
        break;
    default:
        reason = std::strerror(errorNumber);
        break;
    }
    return NetError{std::error_code(errorNumber, std::generic_category()), what + ": " + reason};
}

IoResult ioError(int errorNumber) {
    IoResult result;
    result.error = std::error_code(errorNumber, std::generic_category());
    switch (errorNumber) {
    case EAGAIN:
#if EAGAIN != EWOULDBLOCK
    case EWOULDBLOCK:
#endif
    case EINTR:
        result.status = IoStatus::WouldBlock;
        break;
    case EPIPE:
    case ECONNRESET:
        result.status = IoStatus::Closed;
        break;
    default:
        result.status = IoStatus::Error;
        break;
    }
    return result;
}

} // namespace hopscope::engine::net
