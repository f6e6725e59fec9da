// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "packet_hop_matcher.h"
#include "wire/capture_packet.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

namespace hopscope::engine {

// Every frame the lab captured at every interface while recording, kept in memory as the
// PacketHopMatcher takes them, so one exchange can be followed hop by hop without a file.
// add() runs on the lab's capture thread; nothing is kept while not recording, so a lab that
// runs for hours holds only the last recording.
class LabHopRecorder {
public:
    using Done = std::function<bool(const std::vector<HopCapture>&)>;

    // The lab's packet sink.
    void add(const wire::CapturePacket& packet, const wire::CaptureInterface& interface);
    // Forgets what was kept and keeps every frame from now on.
    void start();
    // Stops keeping frames and hands over those kept, numbered 1, 2, ... as they came.
    [[nodiscard]] std::vector<HopCapture> stop();
    // Whether `done` said the frames kept so far are enough before `timeout` passed.
    [[nodiscard]] bool waitFor(const Done& done, std::chrono::milliseconds timeout);

private:
    std::mutex m_mutex;
    std::condition_variable m_grew;
    bool m_recording = false;
    std::vector<HopCapture> m_captures;
};

} // namespace hopscope::engine
