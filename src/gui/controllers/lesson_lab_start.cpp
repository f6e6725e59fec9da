// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lesson_lab_start.h"

#include "engine/running_lab.h"
#include "gui/text/lab_failure_text.h"

namespace hopscope::gui {

LessonLabStart LessonLabStart::start(lab::LabSession::PacketSink onPacket) {
    engine::RunningLab::Options options;
    options.onPacket = std::move(onPacket);
    auto started = engine::RunningLab::start(std::move(options));
    LessonLabStart out;
    if (const auto* failure = std::get_if<lab::LabFailure>(&started)) {
        out.problem = LabFailureText::sentence(*failure);
        return out;
    }
    out.lab = std::move(std::get<std::unique_ptr<engine::RunningLab>>(started));
    for (const auto& p : out.lab->servers().startDefault()) {
        out.problem +=
            (out.problem.isEmpty() ? QString() : QStringLiteral("; ")) + QString::fromStdString(p);
    }
    if (!out.problem.isEmpty()) {
        out.lab.reset(); // stopped here, on the caller's (worker) thread
    }
    return out;
}

} // namespace hopscope::gui
