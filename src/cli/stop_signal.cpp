// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "stop_signal.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <system_error>
#include <unistd.h>

namespace hopscope::cli {

namespace {

// The write end of the pipe the wait polls: a handler may only do async-signal-safe things,
// and write() is one, so the wait wakes at once instead of checking a flag now and then. The
// pipe lives as long as the process, so a handler still running on another thread after a
// wait never writes to a closed (or reused) descriptor.
std::atomic<int> g_wakeFd{-1};

extern "C" void onStopSignal(int /*signal*/) {
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_wakeFd.load(), &byte, 1);
    errno = savedErrno;
}

} // namespace

bool waitForStopSignal(double seconds) {
    static const std::array<int, 2> wakePipe = [] {
        std::array<int, 2> fds{};
        if (::pipe2(fds.data(), O_CLOEXEC | O_NONBLOCK) != 0) {
            throw std::system_error(errno, std::generic_category(), "cannot wait for Ctrl-C");
        }
        return fds;
    }();
    g_wakeFd.store(wakePipe[1]);
    // A signal of an earlier wait, which came after its handlers were gone, is not this one.
    std::array<char, 64> stale{};
    while (::read(wakePipe[0], stale.data(), stale.size()) > 0) {
    }

    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    struct sigaction previousInt {};
    struct sigaction previousTerm {};
    ::sigaction(SIGINT, &action, &previousInt);
    ::sigaction(SIGTERM, &action, &previousTerm);

    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double>(seconds > 0 ? seconds : 0));
    bool signalled = false;
    pollfd wake{wakePipe[0], POLLIN, 0};
    while (!signalled) {
        int timeoutMs = -1;
        if (seconds > 0) {
            const Clock::duration left = deadline - Clock::now();
            if (left <= Clock::duration::zero()) {
                break;
            }
            // Rounded up, so the wait never ends early.
            const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
            timeoutMs = static_cast<int>(std::min<decltype(ms)>(ms, INT_MAX));
        }
        // EINTR: the handler has written its byte, which the next poll sees.
        signalled = ::poll(&wake, 1, timeoutMs) > 0;
    }

    ::sigaction(SIGINT, &previousInt, nullptr);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    return signalled;
}

} // namespace hopscope::cli
