// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/models/dissection_model.h"
#include "gui/widgets/bit_view.h"
#include "gui/widgets/hex_view.h"
#include "gui/widgets/packet_inspector.h"
#include "sample_trace.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

using test::SampleTrace;

wire::Field field(const char* name, const char* filter, std::size_t bitOffset,
                  std::size_t bitLength, const char* value, const char* meaning = "") {
    wire::Field f;
    f.name = name;
    f.filter = filter;
    f.bitOffset = bitOffset;
    f.bitLength = bitLength;
    f.value = value;
    f.meaning = meaning;
    return f;
}

// Ethernet + the first 20 bytes of an IPv4 header, decoded by hand.
wire::Dissection handDissection() {
    wire::Dissection d;
    wire::Layer eth;
    eth.protocol = "eth";
    eth.name = "Ethernet II";
    eth.osi = wire::OsiLayer::DataLink;
    eth.tcpip = wire::TcpIpLayer::Link;
    eth.byteOffset = 0;
    eth.byteLength = 14;
    eth.fields = {field("Destination", "eth.dst", 0, 48, "02:00:5e:10:00:53"),
                  field("Source", "eth.src", 48, 48, "02:00:5e:10:00:23"),
                  field("Type", "eth.type", 96, 16, "0x0800")};
    wire::Layer ip;
    ip.protocol = "ip";
    ip.name = "Internet Protocol Version 4";
    ip.osi = wire::OsiLayer::Network;
    ip.tcpip = wire::TcpIpLayer::Internet;
    ip.byteOffset = 14;
    ip.byteLength = 20;
    wire::Field flags = field("Flags", "ip.flags", 160, 3, "0x2");
    flags.children = {
        field("Reserved bit", "ip.flags.rb", 160, 1, "0"),
        field("Don't fragment", "ip.flags.df", 161, 1, "1", "Routers must not split this packet")};
    ip.fields = {field("Version", "ip.version", 112, 4, "4", "Which IP version this header is"),
                 field("Header length", "ip.hdr_len", 116, 4, "20"), flags,
                 field("Time to live", "ip.ttl", 176, 8, "64", "Hops left before routers drop it")};
    d.layers = {eth, ip};
    d.protocol = "IPV4";
    return d;
}

std::vector<std::uint8_t> handFrame() {
    return {0x02, 0x00, 0x5e, 0x10, 0x00, 0x53, 0x02, 0x00, 0x5e, 0x10, 0x00, 0x23,
            0x08, 0x00, 0x45, 0x00, 0x00, 0x54, 0x12, 0x34, 0x40, 0x00, 0x40, 0x11,
            0x00, 0x00, 0xc0, 0xa8, 0x01, 0x17, 0xc0, 0xa8, 0x01, 0x35};
}

QString currentField(const PacketInspector& inspector) {
    return inspector.tree()
        ->currentIndex()
        .siblingAtColumn(DissectionModel::Filter)
        .data()
        .toString();
}

class PacketInspectorTest : public ::testing::Test {
protected:
    void SetUp() override {
        inspector = std::make_unique<PacketInspector>(nullptr);
        inspector->resize(1200, 500);
        inspector->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(inspector.get()));
        inspector->showFrame(handFrame(), handDissection(), QStringLiteral("hand-made"));
    }

    void clickByte(std::size_t byte) {
        QTest::mouseClick(inspector->hexView()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          inspector->hexView()->hexCellCentre(byte));
    }

    std::unique_ptr<PacketInspector> inspector;
};

TEST_F(PacketInspectorTest, LayerRowsAreNamedInTheChosenModelAndColoured) {
    DissectionModel* model = inspector->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("2 Data link: Ethernet II"));
    EXPECT_EQ(model->index(1, 0).data().toString(),
              QStringLiteral("3 Network: Internet Protocol Version 4"));
    EXPECT_EQ(model->index(1, 0).data(DissectionModel::LayerColourRole).value<QColor>(),
              QColor(QStringLiteral("#009E73")));
    inspector->tcpIpAction()->trigger();
    EXPECT_EQ(inspector->layerNaming(), LayerNaming::TcpIp);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Link: Ethernet II"));
    EXPECT_EQ(model->index(1, 0).data().toString(),
              QStringLiteral("Internet: Internet Protocol Version 4"));
    // Meaning and display filter are in the tooltip; the filter has its own column too.
    const QModelIndex ttl = model->index(3, DissectionModel::Name, model->index(1, 0));
    EXPECT_TRUE(ttl.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Hops left")));
    EXPECT_TRUE(ttl.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ip.ttl")));
    EXPECT_EQ(ttl.siblingAtColumn(DissectionModel::Filter).data().toString(),
              QStringLiteral("ip.ttl"));
}

TEST_F(PacketInspectorTest, ClickingAFieldHighlightsItsBytesOrBits) {
    DissectionModel* model = inspector->model();
    const QModelIndex ip = model->index(1, 0);
    inspector->tree()->setCurrentIndex(model->index(3, 0, ip)); // TTL: a whole byte
    auto selection = inspector->hexView()->selection();
    ASSERT_TRUE(selection.has_value());
    EXPECT_EQ(selection->first, 176u);
    EXPECT_EQ(selection->second, 8u);
    EXPECT_FALSE(inspector->bitView()->isVisible());

    inspector->tree()->setCurrentIndex(model->index(0, 0, ip)); // Version: 4 bits of byte 14
    selection = inspector->hexView()->selection();
    ASSERT_TRUE(selection.has_value());
    EXPECT_EQ(selection->first, 112u);
    EXPECT_EQ(selection->second, 4u);
    EXPECT_TRUE(inspector->bitView()->isVisible());
    EXPECT_EQ(inspector->bitView()->bitText(), QStringLiteral("0100 ...."));
    EXPECT_EQ(inspector->bitView()->caption(), QStringLiteral("Bits 0–3 of byte 14"));

    inspector->tree()->setCurrentIndex(model->index(1, 0, model->index(2, 0, ip))); // DF
    EXPECT_EQ(inspector->bitView()->bitText(), QStringLiteral(".1.. ...."));
    EXPECT_EQ(inspector->bitView()->caption(), QStringLiteral("Bit 1 of byte 20"));
}

TEST_F(PacketInspectorTest, ClickingAByteSelectsTheInnermostField) {
    clickByte(22);
    EXPECT_EQ(currentField(*inspector), QStringLiteral("ip.ttl"));
    clickByte(2);
    EXPECT_EQ(currentField(*inspector), QStringLiteral("eth.dst"));
    clickByte(20); // flags: its first bit is the reserved bit, a child of Flags
    EXPECT_EQ(currentField(*inspector), QStringLiteral("ip.flags.rb"));
    clickByte(28); // inside the IPv4 layer but no field of ours: the layer row
    EXPECT_EQ(currentField(*inspector), QStringLiteral("ip"));
}

TEST_F(PacketInspectorTest, ShowsTheProblemInRed) {
    EXPECT_FALSE(inspector->problemLabel()->isVisible());
    wire::Dissection d = handDissection();
    d.problem = "IPv4 header truncated at byte 34";
    inspector->showFrame(handFrame(), d);
    EXPECT_TRUE(inspector->problemLabel()->isVisible());
    EXPECT_TRUE(inspector->problemLabel()->text().contains(QStringLiteral("truncated at byte 34")));
    const QColor red = inspector->problemLabel()->palette().color(QPalette::WindowText);
    EXPECT_GT(red.red(), 150);
    EXPECT_LT(red.green(), 130);
}

TEST(PacketInspectorFollow, ShowsTheEventTheCursorIsOn) {
    engine::Engine engine;
    engine.setTrace(SampleTrace::lookupAndFetch());
    trace::ManualClock clock;
    PlaybackController controller(engine, clock);
    PacketInspector inspector(&controller);
    EXPECT_FALSE(inspector.shownEvent().has_value());
    controller.seekToEvent(3);
    EXPECT_EQ(inspector.shownEvent(), std::optional<std::size_t>(3));
    EXPECT_EQ(inspector.hexView()->data(), engine.trace()->at(3).frame());
    EXPECT_TRUE(
        inspector.titleLabel()->text().startsWith(QStringLiteral("Event 4 · resolver → tld-com")));
    EXPECT_GE(inspector.model()->rowCount(), 1);
    // In flight counts too: halfway through event 6 the inspector shows event 6.
    controller.seekToPosition(5.5);
    EXPECT_EQ(inspector.shownEvent(), std::optional<std::size_t>(5));
    controller.home();
    EXPECT_FALSE(inspector.shownEvent().has_value());
}

} // namespace
} // namespace hopscope::gui
