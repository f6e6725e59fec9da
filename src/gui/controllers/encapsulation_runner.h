// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/engine.h"
#include "engine/lab_hop_recorder.h"
#include "engine/lab_tcp_conversation.h"
#include "gui/controllers/lab_lesson_runner.h"
#include "gui/models/hop_journey_model.h"

#include <QObject>
#include <QString>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

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
class EncapsulationRunner : public LabLessonRunner {
    Q_OBJECT
public:
    explicit EncapsulationRunner(engine::LessonNetwork network, QObject* parent = nullptr);
    ~EncapsulationRunner() override;

    // Sends the request on the worker; false unless Ready. finished() follows.
    bool run();
    [[nodiscard]] const std::vector<EncapsulationRun>& runs() const { return m_runs; }

signals:
    void finished(std::size_t index);

protected:
    [[nodiscard]] QString loopbackProblem() const override;
    [[nodiscard]] lab::LabSession::PacketSink packetSink() const override;

private:
    std::shared_ptr<engine::LabTcpCapture> m_capture;   // at the laptop
    std::shared_ptr<engine::LabHopRecorder> m_recorder; // everywhere
    std::vector<EncapsulationRun> m_runs;
};

} // namespace hopscope::gui
