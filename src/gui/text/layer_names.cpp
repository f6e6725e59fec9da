// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "layer_names.h"

namespace hopscope::gui {

namespace {

// The wire module's names, listed here so lupdate offers them to translators.
[[maybe_unused]] constexpr const char* kCatalogue[] = {
    QT_TRANSLATE_NOOP("LayerNames", "1 Physical"),
    QT_TRANSLATE_NOOP("LayerNames", "2 Data link"),
    QT_TRANSLATE_NOOP("LayerNames", "3 Network"),
    QT_TRANSLATE_NOOP("LayerNames", "4 Transport"),
    QT_TRANSLATE_NOOP("LayerNames", "5 Session"),
    QT_TRANSLATE_NOOP("LayerNames", "6 Presentation"),
    QT_TRANSLATE_NOOP("LayerNames", "7 Application"),
    QT_TRANSLATE_NOOP("LayerNames", "Link"),
    QT_TRANSLATE_NOOP("LayerNames", "Internet"),
    QT_TRANSLATE_NOOP("LayerNames", "Transport"),
    QT_TRANSLATE_NOOP("LayerNames", "Application"),
};

} // namespace

QString LayerNames::osi(wire::OsiLayer layer) {
    return tr(wire::osiLayerName(layer));
}

QString LayerNames::tcpIp(wire::TcpIpLayer layer) {
    return tr(wire::tcpIpLayerName(layer));
}

} // namespace hopscope::gui
