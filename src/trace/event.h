// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/dissector.h"
#include "wire/layer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hopscope::trace {

// Where an event's bytes came from; the UI labels every event with it, so nothing is shown
// as captured that was not.
enum class SourceKind : std::uint8_t { Live, Lab, Captured, File };

[[nodiscard]] const char* sourceKindName(SourceKind kind);

// What one event is made of. Built once by a producer, then frozen inside an Event.
struct EventData {
    std::int64_t timeNs = 0; // real time since the trace began
    SourceKind source = SourceKind::Live;
    std::string from; // sender node id ("client", "root-a", "198.41.0.4")
    std::string to;   // receiver node id
    wire::LinkType linkType = wire::LinkType::Ethernet;
    std::vector<std::uint8_t> frame;
    std::string protocol; // "DNS", "TCP", ...
    std::string summary;  // the protocol summary line ("A? www.foobar.com")
    std::string note;     // one human sentence ("the root refers us to the .com servers")
    // Lab captures: the interface the frame was captured on ("laptop:eth0"); empty otherwise.
    std::string capturedAt;
};

// An immutable value: copies share the frozen data, so a trace of a million events can be
// handed to every view and stepped backwards at no cost.
class Event {
public:
    Event();
    explicit Event(EventData data) : m_data(std::make_shared<const EventData>(std::move(data))) {}

    [[nodiscard]] std::int64_t timeNs() const { return m_data->timeNs; }
    [[nodiscard]] SourceKind source() const { return m_data->source; }
    [[nodiscard]] const std::string& from() const { return m_data->from; }
    [[nodiscard]] const std::string& to() const { return m_data->to; }
    [[nodiscard]] wire::LinkType linkType() const { return m_data->linkType; }
    [[nodiscard]] const std::vector<std::uint8_t>& frame() const { return m_data->frame; }
    [[nodiscard]] const std::string& protocol() const { return m_data->protocol; }
    [[nodiscard]] const std::string& summary() const { return m_data->summary; }
    [[nodiscard]] const std::string& note() const { return m_data->note; }
    [[nodiscard]] const std::string& capturedAt() const { return m_data->capturedAt; }
    [[nodiscard]] const EventData& data() const { return *m_data; }

    // Decoded layers, computed on demand (the dissector is pure, so this is always the same).
    // A packet list needs only DissectDetail::Summary; the inspector wants the fields.
    [[nodiscard]] wire::Dissection
    dissect(wire::DissectDetail detail = wire::DissectDetail::Full) const;

private:
    std::shared_ptr<const EventData> m_data;
};

} // namespace hopscope::trace
