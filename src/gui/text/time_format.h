// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QString>
#include <cstdint>

namespace hopscope::gui {

// How durations read in every view: real (network) time picks its unit from ns to s so that
// a loopback hop and a slow DNS lookup are both legible; shown time reads like a media player.
class TimeFormat {
public:
    // "850 ns", "12.34 µs", "0.214 ms", "1.250 s", "2:05.300" (locale decimal separator).
    [[nodiscard]] static QString realTime(std::int64_t ns);
    // "00:04.2"
    [[nodiscard]] static QString shownTime(std::int64_t ns);
    // Seconds with microsecond digits, as a packet list shows them: "0.000214".
    [[nodiscard]] static QString seconds(std::int64_t ns);
};

} // namespace hopscope::gui
