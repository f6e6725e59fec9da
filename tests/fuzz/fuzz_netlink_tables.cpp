// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// Fuzz target for the lab's netlink table parsers: the input is a run of datagrams, each a
// 2-byte big-endian length and that many bytes (the last one takes what is left), as the
// kernel answered dumps (the seeds are real answers: links, addresses, then one table).
// NetlinkDump::parseDatagram turns each into messages, answering the request whose sequence
// number its first message carries; then every table's parser reads all of them (each skips
// the types and families it does not read), the interfaces found naming the others' rows.
// Nothing may crash; errors are sentences; every row prints.
#include "lab/bridge_fdb.h"
#include "lab/conntrack_table.h"
#include "lab/interface_table.h"
#include "lab/neighbour_table.h"
#include "lab/netlink_dump.h"
#include "lab/route_table.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <linux/netlink.h>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace {

using namespace hopscope::lab;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_netlink_tables: %s\n", what);
    std::abort();
}

void check(bool condition, const char* what) {
    if (!condition) {
        fail(what);
    }
}

std::uint32_t firstSequence(std::span<const std::uint8_t> datagram) {
    std::uint32_t sequence = 0;
    if (datagram.size() >= sizeof(nlmsghdr)) {
        std::memcpy(&sequence, datagram.data() + offsetof(nlmsghdr, nlmsg_seq), sizeof sequence);
    }
    return sequence;
}

std::vector<NetlinkMessage> messagesOf(std::span<const std::uint8_t> input) {
    std::vector<NetlinkMessage> messages;
    std::size_t at = 0;
    while (at < input.size()) {
        std::size_t length = input[at];
        if (at + 1 < input.size()) {
            length = (length << 8) | input[at + 1];
        }
        at = std::min(at + 2, input.size());
        length = std::min(length, input.size() - at);
        const auto datagram = input.subspan(at, length);
        at += length;
        const std::size_t before = messages.size();
        const auto part =
            NetlinkDump::parseDatagram(datagram, firstSequence(datagram), "the input", messages);
        check(part.error.empty() || part.error.size() > 10, "an error too short to be a sentence");
        check(messages.size() - before <= datagram.size() / NLMSG_HDRLEN,
              "more messages than headers in the datagram");
        // Messages before a broken one stay: the parsers below must cope with any of them.
    }
    return messages;
}

template <typename Rows> const Rows* rowsOf(const std::variant<Rows, std::string>& result) {
    if (const auto* error = std::get_if<std::string>(&result)) {
        check(!error->empty(), "an empty error");
        return nullptr;
    }
    return &std::get<Rows>(result);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto messages = messagesOf(std::span<const std::uint8_t>(data, size));

    std::vector<NetworkInterface> interfaces;
    // Each result is held by name, as rowsOf points into it.
    const auto interfaceResult = InterfaceTable::fromMessages(messages, messages);
    if (const auto* found = rowsOf(interfaceResult)) {
        interfaces = *found;
    }
    const auto neighbours = NeighbourTable::fromMessages(messages, interfaces);
    if (const auto* rows = rowsOf(neighbours)) {
        for (const auto& r : *rows) {
            check(!r.stateName().empty(), "a neighbour without a state name");
        }
    }
    const auto routes = RouteTable::fromMessages(messages, interfaces);
    if (const auto* rows = rowsOf(routes)) {
        for (const auto& r : *rows) {
            check(!r.destinationText().empty() && !r.protocolName().empty() &&
                      !r.scopeName().empty() && !r.typeName().empty(),
                  "a route prints empty");
        }
    }
    const auto fdb = BridgeFdb::fromMessages(messages, interfaces);
    if (const auto* rows = rowsOf(fdb)) {
        for (const auto& r : *rows) {
            check(r.learned() == (r.kindName() == "learned"), "an fdb entry's kind disagrees");
        }
    }
    const auto conntrack = ConntrackTable::fromMessages(messages);
    if (const auto* rows = rowsOf(conntrack)) {
        for (const auto& r : *rows) {
            check(!r.protocolName().empty() && !r.original.toString().empty() &&
                      !r.reply.toString().empty(),
                  "a conntrack entry prints empty");
            (void)r.tcpStateName();
            (void)r.statusText();
        }
    }
    return 0;
}
