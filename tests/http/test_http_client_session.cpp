// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "http/http_client_session.h"

#include <gtest/gtest.h>

namespace hopscope::http {
namespace {

wire::HttpRequest get(std::string target, std::string method = "GET") {
    wire::HttpRequest request;
    request.method = std::move(method);
    request.target = std::move(target);
    request.headers.add("Host", "127.0.0.1");
    return request;
}

TEST(HttpClientSession, SendsAndMatchesResponsesInOrder) {
    HttpClientSession session;
    const auto a = session.send(get("/a"));
    const auto b = session.send(get("/b"));
    EXPECT_EQ(
        session.output(),
        "GET /a HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    session.consume(session.output().size());
    EXPECT_TRUE(session.output().empty());
    EXPECT_EQ(session.outstanding(), 2U);
    EXPECT_FALSE(session.reusable());

    auto r = session.receive("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 404 Not Fo");
    ASSERT_EQ(r.responses.size(), 1U);
    EXPECT_EQ(r.responses[0].id, a);
    EXPECT_EQ(r.responses[0].response.body, "a");
    r = session.receive("und\r\nContent-Length: 0\r\n\r\n");
    ASSERT_EQ(r.responses.size(), 1U);
    EXPECT_EQ(r.responses[0].id, b);
    EXPECT_EQ(r.responses[0].response.status, 404);
    EXPECT_TRUE(session.reusable());
}

TEST(HttpClientSession, ReplyToHeadHasNoBody) {
    HttpClientSession session;
    session.send(get("/", "HEAD"));
    session.send(get("/"));
    auto r = session.receive("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"
                             "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    ASSERT_EQ(r.responses.size(), 2U);
    EXPECT_EQ(r.responses[0].response.body, "");
    EXPECT_EQ(r.responses[1].response.body, "hello");
}

TEST(HttpClientSession, ChunkedResponseAndInterim100AreHandled) {
    HttpClientSession session;
    session.send(get("/"));
    auto r = session.receive("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n4\r\nwiki\r\n0\r\n\r\n");
    ASSERT_EQ(r.responses.size(), 1U);
    EXPECT_EQ(r.responses[0].response.status, 200);
    EXPECT_EQ(r.responses[0].response.body, "wiki");
}

TEST(HttpClientSession, ConnectionCloseMakesItNotReusable) {
    HttpClientSession session;
    session.send(get("/"));
    auto r = session.receive("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    ASSERT_EQ(r.responses.size(), 1U);
    EXPECT_FALSE(session.reusable());
    EXPECT_TRUE(session.serverClosing());
}

TEST(HttpClientSession, BodyUntilCloseCompletesOnEnd) {
    HttpClientSession session;
    session.send(get("/"));
    auto r = session.receive("HTTP/1.1 200 OK\r\n\r\npartial");
    EXPECT_TRUE(r.responses.empty());
    r = session.receiveEnd();
    ASSERT_EQ(r.responses.size(), 1U);
    EXPECT_EQ(r.responses[0].response.body, "partial");
    EXPECT_FALSE(r.failed);
}

TEST(HttpClientSession, CloseMidResponseFailsAndSaysItHadStarted) {
    HttpClientSession session;
    session.send(get("/"));
    session.receive("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort");
    auto r = session.receiveEnd();
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.responseStarted);
    EXPECT_TRUE(session.failed());
}

TEST(HttpClientSession, CloseBeforeAnyByteFailsWithoutStart) {
    HttpClientSession session;
    session.send(get("/"));
    auto r = session.receiveEnd();
    EXPECT_TRUE(r.failed);
    EXPECT_FALSE(r.responseStarted);
}

TEST(HttpClientSession, MalformedResponseFails) {
    HttpClientSession session;
    session.send(get("/"));
    auto r = session.receive("SMTP ready\r\n\r\n");
    EXPECT_TRUE(r.failed);
    EXPECT_FALSE(r.problem.empty());
    EXPECT_FALSE(session.reusable());
}

TEST(HttpClientSession, BytesNobodyAskedForFail) {
    HttpClientSession session;
    auto r = session.receive("HTTP/1.1 200 OK\r\n\r\n");
    EXPECT_TRUE(r.failed);
}

} // namespace
} // namespace hopscope::http
