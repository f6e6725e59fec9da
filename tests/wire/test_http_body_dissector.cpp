// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// The layer an HTTP body gets, against TShark 4.0.17: which media-type dissector takes it (the
// protocol chain tshark prints as frame.protocols), the info column, and the fields of the
// data, media and json layers. The expected values were recorded with tshark -T fields and
// -T pdml; when tshark is installed, the last tests compare against it directly.
#include "capture_tools.h"
#include "wire/app_dissectors.h"
#include "wire/dissector.h"
#include "wire/frame_builder.h"
#include "wire/pcap_writer.h"

#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;
using testing::runTool;
using testing::TempDir;

// A response with this Content-Type (none when nullopt) and body, from port 80. Frames for
// tshark need a port each, or it takes them for retransmissions of one segment.
Bytes responseFrame(const std::optional<std::string>& contentType, std::string_view body,
                    std::uint16_t clientPort = 40000, const std::string& encoding = {}) {
    std::string text = "HTTP/1.1 200 OK\r\n";
    if (contentType) {
        text += "Content-Type: " + *contentType + "\r\n";
    }
    if (!encoding.empty()) {
        text += "Content-Encoding: " + encoding + "\r\n";
    }
    text += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    text += body;
    TcpSegment seg;
    seg.sourcePort = 80;
    seg.destinationPort = clientPort;
    seg.sequenceNumber = 1;
    seg.acknowledgmentNumber = 1;
    seg.flags = static_cast<std::uint16_t>(TcpFlag::Psh) | static_cast<std::uint16_t>(TcpFlag::Ack);
    seg.window = 65535;
    return FrameBuilder::tcpOverIpv4OverEthernet(
        MacAddress(MacAddress::Bytes{2, 0, 0, 0, 0, 1}),
        MacAddress(MacAddress::Bytes{2, 0, 0, 0, 0, 2}), Ipv4Address(127, 0, 0, 1),
        Ipv4Address(127, 0, 0, 2), seg, Bytes(text.begin(), text.end()));
}

// The protocols above TCP, as frame.protocols lists them ("http:data-text-lines").
std::string chainAboveTcp(const Dissection& d) {
    std::string s;
    bool above = false;
    for (const auto& l : d.layers) {
        if (above) {
            s += (s.empty() ? "" : ":") + l.protocol;
        }
        above = above || l.protocol == "tcp";
    }
    return s;
}

std::string joined(const Dissection& d, std::string_view filter) {
    std::string s;
    for (const Field* f : d.find(filter)) {
        s += (s.empty() ? "" : ",") + f->value;
    }
    return s;
}

struct BodyCase {
    std::optional<std::string> contentType;
    std::string body;
    std::string chain; // tshark 4.0.17's frame.protocols after "tcp:"
    std::string info;  // and its Info column
};

// Bodies whose chain and info tshark 4.0.17 printed as recorded here.
const std::vector<BodyCase>& bodyCases() {
    static const std::vector<BodyCase> cases = {
        {std::nullopt, "hello", "http:data", "HTTP/1.1 200 OK "},
        {"text/html", "hello", "http:data-text-lines", "HTTP/1.1 200 OK  (text/html)"},
        {"Text/Plain; charset=utf-8", "hello", "http:data-text-lines",
         "HTTP/1.1 200 OK  (text/plain)"},
        {"text/css", "abcd", "http:data-text-lines", "HTTP/1.1 200 OK  (text/css)"},
        {"application/x-javascript", "abcd", "http:data-text-lines",
         "HTTP/1.1 200 OK  (application/x-javascript)"},
        {"text/csv", "abcd", "http:media", "HTTP/1.1 200 OK  (text/csv)"},
        {"text/foo", "abcd", "http:media", "HTTP/1.1 200 OK  (text/foo)"},
        {"application/javascript", "abcd", "http:media",
         "HTTP/1.1 200 OK  (application/javascript)"},
        {"application/json", "{\"a\":1}", "http:json",
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/json)"},
        {"APPLICATION/JSON", "{\"a\":1}", "http:json",
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/json)"},
        {"application/problem+json", "{\"a\":1}", "http:json",
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/problem+json)"},
        {"application/geo+json", "{\"a\":1}", "http:media",
         "HTTP/1.1 200 OK  (application/geo+json)"},
        {"application/json", "notjson", "http:json:data-text-lines",
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/json)"},
        {"application/json", "{\"a\":1} x", "http:json:data-text-lines",
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/json)"},
        {"application/json", "\"str\"", "http:json:data-text-lines",
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/json)"},
        {"application/json", "{\"a\":1}{\"b\":2}", "http:json",
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/json)"},
        {"image/png", "abcd", "http:media", "HTTP/1.1 200 OK  (image/png)"},
        {"application/octet-stream", "abcd", "http:data", "HTTP/1.1 200 OK "},
        {"application/xml", "<a/>", "http:xml", "HTTP/1.1 200 OK "},
        {"text/xml", "<a/>", "http:xml", "HTTP/1.1 200 OK "},
        {"application/soap+xml", "<a/>", "http:xml", "HTTP/1.1 200 OK "},
        {"application/problem+xml", "<a/>", "http:media",
         "HTTP/1.1 200 OK  (application/problem+xml)"},
        {"application/x-wms-logplaystats", "abcd", "http:xml", "HTTP/1.1 200 OK "},
        {"text/plain", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>hi</a>",
         "http:data-text-lines:xml", "HTTP/1.1 200 OK "},
        {"text/plain", "<?xml version=\"1.0\"?>", "http:data-text-lines",
         "HTTP/1.1 200 OK  (text/plain)"},
        {"application/x-www-form-urlencoded", "a=b", "http:urlencoded-form",
         "HTTP/1.1 200 OK  (application/x-www-form-urlencoded)"},
        {"multipart/mixed", "a=b", "http:mime_multipart:data", "HTTP/1.1 200 OK "},
        {"multipart/mixed; boundary=YY", "--XX\r\n\r\nhi\r\n--XX--\r\n", "http:mime_multipart:data",
         "HTTP/1.1 200 OK "},
        {"foo/bar", "abcd", "http:media", "HTTP/1.1 200 OK  (foo/bar)"},
        {"", "abcd", "http:media", "HTTP/1.1 200 OK  ()"},
    };
    return cases;
}

TEST(HttpBodyDissector, BodiesGetTheLayerTsharkGivesThem) {
    for (const auto& c : bodyCases()) {
        SCOPED_TRACE(c.contentType.value_or("(no Content-Type)") + " / " + c.body);
        const Bytes frame = responseFrame(c.contentType, c.body);
        const Dissection d = dissect(LinkType::Ethernet, frame);
        EXPECT_EQ(chainAboveTcp(d), c.chain);
        EXPECT_EQ(d.info, c.info);
        EXPECT_EQ(d.problem, "");
        for (const auto& l : d.layers) {
            EXPECT_LE(l.byteOffset + l.byteLength, frame.size()) << l.protocol;
            EXPECT_FALSE(l.name.empty()) << l.protocol;
        }
    }
}

TEST(HttpBodyDissector, NoBodyNoBodyLayer) {
    EXPECT_EQ(chainAboveTcp(dissect(LinkType::Ethernet, responseFrame("text/plain", ""))), "http");
    // A body cut off by the segment end stays part of the HTTP layer.
    TcpSegment seg;
    seg.sourcePort = 80;
    seg.destinationPort = 40000;
    const std::string cut = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello";
    const Dissection d = dissect(LinkType::Ethernet,
                                 FrameBuilder::tcpOverIpv4OverEthernet(
                                     MacAddress(), MacAddress(), Ipv4Address(1, 1, 1, 1),
                                     Ipv4Address(2, 2, 2, 2), seg, Bytes(cut.begin(), cut.end())));
    EXPECT_EQ(chainAboveTcp(d), "http");
}

// data.data and data.len, media.type and the text lines, placed as tshark -T pdml places them.
TEST(HttpBodyDissector, DataMediaAndTextFields) {
    const Bytes data = responseFrame(std::nullopt, "hello");
    const Dissection d = dissect(LinkType::Ethernet, data);
    const std::size_t body = data.size() - 5;
    ASSERT_EQ(d.find("data.data").size(), 1U);
    EXPECT_EQ(d.find("data.data")[0]->value, "68656c6c6f");
    EXPECT_EQ(d.find("data.data")[0]->bitOffset, body * 8);
    EXPECT_EQ(d.find("data.data")[0]->bitLength, 5U * 8);
    ASSERT_EQ(d.find("data.len").size(), 1U);
    EXPECT_EQ(d.find("data.len")[0]->value, "5");
    EXPECT_EQ(d.find("data.len")[0]->bitOffset, body * 8);
    EXPECT_EQ(d.find("data.len")[0]->bitLength, 0U);
    EXPECT_EQ(d.layers.back().byteOffset, body);
    EXPECT_EQ(d.layers.back().byteLength, 5U);

    const Dissection m = dissect(LinkType::Ethernet, responseFrame("image/png", "abcd"));
    EXPECT_EQ(joined(m, "media.type"), "61626364");
    EXPECT_EQ(m.find("media.type")[0]->shown(), "image/png (4 bytes)");
    EXPECT_EQ(m.layers.back().osi, OsiLayer::Presentation);

    // packet-text-media.c ends a line at CR LF, LF or CR.
    const Bytes text = responseFrame("text/html", "a\r\nb\nc\rd\r\n");
    const Dissection t = dissect(LinkType::Ethernet, text);
    const Layer& lines = t.layers.back();
    EXPECT_EQ(lines.protocol, "data-text-lines");
    EXPECT_EQ(lines.summary, "text/html (4 lines)");
    ASSERT_EQ(lines.fields.size(), 4U);
    const std::size_t start = text.size() - 10;
    const std::pair<std::size_t, std::string> expected[] = {
        {3, "a\\r\\n"}, {2, "b\\n"}, {2, "c\\r"}, {3, "d\\r\\n"}};
    std::size_t at = start;
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(lines.fields[i].bitOffset, at * 8);
        EXPECT_EQ(lines.fields[i].bitLength, expected[i].first * 8);
        EXPECT_EQ(lines.fields[i].shown(), expected[i].second);
        at += expected[i].first;
    }
}

// tshark -T fields for [1, "a\u0041", true, null, {"k": {"x": [2]}}]: note the \u0041 that
// packet-json.c drops because its escape ends the string.
TEST(HttpBodyDissector, JsonFieldsMatchTshark) {
    const std::string json = "[1, \"a\\u0041\", true, null, {\"k\": {\"x\": [2]}}]";
    const Bytes frame = responseFrame("application/json", json);
    const Dissection d = dissect(LinkType::Ethernet, frame);
    EXPECT_EQ(joined(d, "json.array"), "1,1");
    EXPECT_EQ(joined(d, "json.object"), "1,1");
    EXPECT_EQ(joined(d, "json.member"), "k,x");
    EXPECT_EQ(joined(d, "json.key"), "x,k");
    EXPECT_EQ(joined(d, "json.path"), "/[]/k/x,/[]/k");
    EXPECT_EQ(joined(d, "json.path_with_value"), "/[]:1,/[]:a,/[]:true,/[]:null,/[]/k/x/[]:2");
    EXPECT_EQ(joined(d, "json.member_with_value"), "[]:1,[]:a,[]:true,[]:null,[]:2");
    EXPECT_EQ(joined(d, "json.value.string"), "a");
    EXPECT_EQ(joined(d, "json.value.number"), "1,2");
    EXPECT_EQ(joined(d, "json.value.true"), "1");
    EXPECT_EQ(joined(d, "json.value.null"), "1");
    // Places from tshark -T pdml, relative to the body.
    const std::size_t body = frame.size() - json.size();
    const auto place = [&](std::string_view filter, std::size_t i) {
        const Field* f = d.find(filter).at(i);
        return std::pair{f->bitOffset / 8 - body, f->bitLength / 8};
    };
    EXPECT_EQ(place("json.array", 0), (std::pair<std::size_t, std::size_t>{0, 45}));
    EXPECT_EQ(place("json.value.string", 0), (std::pair<std::size_t, std::size_t>{4, 9}));
    EXPECT_EQ(place("json.object", 0), (std::pair<std::size_t, std::size_t>{27, 17}));
    EXPECT_EQ(place("json.member", 0), (std::pair<std::size_t, std::size_t>{28, 15}));
    EXPECT_EQ(place("json.key", 1), (std::pair<std::size_t, std::size_t>{28, 3}));
    EXPECT_EQ(place("json.path", 1), (std::pair<std::size_t, std::size_t>{28, 15}));
    EXPECT_EQ(place("json.value.number", 1), (std::pair<std::size_t, std::size_t>{40, 1}));
}

TEST(HttpBodyDissector, JsonReadsAsPacketJsonReadsIt) {
    const auto json = [](const std::string& text) {
        return dissect(LinkType::Ethernet, responseFrame("application/json", text));
    };
    // Escapes, a surrogate pair, an unprintable character (dropped) and a lone surrogate.
    const Dissection e = json("{\"k\\\"q\": \"v\\n\", \"\\u00e9\\u0001x\": \"\\ud83d\\ude00y\", "
                              "\"s\": [\"\\ud83dx\"]}");
    EXPECT_EQ(joined(e, "json.member"), "k\"q,\xC3\xA9x,s");
    EXPECT_EQ(joined(e, "json.value.string"), "v\\n,\xF0\x9F\x98\x80y,\xEF\xBF\xBD");
    EXPECT_EQ(joined(e, "json.path_with_value"),
              "/k\"q:v\\n,/\xC3\xA9x:\xF0\x9F\x98\x80y,/s/[]:\xEF\xBF\xBD");
    // tvbparse skips whitespace between the parts of a number.
    EXPECT_EQ(joined(json("[1 2, - 1, 1 .5, 1.5 e3]"), "json.value.number"), "1 2,- 1,1 .5,1.5 e3");
    EXPECT_EQ(joined(json("[NaN, false]"), "json.value.nan"), "1");
    // What does not parse goes to data-text-lines, whitespace after the JSON included.
    const Dissection rest = json("[true] \r\nx");
    ASSERT_EQ(chainAboveTcp(rest), "http:json:data-text-lines");
    EXPECT_EQ(rest.layers[rest.layers.size() - 2].byteLength, 9U);
    EXPECT_EQ(rest.layers.back().byteLength, 1U);
    const Dissection none = json("  [1,]");
    EXPECT_EQ(none.layers[none.layers.size() - 2].byteLength, 0U);
    EXPECT_EQ(none.layers.back().byteLength, 6U);
    EXPECT_TRUE(none.find("json.array").empty());
    // Nesting deep enough to exhaust a naive parser's stack is refused, not crashed on.
    const Dissection deep = json(std::string(10000, '[') + std::string(10000, ']'));
    EXPECT_EQ(chainAboveTcp(deep), "http:json:data-text-lines");
}

TEST(HttpBodyDissector, ChunkedBodiesArePlacedOnTheirChunks) {
    TcpSegment seg;
    seg.sourcePort = 80;
    seg.destinationPort = 40000;
    const std::string text =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n";
    const Bytes frame = FrameBuilder::tcpOverIpv4OverEthernet(
        MacAddress(), MacAddress(), Ipv4Address(1, 1, 1, 1), Ipv4Address(2, 2, 2, 2), seg,
        Bytes(text.begin(), text.end()));
    const Dissection d = dissect(LinkType::Ethernet, frame);
    ASSERT_EQ(chainAboveTcp(d), "http:json");
    const std::size_t chunks = frame.size() - (text.size() - text.find("4\r\n"));
    EXPECT_EQ(d.layers.back().byteOffset, chunks);
    EXPECT_EQ(d.layers.back().byteOffset + d.layers.back().byteLength, frame.size());
    ASSERT_EQ(d.find("json.member").size(), 1U);
    EXPECT_EQ(d.find("json.member")[0]->value, "a");
    EXPECT_EQ(d.find("json.member")[0]->bitOffset, chunks * 8);
}

// Against the installed tshark: every media type the tables name, and some they do not.
// Compressed bodies: tshark decompresses gzip and deflate and shows the media type's layer;
// ours shows the same layer over the encoded bytes (and no lines or members read from them).
TEST(HttpBodyDissector, EncodedBodiesGetTheLayerTsharkGivesThem) {
    struct Case {
        std::string type;
        std::string encoding;
        std::string hex; // the encoded body (Python's gzip.compress / zlib.compress)
    };
    const std::vector<Case> cases = {
        {"application/json", "gzip",
         "1f8b0800000000000203ab564a54b25230d451504a02d2d12545a5a93a0a79a53939b1b50046f2cee11b00"
         "0000"},
        {"text/html", "gzip",
         "1f8b0800000000000203b3c928c9cdb1b349ca4fa9b4cb48cdc9c9b7d107b36df4c1125c008eaa02a72000"
         "0000"},
        {"text/plain", "deflate", "789ccbc9cc4b55c8cf4be5ca01314acaf3b9003de50641"},
    };
    TempDir dir;
    const std::string path = dir.file("encoded.pcap");
    std::vector<Dissection> ours;
    {
        std::ofstream out(path, std::ios::binary);
        PcapWriter writer(out, LinkType::Ethernet);
        std::int64_t t = 1'700'000'000'000'000'000;
        for (const Case& c : cases) {
            Bytes body;
            for (std::size_t k = 0; k + 1 < c.hex.size(); k += 2) {
                body.push_back(
                    static_cast<std::uint8_t>(std::stoi(c.hex.substr(k, 2), nullptr, 16)));
            }
            const Bytes frame = responseFrame(
                c.type, std::string_view(reinterpret_cast<const char*>(body.data()), body.size()),
                static_cast<std::uint16_t>(41000 + ours.size()), c.encoding);
            ASSERT_TRUE(writer.write(t, frame));
            t += 1'000'000;
            ours.push_back(dissect(LinkType::Ethernet, frame));
            const Dissection& d = ours.back();
            EXPECT_EQ(d.problem, "");
            // Nothing read out of compressed bytes: the body layer has no fields.
            EXPECT_TRUE(d.layers.back().fields.empty()) << c.type;
            EXPECT_EQ(d.layers.back().byteLength, body.size()) << c.type;
        }
    }
    EXPECT_EQ(chainAboveTcp(ours[0]), "http:json");
    EXPECT_EQ(chainAboveTcp(ours[1]), "http:data-text-lines");
    EXPECT_EQ(chainAboveTcp(ours[2]), "http:data-text-lines");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const auto result = runTool(
        {"tshark", "-r", path, "-T", "fields", "-e", "frame.protocols", "-e", "_ws.col.Info"});
    ASSERT_EQ(result.code, 0) << result.err;
    std::istringstream in(result.out);
    std::string line;
    std::size_t i = 0;
    while (std::getline(in, line) && i < ours.size()) {
        SCOPED_TRACE(cases[i].type + " " + cases[i].encoding);
        const auto tab = line.find('\t');
        const std::string prefix = "eth:ethertype:ip:tcp:";
        EXPECT_EQ(chainAboveTcp(ours[i]), line.substr(0, tab).substr(prefix.size()));
        EXPECT_EQ(ours[i].info, line.substr(tab + 1));
        ++i;
    }
    EXPECT_EQ(i, ours.size());
}

TEST(HttpBodyDissector, MediaTypeTablesMatchTheInstalledTshark) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    std::vector<std::optional<std::string>> types = {
        std::nullopt,
        "text/plain",
        "text/richtext",
        "text/enriched",
        "text/parameters",
        "text/html",
        "text/xml-external-parsed-entity",
        "text/css",
        "application/xml-external-parsed-entity",
        "text/javascript",
        "application/x-javascript",
        "application/x-tia-p25-issi",
        "application/x-tia-p25-sndcp",
        "application/x-ns-proxy-autoconfig",
        "text/vnd.sun.j2me.app-descriptor",
        "application/vnd.poc.refer-to",
        "application/vnd.drm.message",
        "application/x-rtsp-udp-packetpair",
        "application/json",
        "application/senml+json",
        "application/sensml+json",
        "application/json-rpc",
        "application/jsonrequest",
        "application/dds-web+json",
        "application/vnd.oma.lwm2m+json",
        "application/problem+json",
        "application/merge-patch+json",
        "application/json-patch+json",
        "application/x-ndjson",
        "text/xml",
        "text/vnd.wap.wml",
        "application/atom+xml",
        "application/rss+xml",
        "application/soap+xml",
        "application/xml",
        "application/xml-dtd",
        "application/xslt+xml",
        "application/x-wms-logconnectstats",
        "application/x-wms-logplaystats",
        "application/x-wms-sendevent",
        "image/svg+xml",
        "application/pidf+xml",
        "application/x-www-form-urlencoded",
        "application/octet-stream",
        "multipart/form-data",
        "text/csv",
        "text/markdown",
        "application/xhtml+xml",
        "application/problem+xml",
        "application/geo+json",
        "application/pdf",
        "audio/mpeg",
        "image/webp",
    };
    TempDir dir;
    const std::string path = dir.file("bodies.pcap");
    std::vector<Dissection> ours;
    {
        std::ofstream out(path, std::ios::binary);
        PcapWriter writer(out, LinkType::Ethernet);
        std::int64_t t = 1'700'000'000'000'000'000;
        for (const auto& type : types) {
            const std::string body = !type                                     ? "hi"
                                     : type->find("json") != std::string::npos ? "{\"a\":1}"
                                     : type->find("xml") != std::string::npos  ? "<a/>"
                                                                               : "abcd";
            const Bytes frame =
                responseFrame(type, body, static_cast<std::uint16_t>(40000 + ours.size()));
            ASSERT_TRUE(writer.write(t, frame));
            t += 1'000'000;
            ours.push_back(dissect(LinkType::Ethernet, frame));
        }
    }
    const auto result = runTool(
        {"tshark", "-r", path, "-T", "fields", "-e", "frame.protocols", "-e", "_ws.col.Info"});
    ASSERT_EQ(result.code, 0) << result.err;
    std::istringstream in(result.out);
    std::string line;
    std::size_t i = 0;
    while (std::getline(in, line) && i < ours.size()) {
        SCOPED_TRACE(types[i].value_or("(no Content-Type)"));
        const auto tab = line.find('\t');
        const std::string chain = line.substr(0, tab);
        const std::string prefix = "eth:ethertype:ip:tcp:";
        ASSERT_EQ(chain.rfind(prefix, 0), 0U) << chain;
        EXPECT_EQ(chainAboveTcp(ours[i]), chain.substr(prefix.size()));
        EXPECT_EQ(ours[i].info, line.substr(tab + 1));
        ++i;
    }
    EXPECT_EQ(i, ours.size());
}

} // namespace
} // namespace hopscope::wire
