// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/application.h"

#include <QApplication>
#include <QStandardPaths>
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
        // Settings and app data go to a throwaway test location, never the user's.
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
    std::unique_ptr<QApplication> m_app;
    QTranslator m_plurals;
};

[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new QtTestEnvironment);

} // namespace
