// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/load_balancer_stack.h"
#include "gui/jobs/worker_thread.h"
#include "lb_snapshot.h"
#include "trace/clock.h"
#include "trace/trace.h"

#include <QObject>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace hopscope::gui {

// The GUI's handle on a LoadBalancerStack. The stack lives behind a worker thread of its own:
// starting it, every control (algorithm, backends, kill, load) and the periodic snapshot run
// there, and results come back as queued calls, so the GUI thread never waits on a socket or
// an engine lock. Only the route notices are taken directly, because their lock is held for a
// push on the proxy's threads and nothing longer.
// Threads: every member is called on the GUI thread.
class LbStackController : public QObject {
    Q_OBJECT
public:
    enum class State : std::uint8_t { Idle, Starting, Running, Failed };
    // Cards and charts redraw at this rate; the dots are drained at frame rate instead.
    static constexpr int kSnapshotIntervalMs = 250;

    explicit LbStackController(const trace::Clock& clock = trace::SteadyClock::instance(),
                               QObject* parent = nullptr);
    // Waits for the worker and stops the stack (its threads join).
    ~LbStackController() override;
    LbStackController(const LbStackController&) = delete;
    LbStackController& operator=(const LbStackController&) = delete;

    // Starts the stack once; started() or startFailed() follows.
    void start(engine::LoadBalancerStackConfig config);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorText() const { return m_error; }
    // The proxy's real endpoint, once running.
    [[nodiscard]] engine::net::SocketAddress address() const { return m_address; }
    [[nodiscard]] const trace::Clock& clock() const { return m_clock; }

    // Controls; each applies while traffic flows. A refusal comes back as commandFailed().
    void setAlgorithm(balance::AlgorithmKind kind);
    // Adds backends made from `added` (named "backend-N") or removes the highest ones.
    void setBackendCount(std::size_t count, const engine::StackBackend& added);
    void setWeight(std::size_t index, std::uint32_t weight);
    void setBackendSettings(std::size_t index, const http::BackendSettings& settings);
    // false kills the backend's server as a crash would; true starts it again.
    void setBackendAlive(std::size_t index, bool alive);
    void setHealthConfig(const engine::HealthCheckConfig& config);
    void setTraceRate(double requestsPerSecond, double burst);
    // Sampled requests also become trace events there (four per request, real bytes).
    void setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs);
    void startLoad(const engine::TrafficConfig& config);
    void stopLoad();
    // A snapshot now, besides the timer's.
    void refresh();
    // The haproxy.cfg and nginx texts, read on the worker; configReady() follows.
    void requestConfig();

    // The routes sampled since the last call (GUI frame rate).
    [[nodiscard]] std::vector<engine::RouteNotice> takeRouteNotices();
    // The latest snapshot; never null (empty before the first).
    [[nodiscard]] std::shared_ptr<const LbSnapshot> snapshot() const { return m_snapshot; }
    // For tests that compare the view with the engine; call only when no command is pending.
    [[nodiscard]] engine::LoadBalancerStack& stack() { return *m_stack; }

signals:
    void started();
    void startFailed(const QString& why);
    void snapshotReady();
    void configReady(const QString& haproxy, const QString& nginx);
    void commandFailed(const QString& why);
    // The built-in load did not start (commandFailed says why): the Stop button is wrong now.
    void loadFailed();

private:
    enum class Failure : std::uint8_t { AddBackend, RemoveBackend, Kill, Revive, Load, Setting };

    template <typename F> void post(F&& work);
    void publish();                                                           // worker thread
    void fail(Failure failure, std::size_t index, const std::string& detail); // worker thread
    [[nodiscard]] bool running() const;                                       // worker thread

    const trace::Clock& m_clock;
    std::unique_ptr<engine::LoadBalancerStack> m_stack;
    WorkerThread m_worker; // the stack's thread: every command and snapshot runs there
    State m_state = State::Idle;
    QString m_error;
    engine::net::SocketAddress m_address;
    std::shared_ptr<const LbSnapshot> m_snapshot;
};

} // namespace hopscope::gui
