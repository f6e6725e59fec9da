// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/event.h"
#include "wire/capture_packet.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hopscope::engine {

// The DNS frames a lab captured, kept so that a lesson can show, for each message its servers
// accounted for (who asked whom and why, in frames drawn for the display addresses), the frame
// the kernel really sent, with its real addresses, MACs, checksums and timestamp. A message is
// paired by its DNS bytes, which the NAT and the routers leave alone. add() runs on the lab's
// capture thread; pair() on the lesson's thread.
class LabDnsCapture {
public:
    // Where an accounted message's copy is looked for: an interface of `node` ("laptop"), the
    // way it went through it.
    struct Place {
        std::string node;
        wire::PacketDirection direction = wire::PacketDirection::Outbound;
    };
    using PlaceOf = std::function<std::optional<Place>(const trace::EventData&)>;

    explicit LabDnsCapture(std::size_t capacity = 20000);

    // The lab's packet sink: keeps each frame that carries a DNS message (the oldest go first
    // beyond the capacity).
    void add(const wire::CapturePacket& packet, const wire::CaptureInterface& interface);
    // Called on the capture thread after each frame kept (a lesson waiting for its frames).
    void setOnFrame(std::function<void()> onFrame);

    // Pairs each of `events` with its captured copy at placeOf(event). When every event has
    // one, or `final`, the events take their copies' frames, kernel timestamps, interface and
    // source Lab, and true is returned; the copies are spent. An event still without a copy
    // when `final` keeps its drawn frame, marked so (source Live, a note), placed by the
    // accounts' clock. Otherwise nothing changes and false is returned: call again once more
    // frames have come.
    bool pair(std::vector<trace::EventData>& events, const PlaceOf& placeOf, bool final);

    [[nodiscard]] std::size_t size() const;

private:
    struct Frame {
        std::int64_t timeNs = 0;
        std::string node;
        std::string interface; // "node:eth0"
        wire::PacketDirection direction = wire::PacketDirection::Unknown;
        wire::LinkType linkType = wire::LinkType::Ethernet;
        std::vector<std::uint8_t> bytes;
        std::vector<std::uint8_t> dns;
    };

    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::deque<Frame> m_frames;
    std::function<void()> m_onFrame;
};

} // namespace hopscope::engine
