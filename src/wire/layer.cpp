// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "layer.h"

namespace hopscope::wire {

namespace {

void collect(const std::vector<Field>& fields, std::string_view filter,
             std::vector<const Field*>& out) {
    for (const auto& f : fields) {
        if (f.filter == filter) {
            out.push_back(&f);
        }
        collect(f.children, filter, out);
    }
}

} // namespace

LayerColour Layer::colour() const {
    return colourFor(osi);
}

std::vector<const Field*> Dissection::find(std::string_view filter) const {
    std::vector<const Field*> out;
    for (const auto& l : layers) {
        collect(l.fields, filter, out);
    }
    return out;
}

const Layer* Dissection::layer(std::string_view protocol) const {
    for (const auto& l : layers) {
        if (l.protocol == protocol) {
            return &l;
        }
    }
    return nullptr;
}

const char* osiLayerName(OsiLayer layer) {
    switch (layer) {
    case OsiLayer::Physical:
        return "1 Physical";
    case OsiLayer::DataLink:
        return "2 Data link";
    case OsiLayer::Network:
        return "3 Network";
    case OsiLayer::Transport:
        return "4 Transport";
    case OsiLayer::Session:
        return "5 Session";
    case OsiLayer::Presentation:
        return "6 Presentation";
    case OsiLayer::Application:
        return "7 Application";
    }
    return "?";
}

const char* tcpIpLayerName(TcpIpLayer layer) {
    switch (layer) {
    case TcpIpLayer::Link:
        return "Link";
    case TcpIpLayer::Internet:
        return "Internet";
    case TcpIpLayer::Transport:
        return "Transport";
    case TcpIpLayer::Application:
        return "Application";
    }
    return "?";
}

LayerColour colourFor(OsiLayer layer) {
    switch (layer) {
    case OsiLayer::Physical:
        return LayerColour::Physical;
    case OsiLayer::DataLink:
        return LayerColour::Link;
    case OsiLayer::Network:
        return LayerColour::Network;
    case OsiLayer::Transport:
        return LayerColour::Transport;
    default:
        return LayerColour::Application;
    }
}

const char* colourHex(LayerColour colour) {
    switch (colour) {
    case LayerColour::Application:
        return "#E69F00";
    case LayerColour::Transport:
        return "#56B4E9";
    case LayerColour::Network:
        return "#009E73";
    case LayerColour::Link:
        return "#CC79A7";
    case LayerColour::Physical:
        return "#999999";
    }
    return "#999999";
}

} // namespace hopscope::wire
