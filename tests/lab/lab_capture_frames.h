// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab/lab_session.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace hopscope::lab::test {

// One captured frame as a test looks at it: where it was seen, which way, its bytes.
struct SeenFrame {
    std::string where; // "node:interface"
    wire::PacketDirection direction = wire::PacketDirection::Unknown;
    std::int64_t timeNs = 0;
    std::vector<std::uint8_t> bytes;

    // IPv4-over-Ethernet accessors (offsets of RFC 791's header after a 14-byte frame header).
    [[nodiscard]] bool isIpv4() const {
        return bytes.size() >= 34 && bytes[12] == 0x08 && bytes[13] == 0x00;
    }
    [[nodiscard]] std::uint8_t ttl() const { return bytes[22]; }
    [[nodiscard]] std::uint8_t protocol() const { return bytes[23]; }
    [[nodiscard]] std::string source() const { return address(26); }
    [[nodiscard]] std::string destination() const { return address(30); }
    [[nodiscard]] std::size_t transport() const { return 14 + std::size_t{bytes[14] & 0x0FU} * 4; }
    [[nodiscard]] std::uint16_t sourcePort() const { return port(transport()); }
    [[nodiscard]] std::uint16_t destinationPort() const { return port(transport() + 2); }
    [[nodiscard]] std::string macText(std::size_t offset) const {
        static const char* digits = "0123456789abcdef";
        std::string out;
        for (std::size_t i = 0; i < 6; ++i) {
            out += i ? ":" : "";
            out += digits[bytes[offset + i] >> 4];
            out += digits[bytes[offset + i] & 0xF];
        }
        return out;
    }
    [[nodiscard]] std::string destinationMac() const { return macText(0); }
    [[nodiscard]] std::string sourceMac() const { return macText(6); }
    [[nodiscard]] bool carries(const std::string& text) const {
        return std::search(bytes.begin(), bytes.end(), text.begin(), text.end()) != bytes.end();
    }

private:
    [[nodiscard]] std::string address(std::size_t at) const {
        return std::to_string(bytes[at]) + '.' + std::to_string(bytes[at + 1]) + '.' +
               std::to_string(bytes[at + 2]) + '.' + std::to_string(bytes[at + 3]);
    }
    [[nodiscard]] std::uint16_t port(std::size_t at) const {
        return static_cast<std::uint16_t>((bytes[at] << 8) | bytes[at + 1]);
    }
};

// Collects what a lab captures, from the capture thread, for the test thread to wait on.
class FrameCollector {
public:
    LabSession::PacketSink packetSink() {
        return [this](const wire::CapturePacket& packet, const wire::CaptureInterface& iface) {
            std::lock_guard lock(m_mutex);
            m_frames.push_back(SeenFrame{iface.name, packet.direction, packet.timeNs, packet.data});
            m_changed.notify_all();
        };
    }
    LabSession::StreamSink streamSink() {
        return [this](std::span<const std::uint8_t> bytes) {
            std::lock_guard lock(m_mutex);
            m_stream.insert(m_stream.end(), bytes.begin(), bytes.end());
        };
    }

    // Waits (bounded) until some frame satisfies `predicate`.
    template <typename Predicate>
    bool waitFor(Predicate predicate, std::chrono::seconds bound = std::chrono::seconds(20)) {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(
            lock, bound, [&] { return std::any_of(m_frames.begin(), m_frames.end(), predicate); });
    }

    std::vector<SeenFrame> frames() const {
        std::lock_guard lock(m_mutex);
        return m_frames;
    }
    std::vector<std::uint8_t> streamBytes() const {
        std::lock_guard lock(m_mutex);
        return m_stream;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<SeenFrame> m_frames;
    std::vector<std::uint8_t> m_stream;
};

} // namespace hopscope::lab::test
