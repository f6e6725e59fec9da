// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab/lab_session.h"

#include <QString>
#include <memory>

namespace hopscope::engine {
class RunningLab;
} // namespace hopscope::engine

namespace hopscope::gui {

// A lesson's own lab with the default servers inside, or why there is none (one translated
// sentence): what every lab lesson's runner starts on its worker thread.
struct LessonLabStart {
    std::shared_ptr<engine::RunningLab> lab; // null when it could not start
    QString problem;

    // Blocks until the lab and its servers run (or failed): call it on a worker. `onPacket`
    // gets every frame the lab captures, on the lab's capture thread.
    [[nodiscard]] static LessonLabStart start(lab::LabSession::PacketSink onPacket);
};

} // namespace hopscope::gui
