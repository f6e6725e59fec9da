// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "http_client_session.h"

#include <algorithm>

namespace hopscope::http {

HttpClientSession::HttpClientSession(wire::HttpParserLimits limits)
    : m_parser(wire::HttpMessageKind::Response, limits) {}

std::uint64_t HttpClientSession::send(const wire::HttpRequest& request) {
    std::string bytes;
    request.encodeTo(bytes);
    return sendEncoded(request.method, bytes);
}

std::uint64_t HttpClientSession::sendEncoded(std::string_view method, std::string_view bytes) {
    if (m_outPos == m_out.size()) {
        m_out.clear();
        m_outPos = 0;
    }
    m_out.append(bytes);
    const std::uint64_t id = m_nextId++;
    if (m_methods.empty()) {
        m_parser.setRequestMethod(std::string(method));
    }
    m_methods.push_back({id, std::string(method)});
    return id;
}

void HttpClientSession::consume(std::size_t bytes) {
    m_outPos = std::min(m_out.size(), m_outPos + bytes);
    if (m_outPos == m_out.size()) {
        m_out.clear();
        m_outPos = 0;
    }
}

ClientReceive HttpClientSession::receive(std::span<const std::uint8_t> bytes) {
    ClientReceive out;
    if (m_failed) {
        out.failed = true;
        out.problem = "connection already failed";
        return out;
    }
    parse(bytes, out);
    return out;
}

void HttpClientSession::parse(std::span<const std::uint8_t> bytes, ClientReceive& out) {
    while (!bytes.empty() && !m_failed) {
        if (m_methods.empty()) {
            m_failed = true;
            out.failed = true;
            out.problem =
                "the server sent " + std::to_string(bytes.size()) + " bytes that answer no request";
            return;
        }
        wire::HttpParseResult result = m_parser.feed(bytes);
        if (result.status == wire::HttpParseStatus::Incomplete) {
            return;
        }
        if (result.status == wire::HttpParseStatus::Malformed) {
            m_failed = true;
            out.failed = true;
            out.responseStarted = true;
            out.problem = "malformed response: " + result.problem;
            return;
        }
        bytes = bytes.subspan(std::min(bytes.size(), result.consumed));
        complete(std::move(*result.response), out);
    }
}

void HttpClientSession::complete(wire::HttpResponse response, ClientReceive& out) {
    // RFC 9110 section 15.2: interim answers precede the final one for the same request.
    if (response.status >= 100 && response.status < 200 && response.status != 101) {
        return;
    }
    const Pending pending = std::move(m_methods.front());
    m_methods.pop_front();
    if (!m_methods.empty()) {
        m_parser.setRequestMethod(m_methods.front().method);
    }
    if (!response.keepAlive()) {
        m_serverClosing = true;
    }
    out.responses.push_back({pending.id, std::move(response)});
    if (m_serverClosing && !m_methods.empty()) {
        m_failed = true;
        out.failed = true;
        out.problem = "the server closed the connection with " + std::to_string(m_methods.size()) +
                      " requests unanswered";
    }
}

ClientReceive HttpClientSession::receiveEnd() {
    ClientReceive out;
    if (m_failed) {
        out.failed = true;
        out.problem = "connection already failed";
        return out;
    }
    m_serverClosing = true;
    if (m_methods.empty()) {
        return out;
    }
    out.responseStarted = !m_parser.idle();
    wire::HttpParseResult result = m_parser.finish();
    if (result.status == wire::HttpParseStatus::Complete) {
        complete(std::move(*result.response), out);
    }
    if (!m_methods.empty()) {
        m_failed = true;
        out.failed = true;
        out.problem = result.status == wire::HttpParseStatus::Malformed
                          ? "the server closed the connection in the middle of its response"
                          : "the server closed the connection without answering";
    }
    return out;
}

} // namespace hopscope::http
