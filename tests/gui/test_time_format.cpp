// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/text/time_format.h"

#include <QLocale>
#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

class TimeFormatTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_saved = QLocale();
        QLocale::setDefault(QLocale::c());
    }
    void TearDown() override { QLocale::setDefault(m_saved); }

private:
    QLocale m_saved;
};

TEST_F(TimeFormatTest, RealTimePicksAUnitFromNanosecondsToSeconds) {
    EXPECT_EQ(TimeFormat::realTime(0), QStringLiteral("0 ns"));
    EXPECT_EQ(TimeFormat::realTime(850), QStringLiteral("850 ns"));
    EXPECT_EQ(TimeFormat::realTime(12'340), QStringLiteral("12.34 µs"));
    EXPECT_EQ(TimeFormat::realTime(214'000), QStringLiteral("0.214 ms"));
    EXPECT_EQ(TimeFormat::realTime(47'300'000), QStringLiteral("47.300 ms"));
    EXPECT_EQ(TimeFormat::realTime(1'250'000'000), QStringLiteral("1.250 s"));
    EXPECT_EQ(TimeFormat::realTime(125'300'000'000), QStringLiteral("2:05.300"));
    EXPECT_EQ(TimeFormat::realTime(-850), QStringLiteral("-850 ns"));
}

TEST_F(TimeFormatTest, ShownTimeReadsLikeAMediaPlayer) {
    EXPECT_EQ(TimeFormat::shownTime(0), QStringLiteral("00:00.0"));
    EXPECT_EQ(TimeFormat::shownTime(4'200'000'000), QStringLiteral("00:04.2"));
    EXPECT_EQ(TimeFormat::shownTime(12'000'000'000), QStringLiteral("00:12.0"));
    EXPECT_EQ(TimeFormat::shownTime(754'360'000'000), QStringLiteral("12:34.3"));
}

TEST_F(TimeFormatTest, FollowsTheLocaleDecimalSeparator) {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(TimeFormat::realTime(214'000), QStringLiteral("0,214 ms"));
    EXPECT_EQ(TimeFormat::shownTime(4'200'000'000), QStringLiteral("00:04,2"));
    EXPECT_EQ(TimeFormat::seconds(214'000), QStringLiteral("0,000214"));
}

} // namespace
} // namespace hopscope::gui
