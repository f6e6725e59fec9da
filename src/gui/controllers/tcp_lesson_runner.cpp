// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_lesson_runner.h"

#include "engine/running_lab.h"
#include "lab/fault.h"

#include <chrono>
#include <spdlog/spdlog.h>

namespace hopscope::gui {

namespace {

// www.foobar.com's first address: the load balancer's, which accepts the connection.
const engine::net::SocketAddress kSite(wire::Ipv4Address(198, 51, 100, 10), 80);
constexpr std::uint16_t kClosedPort = 81;

std::optional<lab::FaultSpec> faultOf(TcpExperiment experiment) {
    switch (experiment) {
    case TcpExperiment::LostSyn:
        return lab::parseFaultSpec("drop-first-syn").spec;
    case TcpExperiment::LostRequest:
        // The laptop's third packet of the connection: SYN, ACK, then the GET.
        return lab::parseFaultSpec("drop-nth:3").spec;
    case TcpExperiment::Reset:
        return lab::parseFaultSpec("reset").spec;
    case TcpExperiment::LostSynAck:
        return lab::parseFaultSpec("drop-first-synack").spec;
    case TcpExperiment::ResetMidway:
        // The SYN and the handshake's ACK pass; the GET meets a reset.
        return lab::parseFaultSpec("reset-after:2").spec;
    case TcpExperiment::Normal:
    case TcpExperiment::ClosedPort:
    case TcpExperiment::UdpVsTcp:
        break;
    }
    return std::nullopt;
}

} // namespace

TcpLessonRunner::TcpLessonRunner(engine::LessonNetwork network, QObject* parent)
    : LabLessonRunner(network, "tcp-lesson", parent),
      m_capture(std::make_shared<engine::LabTcpCapture>("laptop:eth0",
                                                        engine::LabTcpCapture::Keep::TcpAndUdp)),
      m_serverCapture(std::make_shared<engine::LabTcpCapture>("lb:eth0")) {}

TcpLessonRunner::~TcpLessonRunner() {
    shutDown();
}

QString TcpLessonRunner::loopbackProblem() const {
    return tr("The TCP lesson shows the segments the kernel sends in the lab, and the app was "
              "started with --network loopback.");
}

lab::LabSession::PacketSink TcpLessonRunner::packetSink() const {
    return [capture = m_capture, serverCapture = m_serverCapture](
               const wire::CapturePacket& packet, const wire::CaptureInterface& interface) {
        capture->add(packet, interface);
        serverCapture->add(packet, interface);
    };
}

bool TcpLessonRunner::run(TcpExperiment experiment) {
    if (state() != State::Ready || !m_lab) {
        return false;
    }
    setState(State::Running);
    const std::size_t faultIndex = m_faults++;
    m_worker.post([this, lab = m_lab, capture = m_capture, serverCapture = m_serverCapture,
                   experiment, faultIndex] {
        capture->clear();
        serverCapture->clear();
        const auto fault = faultOf(experiment);
        TcpLessonRun run;
        run.experiment = experiment;
        bool faultIn = false;
        if (fault) {
            if (auto error = lab::putInFault(lab->session(), *fault, faultIndex)) {
                run.conversation.problem = "the fault could not be put in: " + *error;
            } else {
                faultIn = true;
            }
        }
        engine::TcpConversationOptions options;
        options.server = kSite;
        options.serverCapture = serverCapture.get();
        if (experiment == TcpExperiment::ClosedPort) {
            options.server = engine::net::SocketAddress(kSite.address(), kClosedPort);
        }
        if (experiment == TcpExperiment::UdpVsTcp) {
            run.comparison = engine::compareDnsTransports(lab->servers(), *capture, {});
            run.conversation.trace = run.comparison->together();
        } else if (!fault || faultIn) {
            run.conversation = engine::runLabTcpConversation(lab->servers(), *capture, options);
        }
        if (faultIn) {
            if (auto error = lab::takeOutFault(lab->session(), *fault, faultIndex)) {
                spdlog::warn("TCP lesson: the fault stays in: {}", *error);
            }
        }
        run.finishedAtMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::steady_clock::now().time_since_epoch())
                               .count();
        auto done = std::make_shared<TcpLessonRun>(std::move(run));
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                m_runs.push_back(std::move(*done));
                setState(State::Ready);
                emit finished(m_runs.size() - 1);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace hopscope::gui
