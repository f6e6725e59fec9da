// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/packet_hop_matcher.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace hopscope::gui {

// Which packet of the request the encapsulation lesson follows.
enum class FollowedPacket { Syn, Get };

// One field a hop changed, with the sentence on why.
struct HopChangeRow {
    QString field; // Wireshark's name: "ip.ttl"
    QString before;
    QString after;
    QString why;
};

// The SYN's and the GET's journeys through the lab, found by the PacketHopMatcher in every
// frame captured at every interface, ready to be listed hop by hop, each hop's changes with a
// reason, and played as a trace of one event per hop (the captured bytes at that interface).
class HopJourneyModel {
    Q_DECLARE_TR_FUNCTIONS(HopJourneyModel)
public:
    // `client`: the node whose TCP segments are followed ("laptop"); `switches`: the nodes
    // that forward frames unchanged, for the sentence that says so.
    HopJourneyModel(std::vector<engine::HopCapture> captures, std::string client,
                    std::set<std::string> switches);

    [[nodiscard]] bool has(FollowedPacket packet) const;
    [[nodiscard]] const engine::PacketJourney& journey(FollowedPacket packet) const;
    [[nodiscard]] std::size_t hopCount(FollowedPacket packet) const;
    // "home-router:eth1 out", one per hop in order.
    [[nodiscard]] QStringList hopLabels(FollowedPacket packet) const;
    // "sent", "unchanged" or "3 fields changed": beside the hop in the list.
    [[nodiscard]] QString hopNote(FollowedPacket packet, std::size_t hop) const;
    // What the hop changed since the copy before it; for a hop that changed nothing, one row
    // without a field whose `why` says so. The first hop: the envelopes the sender wrapped
    // the data in, one row per address (`after` the value, `why` the layer).
    [[nodiscard]] std::vector<HopChangeRow> changes(FollowedPacket packet, std::size_t hop) const;
    // One event per hop: a copy going out from its node to the next hop's, one coming in
    // from the node before to its own; its bytes as captured there, source Lab, capturedAt
    // the interface, the summary what changed. Null when the packet was not found.
    [[nodiscard]] std::shared_ptr<trace::Trace> trace(FollowedPacket packet) const;
    [[nodiscard]] std::size_t captureCount() const { return m_captures.size(); }

private:
    struct Followed {
        engine::PacketJourney journey;
        std::shared_ptr<trace::Trace> trace;
    };
    [[nodiscard]] static std::vector<HopChangeRow> envelopes(const engine::HopCapture& capture);
    [[nodiscard]] const Followed& followed(FollowedPacket packet) const;
    [[nodiscard]] std::shared_ptr<trace::Trace> buildTrace(FollowedPacket packet) const;
    [[nodiscard]] QString summaryOf(const engine::PacketJourney& j, std::size_t hop) const;

    std::vector<engine::HopCapture> m_captures;
    std::set<std::string> m_switches;
    Followed m_syn;
    Followed m_get;
};

} // namespace hopscope::gui
