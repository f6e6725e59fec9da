// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/layer.h"

#include <QCoreApplication>
#include <QString>

namespace hopscope::gui {

// Translated layer names: the wire module names the layers in English (osiLayerName,
// tcpIpLayerName) and the GUI looks those names up in its catalogue.
class LayerNames {
    Q_DECLARE_TR_FUNCTIONS(LayerNames)
public:
    [[nodiscard]] static QString osi(wire::OsiLayer layer);
    [[nodiscard]] static QString tcpIp(wire::TcpIpLayer layer);
};

} // namespace hopscope::gui
