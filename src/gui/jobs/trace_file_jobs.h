// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace_file_worker.h"
#include "worker_thread.h"

#include <QObject>
#include <memory>

namespace hopscope::gui {

// Owns the thread trace files are read and written on. One job at a time; on destruction it
// cancels a running load, quits the thread and waits for it.
class TraceFileJobs : public QObject {
    Q_OBJECT
public:
    explicit TraceFileJobs(QObject* parent = nullptr);
    ~TraceFileJobs() override;

    [[nodiscard]] bool busy() const { return m_busy; }
    // Both return false when a job is already running.
    bool startLoad(const QString& path);
    bool startSave(const QString& path, std::shared_ptr<trace::Trace> trace);
    void cancel();

signals:
    void progress(quint64 bytesRead, quint64 totalBytes, qulonglong events);
    void loadFinished(const hopscope::gui::TraceFileOutcome& outcome);
    void saveFinished(const hopscope::gui::TraceFileOutcome& outcome);

private:
    void onLoaded(const TraceFileOutcome& outcome);
    void onSaved(const TraceFileOutcome& outcome);

    TraceFileWorker* m_worker; // lives on m_thread, deleted when it finishes
    WorkerThread m_thread;
    bool m_busy = false;
};

} // namespace hopscope::gui
