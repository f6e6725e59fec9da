// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "first_frame_watcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace hopscope::gui {

FirstFrameWatcher::FirstFrameWatcher(QWidget* window, QObject* parent)
    : QObject(parent), m_window(window) {
    window->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject* watched, QEvent* event) {
    if (!m_seen && watched == m_window && event->type() == QEvent::Paint) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // The window's children paint in the same pass and the backing store is flushed after
        // it: report once control is back in the event loop.
        QTimer::singleShot(0, this, &FirstFrameWatcher::firstFrame);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hopscope::gui
