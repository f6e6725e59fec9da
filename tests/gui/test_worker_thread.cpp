// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/jobs/worker_thread.h"

#include <QCoreApplication>
#include <QTest>
#include <atomic>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>
#include <vector>

namespace hopscope::gui {
namespace {

constexpr int kWaitMs = 5000;

TEST(WorkerThread, RunsPostedWorkInOrderOffTheGuiThread) {
    WorkerThread worker(QStringLiteral("test-worker"));
    std::mutex mutex;
    std::vector<int> order;
    std::vector<QThread*> threads;
    for (int i = 1; i <= 3; ++i) {
        worker.post([&, i] {
            const std::lock_guard lock(mutex);
            order.push_back(i);
            threads.push_back(QThread::currentThread());
        });
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const std::lock_guard lock(mutex);
            return order.size() == 3;
        },
        kWaitMs));
    EXPECT_EQ(order, (std::vector<int>{1, 2, 3}));
    for (QThread* thread : threads) {
        EXPECT_NE(thread, QThread::currentThread());
        EXPECT_EQ(thread, threads.front());
        EXPECT_EQ(thread->objectName(), QStringLiteral("test-worker"));
    }
}

TEST(WorkerThread, StopWaitsForTheWorkInHandThenTheWorkerIsGone) {
    auto* object = new QObject;
    std::atomic<QThread*> deletedOn{nullptr};
    QObject::connect(
        object, &QObject::destroyed, object, [&] { deletedOn = QThread::currentThread(); },
        Qt::DirectConnection);
    WorkerThread worker(QStringLiteral("test-worker"), object);
    EXPECT_EQ(worker.worker(), object);
    std::atomic<bool> started{false};
    std::atomic<bool> release{false};
    std::atomic<bool> finished{false};
    std::atomic<QThread*> ranOn{nullptr};
    worker.post([&] {
        ranOn = QThread::currentThread();
        started = true;
        while (!release) {
            std::this_thread::yield();
        }
        finished = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return started.load(); }, kWaitMs));
    release = true;
    worker.stop();
    EXPECT_TRUE(finished) << "stop() returned before the work in hand was done";
    EXPECT_EQ(worker.worker(), nullptr);
    EXPECT_EQ(deletedOn.load(), ranOn.load()) << "the worker is deleted on its own thread";

    bool ranAfterStop = false;
    worker.post([&] { ranAfterStop = true; });
    QCoreApplication::processEvents();
    EXPECT_FALSE(ranAfterStop);
}

} // namespace
} // namespace hopscope::gui
