// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/buffered_input.h"
#include "wire/pcapng_reader.h"
#include "wire/pcapng_writer.h"

#include <gtest/gtest.h>
#include <sstream>
#include <streambuf>

using namespace hopscope::wire;

namespace {

const std::vector<std::uint8_t> kFrame = {0x02, 0x4c, 0x41, 0x42, 0x03, 0x00, 0x02, 0x4c,
                                          0x41, 0x42, 0x01, 0x00, 0x08, 0x06, 0x00};

// Hands out its bytes in pieces of at most `piece`, the way a pipe does, and counts how far the
// reader has asked.
class TrickleBuffer : public std::streambuf {
public:
    TrickleBuffer(std::string bytes, std::size_t piece)
        : m_bytes(std::move(bytes)), m_piece(piece) {}
    std::size_t delivered() const { return m_at; }

protected:
    int_type underflow() override {
        if (m_at >= m_bytes.size()) {
            return traits_type::eof();
        }
        const std::size_t n = std::min(m_piece, m_bytes.size() - m_at);
        setg(m_bytes.data() + m_at, m_bytes.data() + m_at, m_bytes.data() + m_at + n);
        m_at += n;
        return traits_type::to_int_type(m_bytes[m_at - n]);
    }
    std::streamsize showmanyc() override { return egptr() - gptr(); }

private:
    std::string m_bytes;
    std::size_t m_piece;
    std::size_t m_at = 0;
};

} // namespace

TEST(PcapngInterfaces, NamedInterfacesAndDirectionsRoundTrip) {
    for (const auto order : {ByteOrder::Little, ByteOrder::Big}) {
        std::stringstream file;
        PcapngWriter::Options options;
        options.byteOrder = order;
        PcapngWriter writer(file, options);
        const std::uint8_t mac[] = {0x02, 0x4c, 0x41, 0x42, 0x01, 0x00};
        const auto laptop = writer.addInterface(LinkType::Ethernet, "laptop:eth0", "host", mac);
        const auto router = writer.addInterface(LinkType::Ethernet, "home-router:eth0");
        // An unnamed packet written by link type gets an interface of its own.
        ASSERT_TRUE(writer.write(LinkType::Ethernet, 5, kFrame));
        ASSERT_TRUE(writer.writeOn(laptop, 1'000'000'001, kFrame, PacketDirection::Outbound));
        ASSERT_TRUE(writer.writeOn(router, 1'000'000'002, kFrame, PacketDirection::Inbound));
        ASSERT_TRUE(writer.writeOn(router, 1'000'000'003, kFrame, PacketDirection::Unknown, 60));
        ASSERT_TRUE(writer.writeStatistics(laptop, 1'000'000'004, 2, 0));
        EXPECT_FALSE(writer.writeOn(9, 1, kFrame, PacketDirection::Inbound));

        BufferedInput in(file);
        PcapngReader reader(in);
        ASSERT_TRUE(reader.headerOk());
        CapturePacket p;
        ASSERT_EQ(reader.next(p), ReadStatus::Packet);
        EXPECT_EQ(p.interfaceId, 2U);
        ASSERT_EQ(reader.next(p), ReadStatus::Packet);
        EXPECT_EQ(p.interfaceId, laptop);
        EXPECT_EQ(p.timeNs, 1'000'000'001);
        EXPECT_EQ(p.direction, PacketDirection::Outbound);
        EXPECT_EQ(p.data, kFrame);
        ASSERT_EQ(reader.next(p), ReadStatus::Packet);
        EXPECT_EQ(p.interfaceId, router);
        EXPECT_EQ(p.direction, PacketDirection::Inbound);
        ASSERT_EQ(reader.next(p), ReadStatus::Packet);
        EXPECT_EQ(p.direction, PacketDirection::Unknown);
        EXPECT_EQ(p.originalLength, 60U);
        // The statistics block is skipped, and the file ends cleanly after it.
        EXPECT_EQ(reader.next(p), ReadStatus::End) << reader.error();
        ASSERT_EQ(reader.interfaces().size(), 3U);
        EXPECT_EQ(reader.interfaces()[0].name, "laptop:eth0");
        EXPECT_EQ(reader.interfaces()[0].description, "host");
        EXPECT_EQ(reader.interfaces()[1].name, "home-router:eth0");
        EXPECT_EQ(reader.interfaces()[1].description, "");
        EXPECT_EQ(reader.interfaces()[2].name, "");
    }
}

TEST(PcapngInterfaces, AStreamIsReadBlockByBlockAsItArrives) {
    std::stringstream file;
    PcapngWriter writer(file);
    const auto id = writer.addInterface(LinkType::Ethernet, "laptop:eth0");
    for (int i = 0; i < 50; ++i) {
        writer.writeOn(id, 1000 + i, kFrame, PacketDirection::Inbound);
    }
    const std::string bytes = file.str();
    TrickleBuffer trickle(bytes, 7);
    std::istream in(&trickle);
    BufferedInput input(in);
    PcapngReader reader(input);
    ASSERT_TRUE(reader.headerOk());
    CapturePacket p;
    ASSERT_EQ(reader.next(p), ReadStatus::Packet);
    // The first packet was handed over without waiting for the rest of the stream (a live
    // capture's reader would otherwise sit until a megabyte had arrived).
    EXPECT_LT(trickle.delivered(), bytes.size() / 4);
    int count = 1;
    while (reader.next(p) == ReadStatus::Packet) {
        ++count;
    }
    EXPECT_EQ(count, 50);
    EXPECT_EQ(trickle.delivered(), bytes.size());
}
