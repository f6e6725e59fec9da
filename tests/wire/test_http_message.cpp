// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/http_message.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

std::string text(const std::vector<std::uint8_t>& bytes) {
    return {bytes.begin(), bytes.end()};
}

TEST(HttpHeaders, KeepOrderAndCaseAndLookUpWithoutCase) {
    HttpHeaders h;
    h.add("Host", "www.foobar.com");
    h.add("X-Custom", "1");
    h.add("x-custom", "2");
    h.add("Accept", "*/*");
    EXPECT_EQ(h.get("HOST"), "www.foobar.com");
    EXPECT_EQ(h.getAll("X-CUSTOM"), (std::vector<std::string_view>{"1", "2"}));
    EXPECT_FALSE(h.get("Missing"));
    EXPECT_TRUE(h.has("accept"));
    ASSERT_EQ(h.size(), 4U);
    EXPECT_EQ(h.entries()[2].name, "x-custom");

    h.set("X-CUSTOM", "3");
    ASSERT_EQ(h.size(), 3U);
    EXPECT_EQ(h.entries()[1].name, "X-Custom");
    EXPECT_EQ(h.entries()[1].value, "3");
    h.set("New", "n");
    EXPECT_EQ(h.entries().back().name, "New");
    h.remove("host");
    EXPECT_FALSE(h.has("Host"));
    EXPECT_EQ(h.size(), 3U);
}

TEST(HttpHeaders, FindsTokensInLists) {
    HttpHeaders h;
    h.add("Connection", "Upgrade, Keep-Alive");
    h.add("Transfer-Encoding", "gzip,  chunked ");
    EXPECT_TRUE(h.hasToken("connection", "keep-alive"));
    EXPECT_TRUE(h.hasToken("Connection", "upgrade"));
    EXPECT_FALSE(h.hasToken("Connection", "close"));
    EXPECT_TRUE(h.hasToken("Transfer-Encoding", "CHUNKED"));
    EXPECT_FALSE(h.hasToken("Transfer-Encoding", "chunk"));
}

TEST(HttpMessage, KeepAliveFollowsRfc9112) {
    HttpRequest r;
    EXPECT_TRUE(r.keepAlive()); // HTTP/1.1 default
    r.headers.add("Connection", "close");
    EXPECT_FALSE(r.keepAlive());
    HttpRequest old;
    old.version = {1, 0};
    EXPECT_FALSE(old.keepAlive()); // HTTP/1.0 default
    old.headers.add("Connection", "Keep-Alive");
    EXPECT_TRUE(old.keepAlive());
    HttpResponse resp;
    EXPECT_TRUE(resp.keepAlive());
    resp.headers.add("connection", "CLOSE");
    EXPECT_FALSE(resp.keepAlive());
}

TEST(HttpMessage, EncodesARequest) {
    HttpRequest r;
    r.headers.add("Host", "www.foobar.com");
    r.headers.add("User-Agent", "hopscope");
    EXPECT_EQ(text(r.encode()),
              "GET / HTTP/1.1\r\nHost: www.foobar.com\r\nUser-Agent: hopscope\r\n\r\n");
    HttpRequest post;
    post.method = "POST";
    post.target = "/form";
    post.headers.add("Host", "a");
    EXPECT_EQ(text(post.encode()), "POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
    post.setBody("x=1");
    EXPECT_EQ(text(post.encode()),
              "POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nx=1");
    post.setBody("hello world", HttpBodyFraming::Chunked);
    EXPECT_FALSE(post.headers.has("Content-Length"));
    EXPECT_TRUE(post.chunked());
    EXPECT_EQ(text(post.encode()),
              "POST /form HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
              "\r\nb\r\nhello world\r\n0\r\n\r\n");
}

TEST(HttpMessage, EncodesResponses) {
    const auto ok = HttpResponse::make(200, "<h1>hi</h1>", "text/html");
    EXPECT_EQ(text(ok.encode()), "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                                 "11\r\n\r\n<h1>hi</h1>");
    const auto empty = HttpResponse::make(404);
    EXPECT_EQ(text(empty.encode()), "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    // No Content-Length on responses that cannot have a body (RFC 9110 section 8.6).
    const auto noContent = HttpResponse::make(204);
    EXPECT_EQ(text(noContent.encode()), "HTTP/1.1 204 No Content\r\n\r\n");
    HttpResponse notModified;
    notModified.status = 304;
    notModified.reason = "Not Modified";
    notModified.body = "ignored";
    EXPECT_EQ(text(notModified.encode()), "HTTP/1.1 304 Not Modified\r\n\r\n");
    EXPECT_FALSE(notModified.mayHaveBody());
    EXPECT_FALSE(ok.mayHaveBody("HEAD"));
    EXPECT_FALSE(HttpResponse::make(100).mayHaveBody());
    EXPECT_TRUE(ok.mayHaveBody("GET"));
}

TEST(HttpMessage, ChunkedEncodingReusesRecordedChunks) {
    HttpResponse r;
    r.headers.add("Transfer-Encoding", "chunked");
    r.body = "hello world";
    r.chunks = {{5, ""}, {6, ";foo=bar"}, {0, ";last"}};
    r.trailers.add("X-Trailer", "yes");
    EXPECT_EQ(text(r.encode()), "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5\r\nhello\r\n6;foo=bar\r\n world\r\n0;last\r\nX-Trailer: "
                                "yes\r\n\r\n");
    r.chunks = {{4, ""}, {0, ""}}; // does not describe the body: one chunk instead
    EXPECT_EQ(text(r.encode()), "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "b\r\nhello world\r\n0\r\nX-Trailer: yes\r\n\r\n");
    r.body.clear();
    r.chunks.clear();
    r.trailers = {};
    EXPECT_EQ(text(r.encode()), "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
}

TEST(HttpMessage, ReasonPhrases) {
    EXPECT_EQ(httpReasonPhrase(200), "OK");
    EXPECT_EQ(httpReasonPhrase(404), "Not Found");
    EXPECT_EQ(httpReasonPhrase(431), "Request Header Fields Too Large");
    EXPECT_EQ(httpReasonPhrase(503), "Service Unavailable");
    EXPECT_EQ(httpReasonPhrase(799), "");
    EXPECT_EQ(HttpVersion{}.toString(), "HTTP/1.1");
    EXPECT_EQ((HttpVersion{1, 0}).toString(), "HTTP/1.0");
}

} // namespace
} // namespace hopscope::wire
