// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/application.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <cstdlib>
#include <gtest/gtest.h>
#include <memory>

namespace {

// GoogleTest's main runs the tests; this environment gives them the one QApplication every
// widget needs, on the offscreen platform unless the caller chose another (Xvfb).
class QtTestEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
            setenv("QT_QPA_PLATFORM", "offscreen", 0);
        }
        // Settings and app data go to a throwaway location of this process, never the user's
        // and never one another test process shares: ctest runs each test in a process of its
        // own, several at once, and a test that clears its settings must not clear theirs.
        // Test mode puts them under $HOME/.qttest, so HOME moves too.
        ASSERT_TRUE(m_home.isValid());
        for (const char* variable :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString path = m_home.filePath(QString::fromLatin1(variable));
            QDir().mkpath(path);
            setenv(variable, QFile::encodeName(path).constData(), 1);
        }
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<QApplication>(m_argc, m_argv);
        QCoreApplication::setOrganizationName(QStringLiteral("HopscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("hopscope-gui-tests"));
        QCoreApplication::setApplicationVersion(QStringLiteral(HOPSCOPE_VERSION));
        hopscope::gui::initResources();
        // As the app does: English plural forms ("1 packet", "2 packets").
        if (m_plurals.load(QStringLiteral(":/i18n/hopscope_en"))) {
            QCoreApplication::installTranslator(&m_plurals);
        }
    }
    void TearDown() override {
        QCoreApplication::removeTranslator(&m_plurals);
        m_app.reset();
    }

private:
    int m_argc = 1;
    char m_name[16] = "gui_tests";
    char* m_argv[2] = {m_name, nullptr};
    QTemporaryDir m_home;
    std::unique_ptr<QApplication> m_app;
    QTranslator m_plurals;
};

[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new QtTestEnvironment);

} // namespace
