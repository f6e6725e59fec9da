// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/engine.h"
#include "gui/jobs/worker_thread.h"
#include "lab/lab_session.h"

#include <QObject>
#include <QString>
#include <memory>
#include <string>

namespace hopscope::engine {
class RunningLab;
} // namespace hopscope::engine

namespace hopscope::gui {

// What every lab lesson's runner shares: its own lab with the default servers inside, started
// on a worker thread the first time the page asks, the state the page shows, and why the lab
// is not there (it could not start, or the app runs on loopback). A lesson adds its runs.
class LabLessonRunner : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Ready, Running, Failed };

    void start();
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString& problem() const { return m_problem; }

signals:
    void stateChanged(hopscope::gui::LabLessonRunner::State state);

protected:
    // `name`: the worker thread's and the log's ("tcp-lesson").
    LabLessonRunner(engine::LessonNetwork network, std::string name, QObject* parent);
    ~LabLessonRunner() override;

    // Why this lesson has nothing to show on loopback, in the user's language.
    [[nodiscard]] virtual QString loopbackProblem() const = 0;
    // Where the lab's frames go (called on the GUI thread, run on the lab's capture thread).
    [[nodiscard]] virtual lab::LabSession::PacketSink packetSink() const = 0;

    void setState(State state);
    // The work in hand finishes, then the lab stops: the first thing a lesson's destructor
    // does, before the members the work uses go.
    void shutDown();

    std::shared_ptr<engine::RunningLab> m_lab; // used on the worker only, once started
    WorkerThread m_worker;

private:
    engine::LessonNetwork m_network;
    std::string m_name;
    State m_state = State::Stopped;
    QString m_problem;
};

} // namespace hopscope::gui
