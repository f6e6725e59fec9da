// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/jobs/trace_file_jobs.h"
#include "sample_trace.h"
#include "trace/trace_file.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

using test::SampleTrace;

TraceFileOutcome outcomeOf(const QSignalSpy& spy) {
    return spy.first().at(0).value<TraceFileOutcome>();
}

TEST(TraceFileJobs, SavesAndLoadsOnTheWorkerThread) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.pcapng"));
    TraceFileJobs jobs;
    QSignalSpy saved(&jobs, &TraceFileJobs::saveFinished);
    ASSERT_TRUE(jobs.startSave(path, SampleTrace::lookupAndFetch()));
    EXPECT_TRUE(jobs.busy());
    EXPECT_FALSE(jobs.startLoad(path)); // one job at a time
    ASSERT_TRUE(saved.wait(10'000));
    EXPECT_EQ(outcomeOf(saved).status, TraceFileOutcome::Status::Ok);
    EXPECT_EQ(outcomeOf(saved).events, SampleTrace::kEvents);
    EXPECT_FALSE(jobs.busy());

    QSignalSpy loaded(&jobs, &TraceFileJobs::loadFinished);
    ASSERT_TRUE(jobs.startLoad(path));
    ASSERT_TRUE(loaded.wait(10'000));
    const TraceFileOutcome o = outcomeOf(loaded);
    EXPECT_EQ(o.status, TraceFileOutcome::Status::Ok);
    ASSERT_TRUE(o.trace != nullptr);
    ASSERT_EQ(o.trace->size(), SampleTrace::kEvents);
    EXPECT_EQ(o.trace->at(6).summary(), "www.foobar.com CNAME foobar.com, A 203.0.113.80");
    EXPECT_EQ(o.trace->at(6).from(), "ns1.foobar.com");
}

TEST(TraceFileJobs, CancelStopsALoadEarly) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bulk.pcapng"));
    ASSERT_TRUE(trace::TraceFile::save(*SampleTrace::bulk(5000), path.toStdString()).ok());
    TraceFileJobs jobs;
    QSignalSpy progress(&jobs, &TraceFileJobs::progress);
    QSignalSpy loaded(&jobs, &TraceFileJobs::loadFinished);
    ASSERT_TRUE(jobs.startLoad(path));
    jobs.cancel(); // before the worker starts: it stops at its first progress report
    ASSERT_TRUE(loaded.wait(10'000));
    const TraceFileOutcome o = outcomeOf(loaded);
    EXPECT_EQ(o.status, TraceFileOutcome::Status::Cancelled);
    EXPECT_LT(o.events, 5000u);
    EXPECT_EQ(o.trace->size(), o.events);
    EXPECT_GE(progress.count(), 1);
}

TEST(TraceFileJobs, ReportsProgressAndNamesTheDamage) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cut.pcapng"));
    ASSERT_TRUE(trace::TraceFile::save(*SampleTrace::bulk(4000), path.toStdString()).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() - 37)); // cut in the middle of the last block
    file.close();
    TraceFileJobs jobs;
    QSignalSpy progress(&jobs, &TraceFileJobs::progress);
    QSignalSpy loaded(&jobs, &TraceFileJobs::loadFinished);
    ASSERT_TRUE(jobs.startLoad(path));
    ASSERT_TRUE(loaded.wait(10'000));
    const TraceFileOutcome o = outcomeOf(loaded);
    EXPECT_EQ(o.status, TraceFileOutcome::Status::Error);
    EXPECT_EQ(o.events, 3999u);
    EXPECT_GT(o.errorOffset, 0u);
    EXPECT_FALSE(o.error.isEmpty());
    EXPECT_GE(progress.count(), 3); // every 1024 events
    EXPECT_GT(progress.last().at(0).toULongLong(), 0u);
}

} // namespace
} // namespace hopscope::gui
