// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "zoomable_view.h"

namespace hopscope::gui {

class DnsLookupScene;
class PlaybackController;

// Shows the DNS lookup scene laid out on the space it has (scaled down to fit when the window
// is smaller than the drawing needs), and turns a click on a message into a seek to it and a
// click on a machine into a seek to its next message. The whole viewport repaints each frame
// without an item index, as in the ladder view.
class DnsDiagramView : public ZoomableView {
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 4.0;

    DnsDiagramView(PlaybackController& controller, DnsLookupScene* scene,
                   QWidget* parent = nullptr);

    [[nodiscard]] DnsLookupScene* lookupScene() const { return m_scene; }
    // Lays the scene out again for the current viewport (after a change of display scale).
    void syncScene();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void applyZoom() override;

private:
    PlaybackController& m_controller;
    DnsLookupScene* m_scene;
};

} // namespace hopscope::gui
