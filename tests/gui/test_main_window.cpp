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
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <cstring>
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

// Settings and app data are this test process's own (see QtTestEnvironment): tests that run at
// the same time in other processes cannot clear them, nor these theirs.
TEST(TestSettings, LiveInAFolderOfThisProcessOnly) {
    const QString temp = QDir::tempPath() + QLatin1Char('/');
    const QString settings = QSettings().fileName();
    EXPECT_TRUE(settings.startsWith(temp)) << settings.toStdString();
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    EXPECT_TRUE(data.startsWith(temp)) << data.toStdString();
    EXPECT_TRUE(QDir::homePath().startsWith(temp)) << QDir::homePath().toStdString();
}

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
    w->showView(QStringLiteral("journey"));
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
        w->showView(QStringLiteral("journey"));
        w->controller().setSpeed(5.0);
        w->inspector()->setLayerNaming(LayerNaming::TcpIp);
        w->saveSettings();
    }
    auto w = makeWindow();
    w->restoreSettings();
    EXPECT_EQ(w->currentViewId(), QStringLiteral("journey"));
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

// The pcapng blocks of a file: where each starts, read from the block lengths alone
// (pcapng section 3.1: type, then total length, both 32-bit little-endian here).
std::vector<qint64> blockOffsets(const QByteArray& file) {
    std::vector<qint64> offsets;
    qint64 at = 0;
    while (at + 8 <= file.size()) {
        offsets.push_back(at);
        quint32 length = 0;
        std::memcpy(&length, file.constData() + at + 4, 4);
        if (length < 12) {
            break;
        }
        at += length;
    }
    return offsets;
}

TEST_F(MainWindowTest, ADamagedCaptureKeepsWhatWasRead) {
    auto saved = SampleTrace::bulk(3000);
    const QString path = dir.filePath(QStringLiteral("damaged.pcapng"));
    ASSERT_TRUE(trace::TraceFile::save(*saved, path.toStdString()).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray bytes = file.readAll();
    // The first packet block from the middle of the file on; the packets before it stay.
    const auto blocks = blockOffsets(bytes);
    qint64 damage = 0;
    std::size_t packetsBefore = 0;
    for (const qint64 at : blocks) {
        quint32 type = 0;
        std::memcpy(&type, bytes.constData() + at, 4);
        if (type == 6 && at >= bytes.size() / 2) {
            damage = at;
            break;
        }
        packetsBefore += type == 6 ? 1 : 0;
    }
    ASSERT_GT(damage, 0);
    ASSERT_GT(packetsBefore, 0U);
    file.seek(damage);
    // A block length no block can have: the reader must stop here and say where.
    file.write(QByteArray("\x06\x00\x00\x00\xff\xff\xff\x7f", 8));
    file.close();

    auto w = makeWindow();
    QSignalSpy finished(w.get(), &MainWindow::loadFinished);
    w->openCapture(path);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(w->controller().eventCount(), packetsBefore);
    const QString message = w->statusBar()->currentMessage();
    EXPECT_TRUE(
        message.startsWith(QStringLiteral("Read %1 packets; the file is damaged at byte %2:\n")
                               .arg(QLocale().toString(static_cast<qulonglong>(packetsBefore)),
                                    QLocale().toString(damage))))
        << message.toStdString();
    EXPECT_EQ(w->loadProblem().section(QLatin1Char('\n'), 0, 1), message);
}

TEST_F(MainWindowTest, AMissingFileKeepsTheCurrentTrace) {
    engine.setTrace(SampleTrace::lookupAndFetch());
    auto w = makeWindow();
    QSignalSpy finished(w.get(), &MainWindow::loadFinished);
    const QString missing = dir.filePath(QStringLiteral("missing.pcap"));
    w->openCapture(missing);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(w->controller().eventCount(), SampleTrace::kEvents);
    const QString expected =
        QStringLiteral("Hopscope could not open “missing.pcap”:\ncannot open %1: no such file")
            .arg(missing);
    EXPECT_EQ(w->statusBar()->currentMessage(), expected);
    EXPECT_EQ(w->loadProblem(), expected);
}

TEST_F(MainWindowTest, RetranslatesOnLanguageChange) {
    auto w = makeWindow();
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/hopscope_de")));
    QCoreApplication::installTranslator(&german);
    QCoreApplication::processEvents();
    const auto* list = w->findChild<QListWidget*>(QStringLiteral("lessonList"));
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("DNS-Abfrage"));
    EXPECT_EQ(w->transportBar()->stepForwardAction()->text(), QStringLiteral("Schritt &vor"));
    QCoreApplication::removeTranslator(&german);
    QCoreApplication::processEvents();
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("DNS lookup"));
    EXPECT_EQ(w->transportBar()->stepForwardAction()->text(), QStringLiteral("Step &Forward"));
}

} // namespace
} // namespace hopscope::gui

namespace hopscope::gui {
namespace {

TEST_F(MainWindowTest, BBlanksTheWholeWindowAndAClickBringsItBack) {
    auto w = makeWindow();
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    EXPECT_FALSE(w->blanked());
    QTest::keyClick(w.get(), Qt::Key_B);
    ASSERT_TRUE(w->blanked());
    auto* blank = w->findChild<QWidget*>(QStringLiteral("blankScreen"));
    ASSERT_NE(blank, nullptr);
    EXPECT_EQ(blank->geometry(), w->rect()); // the menu bar and the docks too
    const QImage shot = w->grab().toImage();
    EXPECT_EQ(shot.pixelColor(shot.width() / 2, shot.height() / 2), QColor(Qt::black));
    EXPECT_EQ(shot.pixelColor(5, 5), QColor(Qt::black));
    QTest::mouseClick(blank, Qt::LeftButton);
    EXPECT_FALSE(w->blanked());
    QTest::keyClick(w.get(), Qt::Key_B);
    EXPECT_TRUE(w->blanked());
    QTest::keyClick(blank, Qt::Key_Escape);
    EXPECT_FALSE(w->blanked());
}

} // namespace
} // namespace hopscope::gui
