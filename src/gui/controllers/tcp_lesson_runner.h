// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/engine.h"
#include "engine/lab_dns_transports.h"
#include "engine/lab_tcp_conversation.h"
#include "gui/jobs/worker_thread.h"
#include "trace/trace.h"

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

// What the TCP lesson can make happen, each on a fresh connection in the lab.
enum class TcpExperiment {
    Normal,      // handshake, one GET and its answer, the laptop closes first
    LostSyn,     // the home router drops the first SYN: the kernel sends it again
    LostRequest, // the home router drops the segment with the GET: it is retransmitted
    ClosedPort,  // nothing listens on the port: the server's kernel answers RST
    Reset,       // the home router answers the SYN with a reset
    LostSynAck,  // the home router drops the server's first SYN-ACK: both kernels try again
    ResetMidway, // the connection is open; the home router answers the GET with a reset
    UdpVsTcp,    // one DNS question over UDP, then the same over TCP
};

// One finished experiment: its trace (the segments the lab captured at the laptop) and what
// the laptop's program saw.
struct TcpLessonRun {
    TcpExperiment experiment = TcpExperiment::Normal;
    engine::TcpConversation conversation; // for UdpVsTcp: both exchanges in its trace
    std::optional<engine::DnsTransportComparison> comparison; // UdpVsTcp only
    std::int64_t finishedAtMs = 0; // steady clock: when the kernel was asked about the socket
};

// Runs the TCP lesson's lab: starts it (with the site's load balancer inside) on a worker
// thread, and runs each experiment there, a real connection from the lab's laptop to
// www.foobar.com with the kernel's TCP; the GUI thread gets each run's trace when it is cut.
class TcpLessonRunner : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Ready, Running, Failed };

    explicit TcpLessonRunner(engine::LessonNetwork network, QObject* parent = nullptr);
    ~TcpLessonRunner() override;

    void start();
    [[nodiscard]] State state() const { return m_state; }
    // Why the lab is not there (it could not start, or the app runs on loopback).
    [[nodiscard]] const QString& problem() const { return m_problem; }

    // Runs `experiment` on the worker; false unless Ready. finished() follows.
    bool run(TcpExperiment experiment);
    [[nodiscard]] const std::vector<TcpLessonRun>& runs() const { return m_runs; }

signals:
    void stateChanged(hopscope::gui::TcpLessonRunner::State state);
    void finished(std::size_t index);

private:
    void setState(State state);

    engine::LessonNetwork m_network;
    State m_state = State::Stopped;
    QString m_problem;
    std::shared_ptr<engine::LabTcpCapture> m_capture;       // at the laptop
    std::shared_ptr<engine::LabTcpCapture> m_serverCapture; // at the load balancer
    std::shared_ptr<engine::RunningLab> m_lab;              // used on the worker only, once started
    std::size_t m_faults = 0; // fault tables loaded so far (their names)
    std::vector<TcpLessonRun> m_runs;
    WorkerThread m_worker; // last: stops first, before the lab it uses goes
};

} // namespace hopscope::gui
