// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "field_text.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::wire {

// Where a layer sits in the two models a teacher names (the inspector can show either).
enum class OsiLayer : std::uint8_t {
    Physical = 1,
    DataLink = 2,
    Network = 3,
    Transport = 4,
    Session = 5,
    Presentation = 6,
    Application = 7,
};

enum class TcpIpLayer : std::uint8_t { Link, Internet, Transport, Application };

// The layer colour family used by every view, so a layer has one colour everywhere.
enum class LayerColour : std::uint8_t { Application, Transport, Network, Link, Physical };

// One header field as the inspector shows it. Offsets count bits from the first byte of the
// frame, so a 3-bit flag or a 13-bit fragment offset highlights exactly. A generated field
// (worked out, not on the wire) has Wireshark's place for it: length 0.
struct Field {
    FieldText name;   // "Time to live"
    FieldText filter; // Wireshark display-filter name ("ip.ttl"), empty when none
    std::size_t bitOffset = 0;
    std::size_t bitLength = 0;
    std::string value;   // formatted as `tshark -T fields` prints it ("64", "0x0002", "1")
    std::string display; // human form ("64", "0x0002 (SYN)", "Set"); empty means same as value
    FieldText meaning;   // one plain sentence: what the field is for
    std::vector<Field> children;

    [[nodiscard]] const std::string& shown() const { return display.empty() ? value : display; }
};

// One decoded protocol header (or payload) inside a frame.
struct Layer {
    std::string protocol; // Wireshark protocol name: "eth", "ip", "tcp", "dns", "http"
    FieldText name;       // "Internet Protocol Version 4"
    std::string summary;  // one line: "127.0.0.1 → 127.0.0.2, TTL 64"; empty in a summary
    OsiLayer osi = OsiLayer::DataLink;
    TcpIpLayer tcpip = TcpIpLayer::Link;
    std::size_t byteOffset = 0; // where the layer starts in the frame
    std::size_t byteLength = 0; // header (and, for the last layer, payload) bytes it covers
    std::vector<Field> fields;  // empty when the frame was dissected for a summary

    [[nodiscard]] LayerColour colour() const;
};

// Link-layer header types as pcap/pcapng number them (tcpdump.org/linktypes.html).
enum class LinkType : std::uint16_t {
    Null = 0, // BSD loopback
    Ethernet = 1,
    Raw = 101,       // raw IPv4/IPv6
    LinuxSll = 113,  // Linux cooked capture v1
    LinuxSll2 = 276, // Linux cooked capture v2
};

// A frame decoded from the link layer up as far as the bytes allow. A problem never throws:
// it is reported in `problem` with the layers decoded before it kept.
struct Dissection {
    std::vector<Layer> layers;
    std::string protocol; // the highest protocol reached, upper case for display ("DNS")
    std::string info;     // Wireshark-like info column ("Standard query 0x1a2b A www.foobar.com")
    std::string
        problem; // empty when the frame decoded cleanly ("IPv4 header truncated at byte 14")
    // The endpoints a packet list shows, in both levels of detail: the outermost IP (or ARP)
    // addresses, else the MAC addresses; empty when the frame has none.
    std::string source;
    std::string destination;

    // Finds every field with this display-filter name, depth first in frame order.
    [[nodiscard]] std::vector<const Field*> find(std::string_view filter) const;
    [[nodiscard]] const Layer* layer(std::string_view protocol) const;
};

[[nodiscard]] const char* osiLayerName(OsiLayer layer);
[[nodiscard]] const char* tcpIpLayerName(TcpIpLayer layer);
[[nodiscard]] LayerColour colourFor(OsiLayer layer);
// #RRGGBB of the Okabe-Ito colour for a layer family.
[[nodiscard]] const char* colourHex(LayerColour colour);

} // namespace hopscope::wire
