// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/trace.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace hopscope::gui {

// What a load or save ended with, as values the GUI thread can receive.
struct TraceFileOutcome {
    enum class Status { Ok, Error, Cancelled };
    QString path;
    Status status = Status::Ok;
    QString error; // the file layer's explanation, naming a byte offset
    quint64 errorOffset = 0;
    qulonglong events = 0;               // events read or written
    std::shared_ptr<trace::Trace> trace; // loads: the new trace, holding what was read
};

// Reads and writes trace files on a worker thread (moved there by TraceFileJobs), reporting
// progress as queued signals so the GUI thread never waits on the disk.
class TraceFileWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: a running load stops at its next progress report. arm() clears the request
    // before a new job is queued, so a cancel that comes before the job starts still counts.
    void cancel() { m_cancel.store(true); }
    void arm() { m_cancel.store(false); }

    void load(const QString& path);
    void save(const QString& path, std::shared_ptr<trace::Trace> trace);

signals:
    void progress(quint64 bytesRead, quint64 totalBytes, qulonglong events);
    void loaded(const hopscope::gui::TraceFileOutcome& outcome);
    void saved(const hopscope::gui::TraceFileOutcome& outcome);

private:
    std::atomic<bool> m_cancel{false};
};

} // namespace hopscope::gui

Q_DECLARE_METATYPE(hopscope::gui::TraceFileOutcome)
