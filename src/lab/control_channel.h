// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::lab {

// A file descriptor owned by exactly one object; closed when it goes.
class OwnedFd {
public:
    OwnedFd() = default;
    explicit OwnedFd(int fd) : m_fd(fd) {}
    OwnedFd(const OwnedFd&) = delete;
    OwnedFd& operator=(const OwnedFd&) = delete;
    OwnedFd(OwnedFd&& other) noexcept : m_fd(other.release()) {}
    OwnedFd& operator=(OwnedFd&& other) noexcept;
    ~OwnedFd();

    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    int release();
    void reset(int fd = -1);

private:
    int m_fd = -1;
};

// One message between the app and the lab helper: a line of text and any file descriptors
// passed with it (SCM_RIGHTS). The channel is a SOCK_SEQPACKET socket, so message boundaries
// are kept and a closed peer reads as end of file.
struct ControlMessage {
    std::string text;
    std::vector<OwnedFd> fds;
};

enum class ReceiveStatus : std::uint8_t { Message, Closed, Error };

// Sends `text` with `fds` (not closed: the caller still owns them). Returns false with errno set.
bool sendControlMessage(int socket, std::string_view text, const std::vector<int>& fds = {});

// Blocks for the next message. At most kMaxPassedFds descriptors come with one message.
ReceiveStatus receiveControlMessage(int socket, ControlMessage& message);

inline constexpr std::size_t kMaxPassedFds = 16;
inline constexpr std::size_t kMaxControlMessage = 64 * 1024;

// The text up to the first space, and the rest ("socket laptop 2 1 0" -> "socket").
[[nodiscard]] std::string_view firstWord(std::string_view text);
[[nodiscard]] std::string_view afterFirstWord(std::string_view text);

} // namespace hopscope::lab
