// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "event_loop.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <future>
#include <pthread.h>
#include <sched.h>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace hopscope::engine::net {

namespace {

// A new thread starts with a copy of its creator's vector registers. When the creator left the
// upper halves of the YMM/ZMM registers in use (a GUI thread that ran AVX code, say), every
// legacy-SSE instruction of the new thread pays a state-transition penalty until something
// clears them (Intel 64 and IA-32 Optimization Reference Manual, "Mixing AVX code with SSE
// code"). Measured in the app: the proxy's parser spent most of its time on two SSE moves and
// the load balancer served 7% fewer requests. VZEROUPPER at the loop's start is enough: the
// state is per thread and nothing on the loop's path dirties it again.
void clearUpperVectorState() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx")) {
        asm volatile("vzeroupper" ::: "memory");
    }
#endif
}

std::uint32_t epollMask(IoEvent interest) {
    std::uint32_t mask = 0;
    if (has(interest, IoEvent::Readable)) {
        mask |= EPOLLIN;
    }
    if (has(interest, IoEvent::Writable)) {
        mask |= EPOLLOUT;
    }
    return mask;
}

IoEvent fromEpoll(std::uint32_t mask) {
    IoEvent events = IoEvent::None;
    if ((mask & (EPOLLIN | EPOLLPRI)) != 0) {
        events = events | IoEvent::Readable;
    }
    if ((mask & EPOLLOUT) != 0) {
        events = events | IoEvent::Writable;
    }
    if ((mask & (EPOLLERR | EPOLLHUP | EPOLLRDHUP)) != 0) {
        events = events | IoEvent::Hangup;
    }
    return events;
}

template <typename Fn> void runGuarded(const std::string& loop, Fn&& fn) {
    try {
        fn();
    } catch (const std::exception& error) {
        spdlog::error("[{}] a task threw: {}", loop, error.what());
    } catch (...) {
        spdlog::error("[{}] a task threw a non-standard exception", loop);
    }
}

} // namespace

EventLoop::EventLoop(std::string name, const trace::Clock& clock)
    : m_name(std::move(name)), m_clock(clock), m_epoll(::epoll_create1(EPOLL_CLOEXEC)),
      m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
    if (!m_epoll.valid() || !m_wakeFd.valid()) {
        throw std::runtime_error("cannot create the event loop '" + m_name +
                                 "': " + std::strerror(errno));
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd.get();
    ::epoll_ctl(m_epoll.get(), EPOLL_CTL_ADD, m_wakeFd.get(), &event);
    // spdlog builds its registry lazily on first use; doing it here, before the loop thread
    // exists, keeps two loop threads from racing to build it.
    spdlog::default_logger_raw();
}

EventLoop::~EventLoop() {
    stop();
}

void EventLoop::start() {
    std::lock_guard lock(m_postMutex);
    if (m_running.load(std::memory_order_acquire) || m_thread.joinable()) {
        return;
    }
    m_stopRequested.store(false, std::memory_order_release);
    m_running.store(true, std::memory_order_release);
    m_thread = std::thread([this] { threadMain(); });
}

void EventLoop::stop() {
    m_stopRequested.store(true, std::memory_order_release);
    wake();
    if (m_thread.joinable() && !isLoopThread()) {
        m_thread.join();
    }
}

bool EventLoop::isLoopThread() const {
    return m_loopThreadId.load(std::memory_order_acquire) == std::this_thread::get_id();
}

void EventLoop::post(Task task) {
    {
        std::lock_guard lock(m_postMutex);
        m_posted.push_back(std::move(task));
        m_postedPending.store(true, std::memory_order_release);
    }
    wake();
}

void EventLoop::runSync(const Task& task) {
    if (isLoopThread()) {
        task();
        return;
    }
    std::promise<void> done;
    {
        std::unique_lock lock(m_postMutex);
        if (!m_running.load(std::memory_order_acquire)) {
            lock.unlock();
            task();
            return;
        }
        m_posted.emplace_back([&task, &done] {
            try {
                task();
                done.set_value();
            } catch (...) {
                done.set_exception(std::current_exception());
            }
        });
        m_postedPending.store(true, std::memory_order_release);
    }
    wake();
    done.get_future().get();
}

void EventLoop::wake() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd.get(), &one, sizeof one);
}

void EventLoop::catchUp() {
    // Each turn of the loop runs posted tasks, then due timers: the second task runs only
    // after a whole turn's timers have.
    runSync([] {});
    runSync([] {});
}

void EventLoop::watch(int fd, IoEvent interest, IoCallback callback) {
    if (running() && !isLoopThread()) {
        post([this, fd, interest, callback = std::move(callback)]() mutable {
            watch(fd, interest, std::move(callback));
        });
        return;
    }
    epoll_event event{};
    event.events = epollMask(interest) | EPOLLRDHUP;
    event.data.fd = fd;
    const bool known = m_watches.contains(fd);
    if (::epoll_ctl(m_epoll.get(), known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event) != 0) {
        spdlog::error("[{}] cannot watch fd {}: {}", m_name, fd, std::strerror(errno));
        return;
    }
    m_watches[fd] = std::make_shared<Watch>(Watch{std::move(callback)});
}

void EventLoop::modify(int fd, IoEvent interest) {
    if (running() && !isLoopThread()) {
        post([this, fd, interest] { modify(fd, interest); });
        return;
    }
    if (!m_watches.contains(fd)) {
        return;
    }
    epoll_event event{};
    event.events = epollMask(interest) | EPOLLRDHUP;
    event.data.fd = fd;
    ::epoll_ctl(m_epoll.get(), EPOLL_CTL_MOD, fd, &event);
}

void EventLoop::unwatch(int fd) {
    if (running() && !isLoopThread()) {
        post([this, fd] { unwatch(fd); });
        return;
    }
    if (m_watches.erase(fd) > 0) {
        ::epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, fd, nullptr);
    }
}

EventLoop::TimerId EventLoop::addTimer(std::int64_t delayNs, Task task) {
    TimerId id = 0;
    {
        std::lock_guard lock(m_timerMutex);
        id = m_nextTimer++;
        m_timers.emplace(id, std::move(task));
        m_timerQueue.emplace(m_clock.nowNs() + std::max<std::int64_t>(delayNs, 0), id);
        m_timerEntries.store(m_timerQueue.size(), std::memory_order_release);
    }
    if (!isLoopThread()) {
        wake();
    }
    return id;
}

void EventLoop::cancelTimer(TimerId id) {
    std::lock_guard lock(m_timerMutex);
    m_timers.erase(id); // the queue entry is skipped when it comes due
}

void EventLoop::threadMain() {
    clearUpperVectorState();
    // top -H, perf and gdb show the loop's name (the kernel keeps 15 characters).
    ::pthread_setname_np(::pthread_self(), m_name.substr(0, 15).c_str());
    // Loops serve streams of requests: throughput matters, not who runs first. Under SCHED_BATCH
    // (sched(7)) a loop woken by a packet does not preempt the thread on the CPU, so each
    // wake-up finds more ready sockets, and a GUI thread (normal policy) still preempts the loops
    // and stays responsive while they saturate the machine. Measured with the load-balancing
    // lesson open: 50-52k -> 58-65k req/s; `hopscope-cli lb` 69-73k -> 75k.
    sched_param batch{};
    batch.sched_priority = 0;
    if (const int error = ::pthread_setschedparam(::pthread_self(), SCHED_BATCH, &batch)) {
        spdlog::debug("[{}] SCHED_BATCH refused: {}", m_name, std::strerror(error));
    }
    m_loopThreadId.store(std::this_thread::get_id(), std::memory_order_release);
    spdlog::debug("[{}] event loop started", m_name);
    std::array<epoll_event, 128> events{};
    while (!m_stopRequested.load(std::memory_order_acquire)) {
        runPosted();
        runDueTimers();
        if (m_stopRequested.load(std::memory_order_acquire)) {
            break;
        }
        const int n = ::epoll_wait(m_epoll.get(), events.data(), static_cast<int>(events.size()),
                                   waitTimeoutMs());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            spdlog::error("[{}] epoll_wait failed: {}", m_name, std::strerror(errno));
            break;
        }
        for (int i = 0; i < n; ++i) {
            const int fd = events[static_cast<std::size_t>(i)].data.fd;
            if (fd == m_wakeFd.get()) {
                std::uint64_t count = 0;
                [[maybe_unused]] const ssize_t r = ::read(m_wakeFd.get(), &count, sizeof count);
                continue;
            }
            const auto it = m_watches.find(fd);
            if (it == m_watches.end()) {
                continue; // unwatched by an earlier callback of this batch
            }
            const std::shared_ptr<Watch> watch = it->second; // survives an unwatch inside
            const IoEvent ready = fromEpoll(events[static_cast<std::size_t>(i)].events);
            runGuarded(m_name, [&] { watch->callback(ready); });
        }
    }
    // Work posted before stop() still runs (a runSync caller may be waiting on it); then the
    // loop is marked finished under the same lock, so later runSync calls run inline.
    for (;;) {
        std::vector<Task> tasks;
        {
            std::lock_guard lock(m_postMutex);
            if (m_posted.empty()) {
                m_running.store(false, std::memory_order_release);
                break;
            }
            tasks.swap(m_posted);
        }
        for (Task& task : tasks) {
            runGuarded(m_name, task);
        }
    }
    m_loopThreadId.store(std::thread::id{}, std::memory_order_release);
    spdlog::debug("[{}] event loop stopped", m_name);
}

void EventLoop::runPosted() {
    if (!m_postedPending.load(std::memory_order_acquire)) {
        return;
    }
    std::vector<Task> tasks;
    {
        std::lock_guard lock(m_postMutex);
        tasks.swap(m_posted);
        m_postedPending.store(false, std::memory_order_release);
    }
    for (Task& task : tasks) {
        runGuarded(m_name, task);
    }
}

void EventLoop::runDueTimers() {
    while (m_timerEntries.load(std::memory_order_acquire) > 0) {
        Task task;
        {
            std::lock_guard lock(m_timerMutex);
            if (m_timerQueue.empty() || m_timerQueue.begin()->first > m_clock.nowNs()) {
                return;
            }
            const TimerId id = m_timerQueue.begin()->second;
            m_timerQueue.erase(m_timerQueue.begin());
            m_timerEntries.store(m_timerQueue.size(), std::memory_order_release);
            const auto it = m_timers.find(id);
            if (it == m_timers.end()) {
                continue; // cancelled
            }
            task = std::move(it->second);
            m_timers.erase(it);
        }
        runGuarded(m_name, task);
    }
}

int EventLoop::waitTimeoutMs() const {
    if (m_postedPending.load(std::memory_order_acquire)) {
        return 0;
    }
    if (m_timerEntries.load(std::memory_order_acquire) == 0) {
        return -1;
    }
    std::lock_guard lock(m_timerMutex);
    if (m_timerQueue.empty()) {
        return -1;
    }
    const std::int64_t delta = m_timerQueue.begin()->first - m_clock.nowNs();
    if (delta <= 0) {
        return 0;
    }
    constexpr std::int64_t kNsPerMs = 1'000'000;
    constexpr std::int64_t kMaxWaitMs = 60'000;
    return static_cast<int>(std::min((delta + kNsPerMs - 1) / kNsPerMs, kMaxWaitMs));
}

} // namespace hopscope::engine::net
