// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_lesson_runner.h"

#include "engine/running_lab.h"
#include "gui/text/lab_failure_text.h"

#include <spdlog/spdlog.h>

namespace hopscope::gui {

LabLessonRunner::LabLessonRunner(engine::LessonNetwork network, std::string name, QObject* parent)
    : QObject(parent), m_worker(QString::fromStdString(name)), m_network(network),
      m_name(std::move(name)) {}

LabLessonRunner::~LabLessonRunner() {
    shutDown();
}

void LabLessonRunner::shutDown() {
    m_worker.stop();
    m_lab.reset(); // on this thread, at exit
}

void LabLessonRunner::setState(State state) {
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void LabLessonRunner::start() {
    if (m_state != State::Stopped) {
        return;
    }
    if (m_network != engine::LessonNetwork::Lab) {
        m_problem = loopbackProblem();
        setState(State::Failed);
        return;
    }
    setState(State::Starting);
    m_worker.post([this, sink = packetSink()]() mutable {
        engine::RunningLab::Options options;
        options.onPacket = std::move(sink);
        auto started = engine::RunningLab::start(std::move(options));
        QString problem;
        std::shared_ptr<engine::RunningLab> lab;
        if (const auto* failure = std::get_if<lab::LabFailure>(&started)) {
            problem = LabFailureText::sentence(*failure);
        } else {
            lab = std::move(std::get<std::unique_ptr<engine::RunningLab>>(started));
            for (const auto& p : lab->servers().startDefault()) {
                problem += (problem.isEmpty() ? QString() : QStringLiteral("; ")) +
                           QString::fromStdString(p);
            }
        }
        if (!problem.isEmpty()) {
            lab.reset(); // stopped here, on the worker
        }
        QMetaObject::invokeMethod(
            this,
            [this, lab, problem] {
                m_lab = lab;
                m_problem = problem;
                if (!problem.isEmpty()) {
                    spdlog::error("{}: {}", m_name, problem.toStdString());
                }
                setState(m_lab ? State::Ready : State::Failed);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hopscope::gui
