// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace_file_jobs.h"

namespace hopscope::gui {

TraceFileJobs::TraceFileJobs(QObject* parent)
    : QObject(parent), m_worker(new TraceFileWorker),
      m_thread(QStringLiteral("trace-files"), m_worker) {
    qRegisterMetaType<TraceFileOutcome>();
    connect(m_worker, &TraceFileWorker::progress, this, &TraceFileJobs::progress);
    connect(m_worker, &TraceFileWorker::loaded, this, &TraceFileJobs::onLoaded);
    connect(m_worker, &TraceFileWorker::saved, this, &TraceFileJobs::onSaved);
}

TraceFileJobs::~TraceFileJobs() {
    m_worker->cancel();
    m_thread.stop();
}

bool TraceFileJobs::startLoad(const QString& path) {
    if (m_busy) {
        return false;
    }
    m_busy = true;
    m_worker->arm();
    m_thread.post([worker = m_worker, path] { worker->load(path); });
    return true;
}

bool TraceFileJobs::startSave(const QString& path, std::shared_ptr<trace::Trace> trace) {
    if (m_busy) {
        return false;
    }
    m_busy = true;
    m_thread.post(
        [worker = m_worker, path, trace = std::move(trace)] { worker->save(path, trace); });
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
