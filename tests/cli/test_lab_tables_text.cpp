// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `lab tables`' columns on hand-made rows, and its answers to wrong arguments.
#include "cli/column_text.h"
#include "cli/command.h"
#include "cli/lab_tables_text.h"

#include <gtest/gtest.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <sstream>

using namespace hopscope;
using namespace hopscope::cli;

namespace {

wire::Ipv4Address ip(const char* text) {
    return *wire::Ipv4Address::parse(text);
}

wire::MacAddress mac(const char* text) {
    return *wire::MacAddress::parse(text);
}

} // namespace

TEST(ColumnText, AlignsColumnsUnderTheHeaderWithoutTrailingSpaces) {
    ColumnText table({"A", "LONGER", "C"});
    table.add({"wide cell", "x", ""});
    table.add({"y"});
    EXPECT_EQ(table.toString(), "  A          LONGER  C\n"
                                "  wide cell  x\n"
                                "  y\n");
}

TEST(LabTablesText, NeighboursAndRoutesInIproutesWords) {
    lab::NeighbourEntry router;
    router.address = ip("192.168.1.1");
    router.mac = mac("02:4c:41:42:03:00");
    router.state = NUD_REACHABLE;
    router.interfaceName = "eth0";
    lab::NeighbourEntry waiting;
    waiting.address = ip("192.168.1.77");
    waiting.state = NUD_INCOMPLETE;
    waiting.interfaceName = "eth0";
    EXPECT_EQ(LabTablesText::neighbours({router, waiting}),
              "Neighbours (ARP cache)\n"
              "  ADDRESS       MAC                INTERFACE  STATE\n"
              "  192.168.1.1   02:4c:41:42:03:00  eth0       REACHABLE\n"
              "  192.168.1.77  -                  eth0       INCOMPLETE\n");
    EXPECT_EQ(LabTablesText::neighbours({}), "Neighbours (ARP cache)\n  (none)\n");

    lab::RouteEntry defaultRoute;
    defaultRoute.gateway = ip("192.168.1.1");
    defaultRoute.interfaceName = "eth0";
    defaultRoute.protocol = RTPROT_BOOT;
    defaultRoute.type = RTN_UNICAST;
    lab::RouteEntry connected;
    connected.destination = {ip("192.168.1.0"), 24};
    connected.interfaceName = "eth0";
    connected.protocol = RTPROT_KERNEL;
    connected.scope = RT_SCOPE_LINK;
    connected.preferredSource = ip("192.168.1.10");
    connected.type = RTN_UNICAST;
    EXPECT_EQ(LabTablesText::routes({defaultRoute, connected}),
              "Routes (main table)\n"
              "  DESTINATION     GATEWAY      INTERFACE  PROTOCOL  SCOPE   SOURCE        METRIC  "
              "TYPE\n"
              "  default         192.168.1.1  eth0       boot      global  -             -       "
              "unicast\n"
              "  192.168.1.0/24  -            eth0       kernel    link    192.168.1.10  -       "
              "unicast\n");
}

TEST(LabTablesText, TheSwitchsMacTableAndTheNatTable) {
    lab::FdbEntry learned;
    learned.mac = mac("02:4c:41:42:01:00");
    learned.port = "eth0";
    learned.bridge = "br0";
    learned.state = NUD_REACHABLE;
    learned.flags = NTF_MASTER;
    learned.secondsSinceUpdate = 1.25;
    learned.secondsToExpiry = 298.75;
    lab::FdbEntry own;
    own.mac = mac("33:33:00:00:00:01");
    own.port = "eth0";
    own.state = NUD_PERMANENT;
    own.flags = NTF_SELF;
    EXPECT_EQ(LabTablesText::fdb({learned, own}),
              "Bridge forwarding database (MAC table)\n"
              "  MAC                PORT  BRIDGE  KIND                UPDATED    EXPIRES IN  VLAN\n"
              "  02:4c:41:42:01:00  eth0  br0     learned             1.2 s ago  298.8 s     -\n"
              "  33:33:00:00:00:01  eth0  -       local (port's own)  -          -           -\n");

    lab::ConntrackEntry nat;
    nat.protocol = IPPROTO_TCP;
    nat.original = {ip("192.168.1.10"), ip("198.51.100.10"), 40000, 80, {}, {}, {}};
    nat.reply = {ip("198.51.100.10"), ip("198.18.0.2"), 80, 40000, {}, {}, {}};
    nat.tcpState = 3; // TCP_CONNTRACK_ESTABLISHED
    nat.timeoutSeconds = 431999;
    nat.status = 0x2 | 0x4 | 0x10; // IPS_SEEN_REPLY | IPS_ASSURED | IPS_SRC_NAT
    EXPECT_EQ(LabTablesText::conntrack({nat}),
              "Connection tracking (NAT table)\n"
              "  PROTO  STATE        ORIGINAL                                REPLY           "
              "                      TIMEOUT   NAT     FLAGS\n"
              "  tcp    ESTABLISHED  192.168.1.10:40000 -> 198.51.100.10:80  198.51.100.10:80 "
              "-> 198.18.0.2:40000  431999 s  source  [ASSURED]\n");
}

TEST(LabTablesText, InterfacesWithTheirBridgeAndAddresses) {
    lab::NetworkInterface port;
    port.index = 2;
    port.name = "eth0";
    port.kind = "veth";
    port.up = true;
    port.running = true;
    port.mac = mac("02:4c:41:42:02:00");
    port.master = 4;
    lab::NetworkInterface bridge;
    bridge.index = 4;
    bridge.name = "br0";
    bridge.kind = "bridge";
    bridge.up = true;
    bridge.addresses = {{ip("10.1.0.1"), 24}, {ip("10.2.0.1"), 16}};
    EXPECT_EQ(LabTablesText::interfaces({port, bridge}),
              "Interfaces\n"
              "  INDEX  NAME  KIND    STATE       MAC                MASTER  ADDRESSES\n"
              "  2      eth0  veth    up          02:4c:41:42:02:00  br0     -\n"
              "  4      br0   bridge  no-carrier  -                  -       10.1.0.1/24 "
              "10.2.0.1/16\n");
}

TEST(LabTablesCommand, WrongArgumentsAreExplained) {
    std::ostringstream out;
    std::ostringstream err;
    CommandIo io{out, err};
    EXPECT_EQ(runCli({"hopscope-cli", "lab", "tables"}, io), 2);
    EXPECT_NE(err.str().find("hopscope-cli lab tables NODE [neigh|routes|fdb|nat]"),
              std::string::npos)
        << err.str();
    err.str("");
    EXPECT_EQ(runCli({"hopscope-cli", "lab", "tables", "laptop", "arp"}, io), 2);
    EXPECT_EQ(err.str(), "hopscope-cli lab tables: unknown table 'arp'; accepted: neigh, routes, "
                         "fdb, nat\n");
}
