// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "source_kind_text.h"

namespace hopscope::gui {

QString SourceKindText::name(trace::SourceKind kind) {
    switch (kind) {
    case trace::SourceKind::Live:
        return tr("live");
    case trace::SourceKind::Lab:
        return tr("lab");
    case trace::SourceKind::Captured:
        return tr("captured");
    case trace::SourceKind::File:
        return tr("file");
    }
    return {};
}

QString SourceKindText::description(trace::SourceKind kind) {
    switch (kind) {
    case trace::SourceKind::Live:
        return tr("Live: real servers and clients talking over loopback sockets; the message is real, "
                  "the Ethernet, IP and UDP/TCP headers around it are drawn");
    case trace::SourceKind::Lab:
        return tr("Lab: captured by the kernel at an interface of Hopscope's lab (network namespaces); "
                  "every byte was on the lab's wire");
    case trace::SourceKind::Captured:
        return tr("Captured: read from the network interface by libpcap");
    case trace::SourceKind::File:
        return tr("File: read from a pcap or pcapng file");
    }
    return {};
}

} // namespace hopscope::gui
