// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace_file_worker.h"

#include "trace/trace_file.h"

#include <QFile>
#include <spdlog/spdlog.h>

namespace hopscope::gui {

namespace {

TraceFileOutcome outcomeOf(const QString& path, const trace::TraceFileResult& r) {
    TraceFileOutcome o;
    o.path = path;
    switch (r.status) {
    case trace::TraceFileStatus::Ok:
        o.status = TraceFileOutcome::Status::Ok;
        break;
    case trace::TraceFileStatus::Error:
        o.status = TraceFileOutcome::Status::Error;
        break;
    case trace::TraceFileStatus::Cancelled:
        o.status = TraceFileOutcome::Status::Cancelled;
        break;
    }
    o.error = QString::fromStdString(r.error);
    o.errorOffset = r.errorOffset;
    o.events = r.events;
    return o;
}

} // namespace

void TraceFileWorker::load(const QString& path) {
    auto trace = std::make_shared<trace::Trace>();
    const auto result = trace::TraceFile::load(
        QFile::encodeName(path).toStdString(), *trace, [this](const trace::TraceLoadProgress& p) {
            emit progress(p.bytesRead, p.totalBytes, static_cast<qulonglong>(p.events));
            return !m_cancel.load();
        });
    if (!result.ok()) {
        spdlog::warn("loading '{}' stopped after {} events: {}", path.toStdString(), result.events,
                     result.error);
    } else {
        spdlog::info("loaded '{}': {} events", path.toStdString(), result.events);
    }
    TraceFileOutcome outcome = outcomeOf(path, result);
    outcome.trace = std::move(trace);
    emit loaded(outcome);
}

void TraceFileWorker::save(const QString& path, std::shared_ptr<trace::Trace> trace) {
    const auto result = trace::TraceFile::save(*trace, QFile::encodeName(path).toStdString());
    if (!result.ok()) {
        spdlog::warn("saving '{}' failed: {}", path.toStdString(), result.error);
    }
    emit saved(outcomeOf(path, result));
}

} // namespace hopscope::gui
