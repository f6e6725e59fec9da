// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "packet_hop_matcher.h"

#include "wire/dissector.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace hopscope::engine {

namespace {

// Two copies are the same packet when they agree on everything the path may not change. The
// link header is left out (each link has its own, and its own padding), and so are the IP
// fields a router or a NAT gateway rewrites: TTL/hop limit, header checksum, both addresses
// (source NAT rewrites one, destination NAT the other), DSCP/ECN (routers may re-mark them) and
// the IPv4 identification (Linux's NAT keeps it, others such as OpenBSD pf's random-id do not,
// and Linux sends 0 in every SYN-ACK, so it tells little anyway). In the transport header: the
// ports and checksums (NAPT), the ICMP echo identifier (NAT maps it like a port: RFC 5508 on
// ICMP query mapping) and the MSS value (routers clamp it). Every other byte of the IP packet
// must be equal: TCP's raw sequence and acknowledgment numbers, flags, window, options and
// data; UDP's length and data; ICMP's type, code, sequence and data, and for an ICMP error the
// quoted packet under the same masks (NAT translates the quote too: RFC 5508 on ICMP error
// payload translation). The fields are found by wire::dissect, by their Wireshark names, not
// decoded again here. What this cannot follow: a proxy's second connection (the load
// balancer's is a new packet), a NAT helper that rewrites data or sequence numbers (FTP, SIP),
// fragmentation on the way.
//
// Copies with the same key are grouped in time order: a copy joins the latest journey of its
// key not yet seen at that interface in that direction, so a retransmission identical to the
// original (no TCP timestamps) starts a journey of its own at the sender's interface.
bool mayChangeOnTheWay(std::string_view filter) {
    static constexpr std::string_view kMutable[] = {
        "ip.dsfield",
        "ip.id",
        "ip.ttl",
        "ip.checksum",
        "ip.src",
        "ip.dst",
        "ipv6.tclass",
        "ipv6.hlim",
        "ipv6.src",
        "ipv6.dst",
        "tcp.srcport",
        "tcp.dstport",
        "tcp.checksum",
        "tcp.options.mss_val",
        "udp.srcport",
        "udp.dstport",
        "udp.checksum",
        "icmp.checksum",
        "icmp.ident",
        "icmpv6.checksum",
        "icmpv6.echo.identifier",
    };
    return std::find(std::begin(kMutable), std::end(kMutable), filter) != std::end(kMutable);
}

void maskFields(const std::vector<wire::Field>& fields, std::size_t start,
                std::vector<std::uint8_t>& bytes) {
    for (const wire::Field& f : fields) {
        if (f.bitLength > 0 && mayChangeOnTheWay(f.filter.view())) {
            for (std::size_t bit = f.bitOffset; bit < f.bitOffset + f.bitLength; ++bit) {
                if (bit < start * 8) {
                    continue;
                }
                const std::size_t byte = bit / 8 - start;
                if (byte >= bytes.size()) {
                    break;
                }
                bytes[byte] &= static_cast<std::uint8_t>(~(0x80U >> (bit % 8)));
            }
        }
        maskFields(f.children, start, bytes);
    }
}

// The value of the first field with this name in a layer, as a number (0 when absent).
std::size_t numberOf(const wire::Layer& layer, std::string_view filter) {
    for (const wire::Field& f : layer.fields) {
        if (f.filter.view() == filter) {
            std::size_t n = 0;
            for (const char c : f.value) {
                if (c < '0' || c > '9') {
                    return 0;
                }
                n = n * 10 + static_cast<std::size_t>(c - '0');
            }
            return n;
        }
    }
    return 0;
}

struct FlatField {
    std::string filter;
    std::size_t occurrence = 1;
    const wire::Field* field = nullptr;
};

void flatten(const std::vector<wire::Field>& fields, std::map<std::string, std::size_t>& seen,
             std::vector<FlatField>& out) {
    for (const wire::Field& f : fields) {
        // Only fields on the wire: a generated one (length 0) is worked out from them.
        if (f.bitLength > 0 && !f.filter.view().empty()) {
            std::string filter(f.filter.view());
            const std::size_t occurrence = ++seen[filter];
            out.push_back(FlatField{std::move(filter), occurrence, &f});
        }
        flatten(f.children, seen, out);
    }
}

std::vector<FlatField> flatten(const wire::Dissection& d) {
    std::map<std::string, std::size_t> seen;
    std::vector<FlatField> out;
    for (const wire::Layer& layer : d.layers) {
        flatten(layer.fields, seen, out);
    }
    return out;
}

std::string nodeOf(const std::string& interface) {
    const auto colon = interface.find(':');
    return colon == std::string::npos ? interface : interface.substr(0, colon);
}

} // namespace

std::string FieldChange::name() const {
    return occurrence <= 1 ? field : field + '#' + std::to_string(occurrence);
}

std::string PacketHopMatcher::invariantKey(wire::LinkType linkType,
                                           std::span<const std::uint8_t> frame) {
    const wire::Dissection d = wire::dissect(linkType, frame);
    if (d.layers.empty()) {
        return {};
    }
    const auto network = std::find_if(d.layers.begin(), d.layers.end(), [](const auto& l) {
        return l.protocol == "ip" || l.protocol == "ipv6";
    });
    if (network == d.layers.end()) {
        // No IP: a bridge forwards the frame as it is, so its network layer (ARP) is compared
        // whole; only the link header (and a link's padding) is left out.
        const wire::Layer& l = d.layers.size() > 1 ? d.layers[1] : d.layers.front();
        const std::size_t start = std::min(l.byteOffset, frame.size());
        const std::size_t end = std::min(start + l.byteLength, frame.size());
        return l.protocol + ':' +
               std::string(frame.begin() + static_cast<std::ptrdiff_t>(start),
                           frame.begin() + static_cast<std::ptrdiff_t>(end));
    }
    // The IP packet as its header measures it, without the Ethernet padding after it (each
    // link pads anew).
    const std::size_t start = std::min(network->byteOffset, frame.size());
    std::size_t length = network->protocol == "ip" ? numberOf(*network, "ip.len")
                                                   : 40 + numberOf(*network, "ipv6.plen");
    if (length == 0 || start + length > frame.size()) {
        length = frame.size() - start;
    }
    std::vector<std::uint8_t> bytes(frame.begin() + static_cast<std::ptrdiff_t>(start),
                                    frame.begin() + static_cast<std::ptrdiff_t>(start + length));
    for (auto l = network; l != d.layers.end(); ++l) {
        maskFields(l->fields, start, bytes);
    }
    return network->protocol + ':' + std::string(bytes.begin(), bytes.end());
}

void PacketHopMatcher::add(HopCapture capture) {
    m_keys.push_back(invariantKey(capture.linkType, capture.data));
    m_captures.push_back(std::move(capture));
}

std::vector<FieldChange> PacketHopMatcher::changedFields(const wire::Dissection& before,
                                                         const wire::Dissection& after) {
    const auto was = flatten(before);
    const auto now = flatten(after);
    std::map<std::pair<std::string_view, std::size_t>, const FlatField*> earlier;
    for (const FlatField& f : was) {
        earlier.emplace(std::pair<std::string_view, std::size_t>(f.filter, f.occurrence), &f);
    }
    std::vector<FieldChange> changes;
    const auto change = [](const FlatField* b, const FlatField* a) {
        FieldChange c;
        c.field = (a != nullptr ? a : b)->filter;
        c.occurrence = (a != nullptr ? a : b)->occurrence;
        if (b != nullptr) {
            c.before = b->field->value;
            c.beforeBits = FieldBits{b->field->bitOffset, b->field->bitLength};
        }
        if (a != nullptr) {
            c.after = a->field->value;
            c.afterBits = FieldBits{a->field->bitOffset, a->field->bitLength};
        }
        return c;
    };
    for (const FlatField& f : now) {
        const auto it = earlier.find({f.filter, f.occurrence});
        if (it == earlier.end()) {
            changes.push_back(change(nullptr, &f));
            continue;
        }
        if (it->second->field->value != f.field->value) {
            changes.push_back(change(it->second, &f));
        }
        earlier.erase(it);
    }
    // What the later copy lost, in the earlier copy's order.
    for (const FlatField& f : was) {
        if (earlier.count({f.filter, f.occurrence}) != 0) {
            changes.push_back(change(&f, nullptr));
        }
    }
    return changes;
}

std::vector<PacketJourney> PacketHopMatcher::journeys(std::size_t minHops) const {
    std::vector<std::size_t> order(m_captures.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_captures[a].timeNs < m_captures[b].timeNs;
    });

    // Each journey as the indices of its copies; per key, its journeys in order of creation.
    std::vector<std::vector<std::size_t>> groups;
    std::unordered_map<std::string_view, std::vector<std::size_t>> byKey;
    const auto seenAt = [&](const std::vector<std::size_t>& group, const HopCapture& c) {
        return std::any_of(group.begin(), group.end(), [&](std::size_t i) {
            return m_captures[i].interface == c.interface && m_captures[i].direction == c.direction;
        });
    };
    for (const std::size_t i : order) {
        const HopCapture& c = m_captures[i];
        if (m_keys[i].empty()) {
            groups.push_back({i});
            continue;
        }
        auto& candidates = byKey[m_keys[i]];
        const auto open = std::find_if(candidates.rbegin(), candidates.rend(),
                                       [&](std::size_t g) { return !seenAt(groups[g], c); });
        if (open != candidates.rend()) {
            groups[*open].push_back(i);
        } else {
            candidates.push_back(groups.size());
            groups.push_back({i});
        }
    }

    std::vector<PacketJourney> out;
    for (const auto& group : groups) {
        if (group.size() < std::max<std::size_t>(minHops, 1)) {
            continue;
        }
        PacketJourney journey;
        wire::Dissection previous;
        for (const std::size_t i : group) {
            const HopCapture& c = m_captures[i];
            JourneyHop hop;
            hop.capture = i;
            hop.frame = c.frame;
            hop.interface = c.interface;
            hop.node = nodeOf(c.interface);
            hop.timeNs = c.timeNs;
            hop.direction = c.direction;
            wire::Dissection current = wire::dissect(c.linkType, c.data);
            if (!journey.hops.empty()) {
                hop.changes = changedFields(previous, current);
            }
            previous = std::move(current);
            journey.hops.push_back(std::move(hop));
        }
        out.push_back(std::move(journey));
    }
    return out;
}

} // namespace hopscope::engine
