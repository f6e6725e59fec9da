// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_dns_capture.h"

#include "wire/dns_payload.h"

#include <algorithm>

namespace hopscope::engine {

LabDnsCapture::LabDnsCapture(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 1)) {}

void LabDnsCapture::add(const wire::CapturePacket& packet,
                        const wire::CaptureInterface& interface) {
    auto dns = wire::dnsPayloadOf(packet.linkType, packet.data);
    if (!dns) {
        return;
    }
    Frame frame;
    frame.timeNs = packet.timeNs;
    frame.interface = interface.name;
    frame.node = interface.name.substr(0, interface.name.find(':'));
    frame.direction = packet.direction;
    frame.linkType = packet.linkType;
    frame.bytes = packet.data;
    frame.dns = std::move(*dns);
    std::function<void()> notify;
    {
        std::lock_guard lock(m_mutex);
        m_frames.push_back(std::move(frame));
        while (m_frames.size() > m_capacity) {
            m_frames.pop_front();
        }
        notify = m_onFrame;
    }
    if (notify) {
        notify();
    }
}

void LabDnsCapture::setOnFrame(std::function<void()> onFrame) {
    std::lock_guard lock(m_mutex);
    m_onFrame = std::move(onFrame);
}

std::size_t LabDnsCapture::size() const {
    std::lock_guard lock(m_mutex);
    return m_frames.size();
}

bool LabDnsCapture::pair(std::vector<trace::EventData>& events, const PlaceOf& placeOf,
                         bool final) {
    std::lock_guard lock(m_mutex);
    std::vector<std::optional<std::size_t>> copies(events.size());
    std::vector<bool> taken(m_frames.size(), false);
    std::size_t paired = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto place = placeOf(events[i]);
        const auto dns = wire::dnsPayloadOf(events[i].linkType, events[i].frame);
        if (!place || !dns) {
            continue;
        }
        // The earliest copy not yet taken: a message sent twice (a retry) pairs in order.
        for (std::size_t f = 0; f < m_frames.size(); ++f) {
            const Frame& frame = m_frames[f];
            if (!taken[f] && frame.node == place->node && frame.direction == place->direction &&
                frame.dns == *dns) {
                taken[f] = true;
                copies[i] = f;
                ++paired;
                break;
            }
        }
    }
    if (paired < events.size() && !final) {
        return false;
    }
    // The accounts' clock and the kernel's differ: an event without a copy is placed by its
    // distance, on the accounts' clock, from the first event that has one.
    std::optional<std::int64_t> offset;
    for (std::size_t i = 0; i < events.size() && !offset; ++i) {
        if (copies[i]) {
            offset = m_frames[*copies[i]].timeNs - events[i].timeNs;
        }
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        trace::EventData& e = events[i];
        if (copies[i]) {
            const Frame& frame = m_frames[*copies[i]];
            e.frame = frame.bytes;
            e.linkType = frame.linkType;
            e.timeNs = frame.timeNs;
            e.capturedAt = frame.interface;
            e.source = trace::SourceKind::Lab;
        } else {
            e.timeNs += offset.value_or(0);
            e.note += e.note.empty() ? "" : " ";
            e.note += "(The lab's capture does not hold this message: its frame is drawn.)";
        }
    }
    // Taken copies are spent; keep the rest for the lookups still to come.
    for (std::size_t f = m_frames.size(); f-- > 0;) {
        if (taken[f]) {
            m_frames.erase(m_frames.begin() + static_cast<std::ptrdiff_t>(f));
        }
    }
    return true;
}

} // namespace hopscope::engine
