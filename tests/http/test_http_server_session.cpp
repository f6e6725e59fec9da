// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "http/http_server_session.h"

#include <gtest/gtest.h>
#include <string>

namespace hopscope::http {
namespace {

constexpr std::int64_t kSecond = 1'000'000'000;

wire::HttpResponse ok(std::string body) {
    return wire::HttpResponse::make(200, std::move(body));
}

std::string drain(HttpServerSession& session, std::int64_t now = 0) {
    std::string out(session.output());
    session.consume(out.size(), now);
    return out;
}

TEST(HttpServerSession, AnswersOneRequestAndKeepsTheConnection) {
    HttpServerSession session;
    session.receive("GET /a HTTP/1.1\r\nHost: x\r\n\r\n", 0);
    auto request = session.next(0);
    ASSERT_TRUE(request);
    EXPECT_EQ(request->request.target, "/a");
    EXPECT_FALSE(session.next(0));
    EXPECT_TRUE(session.respond(request->id, ok("hi"), 0));
    EXPECT_EQ(drain(session), "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                              "Content-Length: 2\r\n\r\nhi");
    EXPECT_FALSE(session.closing());
    EXPECT_TRUE(session.wantsInput());
}

TEST(HttpServerSession, PipelinedAnswersLeaveInRequestOrder) {
    HttpServerSession session;
    session.receive("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\n\r\n", 0);
    auto r1 = session.next(0);
    auto r2 = session.next(0);
    auto r3 = session.next(0);
    ASSERT_TRUE(r1 && r2 && r3);
    EXPECT_EQ(r3->request.target, "/3");
    EXPECT_TRUE(session.respond(r3->id, ok("3"), 0));
    EXPECT_TRUE(session.respond(r2->id, ok("2"), 0));
    EXPECT_TRUE(session.output().empty()); // /1 is still owed
    EXPECT_TRUE(session.respond(r1->id, ok("1"), 0));
    const std::string out = drain(session);
    const auto p1 = out.find("\r\n\r\n1");
    const auto p2 = out.find("\r\n\r\n2");
    const auto p3 = out.find("\r\n\r\n3");
    ASSERT_NE(p1, std::string::npos);
    EXPECT_LT(p1, p2);
    EXPECT_LT(p2, p3);
    EXPECT_FALSE(session.respond(r1->id, ok("again"), 0));
}

TEST(HttpServerSession, PipeliningWindowHoldsBackFurtherRequests) {
    HttpServerLimits limits;
    limits.maxPipelined = 2;
    HttpServerSession session(limits);
    std::string input;
    for (int i = 0; i < 5; ++i) {
        input += "GET /" + std::to_string(i) + " HTTP/1.1\r\n\r\n";
    }
    session.receive(input, 0);
    auto a = session.next(0);
    auto b = session.next(0);
    ASSERT_TRUE(a && b);
    EXPECT_FALSE(session.next(0));
    EXPECT_EQ(session.awaiting(), 2U);
    session.respond(a->id, ok("a"), 0);
    auto c = session.next(0);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->request.target, "/2");
}

TEST(HttpServerSession, RequestSplitAcrossReadsIsAssembled) {
    HttpServerSession session;
    const std::string text = "POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
    for (const char c : text) {
        EXPECT_FALSE(session.next(0));
        session.receive(std::string_view(&c, 1), 0);
    }
    auto request = session.next(0);
    ASSERT_TRUE(request);
    EXPECT_EQ(request->request.body, "hello");
}

TEST(HttpServerSession, ChunkedRequestBodyIsDecoded) {
    HttpServerSession session;
    session.receive("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
                    0);
    auto request = session.next(0);
    ASSERT_TRUE(request);
    EXPECT_EQ(request->request.body, "abcde");
}

TEST(HttpServerSession, ConnectionCloseEndsAfterTheAnswer) {
    HttpServerSession session;
    session.receive("GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET /ignored HTTP/1.1\r\n\r\n", 0);
    auto request = session.next(0);
    ASSERT_TRUE(request);
    EXPECT_FALSE(session.next(0)); // nothing after close is read
    EXPECT_FALSE(session.wantsInput());
    session.respond(request->id, ok("x"), 0);
    EXPECT_TRUE(session.closing());
    const std::string out = drain(session);
    EXPECT_NE(out.find("Connection: close\r\n"), std::string::npos);
    EXPECT_TRUE(session.finished());
}

TEST(HttpServerSession, Http10ClosesUnlessKeepAliveIsAsked) {
    HttpServerSession plain;
    plain.receive("GET / HTTP/1.0\r\n\r\n", 0);
    auto r = plain.next(0);
    ASSERT_TRUE(r);
    plain.respond(r->id, ok("x"), 0);
    EXPECT_TRUE(plain.closing());

    HttpServerSession keep;
    keep.receive("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 0);
    r = keep.next(0);
    ASSERT_TRUE(r);
    keep.respond(r->id, ok("x"), 0);
    EXPECT_FALSE(keep.closing());
    EXPECT_NE(drain(keep).find("Connection: keep-alive\r\n"), std::string::npos);
}

TEST(HttpServerSession, AnswerThatClosesDropsThePipelinedRest) {
    HttpServerSession session;
    session.receive("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n", 0);
    auto r1 = session.next(0);
    auto r2 = session.next(0);
    ASSERT_TRUE(r1 && r2);
    wire::HttpResponse closing = ok("bye");
    closing.headers.set("Connection", "close");
    session.respond(r1->id, closing, 0);
    EXPECT_TRUE(session.closing());
    EXPECT_EQ(session.awaiting(), 0U);
    EXPECT_FALSE(session.respond(r2->id, ok("late"), 0));
}

TEST(HttpServerSession, HeadAnswerKeepsLengthButNoBody) {
    HttpServerSession session;
    session.receive("HEAD / HTTP/1.1\r\n\r\n", 0);
    auto r = session.next(0);
    ASSERT_TRUE(r);
    session.respond(r->id, ok("hello"), 0);
    const std::string out = drain(session);
    EXPECT_NE(out.find("Content-Length: 5\r\n"), std::string::npos);
    EXPECT_TRUE(out.ends_with("\r\n\r\n"));
}

TEST(HttpServerSession, MalformedRequestGets400AndCloses) {
    HttpServerSession session;
    session.receive("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", 0);
    EXPECT_FALSE(session.next(0));
    const std::string out = drain(session);
    EXPECT_TRUE(out.starts_with("HTTP/1.1 400 Bad Request\r\n")) << out;
    EXPECT_NE(out.find("Connection: close"), std::string::npos);
    EXPECT_TRUE(session.finished());
}

TEST(HttpServerSession, OversizedHeadGets431) {
    HttpServerLimits limits;
    limits.parser.maxHeaderBytes = 256;
    HttpServerSession session(limits);
    session.receive("GET / HTTP/1.1\r\nX-Big: " + std::string(400, 'a') + "\r\n\r\n", 0);
    EXPECT_FALSE(session.next(0));
    EXPECT_TRUE(drain(session).starts_with("HTTP/1.1 431 "));
}

TEST(HttpServerSession, OversizedBodyGets413) {
    HttpServerLimits limits;
    limits.parser.maxBodyBytes = 10;
    HttpServerSession session(limits);
    session.receive("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n", 0);
    EXPECT_FALSE(session.next(0));
    EXPECT_TRUE(drain(session).starts_with("HTTP/1.1 413 "));
}

TEST(HttpServerSession, ErrorWaitsForEarlierAnswers) {
    HttpServerSession session;
    session.receive("GET /ok HTTP/1.1\r\n\r\nNOT HTTP AT ALL\r\n\r\n", 0);
    auto r = session.next(0);
    ASSERT_TRUE(r);
    EXPECT_FALSE(session.next(0));
    EXPECT_TRUE(session.output().empty());
    session.respond(r->id, ok("first"), 0);
    const std::string out = drain(session);
    EXPECT_TRUE(out.starts_with("HTTP/1.1 200 OK"));
    EXPECT_NE(out.find("HTTP/1.1 400 "), std::string::npos);
}

TEST(HttpServerSession, SlowClientGets408) {
    HttpServerLimits limits;
    limits.requestTimeoutNs = 2 * kSecond;
    HttpServerSession session(limits);
    session.receive("GET / HTTP/1.1\r\nHost: slow", kSecond);
    EXPECT_FALSE(session.next(kSecond));
    ASSERT_TRUE(session.deadlineNs());
    EXPECT_EQ(*session.deadlineNs(), 3 * kSecond);
    // Dribbling more bytes does not move the deadline: it counts from the first byte.
    session.receive("loris", 2 * kSecond);
    EXPECT_FALSE(session.next(2 * kSecond));
    EXPECT_FALSE(session.onTimer(3 * kSecond - 1));
    EXPECT_TRUE(session.onTimer(3 * kSecond));
    EXPECT_TRUE(drain(session).starts_with("HTTP/1.1 408 Request Timeout\r\n"));
    EXPECT_TRUE(session.finished());
}

TEST(HttpServerSession, IdleKeepAliveConnectionClosesQuietly) {
    HttpServerLimits limits;
    limits.idleTimeoutNs = 5 * kSecond;
    HttpServerSession session(limits);
    session.receive("GET / HTTP/1.1\r\n\r\n", 0);
    auto r = session.next(0);
    ASSERT_TRUE(r);
    EXPECT_FALSE(session.deadlineNs()); // the application is working on it
    session.respond(r->id, ok("x"), kSecond);
    drain(session, kSecond);
    ASSERT_TRUE(session.deadlineNs());
    EXPECT_EQ(*session.deadlineNs(), 6 * kSecond);
    EXPECT_TRUE(session.onTimer(6 * kSecond));
    EXPECT_TRUE(session.finished());
    EXPECT_TRUE(session.output().empty());
}

TEST(HttpServerSession, ClientThatNeverReadsIsCutOff) {
    HttpServerLimits limits;
    limits.idleTimeoutNs = 5 * kSecond;
    HttpServerSession session(limits);
    session.receive("GET / HTTP/1.1\r\n\r\n", 0);
    auto r = session.next(0);
    session.respond(r->id, ok(std::string(1000, 'x')), 0);
    session.consume(10, kSecond); // the socket took a little, then nothing more
    EXPECT_TRUE(session.onTimer(6 * kSecond));
    EXPECT_TRUE(session.finished());
}

TEST(HttpServerSession, HalfCloseStillGetsItsAnswers) {
    HttpServerSession session;
    session.receive("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n", 0);
    session.receiveEnd(0);
    auto r1 = session.next(0);
    auto r2 = session.next(0);
    ASSERT_TRUE(r1 && r2);
    EXPECT_FALSE(session.next(0));
    EXPECT_FALSE(session.closing());
    session.respond(r1->id, ok("1"), 0);
    session.respond(r2->id, ok("2"), 0);
    EXPECT_TRUE(session.closing());
}

TEST(HttpServerSession, CloseInTheMiddleOfARequestDropsIt) {
    HttpServerSession session;
    session.receive("GET / HTTP/1.1\r\nHost:", 0);
    EXPECT_FALSE(session.next(0));
    session.receiveEnd(0);
    EXPECT_FALSE(session.next(0));
    EXPECT_TRUE(session.finished());
    EXPECT_TRUE(session.output().empty());
}

TEST(HttpServerSession, BackpressureWhenTheWindowIsFull) {
    HttpServerLimits limits;
    limits.maxPipelined = 1;
    limits.maxBufferedInput = 64;
    HttpServerSession session(limits);
    std::string input;
    for (int i = 0; i < 10; ++i) {
        input += "GET / HTTP/1.1\r\n\r\n";
    }
    session.receive(input, 0);
    ASSERT_TRUE(session.next(0));
    EXPECT_FALSE(session.wantsInput());
}

} // namespace
} // namespace hopscope::http
