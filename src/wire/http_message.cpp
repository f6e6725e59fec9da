// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "http_message.h"

#include "ascii_text.h"

#include <algorithm>
#include <cstdio>

namespace hopscope::wire {

namespace {

bool lastCodingIsChunked(const HttpHeaders& headers) {
    const auto codings = headers.tokens("Transfer-Encoding");
    return !codings.empty() && equalsIgnoringCase(codings.back(), "chunked");
}

bool keepAliveFor(const HttpVersion& version, const HttpHeaders& headers) {
    if (headers.hasToken("Connection", "close")) {
        return false;
    }
    if (version.major > 1 || (version.major == 1 && version.minor >= 1)) {
        return true;
    }
    return headers.hasToken("Connection", "keep-alive");
}

void append(std::string& out, std::string_view s) {
    out.append(s);
}

// Room for the header block, so that encoding appends without growing the buffer again.
std::size_t encodedSizeHint(const HttpHeaders& fields) {
    std::size_t size = 0;
    for (const auto& e : fields.entries()) {
        size += e.name.size() + e.value.size() + 4;
    }
    return size;
}

void appendFields(std::string& out, const HttpHeaders& fields) {
    for (const auto& e : fields.entries()) {
        append(out, e.name);
        append(out, ": ");
        append(out, e.value);
        append(out, "\r\n");
    }
}

std::string hex(std::size_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%zx", v);
    return buf;
}

// The chunk sizes are reused when they describe this body, so a parsed chunked message
// re-encodes byte for byte; otherwise the body goes out as one chunk.
void appendChunked(std::string& out, std::string_view body, const std::vector<HttpChunk>& chunks,
                   const HttpHeaders& trailers) {
    bool usable = !chunks.empty() && chunks.back().size == 0;
    std::size_t total = 0;
    for (std::size_t i = 0; usable && i + 1 < chunks.size(); ++i) {
        usable = chunks[i].size > 0;
        total += chunks[i].size;
    }
    usable = usable && total == body.size();
    std::size_t at = 0;
    if (usable) {
        for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
            append(out, hex(chunks[i].size));
            append(out, chunks[i].extensions);
            append(out, "\r\n");
            append(out, body.substr(at, chunks[i].size));
            append(out, "\r\n");
            at += chunks[i].size;
        }
        append(out, "0");
        append(out, chunks.back().extensions);
        append(out, "\r\n");
    } else {
        if (!body.empty()) {
            append(out, hex(body.size()));
            append(out, "\r\n");
            append(out, body);
            append(out, "\r\n");
        }
        append(out, "0\r\n");
    }
    appendFields(out, trailers);
    append(out, "\r\n");
}

void appendHeadAndBody(std::string& out, const HttpHeaders& headers, bool chunked, bool addLength,
                       std::string_view body, const std::vector<HttpChunk>& chunks,
                       const HttpHeaders& trailers) {
    appendFields(out, headers);
    if (addLength) {
        append(out, "Content-Length: ");
        append(out, std::to_string(body.size()));
        append(out, "\r\n");
    }
    append(out, "\r\n");
    if (chunked) {
        appendChunked(out, body, chunks, trailers);
    } else {
        append(out, body);
    }
}

void setFraming(HttpHeaders& headers, std::string& body, std::vector<HttpChunk>& chunks,
                std::string content, HttpBodyFraming framing) {
    body = std::move(content);
    chunks.clear();
    headers.remove("Content-Length");
    headers.remove("Transfer-Encoding");
    if (framing == HttpBodyFraming::Chunked) {
        headers.add("Transfer-Encoding", "chunked");
    } else {
        headers.add("Content-Length", std::to_string(body.size()));
    }
}

} // namespace

std::string HttpVersion::toString() const {
    return "HTTP/" + std::to_string(major) + '.' + std::to_string(minor);
}

void HttpHeaders::add(std::string name, std::string value) {
    if (m_entries.empty()) {
        m_entries.reserve(8); // a typical message's fields, without regrowing one by one
    }
    m_entries.push_back({std::move(name), std::move(value)});
}

void HttpHeaders::set(std::string_view name, std::string value) {
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const Entry& e) { return equalsIgnoringCase(e.name, name); });
    if (it == m_entries.end()) {
        m_entries.push_back({std::string(name), std::move(value)});
        return;
    }
    it->value = std::move(value);
    const auto first = static_cast<std::size_t>(it - m_entries.begin());
    std::size_t i = 0;
    std::erase_if(m_entries,
                  [&](const Entry& e) { return i++ > first && equalsIgnoringCase(e.name, name); });
}

void HttpHeaders::remove(std::string_view name) {
    std::erase_if(m_entries, [&](const Entry& e) { return equalsIgnoringCase(e.name, name); });
}

std::optional<std::string_view> HttpHeaders::get(std::string_view name) const {
    for (const auto& e : m_entries) {
        if (equalsIgnoringCase(e.name, name)) {
            return e.value;
        }
    }
    return std::nullopt;
}

std::vector<std::string_view> HttpHeaders::getAll(std::string_view name) const {
    std::vector<std::string_view> out;
    for (const auto& e : m_entries) {
        if (equalsIgnoringCase(e.name, name)) {
            out.push_back(e.value);
        }
    }
    return out;
}

bool HttpHeaders::hasToken(std::string_view name, std::string_view token) const {
    const auto all = tokens(name);
    return std::any_of(all.begin(), all.end(),
                       [&](std::string_view t) { return equalsIgnoringCase(t, token); });
}

std::vector<std::string_view> HttpHeaders::tokens(std::string_view name) const {
    std::vector<std::string_view> out;
    for (const auto& e : m_entries) {
        if (!equalsIgnoringCase(e.name, name)) {
            continue;
        }
        std::string_view rest = e.value;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const auto item = trimmed(rest.substr(0, comma));
            if (!item.empty()) {
                out.push_back(item);
            }
            if (comma == std::string_view::npos) {
                break;
            }
            rest.remove_prefix(comma + 1);
        }
    }
    return out;
}

bool HttpRequest::keepAlive() const {
    return keepAliveFor(version, headers);
}

bool HttpRequest::chunked() const {
    return lastCodingIsChunked(headers);
}

void HttpRequest::setBody(std::string content, HttpBodyFraming framing) {
    setFraming(headers, body, chunks, std::move(content), framing);
}

std::vector<std::uint8_t> HttpRequest::encode() const {
    std::string text;
    encodeTo(text);
    return {text.begin(), text.end()};
}

void HttpRequest::encodeTo(std::string& out) const {
    out.reserve(out.size() + 128 + encodedSizeHint(headers) + body.size());
    append(out, method);
    out += ' ';
    append(out, target);
    out += ' ';
    append(out, version.toString());
    append(out, "\r\n");
    const bool isChunked = chunked();
    // RFC 9110 section 8.6: a request whose method expects content says how long it is.
    const bool expectsContent = method == "POST" || method == "PUT" || method == "PATCH";
    const bool addLength = !isChunked && !headers.has("Content-Length") &&
                           !headers.has("Transfer-Encoding") && (!body.empty() || expectsContent);
    appendHeadAndBody(out, headers, isChunked, addLength, body, chunks, trailers);
}

bool HttpResponse::keepAlive() const {
    return keepAliveFor(version, headers);
}

bool HttpResponse::chunked() const {
    return lastCodingIsChunked(headers);
}

bool HttpResponse::mayHaveBody(std::string_view requestMethod) const {
    return !(requestMethod == "HEAD" || (status >= 100 && status < 200) || status == 204 ||
             status == 304);
}

void HttpResponse::setBody(std::string content, HttpBodyFraming framing) {
    setFraming(headers, body, chunks, std::move(content), framing);
}

std::vector<std::uint8_t> HttpResponse::encode() const {
    std::string text;
    encodeTo(text);
    return {text.begin(), text.end()};
}

void HttpResponse::encodeTo(std::string& out) const {
    out.reserve(out.size() + 128 + encodedSizeHint(headers) + body.size());
    append(out, version.toString());
    out += ' ';
    append(out, std::to_string(status));
    out += ' ';
    append(out, reason);
    append(out, "\r\n");
    const bool withBody = mayHaveBody();
    const bool isChunked = chunked();
    const bool addLength = !isChunked && !headers.has("Content-Length") &&
                           !headers.has("Transfer-Encoding") && withBody;
    appendHeadAndBody(out, headers, isChunked && withBody, addLength,
                      withBody ? std::string_view(body) : std::string_view(), chunks, trailers);
}

HttpResponse HttpResponse::make(int status, std::string content, std::string contentType) {
    HttpResponse r;
    r.status = status;
    r.reason = std::string(httpReasonPhrase(status));
    if (!content.empty()) {
        r.headers.add("Content-Type", std::move(contentType));
    }
    if (r.mayHaveBody()) {
        r.setBody(std::move(content));
    }
    return r;
}

std::string_view httpReasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 203:
        return "Non-Authoritative Information";
    case 204:
        return "No Content";
    case 205:
        return "Reset Content";
    case 206:
        return "Partial Content";
    case 300:
        return "Multiple Choices";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "";
    }
}

} // namespace hopscope::wire
