// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "http_server_session.h"

#include <algorithm>

namespace hopscope::http {

HttpServerSession::HttpServerSession(HttpServerLimits limits, std::int64_t nowNs)
    : m_limits(limits), m_parser(wire::HttpMessageKind::Request, limits.parser),
      m_lastActivityNs(nowNs) {}

void HttpServerSession::receive(std::span<const std::uint8_t> bytes, std::int64_t nowNs) {
    if (m_stop || m_eof || bytes.empty()) {
        return;
    }
    if (m_inPos == m_in.size()) {
        m_in.clear();
        m_inPos = 0;
    }
    m_in.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    m_lastActivityNs = nowNs;
}

void HttpServerSession::receiveEnd(std::int64_t nowNs) {
    m_eof = true;
    m_lastActivityNs = nowNs;
    if (m_inPos == m_in.size()) {
        // Nothing left that could become a request: a partial one will never be finished.
        m_stop = true;
    }
    updateClosing();
}

std::optional<ServerRequest> HttpServerSession::next(std::int64_t nowNs) {
    while (!m_stop && m_awaiting < m_limits.maxPipelined && m_inPos < m_in.size()) {
        const std::span<const std::uint8_t> input(
            reinterpret_cast<const std::uint8_t*>(m_in.data()) + m_inPos, m_in.size() - m_inPos);
        wire::HttpParseResult result = m_parser.feed(input);
        if (result.status == wire::HttpParseStatus::Incomplete) {
            m_in.clear();
            m_inPos = 0;
            if (!m_parserBusy) {
                m_parserBusy = true;
                m_requestStartNs = nowNs;
            }
            break;
        }
        if (result.status == wire::HttpParseStatus::Malformed) {
            m_parserBusy = false;
            m_in.clear();
            m_inPos = 0;
            queueError(result.errorStatus != 0 ? result.errorStatus : 400, result.problem);
            break;
        }
        m_inPos += result.consumed;
        const std::int64_t startNs = m_parserBusy ? m_requestStartNs : nowNs;
        m_parserBusy = false;
        m_lastActivityNs = nowNs;

        Slot slot;
        slot.id = m_nextId++;
        slot.head = result.request->method == "HEAD";
        slot.keepAlive = result.request->keepAlive();
        slot.http10 = result.request->version.minor == 0;
        if (!slot.keepAlive) {
            m_stop = true; // whatever follows a "Connection: close" request is not read
        }
        m_slots.push_back(std::move(slot));
        ++m_awaiting;
        return ServerRequest{m_slots.back().id, std::move(*result.request), startNs};
    }
    if (m_eof && !m_stop && m_inPos == m_in.size() && m_awaiting < m_limits.maxPipelined) {
        m_stop = true; // the client left in the middle of a request: drop it
        m_parserBusy = false;
    }
    updateClosing();
    return std::nullopt;
}

bool HttpServerSession::respond(std::uint64_t id, wire::HttpResponse response, std::int64_t nowNs) {
    const auto it = std::find_if(m_slots.begin(), m_slots.end(),
                                 [id](const Slot& s) { return s.id == id && !s.answered; });
    if (it == m_slots.end()) {
        return false;
    }
    Slot& slot = *it;
    slot.close = !slot.keepAlive || !response.keepAlive();
    if (slot.close) {
        if (!response.headers.hasToken("Connection", "close")) {
            response.headers.set("Connection", "close");
        }
    } else if (slot.http10) {
        response.headers.set("Connection", "keep-alive");
    }
    if (slot.head && !response.chunked() && !response.headers.has("Content-Length") &&
        response.mayHaveBody()) {
        response.headers.set("Content-Length", std::to_string(response.body.size()));
    }
    slot.bytes.clear();
    response.encodeTo(slot.bytes);
    if (slot.head) {
        // The head only: what a GET would have been told, without the body.
        const auto end = slot.bytes.find("\r\n\r\n");
        if (end != std::string::npos) {
            slot.bytes.resize(end + 4);
        }
    }
    slot.answered = true;
    --m_awaiting;
    m_lastActivityNs = nowNs;
    if (slot.close) {
        m_stop = true;
    }
    flush();
    updateClosing();
    return true;
}

void HttpServerSession::consume(std::size_t bytes, std::int64_t nowNs) {
    m_outPos = std::min(m_out.size(), m_outPos + bytes);
    if (m_outPos == m_out.size()) {
        m_out.clear();
        m_outPos = 0;
    }
    if (bytes > 0) {
        m_lastActivityNs = nowNs;
    }
}

bool HttpServerSession::wantsInput() const {
    return !m_stop && !m_eof && m_in.size() - m_inPos < m_limits.maxBufferedInput;
}

bool HttpServerSession::idle() const {
    return !m_parserBusy && m_inPos == m_in.size() && m_slots.empty() && output().empty();
}

std::optional<std::int64_t> HttpServerSession::deadlineNs() const {
    if (m_closing && output().empty()) {
        return std::nullopt;
    }
    if (!output().empty()) {
        return m_lastActivityNs + m_limits.idleTimeoutNs; // the client must keep reading
    }
    if (m_parserBusy && !m_stop) {
        return m_requestStartNs + m_limits.requestTimeoutNs;
    }
    if (idle()) {
        return m_lastActivityNs + m_limits.idleTimeoutNs;
    }
    return std::nullopt; // waiting for the application's answers
}

bool HttpServerSession::onTimer(std::int64_t nowNs) {
    const std::optional<std::int64_t> deadline = deadlineNs();
    if (!deadline || nowNs < *deadline) {
        return false;
    }
    if (!output().empty()) {
        // A client that does not read: drop what it will never take.
        m_out.clear();
        m_outPos = 0;
        m_stop = true;
        m_closing = true;
        return true;
    }
    if (m_parserBusy && !m_stop) {
        m_parserBusy = false;
        m_parser.reset();
        m_in.clear();
        m_inPos = 0;
        queueError(408, "the request did not arrive in time");
        updateClosing();
        return true;
    }
    m_stop = true;
    m_closing = true;
    return true;
}

wire::HttpResponse HttpServerSession::errorResponse(int status, std::string_view detail) {
    std::string text(wire::httpReasonPhrase(status));
    if (!detail.empty()) {
        text += ": ";
        text += detail;
    }
    text += '\n';
    wire::HttpResponse response = wire::HttpResponse::make(status, std::move(text));
    response.headers.set("Connection", "close");
    return response;
}

void HttpServerSession::queueError(int status, std::string_view detail) {
    Slot slot;
    slot.id = 0; // never answered by the application
    slot.answered = true;
    slot.close = true;
    errorResponse(status, detail).encodeTo(slot.bytes);
    m_slots.push_back(std::move(slot));
    m_stop = true;
    flush();
}

void HttpServerSession::flush() {
    while (!m_slots.empty() && m_slots.front().answered) {
        Slot& front = m_slots.front();
        if (m_out.empty()) {
            m_out = std::move(front.bytes); // the usual case: nothing waiting, no copy
        } else {
            m_out += front.bytes;
        }
        if (front.close) {
            // Requests pipelined behind a closing answer are never answered (RFC 9112 section
            // 9.6): the client sees the close and retries them.
            for (const Slot& s : m_slots) {
                if (!s.answered) {
                    --m_awaiting;
                }
            }
            m_slots.clear();
            m_stop = true;
            break;
        }
        m_slots.pop_front();
    }
}

void HttpServerSession::updateClosing() {
    if (m_stop && m_slots.empty()) {
        m_closing = true;
    }
}

} // namespace hopscope::http
