// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QString>

class QPainter;
class QRectF;

namespace hopscope::gui {

// The vector icon a node is drawn with. The default scenario names its nodes by role
// ("client", "resolver", "root-a", "tld-com", "ns1.foobar.com", "lb", "backend-1"); anything
// else (an address from a capture) is a plain host.
class NodeIcons {
public:
    // ":/icons/....svg"
    [[nodiscard]] static QString resourceFor(const QString& nodeId);
    // Renders the node's icon into `target` (vector, so it stays sharp in SVG and PDF exports).
    static void paint(QPainter& painter, const QString& nodeId, const QRectF& target);
};

} // namespace hopscope::gui
