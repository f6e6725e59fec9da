// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace hopscope::gui {

// Says when a window has painted its first frame: the moment --screenshot grabs and
// --quit-after-first-frame exits (start-up benchmarks measure up to here).
class FirstFrameWatcher : public QObject {
    Q_OBJECT
public:
    explicit FirstFrameWatcher(QWidget* window, QObject* parent = nullptr);
    [[nodiscard]] bool seen() const { return m_seen; }

signals:
    void firstFrame();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};

} // namespace hopscope::gui
