// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace_file.h"

#include "wire/capture_reader.h"
#include "wire/dissector.h"
#include "wire/pcapng_writer.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>

namespace hopscope::trace {

namespace {

constexpr const char* kTraceTag = "hopscope-trace";
constexpr const char* kEventTag = "hopscope-event";

std::string escape(const std::string& value) {
    std::string out;
    out.reserve(value.size());
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

std::string unescape(const std::string& value) {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            const char n = value[++i];
            out += n == 'n' ? '\n' : n == 'r' ? '\r' : n;
        } else {
            out += value[i];
        }
    }
    return out;
}

std::string metadataComment(const Event& e) {
    return std::string(kEventTag) + "\nsource: " + sourceKindName(e.source()) +
           "\nfrom: " + escape(e.from()) + "\nto: " + escape(e.to()) +
           "\nprotocol: " + escape(e.protocol()) + "\nsummary: " + escape(e.summary()) +
           (e.capturedAt().empty() ? "" : "\ncaptured-at: " + escape(e.capturedAt()));
}

// Splits "tag\nkey: value\n..." into its lines after the tag; nullopt when the tag differs.
std::optional<std::vector<std::pair<std::string, std::string>>>
taggedLines(const std::string& comment, const char* tag) {
    const std::string head = std::string(tag) + "\n";
    if (comment != tag && comment.rfind(head, 0) != 0) {
        return std::nullopt;
    }
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t pos = comment.size() > head.size() ? head.size() : comment.size();
    while (pos < comment.size()) {
        std::size_t end = comment.find('\n', pos);
        if (end == std::string::npos) {
            end = comment.size();
        }
        const std::string line = comment.substr(pos, end - pos);
        const auto colon = line.find(": ");
        if (colon != std::string::npos) {
            out.emplace_back(line.substr(0, colon), line.substr(colon + 2));
        }
        pos = end + 1;
    }
    return out;
}

std::optional<SourceKind> sourceFromName(const std::string& name) {
    for (const auto kind :
         {SourceKind::Live, SourceKind::Lab, SourceKind::Captured, SourceKind::File}) {
        if (name == sourceKindName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::int64_t wallClockNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

TraceFileResult TraceFile::save(const Trace& trace, std::ostream& out, std::int64_t originEpochNs) {
    TraceFileResult result;
    const std::int64_t origin = originEpochNs < 0 ? wallClockNowNs() : originEpochNs;
    wire::PcapngWriter::Options options;
    options.sectionComments = {std::string(kTraceTag) + "\norigin-ns: " + std::to_string(origin)};
    wire::PcapngWriter writer(out, options);
    const std::size_t n = trace.size();
    std::vector<std::string> comments;
    for (std::size_t i = 0; i < n; ++i) {
        const Event& e = trace.at(i);
        comments.clear();
        if (!e.note().empty()) {
            comments.push_back(e.note());
        }
        comments.push_back(metadataComment(e));
        if (!writer.write(e.linkType(), origin + e.timeNs(), e.frame(), 0, comments)) {
            result.status = TraceFileStatus::Error;
            result.error = !writer.ok() ? "write failed at event " + std::to_string(i + 1)
                                        : "event " + std::to_string(i + 1) +
                                              " cannot be stored (time before 1970 or frame "
                                              "larger than 16 MiB)";
            result.events = i;
            return result;
        }
    }
    out.flush();
    if (!out) {
        result.status = TraceFileStatus::Error;
        result.error = "write failed";
    }
    result.events = n;
    return result;
}

TraceFileResult TraceFile::save(const Trace& trace, const std::string& path,
                                std::int64_t originEpochNs) {
    // Write next to the target and rename at the end, so a failed save never destroys the
    // file the user already had.
    const std::string partial = path + ".part";
    TraceFileResult result;
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) {
            result.status = TraceFileStatus::Error;
            result.error = "cannot create " + partial;
            return result;
        }
        result = save(trace, out, originEpochNs);
        out.close();
        if (result.ok() && !out) {
            result.status = TraceFileStatus::Error;
            result.error = "cannot write " + partial;
        }
    }
    std::error_code ec;
    if (!result.ok()) {
        std::filesystem::remove(partial, ec);
        return result;
    }
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        result.status = TraceFileStatus::Error;
        result.error = "cannot rename " + partial + " to " + path + ": " + ec.message();
    }
    return result;
}

namespace {

TraceFileResult loadFrom(wire::CaptureReader& reader, Trace& into,
                         const TraceFile::ProgressCallback& progress) {
    TraceFileResult result;
    if (!reader.isOpen()) {
        result.status = TraceFileStatus::Error;
        result.error = reader.error();
        result.errorOffset = reader.errorOffset();
        return result;
    }
    bool haveOrigin = false;
    std::int64_t origin = 0;
    for (const auto& c : reader.section().comments) {
        if (const auto lines = taggedLines(c, kTraceTag)) {
            for (const auto& [key, value] : *lines) {
                if (key == "origin-ns") {
                    try {
                        origin = std::stoll(value);
                        haveOrigin = true;
                    } catch (const std::exception&) {
                        haveOrigin = false;
                    }
                }
            }
        }
    }
    const auto report = [&]() {
        return !progress || progress({reader.bytesRead(), reader.totalBytes(), result.events});
    };
    if (!report()) {
        result.status = TraceFileStatus::Cancelled;
        return result;
    }
    wire::CapturePacket packet;
    std::int64_t lastTime = 0;
    for (;;) {
        const auto status = reader.next(packet);
        if (status != wire::ReadStatus::Packet) {
            break;
        }
        EventData data;
        if (packet.hasTime) {
            if (!haveOrigin) {
                origin = packet.timeNs; // a foreign capture starts at its first packet
                haveOrigin = true;
            }
            data.timeNs = packet.timeNs - origin;
            lastTime = data.timeNs;
        } else {
            data.timeNs = lastTime; // a Simple Packet Block has no time: keep the order
        }
        data.linkType = packet.linkType;
        data.frame = std::move(packet.data);
        packet.data = {};
        bool restored = false;
        for (const auto& c : packet.comments) {
            if (const auto lines = taggedLines(c, kEventTag)) {
                restored = true;
                for (const auto& [key, value] : *lines) {
                    if (key == "source") {
                        data.source = sourceFromName(value).value_or(SourceKind::File);
                    } else if (key == "from") {
                        data.from = unescape(value);
                    } else if (key == "to") {
                        data.to = unescape(value);
                    } else if (key == "protocol") {
                        data.protocol = unescape(value);
                    } else if (key == "summary") {
                        data.summary = unescape(value);
                    } else if (key == "captured-at") {
                        data.capturedAt = unescape(value);
                    }
                }
            } else {
                data.note += (data.note.empty() ? "" : "\n") + c;
            }
        }
        if (!restored) {
            // A packet list's worth: fields wait until a packet is opened in the inspector.
            const auto d = wire::dissect(data.linkType, data.frame, wire::DissectDetail::Summary);
            data.source = SourceKind::File;
            data.from = d.source;
            data.to = d.destination;
            data.protocol = d.protocol;
            data.summary = d.info;
        }
        try {
            into.append(std::move(data));
        } catch (const std::length_error&) {
            result.status = TraceFileStatus::Error;
            result.error = "the trace is full after " + std::to_string(result.events) +
                           " events; the rest of the file starting at byte " +
                           std::to_string(packet.fileOffset) + " was not loaded";
            result.errorOffset = packet.fileOffset;
            return result;
        }
        ++result.events;
        if (result.events % TraceFile::kProgressInterval == 0 && !report()) {
            result.status = TraceFileStatus::Cancelled;
            return result;
        }
    }
    if (!reader.error().empty()) {
        result.status = TraceFileStatus::Error;
        result.error = reader.error();
        result.errorOffset = reader.errorOffset();
    }
    report();
    return result;
}

} // namespace

TraceFileResult TraceFile::load(std::istream& in, Trace& into, const ProgressCallback& progress) {
    wire::CaptureReader reader(in);
    return loadFrom(reader, into, progress);
}

TraceFileResult TraceFile::load(const std::string& path, Trace& into,
                                const ProgressCallback& progress) {
    wire::CaptureReader reader(path);
    return loadFrom(reader, into, progress);
}

} // namespace hopscope::trace
