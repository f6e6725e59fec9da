// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/engine.h"
#include "engine/lab_dns_transports.h"
#include "engine/lab_tcp_conversation.h"
#include "gui/controllers/lab_lesson_runner.h"
#include "trace/trace.h"

#include <QObject>
#include <QString>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

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
class TcpLessonRunner : public LabLessonRunner {
    Q_OBJECT
public:
    explicit TcpLessonRunner(engine::LessonNetwork network, QObject* parent = nullptr);
    ~TcpLessonRunner() override;

    // Runs `experiment` on the worker; false unless Ready. finished() follows.
    bool run(TcpExperiment experiment);
    [[nodiscard]] const std::vector<TcpLessonRun>& runs() const { return m_runs; }

signals:
    void finished(std::size_t index);

protected:
    [[nodiscard]] QString loopbackProblem() const override;
    [[nodiscard]] lab::LabSession::PacketSink packetSink() const override;

private:
    std::shared_ptr<engine::LabTcpCapture> m_capture;       // at the laptop
    std::shared_ptr<engine::LabTcpCapture> m_serverCapture; // at the load balancer
    std::size_t m_faults = 0;                               // fault tables loaded so far
    std::vector<TcpLessonRun> m_runs;
};

} // namespace hopscope::gui
