// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab/lab_session.h"
#include "lab/topology.h"
#include "lab_servers.h"

#include <memory>
#include <variant>

namespace hopscope::engine {

// A lab with Hopscope's servers inside it, as the CLI and each lesson run one: the lab starts
// first, the servers after; on stop the servers go first, then the lab, whose stop waits until
// its capture has delivered the last frame.
class RunningLab {
public:
    struct Options {
        lab::Topology topology = lab::defaultTopology();
        lab::LabSession::StreamSink onStream;
        lab::LabSession::PacketSink onPacket;
    };
    using StartResult = std::variant<std::unique_ptr<RunningLab>, lab::LabFailure>;

    // Starts the lab (its servers are started with servers().start()).
    [[nodiscard]] static StartResult start(Options options);

    ~RunningLab();
    RunningLab(const RunningLab&) = delete;
    RunningLab& operator=(const RunningLab&) = delete;

    [[nodiscard]] lab::LabSession& session() { return *m_session; }
    [[nodiscard]] const lab::LabSession& session() const { return *m_session; }
    [[nodiscard]] LabServers& servers() { return *m_servers; }
    // Servers, then the lab; idempotent.
    void stop();

private:
    RunningLab() = default;
    std::unique_ptr<lab::LabSession> m_session;
    std::unique_ptr<LabServers> m_servers;
};

} // namespace hopscope::engine
