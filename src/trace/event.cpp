// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "event.h"

#include "wire/dissector.h"

namespace hopscope::trace {

const char* sourceKindName(SourceKind kind) {
    switch (kind) {
    case SourceKind::Live:
        return "live";
    case SourceKind::Lab:
        return "lab";
    case SourceKind::Captured:
        return "captured";
    case SourceKind::File:
        return "file";
    }
    return "?";
}

Event::Event() {
    // Trace chunks default-construct thousands of slots; they all share one empty value.
    static const auto empty = std::make_shared<const EventData>();
    m_data = empty;
}

wire::Dissection Event::dissect(wire::DissectDetail detail) const {
    return wire::dissect(linkType(), frame(), detail);
}

} // namespace hopscope::trace
