// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector.h"

namespace hopscope::wire {

Dissection dissect(LinkType /*link*/, std::span<const std::uint8_t> frame) {
    Dissection d;
    Layer raw;
    raw.protocol = "data";
    raw.name = "Data";
    raw.byteLength = frame.size();
    raw.osi = OsiLayer::Application;
    raw.tcpip = TcpIpLayer::Application;
    d.layers.push_back(raw);
    d.protocol = "DATA";
    return d;
}

} // namespace hopscope::wire
