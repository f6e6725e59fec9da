// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_settings.h"
#include "wire/http_message.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>

namespace hopscope::http {

// The decisions of one simulated backend server, without sockets or clocks: whether a request
// starts now, waits, or is refused (capacity and queue), how long it takes (fixed or
// exponential service time from a seeded generator, so a run can be repeated), whether it
// fails (error rate), and the page it answers with. The engine's HttpBackend runs it on its
// loop thread and turns service times into timers.
class BackendBehaviour {
public:
    // Health checks ask for this path; it is answered at once, outside capacity and errors,
    // because it asks "is the process up", not "is it fast".
    static constexpr std::string_view kHealthPath = "/health";

    enum class Admission : std::uint8_t { Start, Queued, Rejected };

    explicit BackendBehaviour(BackendSettings settings = {}, std::uint64_t seed = 1);

    [[nodiscard]] const BackendSettings& settings() const { return m_settings; }
    // A larger capacity lets queued requests start: call nextToStart() afterwards.
    void setSettings(BackendSettings settings);

    // A request arrives with a ticket chosen by the caller.
    Admission admit(std::uint64_t ticket);
    // A started request is done and frees its place.
    void release();
    // A queued ticket that may start now (call until nullopt after release() or setSettings()).
    std::optional<std::uint64_t> nextToStart();
    // Forgets a queued ticket (its client left); false if it was not queued.
    bool cancel(std::uint64_t ticket);

    [[nodiscard]] std::size_t busy() const { return m_busy; }
    [[nodiscard]] std::size_t queued() const { return m_queue.size(); }

    [[nodiscard]] std::int64_t drawServiceTimeNs();
    [[nodiscard]] bool drawError();

    // The answer to a served request: 200 with a small HTML page naming this backend, or 500
    // when `failed`; both carry "X-Served-By: <name>".
    [[nodiscard]] wire::HttpResponse respond(const wire::HttpRequest& request, bool failed) const;
    // 503 for a request refused because the queue is full.
    [[nodiscard]] wire::HttpResponse rejected() const;
    [[nodiscard]] wire::HttpResponse health() const;
    [[nodiscard]] static bool isHealthCheck(const wire::HttpRequest& request);

private:
    [[nodiscard]] double uniform(); // in (0, 1]
    [[nodiscard]] bool hasRoom() const;

    BackendSettings m_settings;
    std::uint64_t m_rng;
    std::size_t m_busy = 0;
    std::deque<std::uint64_t> m_queue;
};

} // namespace hopscope::http
