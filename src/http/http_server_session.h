// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/http_message.h"
#include "wire/http_parser.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hopscope::http {

// Bounds a server puts on one client connection, so a slow or hostile client costs a little
// memory and a timer, never a thread.
struct HttpServerLimits {
    wire::HttpParserLimits parser{}; // head too large: 431; body too large: 413
    // From the first byte of a request to its last (HAProxy's "timeout http-request"): a client
    // that dribbles its request slower than this gets 408 and the connection is closed.
    std::int64_t requestTimeoutNs = 10'000'000'000;
    // A keep-alive connection with nothing pending is closed quietly after this.
    std::int64_t idleTimeoutNs = 30'000'000'000;
    // Requests handed out and not yet answered. Further pipelined requests stay unparsed in
    // the input until answers go out, so one connection cannot queue unbounded work.
    std::size_t maxPipelined = 16;
    // Unparsed input held while the pipelining window is full; above it the owner should stop
    // reading the socket (wantsInput() turns false) and let TCP push back on the client.
    std::size_t maxBufferedInput = 64 * 1024;
};

// A complete request handed to the application, with the id to answer it by.
struct ServerRequest {
    std::uint64_t id = 0;
    wire::HttpRequest request;
    std::int64_t startNs = 0; // when its first byte was parsed
};

// One HTTP/1.1 server connection as plain code: bytes in (receive), requests out (next),
// answers in (respond), bytes out (output). The application may answer requests in any order
// and at any later time; answers leave in request order, as pipelining requires (RFC 9112
// section 9.3.2). Keep-alive follows RFC 9112 section 9.3: the connection closes after a
// request or answer that says "Connection: close", after an HTTP/1.0 request without
// "keep-alive", and after an error answer (400, 408, 413, 431, 505), because after a framing
// error the next request's first byte is unknown. Time is passed in, so tests need no clock.
class HttpServerSession {
public:
    explicit HttpServerSession(HttpServerLimits limits = {}, std::int64_t nowNs = 0);

    // Bytes read from the socket.
    void receive(std::span<const std::uint8_t> bytes, std::int64_t nowNs);
    void receive(std::string_view bytes, std::int64_t nowNs) {
        receive(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                              bytes.size()),
                nowNs);
    }
    // The client closed its side. A request cut short is dropped (no one is left to tell); the
    // answers already owed are still written, then the connection closes.
    void receiveEnd(std::int64_t nowNs);

    // The next complete request, if one is buffered and the pipelining window has room. A
    // malformed request queues its error answer instead and ends the connection's input.
    [[nodiscard]] std::optional<ServerRequest> next(std::int64_t nowNs);

    // The answer to request `id`; false when no request with that id awaits an answer. A
    // reply to HEAD loses its body but keeps its Content-Length (RFC 9110 section 9.3.2).
    bool respond(std::uint64_t id, wire::HttpResponse response, std::int64_t nowNs);

    // Bytes ready for the socket: write what you can and consume() that much.
    [[nodiscard]] std::string_view output() const {
        return std::string_view(m_out).substr(m_outPos);
    }
    void consume(std::size_t bytes, std::int64_t nowNs);

    // True once the connection is to be closed as soon as output() is empty.
    [[nodiscard]] bool closing() const { return m_closing; }
    // True when output() is empty and the connection should now be closed.
    [[nodiscard]] bool finished() const { return m_closing && output().empty(); }
    // False while the owner should not read the socket (backpressure, or input has ended).
    [[nodiscard]] bool wantsInput() const;
    // Requests handed out by next() and not yet answered.
    [[nodiscard]] std::size_t awaiting() const { return m_awaiting; }
    [[nodiscard]] std::uint64_t requestsSeen() const { return m_nextId - 1; }

    // When onTimer() should run next; nullopt when no timer runs.
    [[nodiscard]] std::optional<std::int64_t> deadlineNs() const;
    // Applies a timeout that has expired by nowNs: 408 for a request still arriving; a quiet
    // close for an idle keep-alive connection, or for a client that reads none of its answers
    // for idleTimeoutNs (its unsent output is dropped). Returns true if it did anything.
    bool onTimer(std::int64_t nowNs);

    // The status, reason and a one-line body of an error answer made by the session itself.
    [[nodiscard]] static wire::HttpResponse errorResponse(int status, std::string_view detail);

private:
    struct Slot {
        std::uint64_t id = 0;
        bool head = false;
        bool keepAlive = true;
        bool http10 = false;
        bool answered = false;
        bool close = false; // the connection closes after this answer
        std::string bytes;
    };

    void queueError(int status, std::string_view detail);
    void flush();
    void updateClosing();
    [[nodiscard]] bool idle() const;

    HttpServerLimits m_limits;
    wire::HttpParser m_parser;
    std::string m_in; // received, not yet given to the parser
    std::size_t m_inPos = 0;
    std::string m_out;
    std::size_t m_outPos = 0;
    std::deque<Slot> m_slots; // answers owed, in request order
    std::size_t m_awaiting = 0;
    std::uint64_t m_nextId = 1;
    bool m_parserBusy = false; // the parser holds part of a request
    std::int64_t m_requestStartNs = 0;
    std::int64_t m_lastActivityNs = 0;
    bool m_eof = false;  // the client closed its side
    bool m_stop = false; // no further request will be parsed (close announced, error, EOF)
    bool m_closing = false;
};

} // namespace hopscope::http
