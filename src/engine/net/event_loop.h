// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "file_descriptor.h"
#include "trace/clock.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace hopscope::engine::net {

// What an fd callback is told, and what a watch asks for (bit flags).
enum class IoEvent : std::uint8_t {
    None = 0,
    Readable = 1,
    Writable = 2,
    Hangup = 4, // error or hang-up: read to find out which, then unwatch
};
[[nodiscard]] constexpr IoEvent operator|(IoEvent a, IoEvent b) {
    return static_cast<IoEvent>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
[[nodiscard]] constexpr bool has(IoEvent set, IoEvent flag) {
    return (static_cast<std::uint8_t>(set) & static_cast<std::uint8_t>(flag)) != 0;
}

// One epoll loop on a thread it owns: fd readiness callbacks, one-shot timers on an injectable
// clock, and post() to run work on the loop thread. Everything a socket owner does (watch,
// unwatch, closing the fd) happens on the loop thread, so callbacks never race their sockets;
// other threads hand work over with post() or runSync().
class EventLoop {
public:
    using IoCallback = std::function<void(IoEvent events)>;
    using Task = std::function<void()>;
    using TimerId = std::uint64_t;

    // `clock` drives the timers and must outlive the loop. With a test clock that does not
    // advance on its own, call wake() after moving it so due timers fire.
    explicit EventLoop(std::string name = "net-loop",
                       const trace::Clock& clock = trace::SteadyClock::instance());
    // Stops and joins the thread. Must not run on the loop thread itself.
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    // Starts the thread; tasks posted earlier run first. Idempotent.
    void start();
    // Asks the loop to finish; joins unless called on the loop thread. Pending posted tasks
    // still run before the thread ends; timers that are not due are dropped. Idempotent.
    void stop();
    [[nodiscard]] bool running() const { return m_running.load(std::memory_order_acquire); }
    [[nodiscard]] bool isLoopThread() const;
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] std::int64_t nowNs() const { return m_clock.nowNs(); }

    // Thread-safe; runs `task` on the loop thread, in posting order.
    void post(Task task);
    // Runs `task` on the loop thread and waits for it (inline when already there, or when the
    // loop is not running). Never call it from a thread the loop thread waits on.
    void runSync(const Task& task);
    // Re-evaluates timers now (for test clocks).
    void wake();
    // Like wake(), but returns only once the loop has run every timer due now. Not on the loop
    // thread.
    void catchUp();

    // One callback per fd; watch() again replaces it. Callbacks may unwatch and close their own
    // or any other fd. Meant for the loop thread (or before start()); from another thread the
    // change is posted, so do not close the fd there.
    void watch(int fd, IoEvent interest, IoCallback callback);
    void modify(int fd, IoEvent interest);
    void unwatch(int fd);

    // Thread-safe. A one-shot timer `delayNs` from now on the clock; the task runs on the loop
    // thread.
    TimerId addTimer(std::int64_t delayNs, Task task);
    // Thread-safe; harmless for timers that already fired.
    void cancelTimer(TimerId id);

private:
    struct Watch {
        IoCallback callback;
    };

    void threadMain();
    void runPosted();
    void runDueTimers();
    [[nodiscard]] int waitTimeoutMs() const;

    std::string m_name;
    const trace::Clock& m_clock;
    FileDescriptor m_epoll;
    FileDescriptor m_wakeFd;
    std::thread m_thread;
    std::atomic<std::thread::id> m_loopThreadId{};
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};

    mutable std::mutex m_postMutex;
    std::vector<Task> m_posted;
    // Lets the loop skip both locks on the hot path when nothing is posted or scheduled.
    std::atomic<bool> m_postedPending{false};
    std::atomic<std::size_t> m_timerEntries{0};

    // Loop-thread state.
    std::unordered_map<int, std::shared_ptr<Watch>> m_watches;

    mutable std::mutex m_timerMutex;
    std::multimap<std::int64_t, TimerId> m_timerQueue; // deadline -> id
    std::unordered_map<TimerId, Task> m_timers;
    TimerId m_nextTimer = 1;
};

} // namespace hopscope::engine::net
