// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QCoreApplication>
#include <QString>

namespace hopscope::gui {

// The translated sentence on why a device on the way changed a field of a packet, keyed by
// the field's Wireshark name, and the sentences for a copy that arrived unchanged.
class HopChangeText {
    Q_DECLARE_TR_FUNCTIONS(HopChangeText)
public:
    // Why `field` ("ip.ttl", "ip.src#2" for a quoted header) changed at `node`.
    [[nodiscard]] static QString why(const QString& field, const QString& node);
    // The copy went through one node (a switch, or another that forwards frames as they are)
    // and nothing changed.
    [[nodiscard]] static QString unchangedThroughNode(const QString& node, bool isSwitch);
    // The copy crossed a link, from one node's interface to the next's, and nothing changed.
    [[nodiscard]] static QString unchangedOnLink();
    // What layer a field the sender wrote belongs to, and what it is for.
    [[nodiscard]] static QString layer(const QString& field);
    // Where the journey starts.
    [[nodiscard]] static QString sent(const QString& node);
    // "out" or "in" for the direction a copy was seen going.
    [[nodiscard]] static QString direction(bool outbound);
};

} // namespace hopscope::gui
