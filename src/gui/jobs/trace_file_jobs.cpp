// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace_file_jobs.h"

namespace hopscope::gui {

TraceFileJobs::TraceFileJobs(QObject* parent) : QObject(parent), m_worker(new TraceFileWorker) {
    qRegisterMetaType<TraceFileOutcome>();
    m_thread.setObjectName(QStringLiteral("trace-files"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TraceFileWorker::progress, this, &TraceFileJobs::progress);
    connect(m_worker, &TraceFileWorker::loaded, this, &TraceFileJobs::onLoaded);
    connect(m_worker, &TraceFileWorker::saved, this, &TraceFileJobs::onSaved);
    m_thread.start();
}

TraceFileJobs::~TraceFileJobs() {
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

bool TraceFileJobs::startLoad(const QString& path) {
    if (m_busy) {
        return false;
    }
    m_busy = true;
    m_worker->arm();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->load(path); }, Qt::QueuedConnection);
    return true;
}

bool TraceFileJobs::startSave(const QString& path, std::shared_ptr<trace::Trace> trace) {
    if (m_busy) {
        return false;
    }
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path, trace = std::move(trace)] { worker->save(path, trace); },
        Qt::QueuedConnection);
    return true;
}

void TraceFileJobs::cancel() {
    m_worker->cancel();
}

void TraceFileJobs::onLoaded(const TraceFileOutcome& outcome) {
    m_busy = false;
    emit loadFinished(outcome);
}

void TraceFileJobs::onSaved(const TraceFileOutcome& outcome) {
    m_busy = false;
    emit saveFinished(outcome);
}

} // namespace hopscope::gui
