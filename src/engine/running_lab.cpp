// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "running_lab.h"

namespace hopscope::engine {

RunningLab::StartResult RunningLab::start(Options options) {
    lab::LabSession::Options labOptions;
    labOptions.topology = std::move(options.topology);
    labOptions.onStream = std::move(options.onStream);
    labOptions.onPacket = std::move(options.onPacket);
    auto started = lab::LabSession::start(std::move(labOptions));
    if (auto* failure = std::get_if<lab::LabFailure>(&started)) {
        return std::move(*failure);
    }
    std::unique_ptr<RunningLab> running(new RunningLab);
    running->m_session = std::move(std::get<std::unique_ptr<lab::LabSession>>(started));
    running->m_servers = std::make_unique<LabServers>(*running->m_session);
    return running;
}

RunningLab::~RunningLab() {
    stop();
}

void RunningLab::stop() {
    if (m_servers) {
        m_servers->stop();
    }
    if (m_session) {
        m_session->stop();
    }
}

} // namespace hopscope::engine
