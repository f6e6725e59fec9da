// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The DNS lesson on the lab: the servers inside the lab's nodes, the laptop asking from the lab's
// laptop, and each event of a lookup carrying the frame the kernel sent and the lab captured.
#include "../wire/capture_tools.h"
#include "engine/engine.h"
#include "gui/controllers/dns_lookup_runner.h"
#include "gui/controllers/playback_controller.h"
#include "gui/views/dns_lookup_view.h"
#include "lab/lab_session.h"
#include "lab/topology.h"
#include "trace/trace_file.h"
#include "wire/ethernet_frame.h"
#include "wire/ipv4_packet.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>
#include <memory>

namespace hopscope::gui {
namespace {

constexpr int kWaitMs = 30000;

struct Addresses {
    wire::MacAddress sourceMac;
    wire::Ipv4Address source;
    wire::Ipv4Address destination;
    std::uint8_t ttl = 0;
};

std::optional<Addresses> addressesOf(const trace::Event& e) {
    const auto ethernet = wire::EthernetFrame::decode(e.frame());
    if (!ethernet) {
        return std::nullopt;
    }
    const auto ip = wire::Ipv4Packet::decode(ethernet->payload);
    if (!ip) {
        return std::nullopt;
    }
    return Addresses{ethernet->source, ip->source, ip->destination, ip->ttl};
}

class DnsLookupLabTest : public ::testing::Test {
protected:
    void start() {
        engine.setLessonNetwork(engine::LessonNetwork::Lab);
        view = std::make_unique<DnsLookupView>(controller, engine);
        view->setAutoPlay(false);
        view->resize(1280, 720);
        view->show(); // the first show starts the lab and the servers
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return view->runner().state() != DnsLookupRunner::State::Starting; },
            kWaitMs));
        ASSERT_EQ(view->runner().state(), DnsLookupRunner::State::Running)
            << view->runner().problems().join(QStringLiteral("; ")).toStdString();
    }

    const DnsLookupResult& lookup(const QString& name) {
        QSignalSpy done(view.get(), &DnsLookupView::lookupsDone);
        const std::size_t before = view->runner().lookups().size();
        EXPECT_TRUE(view->resolve(name, wire::DnsType::A));
        EXPECT_TRUE(done.wait(kWaitMs)) << "no answer for " << name.toStdString();
        EXPECT_EQ(view->runner().lookups().size(), before + 1);
        return view->runner().lookups().back();
    }

    engine::Engine engine;
    trace::ManualClock clock;
    PlaybackController controller{engine, clock};
    std::unique_ptr<DnsLookupView> view;
};

TEST_F(DnsLookupLabTest, EveryMessageOfALookupIsTheFrameTheLabCaptured) {
    start();
    ASSERT_EQ(view->runner().network(), engine::LessonNetwork::Lab)
        << view->runner().labProblem().toStdString();
    // The resolver is drawn where it really is in the lab.
    EXPECT_EQ(view->runner().resolver().displayAddress, wire::Ipv4Address(198, 18, 1, 53));

    const DnsLookupResult& result = lookup(QStringLiteral("www.foobar.com"));
    ASSERT_EQ(result.status, DnsLookupResult::Status::Answered);
    EXPECT_EQ(result.queries, 3U); // root, .com, foobar.com
    const trace::Trace& t = *result.trace;
    ASSERT_EQ(t.size(), 8U);
    const lab::Topology topology = lab::defaultTopology();
    std::int64_t previous = -1;
    for (std::size_t i = 0; i < t.size(); ++i) {
        SCOPED_TRACE("event " + std::to_string(i + 1));
        const trace::Event& e = t.at(i);
        EXPECT_EQ(e.source(), trace::SourceKind::Lab) << e.note();
        EXPECT_FALSE(e.capturedAt().empty());
        EXPECT_GE(e.timeNs(), previous); // kernel timestamps, in the order things happened
        previous = e.timeNs();
        const auto a = addressesOf(e);
        ASSERT_TRUE(a);
        // Every frame left an interface whose MAC the lab gave it, not one drawn for the view.
        const auto owner = topology.ownerOf(a->source);
        if (e.to() != view->runner().client().name) {
            ASSERT_TRUE(owner) << a->source.toString();
            EXPECT_EQ(e.capturedAt(), owner->toString());
            EXPECT_EQ(a->sourceMac, topology.node(owner->node)->interface(owner->interface)->mac);
        }
    }
    // The laptop's question as the laptop sent it, from its own address to the lab resolver.
    const auto question = addressesOf(t.at(0));
    EXPECT_EQ(t.at(0).capturedAt(), "laptop:eth0");
    EXPECT_EQ(question->source, wire::Ipv4Address(192, 168, 1, 10));
    EXPECT_EQ(question->destination, wire::Ipv4Address(198, 18, 1, 53));
    EXPECT_EQ(question->ttl, 64);
    // The resolver asks the root from its own address.
    const auto root = addressesOf(t.at(1));
    EXPECT_EQ(root->source, wire::Ipv4Address(198, 18, 1, 53));
    EXPECT_EQ(root->destination, wire::Ipv4Address(198, 41, 0, 4));
    // The answer as the laptop got it: through the NAT router back to its private address, its
    // TTL lowered by each router on the way.
    const trace::Event& reply = t.at(t.size() - 1);
    const auto answer = addressesOf(reply);
    EXPECT_EQ(reply.capturedAt(), "laptop:eth0");
    EXPECT_EQ(answer->source, wire::Ipv4Address(198, 18, 1, 53));
    EXPECT_EQ(answer->destination, wire::Ipv4Address(192, 168, 1, 10));
    EXPECT_LT(answer->ttl, 64);
}

TEST_F(DnsLookupLabTest, TsharkReadsTheSavedLabLookupWithoutAComplaint) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    start();
    ASSERT_EQ(view->runner().network(), engine::LessonNetwork::Lab);
    const DnsLookupResult& result = lookup(QStringLiteral("www.example.org"));
    ASSERT_GE(result.trace->size(), 6U);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("lab-lookup.pcapng")).toStdString();
    ASSERT_TRUE(trace::TraceFile::save(*result.trace, path).ok());
    const auto flagged = testing::runTool({"tshark", "-r", path, "-o", "ip.check_checksum:TRUE",
                                           "-o", "udp.check_checksum:TRUE", "-Y",
                                           "_ws.expert.severity >= warning || _ws.malformed", "-T",
                                           "fields", "-e", "frame.number", "-e", "_ws.col.Info"});
    EXPECT_EQ(flagged.code, 0) << flagged.err;
    EXPECT_EQ(flagged.out, "");
    // Every checksum checked and good (status 1), which not being flagged alone does not say.
    const auto verified = testing::runTool({"tshark", "-r", path, "-o", "ip.check_checksum:TRUE",
                                            "-o", "udp.check_checksum:TRUE", "-Y",
                                            "ip.checksum.status == 1 && udp.checksum.status == 1",
                                            "-T", "fields", "-e", "frame.number"});
    EXPECT_EQ(verified.code, 0) << verified.err;
    EXPECT_EQ(static_cast<std::size_t>(std::count(verified.out.begin(), verified.out.end(), '\n')),
              result.trace->size());
    // The interface each copy was seen on survives the file.
    trace::Trace loaded;
    ASSERT_TRUE(trace::TraceFile::load(path, loaded).ok());
    ASSERT_EQ(loaded.size(), result.trace->size());
    EXPECT_EQ(loaded.at(0).capturedAt(), "laptop:eth0");
}

// dig typed on the lab's laptop (here run there with nsenter, as `hopscope-cli lab shell laptop`
// does) becomes a lookup of the lesson too, with the frames the lab captured.
TEST_F(DnsLookupLabTest, DigOnTheLabsLaptopBecomesALookupOfTheLesson) {
    HOPSCOPE_REQUIRE_PEER_TOOL("dig");
    HOPSCOPE_REQUIRE_PEER_TOOL("nsenter");
    start();
    ASSERT_EQ(view->runner().network(), engine::LessonNetwork::Lab);
    const lab::LabSession* lab = view->runner().labSession();
    ASSERT_NE(lab, nullptr);
    pid_t laptop = -1;
    for (const auto& node : lab->nodes()) {
        if (node.name == "laptop") {
            laptop = node.anchor;
        }
    }
    ASSERT_GT(laptop, 0);
    QSignalSpy finished(&view->runner(), &DnsLookupRunner::lookupFinished);
    const auto dig = testing::runTool({"nsenter", "--target", std::to_string(laptop), "--user",
                                       "--net", "--mount", "--uts", "--preserve-credentials", "--",
                                       "dig", "+short", "+tries=1", "www.example.com", "AAAA"});
    ASSERT_EQ(dig.code, 0) << dig.err;
    EXPECT_FALSE(dig.out.empty());
    ASSERT_TRUE(finished.wait(kWaitMs) || finished.count() > 0);
    const DnsLookupResult& result = view->runner().lookups().back();
    EXPECT_TRUE(result.askedByOther);
    EXPECT_EQ(result.name, QStringLiteral("www.example.com"));
    EXPECT_EQ(result.type, wire::DnsType::AAAA);
    EXPECT_EQ(result.status, DnsLookupResult::Status::Answered);
    ASSERT_GE(result.trace->size(), 4U); // the question, the resolver's walk, the answer
    EXPECT_EQ(result.trace->at(0).capturedAt(), "laptop:eth0");
    EXPECT_EQ(result.trace->at(0).source(), trace::SourceKind::Lab);
    EXPECT_EQ(result.trace->at(result.trace->size() - 1).capturedAt(), "laptop:eth0");
    // The lesson shows it.
    EXPECT_EQ(&controller.trace(), result.trace.get());
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("Another program")))
        << view->statusText().toStdString();
}

TEST_F(DnsLookupLabTest, WithoutALabTheLessonRunsOnLoopbackAndSaysWhy) {
    const char* saved = std::getenv("HOPSCOPE_LAB_HELPER");
    const std::string before = saved != nullptr ? saved : "";
    ::setenv("HOPSCOPE_LAB_HELPER", "/nonexistent/hopscope-lab-helper", 1);
    start();
    if (before.empty()) {
        ::unsetenv("HOPSCOPE_LAB_HELPER");
    } else {
        ::setenv("HOPSCOPE_LAB_HELPER", before.c_str(), 1);
    }
    EXPECT_EQ(view->runner().network(), engine::LessonNetwork::Loopback);
    EXPECT_TRUE(view->runner().labProblem().contains(QStringLiteral("hopscope-lab-helper")))
        << view->runner().labProblem().toStdString();
    EXPECT_TRUE(view->statusText().contains(view->runner().labProblem()))
        << view->statusText().toStdString();
    const DnsLookupResult& result = lookup(QStringLiteral("www.foobar.com"));
    ASSERT_EQ(result.status, DnsLookupResult::Status::Answered);
    EXPECT_EQ(result.trace->at(0).source(), trace::SourceKind::Live);
}

} // namespace
} // namespace hopscope::gui
