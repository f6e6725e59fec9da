// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_tables_text.h"

#include "column_text.h"

#include <cstdio>

namespace hopscope::cli {

namespace {

std::string section(const std::string& title, const ColumnText& table) {
    return title + '\n' + (table.empty() ? std::string("  (none)\n") : table.toString());
}

std::string seconds(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", value);
    return text;
}

std::string orDash(const std::string& text) {
    return text.empty() ? "-" : text;
}

} // namespace

std::string LabTablesText::interfaces(const std::vector<lab::NetworkInterface>& rows) {
    ColumnText table({"INDEX", "NAME", "KIND", "STATE", "MAC", "MASTER", "ADDRESSES"});
    for (const auto& i : rows) {
        std::string addresses;
        for (const auto& a : i.addresses) {
            addresses += (addresses.empty() ? "" : " ") + a.toString();
        }
        const std::string state = !i.up ? "down" : i.running ? "up" : "no-carrier";
        table.add({std::to_string(i.index), i.name, orDash(i.kind), state,
                   i.mac ? i.mac->toString() : "-",
                   i.master != 0 ? lab::InterfaceTable::nameOf(rows, i.master) : "-",
                   orDash(addresses)});
    }
    return section("Interfaces", table);
}

std::string LabTablesText::routes(const std::vector<lab::RouteEntry>& rows) {
    ColumnText table(
        {"DESTINATION", "GATEWAY", "INTERFACE", "PROTOCOL", "SCOPE", "SOURCE", "METRIC", "TYPE"});
    for (const auto& r : rows) {
        table.add({r.destinationText(), r.gateway ? r.gateway->toString() : "-",
                   orDash(r.interfaceName), r.protocolName(), r.scopeName(),
                   r.preferredSource ? r.preferredSource->toString() : "-",
                   r.metric ? std::to_string(*r.metric) : "-", r.typeName()});
    }
    return section("Routes (main table)", table);
}

std::string LabTablesText::neighbours(const std::vector<lab::NeighbourEntry>& rows) {
    ColumnText table({"ADDRESS", "MAC", "INTERFACE", "STATE"});
    for (const auto& n : rows) {
        table.add({n.address.toString(), n.mac ? n.mac->toString() : "-", n.interfaceName,
                   n.stateName() + (n.router ? " router" : "")});
    }
    return section("Neighbours (ARP cache)", table);
}

std::string LabTablesText::fdb(const std::vector<lab::FdbEntry>& rows) {
    ColumnText table({"MAC", "PORT", "BRIDGE", "KIND", "UPDATED", "EXPIRES IN", "VLAN"});
    for (const auto& e : rows) {
        // A port's own address list ("self") is the port device's, not the bridge's table.
        const std::string kind = e.self() ? e.kindName() + " (port's own)" : e.kindName();
        table.add({e.mac.toString(), e.port, orDash(e.bridge), kind,
                   e.secondsSinceUpdate ? seconds(*e.secondsSinceUpdate) + " ago" : "-",
                   e.secondsToExpiry ? seconds(*e.secondsToExpiry) : "-",
                   e.vlan ? std::to_string(*e.vlan) : "-"});
    }
    return section("Bridge forwarding database (MAC table)", table);
}

std::string LabTablesText::conntrack(const std::vector<lab::ConntrackEntry>& rows) {
    ColumnText table({"PROTO", "STATE", "ORIGINAL", "REPLY", "TIMEOUT", "NAT", "FLAGS"});
    for (const auto& c : rows) {
        std::string nat;
        if (c.sourceNat()) {
            nat = "source";
        }
        if (c.destinationNat()) {
            nat += nat.empty() ? "destination" : "+destination";
        }
        table.add({c.protocolName(), orDash(c.tcpStateName()), c.original.toString(),
                   c.reply.toString(),
                   c.timeoutSeconds ? std::to_string(*c.timeoutSeconds) + " s" : "-", orDash(nat),
                   orDash(c.statusText())});
    }
    return section("Connection tracking (NAT table)", table);
}

} // namespace hopscope::cli
