// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "hop_change_text.h"

namespace hopscope::gui {

QString HopChangeText::why(const QString& field, const QString& node) {
    // A quoted header (an ICMP error's copy of the packet) is named "ip.src#2": same reasons.
    const QString name = field.section(QLatin1Char('#'), 0, 0);
    if (name == QLatin1String("eth.src") || name == QLatin1String("eth.dst")) {
        return tr("A router writes new MAC addresses for the next link: its own as the source, "
                  "the next hop's as the destination.");
    }
    if (name == QLatin1String("ip.ttl")) {
        return tr("Each router lowers the TTL by one, so a packet caught in a loop dies out "
                  "(RFC 791).");
    }
    if (name == QLatin1String("ip.checksum")) {
        return tr("The header changed, so its checksum is computed again.");
    }
    if (name == QLatin1String("ip.src") || name == QLatin1String("ip.dst")) {
        return tr("NAT at %1 rewrites the private address to its public one, and back on the "
                  "answer.")
            .arg(node);
    }
    if (name == QLatin1String("tcp.srcport") || name == QLatin1String("tcp.dstport") ||
        name == QLatin1String("udp.srcport") || name == QLatin1String("udp.dstport") ||
        name == QLatin1String("icmp.ident")) {
        return tr("NAT at %1 gives the connection another port of its public address: the "
                  "port it had is taken there (Linux keeps the port when it can).")
            .arg(node);
    }
    if (name == QLatin1String("tcp.checksum") || name == QLatin1String("udp.checksum")) {
        return tr("The checksum covers the IP addresses too (the pseudo-header), so NAT "
                  "computes it again.");
    }
    if (name == QLatin1String("icmp.checksum")) {
        return tr("The ICMP message changed, so its checksum is computed again.");
    }
    return tr("%1 changed this field on the way.").arg(node);
}

QString HopChangeText::layer(const QString& field) {
    if (field.startsWith(QLatin1String("eth."))) {
        return tr("Link layer (Ethernet): the outermost envelope, addressed for this link only.");
    }
    if (field == QLatin1String("ip.ttl")) {
        return tr("Network layer (IP): how many routers the packet may still cross.");
    }
    if (field.startsWith(QLatin1String("ip."))) {
        return tr("Network layer (IP): the addresses from end to end, across every link.");
    }
    if (field.startsWith(QLatin1String("tcp.")) || field.startsWith(QLatin1String("udp."))) {
        return tr("Transport layer (TCP): the ports pick the program at each end.");
    }
    if (field.startsWith(QLatin1String("http."))) {
        return tr("Application layer (HTTP): the letter itself, inside all the envelopes.");
    }
    return {};
}

QString HopChangeText::unchangedThroughNode(const QString& node, bool isSwitch) {
    if (!isSwitch) {
        return tr("%1 forwards the frame unchanged.").arg(node);
    }
    return tr("A switch forwards the frame unchanged: %1 only looks at the destination MAC "
              "address to pick the port.")
        .arg(node);
}

QString HopChangeText::unchangedOnLink() {
    return tr("The same frame at the other end of the link: the wire changes nothing.");
}

QString HopChangeText::sent(const QString& node) {
    return tr("%1 sends the packet: every later copy is compared with this one.").arg(node);
}

QString HopChangeText::direction(bool outbound) {
    return outbound ? tr("out") : tr("in");
}

} // namespace hopscope::gui
