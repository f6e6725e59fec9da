// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>

namespace hopscope::trace {

enum class TraceFileStatus : std::uint8_t { Ok, Error, Cancelled };

// The outcome of a save or load. On error or cancel the events already read stay appended.
struct TraceFileResult {
    TraceFileStatus status = TraceFileStatus::Ok;
    std::string error; // names the byte offset for damaged files
    std::uint64_t errorOffset = 0;
    std::size_t events = 0; // events written, or appended to the trace

    [[nodiscard]] bool ok() const { return status == TraceFileStatus::Ok; }
};

struct TraceLoadProgress {
    std::uint64_t bytesRead = 0;
    std::uint64_t totalBytes = 0; // 0 when the size is unknown
    std::size_t events = 0;
};

// Saves a trace as pcapng and opens pcap/pcapng files as traces.
//
// File layout (a plain pcapng file Wireshark opens as is):
// - The Section Header Block has shb_userappl "Hopscope" and one opt_comment
//   "hopscope-trace\norigin-ns: N": packet timestamps are N + the event's timeNs, so times
//   come back to the nanosecond while Wireshark shows real wall-clock dates.
// - Each event is one Enhanced Packet Block of its link type (one IDB per link type,
//   if_tsresol 9) with up to two opt_comment options: first the event's note as it is (the
//   comment a Wireshark user sees and edits), then a metadata comment, one "key: value" per
//   line, that restores what the frame bytes cannot say:
//       hopscope-event
//       source: lab
//       from: client
//       to: root-a
//       protocol: DNS
//       summary: A? www.foobar.com
//       captured-at: laptop:eth0     (lab captures only: the interface it was seen on)
//   Values escape backslash, CR and LF as \\, \r, \n. Comments were chosen over a custom
//   option (section 3.5.1 of draft-ietf-opsawg-pcapng) because a custom option needs a
//   Private Enterprise Number we do not have, and comments stay visible and editable in
//   Wireshark. Any other comments (added in Wireshark) join the note on load, one per line.
//
// Loading a foreign capture: every packet becomes an event with SourceKind::File; from/to
// are the source/destination addresses of the dissection (IPv4, IPv6, ARP, then Ethernet),
// protocol/summary its highest protocol and info line, note its comments; times count from
// the first packet.
class TraceFile {
public:
    // Called on the loading thread before the first packet, every kProgressInterval events and
    // once at the end; return false to cancel (a GUI sets an atomic flag its callback reads).
    using ProgressCallback = std::function<bool(const TraceLoadProgress&)>;
    static constexpr std::size_t kProgressInterval = 1024;

    // originEpochNs: the wall-clock time of the trace's time 0; -1 means "now".
    static TraceFileResult save(const Trace& trace, const std::string& path,
                                std::int64_t originEpochNs = -1);
    static TraceFileResult save(const Trace& trace, std::ostream& out,
                                std::int64_t originEpochNs = -1);

    // Appends the file's packets to `into` as events.
    static TraceFileResult load(const std::string& path, Trace& into,
                                const ProgressCallback& progress = {});
    static TraceFileResult load(std::istream& in, Trace& into,
                                const ProgressCallback& progress = {});
};

} // namespace hopscope::trace
