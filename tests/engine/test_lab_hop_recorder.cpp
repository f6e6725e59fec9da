// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// LabHopRecorder: every interface's frames kept while recording, nothing otherwise.
#include "engine/lab_hop_recorder.h"

#include <gtest/gtest.h>
#include <thread>

using namespace hopscope;

namespace {

wire::CapturePacket packetOf(std::uint8_t byte, std::int64_t timeNs) {
    wire::CapturePacket p;
    p.timeNs = timeNs;
    p.direction = wire::PacketDirection::Outbound;
    p.data = {byte, byte};
    return p;
}

wire::CaptureInterface interfaceOf(const char* name) {
    wire::CaptureInterface i;
    i.name = name;
    return i;
}

TEST(LabHopRecorder, KeepsEveryInterfacesFramesOnlyWhileRecording) {
    engine::LabHopRecorder recorder;
    recorder.add(packetOf(1, 10), interfaceOf("laptop:eth0")); // before: not kept
    recorder.start();
    recorder.add(packetOf(2, 20), interfaceOf("laptop:eth0"));
    recorder.add(packetOf(3, 30), interfaceOf("home-router:eth1"));
    const auto kept = recorder.stop();
    recorder.add(packetOf(4, 40), interfaceOf("lb:eth0")); // after: not kept
    ASSERT_EQ(kept.size(), 2U);
    EXPECT_EQ(kept[0].frame, 1U);
    EXPECT_EQ(kept[0].interface, "laptop:eth0");
    EXPECT_EQ(kept[0].timeNs, 20);
    EXPECT_EQ(kept[0].direction, wire::PacketDirection::Outbound);
    EXPECT_EQ(kept[0].data, (std::vector<std::uint8_t>{2, 2}));
    EXPECT_EQ(kept[1].frame, 2U);
    EXPECT_EQ(kept[1].interface, "home-router:eth1");
    // A new recording starts empty.
    recorder.start();
    EXPECT_TRUE(recorder.stop().empty());
}

TEST(LabHopRecorder, WaitsForTheFramesFromAnotherThread) {
    engine::LabHopRecorder recorder;
    recorder.start();
    std::thread capture([&recorder] {
        for (std::uint8_t k = 0; k < 3; ++k) {
            recorder.add(packetOf(k, k), interfaceOf("lb:eth0"));
        }
    });
    const bool three =
        recorder.waitFor([](const std::vector<engine::HopCapture>& c) { return c.size() == 3; },
                         std::chrono::seconds(10));
    capture.join();
    EXPECT_TRUE(three);
    // Never enough: false once the time is up.
    EXPECT_FALSE(recorder.waitFor([](const std::vector<engine::HopCapture>&) { return false; },
                                  std::chrono::milliseconds(1)));
}

} // namespace
