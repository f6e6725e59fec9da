// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "app_dissectors.h"
#include "byte_reader.h"

#include <cstdio>
#include <string>

namespace hopscope::wire {

namespace {

std::string hex16(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%04x", v & 0xffffU);
    return buf;
}

} // namespace

bool dissectDns(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                bool overTcp, Dissection& out) {
    Layer layer;
    layer.protocol = "dns";
    layer.name = "Domain Name System";
    layer.osi = OsiLayer::Application;
    layer.tcpip = TcpIpLayer::Application;
    layer.byteOffset = offset;
    layer.byteLength = length;
    out.protocol = "DNS";
    if (offset > frame.size() || length > frame.size() - offset) {
        out.problem = "DNS payload outside the frame at byte " + std::to_string(offset);
        out.layers.push_back(layer);
        return false;
    }
    ByteReader r(frame.subspan(offset, length));
    std::size_t base = offset;
    if (overTcp) {
        const auto len = r.u16be();
        layer.fields.push_back({"Length", "dns.length", base * 8, 16, std::to_string(len), {},
                                "How many bytes of DNS message follow on this TCP stream.", {}});
        base += 2;
    }
    const auto id = r.u16be();
    const auto flags = r.u16be();
    if (!r.ok()) {
        out.problem = "DNS header truncated at byte " + std::to_string(offset + r.offset());
        out.layers.push_back(layer);
        return false;
    }
    layer.fields.push_back({"Transaction ID", "dns.id", base * 8, 16, hex16(id), {},
                            "Matches a response to the query that asked it.", {}});
    layer.fields.push_back({"Flags", "dns.flags", (base + 2) * 8, 16, hex16(flags), {},
                            "Query or response, and how the server handled it.", {}});
    out.info = std::string((flags & 0x8000U) ? "Standard query response " : "Standard query ") +
               hex16(id);
    out.layers.push_back(layer);
    return true;
}

} // namespace hopscope::wire
