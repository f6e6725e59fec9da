// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "time_format.h"

#include <QLocale>
#include <cstdlib>

namespace hopscope::gui {

QString TimeFormat::realTime(std::int64_t ns) {
    const QLocale locale;
    const QString sign = ns < 0 ? QStringLiteral("-") : QString();
    const std::int64_t a = std::llabs(ns);
    const auto d = static_cast<double>(a);
    if (a < 1'000) {
        return sign % locale.toString(static_cast<qlonglong>(a)) % QStringLiteral(" ns");
    }
    if (a < 100'000) {
        return sign % locale.toString(d / 1e3, 'f', 2) % QStringLiteral(" µs");
    }
    if (a < 1'000'000'000) {
        return sign % locale.toString(d / 1e6, 'f', 3) % QStringLiteral(" ms");
    }
    if (a < 60'000'000'000) {
        return sign % locale.toString(d / 1e9, 'f', 3) % QStringLiteral(" s");
    }
    const std::int64_t ms = a / 1'000'000;
    const std::int64_t minutes = ms / 60'000;
    const double secs = static_cast<double>(ms % 60'000) / 1e3;
    return sign % QString::number(minutes) % QLatin1Char(':') %
           locale.toString(secs, 'f', 3).rightJustified(6, QLatin1Char('0'));
}

QString TimeFormat::shownTime(std::int64_t ns) {
    const std::int64_t tenths = std::llabs(ns) / 100'000'000;
    const std::int64_t minutes = tenths / 600;
    const std::int64_t seconds = (tenths / 10) % 60;
    const QChar point = QLocale().decimalPoint().at(0);
    return QStringLiteral("%1:%2%3%4")
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'))
        .arg(point)
        .arg(tenths % 10);
}

QString TimeFormat::seconds(std::int64_t ns) {
    return QLocale().toString(static_cast<double>(ns) / 1e9, 'f', 6);
}

} // namespace hopscope::gui
