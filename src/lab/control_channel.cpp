// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "control_channel.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace hopscope::lab {

OwnedFd& OwnedFd::operator=(OwnedFd&& other) noexcept {
    if (this != &other) {
        reset(other.release());
    }
    return *this;
}

OwnedFd::~OwnedFd() {
    reset();
}

int OwnedFd::release() {
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

void OwnedFd::reset(int fd) {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    m_fd = fd;
}

bool sendControlMessage(int socket, std::string_view text, const std::vector<int>& fds) {
    if (fds.size() > kMaxPassedFds || text.size() > kMaxControlMessage) {
        errno = EMSGSIZE;
        return false;
    }
    // An empty SEQPACKET message would read as end of file on the other side.
    const char placeholder = '\n';
    iovec iov{};
    iov.iov_base = text.empty() ? const_cast<char*>(&placeholder) : const_cast<char*>(text.data());
    iov.iov_len = text.empty() ? 1 : text.size();
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxPassedFds)] = {};
    if (!fds.empty()) {
        msg.msg_control = control;
        msg.msg_controllen = CMSG_SPACE(sizeof(int) * fds.size());
        cmsghdr* header = CMSG_FIRSTHDR(&msg);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
        std::memcpy(CMSG_DATA(header), fds.data(), sizeof(int) * fds.size());
    }
    for (;;) {
        const ssize_t n = ::sendmsg(socket, &msg, MSG_NOSIGNAL);
        if (n >= 0) {
            return true;
        }
        if (errno != EINTR) {
            return false;
        }
    }
}

ReceiveStatus receiveControlMessage(int socket, ControlMessage& message) {
    message.text.assign(kMaxControlMessage, '\0');
    message.fds.clear();
    iovec iov{};
    iov.iov_base = message.text.data();
    iov.iov_len = message.text.size();
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxPassedFds)] = {};
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t n = 0;
    do {
        n = ::recvmsg(socket, &msg, MSG_CMSG_CLOEXEC);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        return ReceiveStatus::Error;
    }
    for (cmsghdr* header = CMSG_FIRSTHDR(&msg); header != nullptr;
         header = CMSG_NXTHDR(&msg, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS) {
            const std::size_t count = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (std::size_t i = 0; i < count; ++i) {
                int fd = -1;
                std::memcpy(&fd, CMSG_DATA(header) + i * sizeof(int), sizeof fd);
                message.fds.emplace_back(fd);
            }
        }
    }
    if (n == 0) {
        return ReceiveStatus::Closed;
    }
    message.text.resize(static_cast<std::size_t>(n));
    if (message.text == "\n") {
        message.text.clear();
    }
    if ((msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) != 0) {
        errno = EMSGSIZE;
        return ReceiveStatus::Error;
    }
    return ReceiveStatus::Message;
}

std::string_view firstWord(std::string_view text) {
    return text.substr(0, text.find_first_of(" \n"));
}

std::string_view afterFirstWord(std::string_view text) {
    const auto space = text.find_first_of(" \n");
    return space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
}

} // namespace hopscope::lab
