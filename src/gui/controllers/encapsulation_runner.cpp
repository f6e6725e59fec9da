// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "encapsulation_runner.h"

#include "engine/running_lab.h"
#include "lab/topology.h"
#include "wire/ipv4_packet_of.h"
#include "wire/tcp_segment.h"


namespace hopscope::gui {

namespace {

// www.foobar.com's first address: the load balancer's, which accepts the connection.
const engine::net::SocketAddress kSite(wire::Ipv4Address(198, 51, 100, 10), 80);
const std::string kClientInterface = "laptop:eth0";
const std::string kSiteInterface = "lb:eth0";
// How long the load balancer's interface may lag behind the laptop's: each interface's ring
// is handed over on its own.
constexpr std::chrono::seconds kCatchUp{10};

// Segments to the site seen at `interface`: the laptop's (private address) at its own, the
// NAT gateway's (public address) at the load balancer's; both go to the site's address.
std::size_t segmentsToSite(const std::vector<engine::HopCapture>& captures,
                           const std::string& interface) {
    std::size_t n = 0;
    for (const auto& c : captures) {
        if (c.interface != interface) {
            continue;
        }
        const auto ip = wire::ipv4PacketOf(c.linkType, c.data);
        if (!ip || ip->destination != kSite.address()) {
            continue;
        }
        const auto tcp = wire::TcpSegment::decode(ip->payload);
        n += tcp && tcp.value->destinationPort == kSite.port() ? 1 : 0;
    }
    return n;
}

std::set<std::string> switchesOf(const lab::Topology& topology) {
    std::set<std::string> out;
    for (const auto& node : topology.nodes) {
        if (node.role == lab::NodeRole::Switch) {
            out.insert(node.name);
        }
    }
    return out;
}

} // namespace

EncapsulationRunner::EncapsulationRunner(engine::LessonNetwork network, QObject* parent)
    : LabLessonRunner(network, "encapsulation", parent),
      m_capture(std::make_shared<engine::LabTcpCapture>(kClientInterface)),
      m_recorder(std::make_shared<engine::LabHopRecorder>()) {}

EncapsulationRunner::~EncapsulationRunner() {
    shutDown();
}

QString EncapsulationRunner::loopbackProblem() const {
    return tr("The encapsulation lesson follows a packet through the lab's switches, "
              "routers and NAT gateway, and the app was started with --network "
              "loopback, where there are none.");
}

lab::LabSession::PacketSink EncapsulationRunner::packetSink() const {
    return [capture = m_capture, recorder = m_recorder](const wire::CapturePacket& packet,
                                                        const wire::CaptureInterface& interface) {
        capture->add(packet, interface);
        recorder->add(packet, interface);
    };
}

bool EncapsulationRunner::run() {
    if (state() != State::Ready || !m_lab) {
        return false;
    }
    setState(State::Running);
    m_worker.post([this, lab = m_lab, capture = m_capture, recorder = m_recorder] {
        capture->clear();
        recorder->start();
        engine::TcpConversationOptions options;
        options.server = kSite;
        const auto conversation = engine::runLabTcpConversation(lab->servers(), *capture, options);
        EncapsulationRun run;
        run.status = conversation.status;
        if (!conversation.problem.empty()) {
            run.problem = QString::fromStdString(conversation.problem);
        }
        // The laptop's interface held the whole conversation; the load balancer's may not
        // have been handed over yet.
        const bool whole = recorder->waitFor(
            [](const std::vector<engine::HopCapture>& captures) {
                const std::size_t sent = segmentsToSite(captures, kClientInterface);
                return sent > 0 && segmentsToSite(captures, kSiteInterface) >= sent;
            },
            kCatchUp);
        if (!whole && run.problem.isEmpty()) {
            run.problem = tr("The load balancer's interface did not see every segment the "
                             "laptop sent: the journeys may stop short.");
        }
        run.model = std::make_shared<const HopJourneyModel>(recorder->stop(), "laptop",
                                                            switchesOf(lab->session().topology()));
        auto done = std::make_shared<EncapsulationRun>(std::move(run));
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
