// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/http_message.h"
#include "wire/http_parser.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::http {

// A response matched to the request it answers.
struct ClientResponse {
    std::uint64_t id = 0;
    wire::HttpResponse response;
};

// What one receive() produced: the responses completed by these bytes, in request order, and
// whether the connection broke (a malformed response, or a close with answers still owed).
struct ClientReceive {
    std::vector<ClientResponse> responses;
    bool failed = false;
    std::string problem; // failed: what went wrong, for the 502 body and the log
    // failed: some bytes of the unfinished response had arrived (a retry would not be safe to
    // hide from the client: the backend had already begun to answer).
    bool responseStarted = false;
};

// One HTTP/1.1 client connection as plain code: requests in (send), bytes out (output), bytes
// in (receive), responses out. Requests may be pipelined; responses are matched to them in
// order (RFC 9112 section 9.3.2), and the parser is told each request's method because a
// reply to HEAD has no body. Interim 1xx answers (100 Continue) are skipped. Used by the load
// balancer's pooled backend connections, the health checker and the traffic generator.
class HttpClientSession {
public:
    explicit HttpClientSession(wire::HttpParserLimits limits = {});

    // Queues a request; returns the id its response will carry.
    std::uint64_t send(const wire::HttpRequest& request);
    // Queues bytes already encoded (the proxy encodes once and keeps them for the trace).
    std::uint64_t sendEncoded(std::string_view method, std::string_view bytes);

    [[nodiscard]] std::string_view output() const {
        return std::string_view(m_out).substr(m_outPos);
    }
    void consume(std::size_t bytes);

    ClientReceive receive(std::span<const std::uint8_t> bytes);
    ClientReceive receive(std::string_view bytes) {
        return receive(std::span<const std::uint8_t>(
            reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    }
    // The server closed the connection: completes a response that runs until close, and fails
    // the connection if answers are still owed.
    ClientReceive receiveEnd();

    // Requests sent whose response has not arrived.
    [[nodiscard]] std::size_t outstanding() const { return m_methods.size(); }
    // True when the connection broke (no further response will be parsed).
    [[nodiscard]] bool failed() const { return m_failed; }
    // True when another request may be sent on this connection: not failed, the server did not
    // say "Connection: close", and nothing is owed (so a stale connection never holds two).
    [[nodiscard]] bool reusable() const {
        return !m_failed && !m_serverClosing && m_methods.empty();
    }
    // True when the server announced it closes after its last answer.
    [[nodiscard]] bool serverClosing() const { return m_serverClosing; }

private:
    void parse(std::span<const std::uint8_t> bytes, ClientReceive& out);
    void complete(wire::HttpResponse response, ClientReceive& out);

    wire::HttpParser m_parser;
    std::string m_out;
    std::size_t m_outPos = 0;
    struct Pending {
        std::uint64_t id = 0;
        std::string method;
    };
    std::deque<Pending> m_methods; // requests awaiting their response, in order
    std::uint64_t m_nextId = 1;
    bool m_failed = false;
    bool m_serverClosing = false;
};

} // namespace hopscope::http
