// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/http_parser.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

// Feeds a whole stream in pieces of `piece` bytes and collects every result that is not
// Incomplete, re-feeding the unused rest of a piece after each Complete (pipelining).
std::vector<HttpParseResult> parseAll(HttpMessageKind kind, const std::string& stream,
                                      std::size_t piece, HttpParserLimits limits = {}) {
    HttpParser parser(kind, limits);
    std::vector<HttpParseResult> out;
    for (std::size_t at = 0; at < stream.size(); at += piece) {
        std::string_view chunk = std::string_view(stream).substr(at, piece);
        while (true) {
            auto r = parser.feed(chunk);
            if (r.status == HttpParseStatus::Incomplete) {
                EXPECT_EQ(r.consumed, chunk.size());
                break;
            }
            const bool malformed = r.status == HttpParseStatus::Malformed;
            const std::size_t used = r.consumed;
            out.push_back(std::move(r));
            if (malformed) {
                return out;
            }
            chunk.remove_prefix(used);
            if (chunk.empty()) {
                break;
            }
        }
    }
    auto last = parser.finish();
    if (last.status != HttpParseStatus::Incomplete) {
        out.push_back(std::move(last));
    }
    return out;
}

HttpRequest parseRequest(const std::string& text) {
    auto results = parseAll(HttpMessageKind::Request, text, text.size());
    EXPECT_EQ(results.size(), 1U);
    if (results.empty() || results[0].status != HttpParseStatus::Complete) {
        ADD_FAILURE() << (results.empty() ? "nothing" : results[0].problem);
        return {};
    }
    return *results[0].request;
}

HttpParseResult parseOne(HttpMessageKind kind, const std::string& text,
                         HttpParserLimits limits = {}) {
    auto results = parseAll(kind, text, text.size(), limits);
    if (results.empty()) {
        return {};
    }
    return results[0];
}

const std::string kCurlGet = "GET /index.html?q=1 HTTP/1.1\r\nHost: www.foobar.com\r\n"
                             "User-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n";

TEST(HttpParser, ParsesARequest) {
    const auto r = parseRequest(kCurlGet);
    EXPECT_EQ(r.method, "GET");
    EXPECT_EQ(r.target, "/index.html?q=1");
    EXPECT_EQ(r.version, (HttpVersion{1, 1}));
    ASSERT_EQ(r.headers.size(), 3U);
    EXPECT_EQ(r.headers.entries()[1].name, "User-Agent");
    EXPECT_EQ(r.headers.get("host"), "www.foobar.com");
    EXPECT_TRUE(r.body.empty());
    EXPECT_TRUE(r.keepAlive());
    EXPECT_EQ(r.encode(), std::vector<std::uint8_t>(kCurlGet.begin(), kCurlGet.end()));
}

TEST(HttpParser, OneByteAtATimeEqualsAllAtOnce) {
    const std::string stream =
        kCurlGet + "POST /submit HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world" +
        "PUT /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5;ext=\"q\\\"x\"\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 1\r\n\r\n" +
        "\r\nGET /after-blank-line HTTP/1.0\r\n\r\n";
    const auto whole = parseAll(HttpMessageKind::Request, stream, stream.size());
    ASSERT_EQ(whole.size(), 4U);
    for (const auto& r : whole) {
        ASSERT_EQ(r.status, HttpParseStatus::Complete) << r.problem;
    }
    for (std::size_t piece : {1, 2, 3, 7, 64}) {
        const auto split = parseAll(HttpMessageKind::Request, stream, piece);
        ASSERT_EQ(split.size(), whole.size()) << piece;
        for (std::size_t i = 0; i < whole.size(); ++i) {
            EXPECT_EQ(split[i].status, HttpParseStatus::Complete);
            EXPECT_EQ(split[i].request, whole[i].request) << piece << " message " << i;
            EXPECT_EQ(split[i].messageLength, whole[i].messageLength);
        }
    }
    EXPECT_EQ(whole[1].request->body, "hello world");
    EXPECT_EQ(whole[2].request->body, "hello world");
    EXPECT_EQ(whole[2].request->chunks.size(), 3U);
    EXPECT_EQ(whole[2].request->chunks[0].extensions, ";ext=\"q\\\"x\"");
    EXPECT_EQ(whole[2].request->trailers.get("x-sum"), "1");
    EXPECT_EQ(whole[3].request->target, "/after-blank-line");
    EXPECT_FALSE(whole[3].request->keepAlive());
    std::size_t total = 0;
    for (const auto& r : whole) {
        total += r.messageLength;
    }
    EXPECT_EQ(total, stream.size());
}

TEST(HttpParser, PipelinedRequestsInOneFeed) {
    const std::string two = kCurlGet + "GET /second HTTP/1.1\r\nHost: b\r\n\r\n";
    HttpParser parser(HttpMessageKind::Request);
    auto first = parser.feed(two);
    ASSERT_EQ(first.status, HttpParseStatus::Complete);
    EXPECT_EQ(first.consumed, kCurlGet.size());
    EXPECT_EQ(first.request->target, "/index.html?q=1");
    auto second = parser.feed(std::string_view(two).substr(first.consumed));
    ASSERT_EQ(second.status, HttpParseStatus::Complete);
    EXPECT_EQ(second.request->target, "/second");
    EXPECT_EQ(second.consumed, two.size() - kCurlGet.size());
    EXPECT_TRUE(parser.idle());
}

TEST(HttpParser, ChunkedEncodeDecodeRoundTrip) {
    HttpResponse resp;
    resp.headers.add("Transfer-Encoding", "chunked");
    resp.headers.add("Content-Type", "text/plain");
    resp.body = std::string(1000, 'z');
    resp.chunks = {{0x3e8, ";a=1;b"}, {0, ""}};
    resp.trailers.add("Server-Timing", "db;dur=53");
    const auto bytes = resp.encode();
    const std::string wire(bytes.begin(), bytes.end());
    for (std::size_t piece : {std::size_t{1}, std::size_t{13}, wire.size()}) {
        const auto results = parseAll(HttpMessageKind::Response, wire, piece);
        ASSERT_EQ(results.size(), 1U);
        ASSERT_EQ(results[0].status, HttpParseStatus::Complete) << results[0].problem;
        EXPECT_EQ(*results[0].response, resp);
        EXPECT_EQ(results[0].response->encode(), bytes);
    }
}

TEST(HttpParser, ResponseFraming) {
    // No body for 1xx, 204, 304 and HEAD, whatever the headers say.
    for (const char* head : {"HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 204 No Content\r\n\r\n",
                             "HTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\n\r\n"}) {
        const auto r = parseOne(HttpMessageKind::Response, head);
        EXPECT_EQ(r.status, HttpParseStatus::Complete) << head;
        EXPECT_EQ(r.messageLength, std::string(head).size());
    }
    HttpParser head(HttpMessageKind::Response);
    head.setRequestMethod("HEAD");
    const auto h = head.feed(std::string_view("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"));
    EXPECT_EQ(h.status, HttpParseStatus::Complete);
    EXPECT_TRUE(h.response->body.empty());

    // No length: the body runs until the connection closes.
    HttpParser untilClose(HttpMessageKind::Response);
    auto r = untilClose.feed(std::string_view("HTTP/1.0 200 OK\r\n\r\nsome "));
    EXPECT_EQ(r.status, HttpParseStatus::Incomplete);
    r = untilClose.feed(std::string_view("bytes"));
    EXPECT_EQ(r.status, HttpParseStatus::Incomplete);
    r = untilClose.finish();
    ASSERT_EQ(r.status, HttpParseStatus::Complete);
    EXPECT_EQ(r.response->body, "some bytes");
    EXPECT_FALSE(r.response->keepAlive());

    // Status line without a reason phrase.
    const auto bare =
        parseOne(HttpMessageKind::Response, "HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok");
    ASSERT_EQ(bare.status, HttpParseStatus::Complete) << bare.problem;
    EXPECT_EQ(bare.response->status, 200);
    EXPECT_EQ(bare.response->reason, "");
    EXPECT_EQ(bare.response->body, "ok");
}

TEST(HttpParser, FinishOnAnIdleOrHalfMessage) {
    HttpParser idle(HttpMessageKind::Request);
    EXPECT_EQ(idle.finish().status, HttpParseStatus::Incomplete);
    HttpParser half(HttpMessageKind::Request);
    EXPECT_EQ(half.feed(std::string_view("GET / HT")).status, HttpParseStatus::Incomplete);
    const auto r = half.finish();
    EXPECT_EQ(r.status, HttpParseStatus::Malformed);
    EXPECT_NE(r.problem.find("closed in the middle"), std::string::npos);
}

struct BadCase {
    const char* name;
    HttpMessageKind kind;
    std::string text;
    int status;
    const char* problem;
};

TEST(HttpParser, RefusesAmbiguousOrInvalidMessages) {
    const std::vector<BadCase> cases = {
        {"TE and CL", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n",
         400, "smuggling"},
        {"CL and TE", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n", 400,
         "smuggling"},
        {"TE and CL in a response", HttpMessageKind::Response,
         "HTTP/1.1 200 OK\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n", 502,
         "smuggling"},
        {"conflicting CL", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\n", 400,
         "conflicting Content-Length"},
        {"conflicting CL list", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nContent-Length: 4, 5\r\n\r\n", 400, "conflicting Content-Length"},
        {"negative CL", HttpMessageKind::Request, "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
         400, "invalid Content-Length"},
        {"CL with sign", HttpMessageKind::Request, "POST / HTTP/1.1\r\nContent-Length: +4\r\n\r\n",
         400, "invalid Content-Length"},
        {"obs-fold", HttpMessageKind::Request, "GET / HTTP/1.1\r\nX-A: one\r\n  two\r\n\r\n", 400,
         "obsolete line folding"},
        {"space before colon", HttpMessageKind::Request, "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400,
         "whitespace between field name and colon"},
        {"empty field name", HttpMessageKind::Request, "GET / HTTP/1.1\r\n: x\r\n\r\n", 400,
         "empty field name"},
        {"bad field name", HttpMessageKind::Request, "GET / HTTP/1.1\r\nHo(st: a\r\n\r\n", 400,
         "invalid field name"},
        {"no colon", HttpMessageKind::Request, "GET / HTTP/1.1\r\nHost a\r\n\r\n", 400,
         "without a colon"},
        {"NUL in value", HttpMessageKind::Request,
         std::string("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n", 29), 400, "NUL"},
        {"bare LF", HttpMessageKind::Request, "GET / HTTP/1.1\nHost: a\n\n", 400, "bare LF"},
        {"bare CR", HttpMessageKind::Request, "GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", 400,
         "bare CR"},
        {"bad method", HttpMessageKind::Request, "G(T / HTTP/1.1\r\n\r\n", 400, "method"},
        {"two spaces", HttpMessageKind::Request, "GET  / HTTP/1.1\r\n\r\n", 400, "target"},
        {"bad version", HttpMessageKind::Request, "GET / HTTP/1.x\r\n\r\n", 400, "version"},
        {"HTTP/2 request line", HttpMessageKind::Request, "GET / HTTP/2.0\r\n\r\n", 505,
         "unsupported HTTP version"},
        {"no version", HttpMessageKind::Request, "GET /\r\n\r\n", 400, "request line"},
        {"TE not ending in chunked", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", 400, "chunked"},
        {"unknown TE", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 400, "does not end in chunked"},
        {"gzip then chunked", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501,
         "unsupported transfer coding"},
        {"chunked twice", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", 400, "once"},
        {"TE in HTTP/1.0", HttpMessageKind::Request,
         "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "HTTP/1.0"},
        {"bad chunk size", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400, "hex"},
        {"bad chunk extension", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5 x\r\nhello\r\n0\r\n\r\n", 400,
         "chunk extension"},
        {"chunk without CRLF", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", 400,
         "not followed by CRLF"},
        {"huge chunk size", HttpMessageKind::Request,
         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 400,
         "too long"},
        {"bad status", HttpMessageKind::Response, "HTTP/1.1 2x0 OK\r\n\r\n", 502, "status code"},
        {"not a status line", HttpMessageKind::Response, "HTTP/1.1200 OK\r\n\r\n", 502,
         "status line"},
    };
    for (const auto& c : cases) {
        for (std::size_t piece : {std::size_t{1}, c.text.size()}) {
            const auto results = parseAll(c.kind, c.text, piece);
            ASSERT_FALSE(results.empty()) << c.name;
            const auto& r = results.back();
            EXPECT_EQ(r.status, HttpParseStatus::Malformed) << c.name;
            EXPECT_EQ(r.errorStatus, c.status) << c.name << ": " << r.problem;
            EXPECT_NE(r.problem.find(c.problem), std::string::npos) << c.name << ": " << r.problem;
            EXPECT_NE(r.problem.find("at byte"), std::string::npos) << c.name << ": " << r.problem;
        }
    }
}

TEST(HttpParser, AcceptsRepeatedIdenticalContentLength) {
    const auto r =
        parseOne(HttpMessageKind::Request,
                 "POST / HTTP/1.1\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nhi");
    ASSERT_EQ(r.status, HttpParseStatus::Complete) << r.problem;
    EXPECT_EQ(r.request->body, "hi");
}

TEST(HttpParser, MalformedStaysMalformedUntilReset) {
    HttpParser p(HttpMessageKind::Request);
    auto r = p.feed(std::string_view("GET / HTTP/1.1\r\n x\r\n"));
    ASSERT_EQ(r.status, HttpParseStatus::Malformed);
    EXPECT_EQ(r.problemOffset, 16U);
    EXPECT_EQ(p.feed(std::string_view(kCurlGet)).status, HttpParseStatus::Malformed);
    p.reset();
    EXPECT_EQ(p.feed(std::string_view(kCurlGet)).status, HttpParseStatus::Complete);
}

TEST(HttpParser, HeaderSizeLimit) {
    const std::string big = "GET / HTTP/1.1\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n";
    for (std::size_t piece : {std::size_t{1000}, big.size()}) {
        const auto results = parseAll(HttpMessageKind::Request, big, piece);
        ASSERT_FALSE(results.empty());
        EXPECT_EQ(results.back().status, HttpParseStatus::Malformed);
        EXPECT_EQ(results.back().errorStatus, 431);
        EXPECT_NE(results.back().problem.find("header too large"), std::string::npos);
    }
    // The limit is configurable, and a head right at it passes.
    HttpParserLimits small;
    small.maxHeaderBytes = 40;
    const std::string fits = "GET / HTTP/1.1\r\nHost: abcdefghijklmn\r\n\r\n"; // 40 bytes
    ASSERT_EQ(fits.size(), 40U);
    EXPECT_EQ(parseOne(HttpMessageKind::Request, fits, small).status, HttpParseStatus::Complete);
    const std::string over = "GET / HTTP/1.1\r\nHost: abcdefghijklmno\r\n\r\n";
    EXPECT_EQ(parseOne(HttpMessageKind::Request, over, small).errorStatus, 431);
    // A head that never ends is refused once it passes the limit, not buffered forever.
    HttpParser endless(HttpMessageKind::Request);
    auto r = endless.feed(std::string_view("GET / HTTP/1.1\r\n"));
    const std::string filler = "X-Filler: " + std::string(300, 'f') + "\r\n";
    int fed = 0;
    while (r.status == HttpParseStatus::Incomplete && fed < 1000) {
        r = endless.feed(filler);
        ++fed;
    }
    EXPECT_EQ(r.errorStatus, 431);
    EXPECT_LT(fed, 60);
    EXPECT_EQ(r.status, HttpParseStatus::Malformed);
}

TEST(HttpParser, HeaderCountAndBodyLimits) {
    HttpParserLimits limits;
    limits.maxHeaderCount = 3;
    std::string many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 4; ++i) {
        many += "X-" + std::to_string(i) + ": v\r\n";
    }
    many += "\r\n";
    const auto r = parseOne(HttpMessageKind::Request, many, limits);
    EXPECT_EQ(r.errorStatus, 431);
    EXPECT_NE(r.problem.find("more than 3 header fields"), std::string::npos);

    limits = {};
    limits.maxBodyBytes = 10;
    EXPECT_EQ(parseOne(HttpMessageKind::Request,
                       "POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world", limits)
                  .errorStatus,
              413);
    EXPECT_EQ(parseOne(HttpMessageKind::Request,
                       "POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nhelloworld", limits)
                  .status,
              HttpParseStatus::Complete);
    EXPECT_EQ(parseOne(HttpMessageKind::Request,
                       "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n"
                       "5\r\nworld\r\n0\r\n\r\n",
                       limits)
                  .errorStatus,
              413);
    HttpParser untilClose(HttpMessageKind::Response, limits);
    EXPECT_EQ(untilClose.feed(std::string_view("HTTP/1.1 200 OK\r\n\r\n0123456789ab")).errorStatus,
              413);
}

TEST(HttpParser, EveryPrefixIsIncompleteAndNeverMalformed) {
    const std::string message = "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "3;n=v\r\nabc\r\n0\r\nT: 1\r\n\r\n";
    for (std::size_t len = 0; len < message.size(); ++len) {
        HttpParser p(HttpMessageKind::Request);
        const auto r = p.feed(std::string_view(message).substr(0, len));
        EXPECT_EQ(r.status, HttpParseStatus::Incomplete) << len << ": " << r.problem;
    }
}

} // namespace
} // namespace hopscope::wire
