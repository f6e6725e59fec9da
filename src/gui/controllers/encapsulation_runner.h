// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/engine.h"
#include "engine/lab_hop_recorder.h"
#include "engine/lab_tcp_conversation.h"
#include "gui/jobs/worker_thread.h"
#include "gui/models/hop_journey_model.h"

#include <QObject>
#include <QString>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace hopscope::engine {
class RunningLab;
} // namespace hopscope::engine

namespace hopscope::gui {

// One request followed through the lab: every frame captured at every interface while it
// ran, matched into the SYN's and the GET's journeys.
struct EncapsulationRun {
    std::shared_ptr<const HopJourneyModel> model;
    std::optional<int> status; // the HTTP status the laptop got
    QString problem;           // what went wrong, if anything
};

// Runs the encapsulation lesson's lab: starts it on a worker thread, and for each run sends
// one GET from the lab's laptop to www.foobar.com with the kernel's TCP while recording every
// interface's frames, then waits until the load balancer's interface saw every segment the
// laptop sent, so each journey is whole, and matches the copies there too.
class EncapsulationRunner : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Ready, Running, Failed };

    explicit EncapsulationRunner(engine::LessonNetwork network, QObject* parent = nullptr);
    ~EncapsulationRunner() override;

    void start();
    [[nodiscard]] State state() const { return m_state; }
    // Why the lab is not there (it could not start, or the app runs on loopback).
    [[nodiscard]] const QString& problem() const { return m_problem; }

    // Sends the request on the worker; false unless Ready. finished() follows.
    bool run();
    [[nodiscard]] const std::vector<EncapsulationRun>& runs() const { return m_runs; }

signals:
    void stateChanged(hopscope::gui::EncapsulationRunner::State state);
    void finished(std::size_t index);

private:
    void setState(State state);

    engine::LessonNetwork m_network;
    State m_state = State::Stopped;
    QString m_problem;
    std::shared_ptr<engine::LabTcpCapture> m_capture;   // at the laptop
    std::shared_ptr<engine::LabHopRecorder> m_recorder; // everywhere
    std::shared_ptr<engine::RunningLab> m_lab;          // used on the worker only, once started
    std::vector<EncapsulationRun> m_runs;
    WorkerThread m_worker; // last: stops first, before the lab it uses goes
};

} // namespace hopscope::gui
