// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <utility>

namespace hopscope::gui {

// A thread of the GUI's own with one QObject living on it, so that slow work (starting servers,
// reading files, waiting on an engine lock) never holds up painting. Work posted to the worker
// runs there in order; results go back to the GUI thread as queued calls or signals. The owner
// stops it on shutdown: the thread quits after the work in hand, the owner waits for it, and the
// worker is deleted on its own thread with whatever it parented there (timers included).
class WorkerThread {
public:
    // Takes `worker` (parentless; a plain QObject when null) and starts the thread.
    explicit WorkerThread(const QString& name, QObject* worker = nullptr);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // The object the posted work runs on; a parent for objects that must live on the thread.
    // Null once stopped.
    [[nodiscard]] QObject* worker() const { return m_worker; }
    // Runs `work` on the worker thread after everything posted before it. Work still queued
    // when the thread stops is dropped, and so is work posted after.
    template <typename F> void post(F&& work) const {
        if (m_worker != nullptr) {
            QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
        }
    }
    // Quits the thread after the work in hand and waits for it; the worker is gone after.
    void stop();

private:
    QThread m_thread;
    QObject* m_worker;
};

} // namespace hopscope::gui
