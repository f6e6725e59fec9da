// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_hop_recorder.h"

namespace hopscope::engine {

void LabHopRecorder::add(const wire::CapturePacket& packet,
                         const wire::CaptureInterface& interface) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_recording) {
            return;
        }
        HopCapture c;
        c.frame = m_captures.size() + 1;
        c.interface = interface.name;
        c.timeNs = packet.timeNs;
        c.direction = packet.direction;
        c.linkType = packet.linkType;
        c.data = packet.data;
        m_captures.push_back(std::move(c));
    }
    m_grew.notify_all();
}

void LabHopRecorder::start() {
    std::lock_guard lock(m_mutex);
    m_captures.clear();
    m_recording = true;
}

std::vector<HopCapture> LabHopRecorder::stop() {
    std::lock_guard lock(m_mutex);
    m_recording = false;
    return std::move(m_captures);
}

bool LabHopRecorder::waitFor(const Done& done, std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    return m_grew.wait_for(lock, timeout, [&] { return done(m_captures); });
}

} // namespace hopscope::engine
