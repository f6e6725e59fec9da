// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/main_window.h"
#include "gui/views/lesson_view.h"
#include "gui/widgets/packet_inspector.h"
#include "gui/widgets/transport_bar.h"
#include "sample_trace.h"
#include "trace/trace_file.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

using test::SampleTrace;

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        ASSERT_TRUE(dir.isValid());
    }
    std::unique_ptr<MainWindow> makeWindow() {
        auto w = std::make_unique<MainWindow>(engine, clock);
        w->setDeterministic(true);
        w->show();
        return w;
    }

    QTemporaryDir dir;
    engine::Engine engine;
    trace::ManualClock clock;
};

TEST_F(MainWindowTest, OnePagePerLessonInOrder) {
    auto w = makeWindow();
    const auto* list = w->findChild<QListWidget*>(QStringLiteral("lessonList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), MainWindow::viewIds().size());
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("DNS lookup"));
    EXPECT_EQ(list->item(5)->text(), QStringLiteral("Trace"));
    for (const QString& id : MainWindow::viewIds()) {
        ASSERT_TRUE(w->showView(id));
        EXPECT_EQ(w->currentViewId(), id);
        EXPECT_EQ(w->currentView()->id(), id);
    }
    EXPECT_FALSE(w->showView(QStringLiteral("nope")));
    // Lessons whose engine has not landed say so plainly.
    w->showView(QStringLiteral("tcp"));
    const auto labels = w->currentView()->findChildren<QLabel*>();
    const bool saysSo = std::any_of(labels.begin(), labels.end(), [](const QLabel* l) {
        return l->text() == QStringLiteral("This lesson is not built yet.");
    });
    EXPECT_TRUE(saysSo);
}

TEST_F(MainWindowTest, PresentationModeScalesFontsNotJustTheWindow) {
    auto w = makeWindow();
    const double normal = w->font().pointSizeF();
    const QSize iconNormal = w->transportBar()->findChild<QToolButton*>()->iconSize();
    w->setPresentationMode(true);
    EXPECT_TRUE(w->presentationMode());
    EXPECT_NEAR(w->font().pointSizeF(), normal * MainWindow::kPresentationScale, 0.01);
    EXPECT_GT(w->transportBar()->findChild<QToolButton*>()->iconSize().width(), iconNormal.width());
    EXPECT_EQ(w->size(), MainWindow::kDefaultSize); // deterministic: no full screen here
    w->setPresentationMode(false);
    EXPECT_NEAR(w->font().pointSizeF(), normal, 0.01);
}

TEST_F(MainWindowTest, PresentationGivesTheLoadBalancerTheWholeHeight) {
    auto w = makeWindow();
    auto* inspector = w->findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    ASSERT_NE(inspector, nullptr);
    w->showView(QStringLiteral("dns"));
    w->setPresentationMode(true);
    EXPECT_TRUE(inspector->isVisible()); // the DNS lesson's messages are opened in it
    w->showView(QStringLiteral("loadbalancing"));
    EXPECT_FALSE(inspector->isVisible());
    w->showView(QStringLiteral("trace"));
    EXPECT_TRUE(inspector->isVisible());
    w->showView(QStringLiteral("loadbalancing"));
    w->setPresentationMode(false);
    EXPECT_TRUE(inspector->isVisible()); // back as it was before the presentation
}

TEST_F(MainWindowTest, SettingsKeepLessonSpeedAndLayerNames) {
    {
        auto w = makeWindow();
        w->setDeterministic(false);
        w->showView(QStringLiteral("encapsulation"));
        w->controller().setSpeed(5.0);
        w->inspector()->setLayerNaming(LayerNaming::TcpIp);
        w->saveSettings();
    }
    auto w = makeWindow();
    w->restoreSettings();
    EXPECT_EQ(w->currentViewId(), QStringLiteral("encapsulation"));
    EXPECT_DOUBLE_EQ(w->controller().speed(), 5.0);
    EXPECT_EQ(w->inspector()->layerNaming(), LayerNaming::TcpIp);
}

TEST_F(MainWindowTest, OpensACaptureOnAWorkerThread) {
    auto saved = SampleTrace::lookupAndFetch();
    const QString path = dir.filePath(QStringLiteral("lookup.pcapng"));
    ASSERT_TRUE(trace::TraceFile::save(*saved, path.toStdString()).ok());
    auto w = makeWindow();
    w->showView(QStringLiteral("dns"));
    QSignalSpy finished(w.get(), &MainWindow::loadFinished);
    w->openCapture(path);
    EXPECT_TRUE(w->loading());
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(w->controller().eventCount(), SampleTrace::kEvents);
    EXPECT_EQ(engine.trace()->at(2).from(), "root-a");
    EXPECT_EQ(w->currentViewId(), QStringLiteral("trace"));
}

TEST_F(MainWindowTest, ADamagedCaptureKeepsWhatWasRead) {
    auto saved = SampleTrace::bulk(3000);
    const QString path = dir.filePath(QStringLiteral("damaged.pcapng"));
    ASSERT_TRUE(trace::TraceFile::save(*saved, path.toStdString()).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    file.seek(size / 2);
    // A block length no block can have: the reader must stop here and say where.
    file.write(QByteArray("\x06\x00\x00\x00\xff\xff\xff\x7f", 8));
    file.close();

    auto w = makeWindow();
    QSignalSpy finished(w.get(), &MainWindow::loadFinished);
    w->openCapture(path);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_GT(w->controller().eventCount(), 0u);
    EXPECT_LT(w->controller().eventCount(), 3000u);
    const QString message = w->statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("packets"))) << message.toStdString();
}

TEST_F(MainWindowTest, AMissingFileKeepsTheCurrentTrace) {
    engine.setTrace(SampleTrace::lookupAndFetch());
    auto w = makeWindow();
    QSignalSpy finished(w.get(), &MainWindow::loadFinished);
    w->openCapture(dir.filePath(QStringLiteral("missing.pcap")));
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(w->controller().eventCount(), SampleTrace::kEvents);
}

TEST_F(MainWindowTest, RetranslatesOnLanguageChange) {
    auto w = makeWindow();
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/hopscope_de")));
    QCoreApplication::installTranslator(&german);
    QCoreApplication::processEvents();
    const auto* list = w->findChild<QListWidget*>(QStringLiteral("lessonList"));
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("DNS-Abfrage"));
    EXPECT_NE(w->transportBar()->stepForwardAction()->text(), QStringLiteral("Step &Forward"));
    QCoreApplication::removeTranslator(&german);
    QCoreApplication::processEvents();
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("DNS lookup"));
}

} // namespace
} // namespace hopscope::gui
