// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "worker_thread.h"

namespace hopscope::gui {

WorkerThread::WorkerThread(const QString& name, QObject* worker)
    : m_worker(worker != nullptr ? worker : new QObject) {
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread() {
    stop();
}

void WorkerThread::stop() {
    m_thread.quit();
    m_thread.wait();
    // A finished thread has run its deferred deletes: the worker was deleted with it.
    m_worker = nullptr;
}

} // namespace hopscope::gui
