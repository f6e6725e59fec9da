// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "app_dissectors.h"

#include <string>
#include <string_view>

namespace hopscope::wire {

bool looksLikeHttp(std::span<const std::uint8_t> payload) {
    const std::string_view s(reinterpret_cast<const char*>(payload.data()), payload.size());
    for (const std::string_view m : {"GET ", "HEAD ", "POST ", "PUT ", "DELETE ", "OPTIONS ",
                                     "PATCH ", "CONNECT ", "TRACE ", "HTTP/1."}) {
        if (s.substr(0, m.size()) == m) {
            return true;
        }
    }
    return false;
}

bool dissectHttp(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                 Dissection& out) {
    Layer layer;
    layer.protocol = "http";
    layer.name = "Hypertext Transfer Protocol";
    layer.osi = OsiLayer::Application;
    layer.tcpip = TcpIpLayer::Application;
    layer.byteOffset = offset;
    layer.byteLength = length;
    out.protocol = "HTTP";
    if (offset > frame.size() || length > frame.size() - offset) {
        out.problem = "HTTP payload outside the frame at byte " + std::to_string(offset);
        out.layers.push_back(layer);
        return false;
    }
    const std::string_view s(reinterpret_cast<const char*>(frame.data() + offset), length);
    const auto eol = s.find("\r\n");
    if (eol == std::string_view::npos) {
        out.problem = "HTTP start line not terminated at byte " + std::to_string(offset + length);
        out.layers.push_back(layer);
        return false;
    }
    out.info = std::string(s.substr(0, eol));
    out.layers.push_back(layer);
    return true;
}

} // namespace hopscope::wire
