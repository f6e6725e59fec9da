// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "hop_journey_model.h"

#include "gui/text/hop_change_text.h"
#include "wire/ethernet_frame.h"
#include "wire/ipv4_packet_of.h"
#include "wire/tcp_segment.h"

#include <algorithm>
#include <optional>

namespace hopscope::gui {

namespace {

std::optional<wire::TcpSegment> tcpOf(const engine::HopCapture& c) {
    const auto ip = wire::ipv4PacketOf(c.linkType, c.data);
    if (!ip) {
        return std::nullopt;
    }
    auto tcp = wire::TcpSegment::decode(ip->payload);
    return tcp ? std::optional(std::move(*tcp.value)) : std::nullopt;
}

bool isSyn(const wire::TcpSegment& s) {
    return s.has(wire::TcpFlag::Syn) && !s.has(wire::TcpFlag::Ack);
}

bool isGet(const wire::TcpSegment& s) {
    static constexpr std::string_view kGet = "GET /";
    return s.payload.size() >= kGet.size() &&
           std::equal(kGet.begin(), kGet.end(), s.payload.begin());
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

HopJourneyModel::HopJourneyModel(std::vector<engine::HopCapture> captures, std::string client,
                                 std::set<std::string> switches)
    : m_captures(std::move(captures)), m_switches(std::move(switches)) {
    engine::PacketHopMatcher matcher;
    for (const auto& c : m_captures) {
        matcher.add(c);
    }
    // The first SYN and the first GET the client sent: a segment sent again byte for byte is
    // a journey of its own, and the lesson follows the first copy.
    bool haveSyn = false;
    bool haveGet = false;
    for (auto& j : matcher.journeys()) {
        if (j.hops.empty() || j.hops.front().node != client) {
            continue;
        }
        const auto tcp = tcpOf(m_captures.at(j.hops.front().capture));
        if (!tcp) {
            continue;
        }
        if (!haveSyn && isSyn(*tcp)) {
            m_syn.journey = std::move(j);
            haveSyn = true;
        } else if (!haveGet && isGet(*tcp)) {
            m_get.journey = std::move(j);
            haveGet = true;
        }
    }
    m_syn.trace = haveSyn ? buildTrace(FollowedPacket::Syn) : nullptr;
    m_get.trace = haveGet ? buildTrace(FollowedPacket::Get) : nullptr;
}

const HopJourneyModel::Followed& HopJourneyModel::followed(FollowedPacket packet) const {
    return packet == FollowedPacket::Syn ? m_syn : m_get;
}

bool HopJourneyModel::has(FollowedPacket packet) const {
    return followed(packet).trace != nullptr;
}

const engine::PacketJourney& HopJourneyModel::journey(FollowedPacket packet) const {
    return followed(packet).journey;
}

std::shared_ptr<trace::Trace> HopJourneyModel::trace(FollowedPacket packet) const {
    return followed(packet).trace;
}

std::size_t HopJourneyModel::hopCount(FollowedPacket packet) const {
    return journey(packet).hops.size();
}

QStringList HopJourneyModel::hopLabels(FollowedPacket packet) const {
    QStringList out;
    for (const auto& hop : journey(packet).hops) {
        QString label = qs(hop.interface);
        if (hop.direction != wire::PacketDirection::Unknown) {
            label += QLatin1Char(' ') +
                     HopChangeText::direction(hop.direction == wire::PacketDirection::Outbound);
        }
        out << label;
    }
    return out;
}

std::vector<HopChangeRow> HopJourneyModel::changes(FollowedPacket packet, std::size_t hop) const {
    const auto& hops = journey(packet).hops;
    if (hop >= hops.size()) {
        return {};
    }
    const auto& h = hops[hop];
    const QString node = qs(h.node);
    if (hop == 0) {
        auto rows = envelopes(m_captures.at(h.capture));
        if (rows.empty()) {
            rows.push_back(HopChangeRow{{}, {}, {}, HopChangeText::sent(node)});
        }
        return rows;
    }
    if (h.changes.empty()) {
        // Out of one interface and into the next node's: the link; in and out of one node:
        // that node forwarded it as it was.
        const bool sameNode = hops[hop - 1].node == h.node;
        if (!sameNode) {
            return {HopChangeRow{{}, {}, {}, HopChangeText::unchangedOnLink()}};
        }
        return {HopChangeRow{
            {}, {}, {}, HopChangeText::unchangedThroughNode(node, m_switches.contains(h.node))}};
    }
    std::vector<HopChangeRow> rows;
    for (const auto& c : h.changes) {
        const QString field = qs(c.name());
        rows.push_back(
            HopChangeRow{field, qs(c.before), qs(c.after), HopChangeText::why(field, node)});
    }
    return rows;
}

std::vector<HopChangeRow> HopJourneyModel::envelopes(const engine::HopCapture& capture) {
    std::vector<HopChangeRow> rows;
    const auto add = [&rows](const char* field, const std::string& value) {
        const QString name = QLatin1String(field);
        rows.push_back(HopChangeRow{name, {}, qs(value), HopChangeText::layer(name)});
    };
    if (capture.linkType == wire::LinkType::Ethernet) {
        if (const auto eth = wire::EthernetFrame::decode(capture.data)) {
            add("eth.src", eth.value->source.toString());
            add("eth.dst", eth.value->destination.toString());
        }
    }
    const auto ip = wire::ipv4PacketOf(capture.linkType, capture.data);
    if (!ip) {
        return rows;
    }
    add("ip.src", ip->source.toString());
    add("ip.dst", ip->destination.toString());
    add("ip.ttl", std::to_string(ip->ttl));
    const auto tcp = wire::TcpSegment::decode(ip->payload);
    if (!tcp) {
        return rows;
    }
    add("tcp.srcport", std::to_string(tcp.value->sourcePort));
    add("tcp.dstport", std::to_string(tcp.value->destinationPort));
    if (isGet(*tcp.value)) {
        const auto& p = tcp.value->payload;
        const auto end = std::find(p.begin(), p.end(), '\r');
        add("http.request.line", std::string(p.begin(), end));
    }
    return rows;
}

QString HopJourneyModel::hopNote(FollowedPacket packet, std::size_t hop) const {
    const auto& hops = journey(packet).hops;
    if (hop == 0 || hop >= hops.size()) {
        return hop == 0 && !hops.empty() ? tr("sent") : QString();
    }
    const std::size_t n = hops[hop].changes.size();
    return n == 0 ? tr("unchanged") : tr("%n field(s) changed", nullptr, static_cast<int>(n));
}

QString HopJourneyModel::summaryOf(const engine::PacketJourney& j, std::size_t hop) const {
    const auto& h = j.hops[hop];
    if (hop == 0) {
        return tr("sent at %1").arg(qs(h.interface));
    }
    if (h.changes.empty()) {
        return tr("at %1: unchanged").arg(qs(h.interface));
    }
    QStringList names;
    for (const auto& c : h.changes) {
        names << qs(c.name());
    }
    return tr("at %1: %2 changed").arg(qs(h.interface), names.join(QStringLiteral(", ")));
}

std::shared_ptr<trace::Trace> HopJourneyModel::buildTrace(FollowedPacket packet) const {
    const auto& j = journey(packet);
    auto out = std::make_shared<trace::Trace>();
    const std::int64_t start = j.hops.empty() ? 0 : j.hops.front().timeNs;
    for (std::size_t k = 0; k < j.hops.size(); ++k) {
        const auto& h = j.hops[k];
        const auto& capture = m_captures.at(h.capture);
        trace::EventData e;
        e.timeNs = std::max<std::int64_t>(0, h.timeNs - start);
        e.source = trace::SourceKind::Lab;
        // A copy going out leaves its node for the next one; a copy coming in arrives from
        // the node before (so a switch's two copies read laptop -> switch -> router).
        const bool leaving =
            h.direction == wire::PacketDirection::Outbound ||
            (h.direction == wire::PacketDirection::Unknown && k + 1 < j.hops.size());
        if (leaving) {
            e.from = h.node;
            e.to = k + 1 < j.hops.size() ? j.hops[k + 1].node : h.node;
        } else {
            e.from = k > 0 ? j.hops[k - 1].node : h.node;
            e.to = h.node;
        }
        e.linkType = capture.linkType;
        e.frame = capture.data;
        e.protocol = packet == FollowedPacket::Get ? "HTTP" : "TCP";
        e.summary = summaryOf(j, k).toStdString();
        if (k == 0) {
            e.note = HopChangeText::sent(qs(h.node)).toStdString();
        } else if (const auto rows = changes(packet, k);
                   rows.size() == 1 && rows.front().field.isEmpty()) {
            e.note = rows.front().why.toStdString();
        }
        e.capturedAt = h.interface;
        out->append(std::move(e));
    }
    return out;
}

} // namespace hopscope::gui
