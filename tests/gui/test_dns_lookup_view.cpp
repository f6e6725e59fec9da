// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The DNS lesson against the real engine: the default scenario's servers and resolver on
// loopback, lookups sent as real queries from the laptop's address, every wait bounded.
#include "../wire/capture_tools.h"
#include "engine/engine.h"
#include "gui/controllers/dns_lookup_runner.h"
#include "gui/controllers/playback_controller.h"
#include "gui/models/dns_cache_model.h"
#include "gui/text/dns_message_text.h"
#include "gui/views/dns_lookup_view.h"
#include "gui/widgets/dns_diagram_view.h"
#include "gui/widgets/dns_lookup_scene.h"
#include "gui/widgets/scene_exporter.h"
#include "svg_text.h"
#include "trace/trace_file.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>

namespace hopscope::gui {
namespace {

using Place = DnsLookupScene::Place;

constexpr int kWaitMs = 10000;

class DnsLookupViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        view = std::make_unique<DnsLookupView>(controller, engine);
        view->setAutoPlay(false);
        view->resize(1280, 720);
        view->show(); // the first show starts the servers
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return view->runner().state() != DnsLookupRunner::State::Starting; },
            kWaitMs));
        ASSERT_EQ(view->runner().state(), DnsLookupRunner::State::Running)
            << view->runner().problems().join(QStringLiteral("; ")).toStdString();
    }

    // Resolves and returns the finished lookup.
    const DnsLookupResult& lookup(const QString& name, wire::DnsType type = wire::DnsType::A) {
        QSignalSpy done(view.get(), &DnsLookupView::lookupsDone);
        const std::size_t before = view->runner().lookups().size();
        EXPECT_TRUE(view->resolve(name, type));
        EXPECT_TRUE(done.wait(kWaitMs)) << "no answer for " << name.toStdString();
        EXPECT_EQ(view->runner().lookups().size(), before + 1);
        return view->runner().lookups().back();
    }

    // Writes the diagram as `name` in a folder of the test's; the path, or empty on failure.
    QString exportDiagram(const QString& name, SceneExporter::Format format) {
        SceneExporter::Source source;
        source.scene = view->exportScene();
        source.sceneRect = view->exportRect();
        source.title = QStringLiteral("DNS lookup");
        const QString path = exportDir.filePath(name);
        const QString error = SceneExporter::write(source, path, format, 1.0);
        EXPECT_EQ(error, QString());
        return error.isEmpty() ? path : QString();
    }

    std::vector<std::pair<Place, Place>> hops() const {
        std::vector<std::pair<Place, Place>> out;
        for (std::size_t i = 0; i < controller.eventCount(); ++i) {
            const auto& e = controller.event(i);
            const auto from = view->scene()->placeOf(e.from());
            const auto to = view->scene()->placeOf(e.to());
            EXPECT_TRUE(from && to) << "not in the scenario: " << e.from() << " -> " << e.to();
            if (from && to) {
                out.emplace_back(*from, *to);
            }
        }
        return out;
    }

    QString pillText(std::size_t event) const {
        return DnsMessageText::pillLines(controller.event(event)).join(QLatin1Char('|'));
    }

    engine::Engine engine;
    trace::ManualClock clock;
    PlaybackController controller{engine, clock};
    QTemporaryDir exportDir;
    std::unique_ptr<DnsLookupView> view;
};

TEST_F(DnsLookupViewTest, ResolvesDownTheHierarchyAndDrawsOnePillPerEventUpToTheCursor) {
    const auto& result = lookup(QStringLiteral("www.foobar.com"));
    EXPECT_EQ(result.status, DnsLookupResult::Status::Answered);
    EXPECT_EQ(result.rcode, wire::DnsRcode::NoError);
    EXPECT_FALSE(result.fromCache);
    EXPECT_EQ(result.queries, 3U);
    ASSERT_FALSE(result.answers.empty());
    EXPECT_EQ(DnsMessageText::recordText(result.answers.front()),
              QStringLiteral("CNAME foobar.com"));
    // The lookup's own trace is what plays.
    ASSERT_EQ(controller.traceHandle(), result.trace);
    controller.end();

    const std::vector<std::pair<Place, Place>> expected{
        {Place::Client, Place::Resolver},        {Place::Resolver, Place::Root},
        {Place::Root, Place::Resolver},          {Place::Resolver, Place::Tld},
        {Place::Tld, Place::Resolver},           {Place::Resolver, Place::Authoritative},
        {Place::Authoritative, Place::Resolver}, {Place::Resolver, Place::Client}};
    EXPECT_EQ(hops(), expected);
    ASSERT_EQ(controller.eventCount(), expected.size());
    EXPECT_EQ(controller.event(0).from(), "laptop");
    EXPECT_EQ(pillText(0), QStringLiteral("A? www.foobar.com"));
    EXPECT_EQ(pillText(1), QStringLiteral("A? www.foobar.com"));
    EXPECT_EQ(pillText(2), QStringLiteral("referral → com. (a.gtld-servers.net)"));
    EXPECT_EQ(pillText(4), QStringLiteral("referral → foobar.com. (ns1.foobar.com)"));
    EXPECT_TRUE(pillText(6).startsWith(QStringLiteral("CNAME foobar.com|A 198.51.100.")));
    EXPECT_TRUE(pillText(7).startsWith(QStringLiteral("CNAME foobar.com|A 198.51.100.")));
    for (std::size_t i = 0; i < controller.eventCount(); ++i) {
        EXPECT_FALSE(controller.event(i).note().empty()) << "event " << i;
        EXPECT_GE(controller.event(i).timeNs(), i == 0 ? 0 : controller.event(i - 1).timeNs());
    }
    EXPECT_NE(controller.event(2).note().find("refers us to the .com servers"), std::string::npos)
        << controller.event(2).note();
    EXPECT_EQ(controller.event(0).timeNs(), 0); // each lookup's clock starts at its question

    // One pill per event up to the cursor; the current one is the last.
    controller.home();
    EXPECT_TRUE(view->scene()->pills().empty());
    controller.seekToEvent(3);
    ASSERT_EQ(view->scene()->pills().size(), 4U);
    EXPECT_TRUE(view->scene()->pills().back().current);
    EXPECT_EQ(view->scene()->pills().back().event, 3U);
    EXPECT_FALSE(view->scene()->pills().front().current);
    EXPECT_TRUE(view->captionText().startsWith(QStringLiteral("4 of 8. ")));
    EXPECT_TRUE(view->captionText().contains(QStringLiteral("Real time:")));
    EXPECT_EQ(view->scene()->shownServer(Place::Tld)->name, "a.gtld-servers.net");
    controller.end();
    EXPECT_EQ(view->scene()->pills().size(), 8U);
    // Half way through a hop the message is in flight between the two machines.
    controller.seekToPosition(2.5);
    ASSERT_EQ(view->scene()->pills().size(), 3U);
    EXPECT_TRUE(view->scene()->pills().back().inFlight);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("3 queries to servers")))
        << view->statusText().toStdString();
}

// What the lesson draws is what Wireshark reads: the whole lookup, laptop included, saved as
// pcapng, dissects as DNS with every checksum right and no warning. Skipped without tshark.
TEST_F(DnsLookupViewTest, TheDrawnMessagesAreCleanDnsForTshark) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const DnsLookupResult& result = lookup(QStringLiteral("www.example.org"));
    ASSERT_GE(result.trace->size(), 6U); // glueless: the NS name is resolved first
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("lookup.pcapng")).toStdString();
    ASSERT_TRUE(trace::TraceFile::save(*result.trace, path).ok());
    const auto flagged = testing::runTool({"tshark", "-r", path, "-o", "ip.check_checksum:TRUE",
                                           "-o", "udp.check_checksum:TRUE", "-Y",
                                           "_ws.expert.severity >= warning || _ws.malformed", "-T",
                                           "fields", "-e", "frame.number", "-e", "_ws.col.Info"});
    EXPECT_EQ(flagged.code, 0) << flagged.err;
    EXPECT_EQ(flagged.out, "");
    const std::string protocols =
        testing::runTool({"tshark", "-r", path, "-T", "fields", "-e", "_ws.col.Protocol"}).out;
    std::string expected;
    for (std::size_t i = 0; i < result.trace->size(); ++i) {
        expected += "DNS\n";
    }
    EXPECT_EQ(protocols, expected);
    // Every checksum checked and good (status 1), which not being flagged alone does not say.
    const auto verified = testing::runTool({"tshark", "-r", path, "-o", "ip.check_checksum:TRUE",
                                            "-o", "udp.check_checksum:TRUE", "-Y",
                                            "ip.checksum.status == 1 && udp.checksum.status == 1",
                                            "-T", "fields", "-e", "frame.number"});
    EXPECT_EQ(verified.code, 0) << verified.err;
    EXPECT_EQ(static_cast<std::size_t>(std::count(verified.out.begin(), verified.out.end(), '\n')),
              result.trace->size());
}

TEST_F(DnsLookupViewTest, ClickingAPillOrAMachineMovesTheCursorThere) {
    lookup(QStringLiteral("www.foobar.com"));
    controller.end();
    QCoreApplication::processEvents();
    DnsDiagramView* diagram = view->diagram();
    const auto& pills = view->scene()->pills();
    ASSERT_EQ(pills.size(), 8U);
    const QPoint at = diagram->mapFromScene(pills[2].rect.center());
    ASSERT_TRUE(diagram->viewport()->rect().contains(at));
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, at);
    ASSERT_TRUE(controller.currentIndex().has_value());
    EXPECT_EQ(*controller.currentIndex(), 2U);
    EXPECT_DOUBLE_EQ(controller.position(), 3.0);
    EXPECT_TRUE(view->scene()->pills().back().current);

    // A machine: its next message after the cursor.
    const QPoint auth = diagram->mapFromScene(view->scene()->placeCentre(Place::Authoritative));
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, auth);
    EXPECT_EQ(view->scene()->selectedPlace(), Place::Authoritative);
    ASSERT_TRUE(controller.currentIndex().has_value());
    EXPECT_EQ(*controller.currentIndex(), 5U);
}

TEST_F(DnsLookupViewTest, SecondLookupStopsAtTheCacheAndTheFirstIsKept) {
    const auto first = lookup(QStringLiteral("www.foobar.com")).trace;
    const auto& second = lookup(QStringLiteral("www.foobar.com"));
    EXPECT_TRUE(second.fromCache);
    EXPECT_EQ(second.queries, 0U);
    EXPECT_NE(second.trace, first);
    ASSERT_EQ(controller.traceHandle(), second.trace);
    controller.end();
    const std::vector<std::pair<Place, Place>> expected{{Place::Client, Place::Resolver},
                                                        {Place::Resolver, Place::Client}};
    EXPECT_EQ(hops(), expected);
    // The drawing says so at the resolver, as the lookup's result has it.
    EXPECT_TRUE(view->scene()->answeredFromCache());
    controller.home();
    EXPECT_FALSE(view->scene()->answeredFromCache()) << "not before the reply has arrived";
    controller.end();
    const std::string& note = controller.event(1).note();
    EXPECT_NE(note.find("from its cache (TTL "), std::string::npos) << note;
    EXPECT_NE(note.find(" s left)"), std::string::npos) << note;
    EXPECT_GT(second.cachedTtl, 0U);
    EXPECT_LE(second.cachedTtl, 300U); // www's CNAME has a TTL of 300 s
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("cache")));

    // The earlier lookup is still there to show again.
    ASSERT_EQ(view->historyCombo()->count(), 2);
    EXPECT_EQ(view->historyCombo()->currentIndex(), 1);
    EXPECT_EQ(first->size(), 8U);
    view->historyCombo()->activated(0);
    EXPECT_EQ(controller.traceHandle(), first);
    EXPECT_EQ(view->scene()->pills().size(), 8U);
}

TEST_F(DnsLookupViewTest, CachePanelCountsDownAndFlushEmptiesIt) {
    lookup(QStringLiteral("www.foobar.com"));
    DnsCacheModel* model = view->cacheModel();
    ASSERT_GT(model->rowCount(), 0);
    int www = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DnsCacheModel::NameColumn).data().toString() ==
                QStringLiteral("www.foobar.com") &&
            model->index(row, DnsCacheModel::TypeColumn).data().toString() ==
                QStringLiteral("CNAME")) {
            www = row;
        }
    }
    ASSERT_GE(www, 0);
    EXPECT_EQ(model->index(www, DnsCacheModel::DataColumn).data().toString(),
              QStringLiteral("foobar.com"));
    const auto ttlOf = [&] { return model->entries()[static_cast<std::size_t>(www)].remainingTtl; };
    const std::uint32_t before = ttlOf();
    EXPECT_LE(before, 300U);
    // The panel refreshes once a second from the engine's clock.
    EXPECT_TRUE(QTest::qWaitFor([&] { return ttlOf() < before; }, kWaitMs));
    EXPECT_EQ(model->index(www, DnsCacheModel::TtlColumn).data().toString(),
              QStringLiteral("%1 s").arg(ttlOf()));

    ASSERT_TRUE(view->flushButton()->isEnabled());
    QTest::mouseClick(view->flushButton(), Qt::LeftButton);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(view->runner().cacheSnapshot().empty());
    // With the cache empty, the next lookup walks the hierarchy again.
    EXPECT_EQ(lookup(QStringLiteral("www.foobar.com")).queries, 3U);
}

TEST_F(DnsLookupViewTest, NegativeAnswersAreCachedAndMarked) {
    const auto& result = lookup(QStringLiteral("nope.foobar.com"));
    EXPECT_EQ(result.rcode, wire::DnsRcode::NXDomain);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("NXDOMAIN")));
    const auto& nodata = lookup(QStringLiteral("mail.foobar.com"), wire::DnsType::MX);
    EXPECT_EQ(nodata.rcode, wire::DnsRcode::NoError);
    EXPECT_TRUE(nodata.answers.empty());
    QSet<QString> marks;
    DnsCacheModel* model = view->cacheModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        marks << model->index(row, DnsCacheModel::NameColumn).data().toString() + QLatin1Char(':') +
                     model->index(row, DnsCacheModel::DataColumn).data().toString();
    }
    EXPECT_TRUE(marks.contains(QStringLiteral("nope.foobar.com:does not exist")));
    EXPECT_TRUE(marks.contains(QStringLiteral("mail.foobar.com:no such record")));
}

TEST_F(DnsLookupViewTest, TheInputRowResolvesWithEnterOrTheButton) {
    QSignalSpy done(view.get(), &DnsLookupView::lookupsDone);
    view->nameEdit()->setText(QStringLiteral("foobar.com"));
    view->typeCombo()->setCurrentIndex(
        static_cast<int>(DnsLookupView::recordTypes().indexOf(wire::DnsType::MX)));
    QTest::keyClick(view->nameEdit(), Qt::Key_Return);
    ASSERT_TRUE(done.wait(kWaitMs));
    const auto& mx = view->runner().lookups().back();
    EXPECT_EQ(mx.type, wire::DnsType::MX);
    ASSERT_EQ(mx.answers.size(), 1U);
    EXPECT_EQ(DnsMessageText::recordText(mx.answers.front()),
              QStringLiteral("MX 10 mail.foobar.com"));

    view->nameEdit()->setText(QStringLiteral("info.foobar.com"));
    view->typeCombo()->setCurrentIndex(
        static_cast<int>(DnsLookupView::recordTypes().indexOf(wire::DnsType::TXT)));
    ASSERT_TRUE(view->resolveButton()->isEnabled());
    QTest::mouseClick(view->resolveButton(), Qt::LeftButton);
    ASSERT_TRUE(done.wait(kWaitMs));
    EXPECT_EQ(view->runner().lookups().back().type, wire::DnsType::TXT);
    EXPECT_EQ(view->historyCombo()->count(), 2);
}

TEST_F(DnsLookupViewTest, BadNamesAreRefusedWithAReason) {
    EXPECT_FALSE(view->resolve(QStringLiteral("   ")));
    EXPECT_FALSE(view->resolve(QStringLiteral("a..b")));
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("a..b")));
    EXPECT_TRUE(view->runner().lookups().empty());
}

TEST_F(DnsLookupViewTest, ExportsTheDiagramAsAPng) {
    lookup(QStringLiteral("www.foobar.com"));
    controller.end();
    QImage image(exportDiagram(QStringLiteral("dns.png"), SceneExporter::Format::Png));
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 600);
    // The messages are drawn in the application layer's colour (#E69F00).
    bool orange = false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            colours.insert(c.rgb());
            orange = orange || (std::abs(c.red() - 0xE6) < 6 && std::abs(c.green() - 0x9F) < 6 &&
                                c.blue() < 12);
        }
    }
    EXPECT_TRUE(orange);
    EXPECT_GT(colours.size(), 50);
}

TEST_F(DnsLookupViewTest, ExportsTheDiagramAsSvgWithItsLabelsAsText) {
    lookup(QStringLiteral("www.foobar.com"));
    controller.end();
    const test::SvgContent svg =
        test::readSvg(exportDiagram(QStringLiteral("dns.svg"), SceneExporter::Format::Svg));
    ASSERT_TRUE(svg.valid) << svg.error.toStdString();
    EXPECT_EQ(svg.size.toSize(), view->exportRect().size().toSize());
    const QString all = svg.texts.join(QStringLiteral(" | "));
    // The machines by name, and every message's pill with its question.
    for (const DnsLookupScene::Pill& pill : view->scene()->pills()) {
        for (const QString& line : pill.lines) {
            EXPECT_TRUE(svg.texts.contains(line.simplified()))
                << line.toStdString() << " not in " << all.toStdString();
        }
    }
    EXPECT_GE(view->scene()->pills().size(), 8U);
    EXPECT_TRUE(all.contains(QStringLiteral("www.foobar.com"))) << all.toStdString();
}

// Writes `text` to `dir`/`name`; zone paths are the shipped zones.
QString writeScenario(const QTemporaryDir& dir, const QString& name, QString text) {
    const QString zones = QStringLiteral(HOPSCOPE_SOURCE_DIR "/resources/zones/");
    text.replace(QStringLiteral("ZONES/"), zones);
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

TEST_F(DnsLookupViewTest, OpeningAScenarioReplacesTheServers) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeScenario(dir, QStringLiteral("small.scenario"), QStringLiteral(R"(
[scenario]
title = One of each
[server a.root-servers.net]
role = root
display = 198.41.0.4
loopback = 127.0.1.1
zone = . ZONES/root.zone
[server a.gtld-servers.net]
role = tld
display = 192.5.6.30
loopback = 127.0.1.11
zone = com. ZONES/com.zone
[server ns1.foobar.com]
role = authoritative
display = 198.51.100.53
loopback = 127.0.1.21
zone = foobar.com. ZONES/foobar.com.zone
[server resolver]
role = resolver
display = 10.0.0.1
loopback = 127.0.0.10
root-hints = ZONES/named.root
[client student]
display = 10.0.0.20
loopback = 127.0.0.21
)"));
    view->openScenario(path);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return view->runner().state() != DnsLookupRunner::State::Starting; }, kWaitMs));
    ASSERT_EQ(view->runner().state(), DnsLookupRunner::State::Running)
        << view->runner().problems().join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(view->runner().scenarioTitle(), QStringLiteral("One of each"));
    EXPECT_EQ(view->runner().servers().size(), 4U);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("4 DNS servers")));

    const auto& result = lookup(QStringLiteral("www.foobar.com"));
    EXPECT_EQ(result.rcode, wire::DnsRcode::NoError);
    controller.end();
    ASSERT_GE(controller.eventCount(), 8U);
    EXPECT_EQ(controller.event(0).from(), "student"); // the scenario's client asks
    EXPECT_EQ(view->scene()->placeOf("student"), Place::Client);
    // Places come from the scenario's roles, never from what a name looks like.
    EXPECT_EQ(view->scene()->placeOf("root-a"), std::nullopt);
    EXPECT_EQ(view->scene()->shownServer(Place::Root)->address, QStringLiteral("198.41.0.4"));

    // A broken scenario says where it is broken, and nothing keeps running.
    const QString broken = writeScenario(dir, QStringLiteral("broken.scenario"),
                                         QStringLiteral("[server x]\nrole = nonsense\n"));
    view->openScenario(broken);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return view->runner().state() != DnsLookupRunner::State::Starting; }, kWaitMs));
    EXPECT_EQ(view->runner().state(), DnsLookupRunner::State::Failed);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("broken.scenario:2")))
        << view->statusText().toStdString();
    EXPECT_FALSE(view->resolve(QStringLiteral("www.foobar.com")));
    EXPECT_FALSE(view->runner().busy());
    EXPECT_FALSE(view->scene()->hasNodes());
}

TEST_F(DnsLookupViewTest, PresentationScaleGrowsTheDrawing) {
    const QSizeF normal = view->scene()->minimumLayoutSize();
    view->setDisplayScale(1.5);
    const QSizeF large = view->scene()->minimumLayoutSize();
    EXPECT_GT(large.width(), normal.width() * 1.4);
    EXPECT_GT(large.height(), normal.height() * 1.3);
    // Still all on screen at 1280x720: the view shrinks the drawing to fit rather than cut it.
    view->resize(1280, 720);
    QCoreApplication::processEvents();
    const QRectF shown =
        view->diagram()->mapToScene(view->diagram()->viewport()->rect()).boundingRect();
    EXPECT_TRUE(shown.adjusted(-1, -1, 1, 1).contains(view->scene()->sceneRect()));
}

} // namespace
} // namespace hopscope::gui
