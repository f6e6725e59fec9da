// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_stack_controller.h"

#include <QTimer>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <utility>

namespace hopscope::gui {

LbStackController::LbStackController(const trace::Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_stack(std::make_unique<engine::LoadBalancerStack>(clock)),
      m_worker(QStringLiteral("lb-view-worker")), m_snapshot(std::make_shared<LbSnapshot>()) {}

LbStackController::~LbStackController() {
    // The snapshot timer goes with the worker, on its own thread.
    m_worker.stop();
    // Joins the proxy's, the backends' and the generator's threads.
    m_stack->stop();
}

template <typename F> void LbStackController::post(F&& work) {
    m_worker.post(std::forward<F>(work));
}

bool LbStackController::running() const {
    return m_stack->running();
}

void LbStackController::start(engine::LoadBalancerStackConfig config) {
    if (m_state == State::Starting || m_state == State::Running) {
        return;
    }
    m_state = State::Starting;
    post([this, config = std::move(config)]() mutable {
        const std::optional<std::string> error = m_stack->start(std::move(config));
        if (error) {
            QMetaObject::invokeMethod(
                this,
                [this, why = QString::fromStdString(*error)] {
                    m_state = State::Failed;
                    m_error = why;
                    emit startFailed(why);
                },
                Qt::QueuedConnection);
            return;
        }
        // What "Show the real config" shows, in the log too: tests/bench/lb_view_bench.sh puts
        // HAProxy in front of the lesson's backends with exactly this section.
        spdlog::debug("the lesson's setup as a HAProxy backend section:\n{}",
                      m_stack->haproxyConfig("lesson"));
        // Someone is watching from now on: the stack starts sampling routes.
        (void)m_stack->takeRouteNotices();
        auto* timer = new QTimer(m_worker.worker());
        timer->setInterval(kSnapshotIntervalMs);
        connect(timer, &QTimer::timeout, m_worker.worker(), [this] { publish(); });
        timer->start();
        const engine::net::SocketAddress address = m_stack->address();
        QMetaObject::invokeMethod(
            this,
            [this, address] {
                m_state = State::Running;
                m_address = address;
                emit started();
            },
            Qt::QueuedConnection);
        publish();
    });
}

void LbStackController::publish() {
    auto s = std::make_shared<LbSnapshot>();
    s->takenNs = m_clock.nowNs();
    s->running = m_stack->running();
    s->algorithm = m_stack->algorithm();
    s->health = m_stack->healthConfig();
    s->backends = m_stack->backends();
    s->metrics = m_stack->metrics();
    s->series = m_stack->timeSeries();
    s->loadRunning = m_stack->loadRunning();
    s->load = m_stack->loadStats();
    s->requestsTraced = m_stack->requestsTraced();
    s->requestsNotTraced = m_stack->requestsNotTraced();
    QMetaObject::invokeMethod(
        this,
        [this, s = std::shared_ptr<const LbSnapshot>(std::move(s))] {
            m_snapshot = s;
            emit snapshotReady();
        },
        Qt::QueuedConnection);
}

void LbStackController::fail(Failure failure, std::size_t index, const std::string& detail) {
    QMetaObject::invokeMethod(
        this,
        [this, failure, index, detail = QString::fromStdString(detail)] {
            const QString backend = QString::number(index + 1);
            QString why;
            switch (failure) {
            case Failure::AddBackend:
                why = tr("Another backend could not be started.");
                break;
            case Failure::RemoveBackend:
                why = tr("Backend %1 could not be removed.").arg(backend);
                break;
            case Failure::Kill:
                why = tr("Backend %1 could not be stopped.").arg(backend);
                break;
            case Failure::Revive:
                why = tr("Backend %1 could not listen again on its port.").arg(backend);
                break;
            case Failure::Load:
                why = tr("The load could not be started: %1").arg(detail);
                break;
            case Failure::Setting:
                why = tr("Backend %1 did not take the change.").arg(backend);
                break;
            }
            emit commandFailed(why);
            if (failure == Failure::Load) {
                emit loadFailed();
            }
        },
        Qt::QueuedConnection);
}

void LbStackController::setAlgorithm(balance::AlgorithmKind kind) {
    post([this, kind] {
        m_stack->setAlgorithm(kind);
        publish();
    });
}

void LbStackController::setBackendCount(std::size_t count, const engine::StackBackend& added) {
    count = std::clamp<std::size_t>(count, 1, engine::LoadBalancerStack::kMaxBackends);
    post([this, count, added] {
        if (!running()) {
            return;
        }
        std::vector<std::size_t> live;
        for (const engine::BackendView& b : m_stack->backends()) {
            if (!b.removed) {
                live.push_back(b.index);
            }
        }
        std::sort(live.begin(), live.end());
        while (live.size() < count) {
            const std::optional<std::size_t> index = m_stack->addBackend(added);
            if (!index) {
                fail(Failure::AddBackend, live.size(), {});
                break;
            }
            live.push_back(*index);
            std::sort(live.begin(), live.end());
        }
        while (live.size() > count) {
            if (!m_stack->removeBackend(live.back())) {
                fail(Failure::RemoveBackend, live.back(), {});
                break;
            }
            live.pop_back();
        }
        publish();
    });
}

void LbStackController::setWeight(std::size_t index, std::uint32_t weight) {
    post([this, index, weight] {
        if (!m_stack->setWeight(index, weight)) {
            fail(Failure::Setting, index, {});
        }
        publish();
    });
}

void LbStackController::setBackendSettings(std::size_t index,
                                           const http::BackendSettings& settings) {
    post([this, index, settings] {
        if (!m_stack->setBackendSettings(index, settings)) {
            fail(Failure::Setting, index, {});
        }
        publish();
    });
}

void LbStackController::setBackendAlive(std::size_t index, bool alive) {
    post([this, index, alive] {
        const bool ok = alive ? m_stack->reviveBackend(index) : m_stack->killBackend(index);
        if (!ok) {
            fail(alive ? Failure::Revive : Failure::Kill, index, {});
        }
        publish();
    });
}

void LbStackController::setHealthConfig(const engine::HealthCheckConfig& config) {
    post([this, config] { m_stack->setHealthConfig(config); });
}

void LbStackController::setTraceRate(double requestsPerSecond, double burst) {
    post([this, requestsPerSecond, burst] { m_stack->setTraceRate(requestsPerSecond, burst); });
}

void LbStackController::setTrace(std::shared_ptr<trace::Trace> trace, std::int64_t originNs) {
    post([this, trace = std::move(trace), originNs] { m_stack->setTrace(trace, originNs); });
}

void LbStackController::startLoad(const engine::TrafficConfig& config) {
    post([this, config] {
        if (auto error = m_stack->startLoad(config)) {
            fail(Failure::Load, 0, *error);
        }
        publish();
    });
}

void LbStackController::stopLoad() {
    post([this] {
        m_stack->stopLoad();
        publish();
    });
}

void LbStackController::refresh() {
    post([this] {
        if (running()) {
            publish();
        }
    });
}

void LbStackController::requestConfig() {
    post([this] {
        const QString haproxy = QString::fromStdString(m_stack->haproxyConfig());
        const QString nginx = QString::fromStdString(m_stack->nginxConfig());
        QMetaObject::invokeMethod(
            this, [this, haproxy, nginx] { emit configReady(haproxy, nginx); },
            Qt::QueuedConnection);
    });
}

std::vector<engine::RouteNotice> LbStackController::takeRouteNotices() {
    if (m_state != State::Running) {
        return {};
    }
    return m_stack->takeRouteNotices();
}

} // namespace hopscope::gui
