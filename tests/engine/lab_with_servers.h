// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// The engine's lab tests start the same lab: the default topology with its servers running the
// default scenario, the captured frames handed to the test.

#include "engine/running_lab.h"

#include <gtest/gtest.h>
#include <memory>
#include <utility>

namespace hopscope::engine::testing {

// Starts the lab into `running`, every captured frame going to `onPacket`; a lab that cannot
// start, or servers that cannot, fail the test with the reason. Called as
// ASSERT_NO_FATAL_FAILURE(startLabWithServers(...)): an ASSERT returns from here only.
inline void startLabWithServers(std::unique_ptr<RunningLab>& running,
                                lab::LabSession::PacketSink onPacket) {
    RunningLab::Options options;
    options.onPacket = std::move(onPacket);
    auto started = RunningLab::start(std::move(options));
    if (auto* failure = std::get_if<lab::LabFailure>(&started)) {
        FAIL() << lab::labFailureAdvice(*failure);
    }
    running = std::move(std::get<std::unique_ptr<RunningLab>>(started));
    const auto problems = running->servers().startDefault();
    ASSERT_TRUE(problems.empty()) << problems.front();
}

} // namespace hopscope::engine::testing
