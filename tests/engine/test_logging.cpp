// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "engine/logging.h"

#include <QTemporaryDir>
#include <fstream>
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>
#include <sstream>

using hopscope::engine::isLogLevel;
using hopscope::engine::LogSettings;
using hopscope::engine::setupLogging;

TEST(Logging, WritesToRotatingFileInTheGivenFolder) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LogSettings s;
    s.level = "debug";
    s.console = false;
    s.directory = dir.path().toStdString();
    const std::string path = setupLogging(s);
    ASSERT_FALSE(path.empty());
    spdlog::debug("hello from the test {}", 42);
    spdlog::trace("below the level");
    spdlog::default_logger()->flush();
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("hello from the test 42"), std::string::npos);
    EXPECT_EQ(text.str().find("below the level"), std::string::npos);
}

TEST(Logging, RejectsUnknownLevels) {
    EXPECT_TRUE(isLogLevel("warn"));
    EXPECT_TRUE(isLogLevel("off"));
    EXPECT_FALSE(isLogLevel("loud"));
    LogSettings s;
    s.level = "loud";
    EXPECT_THROW(setupLogging(s), std::invalid_argument);
}

TEST(Logging, UnwritableFolderFallsBackToConsole) {
    LogSettings s;
    s.console = true;
    s.directory = "/proc/hopscope-cannot-exist";
    ::testing::internal::CaptureStderr();
    const std::string path = setupLogging(s);
    spdlog::info("still logs");
    spdlog::default_logger()->flush();
    const std::string console = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(path, "");
    EXPECT_NE(console.find("[warning] ["), std::string::npos) << console;
    EXPECT_NE(console.find("no log file could be opened in '/proc/hopscope-cannot-exist'; "
                           "logging to the console only\n"),
              std::string::npos)
        << console;
    EXPECT_NE(console.find("[info] ["), std::string::npos) << console;
    EXPECT_NE(console.find("still logs\n"), std::string::npos) << console;
}

TEST(Engine, ReplacingTheTraceNotifies) {
    hopscope::engine::Engine engine;
    const auto first = engine.trace();
    int replaced = 0;
    QObject::connect(&engine, &hopscope::engine::Engine::traceReplaced, &engine,
                     [&replaced] { ++replaced; });
    engine.resetTrace();
    EXPECT_EQ(replaced, 1);
    EXPECT_NE(engine.trace(), first);
    EXPECT_TRUE(engine.trace()->empty());
}
