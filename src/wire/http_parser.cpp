// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "http_parser.h"

#include "ascii_text.h"
#include "hex_digit.h"

#include <algorithm>

namespace hopscope::wire {

namespace {

// tchar (RFC 9110 section 5.6.2).
bool isTokenChar(char ch) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
    }
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// RFC 9110 section 5.5: NUL (like CR and LF) in a field value is dangerous and is refused;
// other control characters are invalid but harmless, and real clients do send them.
std::size_t badValueChar(std::string_view s) {
    return s.find('\0');
}

bool isOws(char c) {
    return c == ' ' || c == '\t';
}

// Calls each(item) for every comma-separated item of a list field, whitespace trimmed (empty
// items included); stops early when `each` returns false. No list is built: this runs for the
// Content-Length of every message.
template <typename Each> bool forEachListItem(std::string_view value, Each each) {
    while (true) {
        const auto comma = value.find(',');
        if (!each(trimmed(value.substr(0, comma)))) {
            return false;
        }
        if (comma == std::string_view::npos) {
            return true;
        }
        value.remove_prefix(comma + 1);
    }
}

std::string at(std::size_t offset) {
    return " at byte " + std::to_string(offset);
}

// HTTP-version = "HTTP/" DIGIT "." DIGIT (RFC 9112 section 2.3).
std::optional<HttpVersion> parseVersion(std::string_view s) {
    if (s.size() != 8 || s.substr(0, 5) != "HTTP/" || s[6] != '.' || s[5] < '0' || s[5] > '9' ||
        s[7] < '0' || s[7] > '9') {
        return std::nullopt;
    }
    return HttpVersion{s[5] - '0', s[7] - '0'};
}

} // namespace

HttpParser::HttpParser(HttpMessageKind kind, HttpParserLimits limits)
    : m_kind(kind), m_limits(limits) {
    startMessage();
}

void HttpParser::startMessage() {
    m_state = State::Head;
    m_buf.clear();
    m_bufBase = 0;
    m_pos = 0;
    m_scan = 0;
    m_haveStartLine = false;
    m_headStart = 0;
    m_trailerStart = 0;
    m_fieldCount = 0;
    m_remaining = 0;
    m_messageEnd = 0;
    m_request = HttpRequest{};
    m_response = HttpResponse{};
}

void HttpParser::reset() {
    startMessage();
    m_failure = {};
}

bool HttpParser::idle() const {
    return m_state == State::Head && !m_haveStartLine && m_bufBase + m_buf.size() == 0;
}

HttpHeaders& HttpParser::headers() {
    return m_kind == HttpMessageKind::Request ? m_request.headers : m_response.headers;
}

std::string& HttpParser::body() {
    return m_kind == HttpMessageKind::Request ? m_request.body : m_response.body;
}

std::vector<HttpChunk>& HttpParser::chunks() {
    return m_kind == HttpMessageKind::Request ? m_request.chunks : m_response.chunks;
}

HttpParseStatus HttpParser::fail(std::size_t offset, int status, std::string text) {
    m_state = State::Failed;
    m_failure = {};
    m_failure.status = HttpParseStatus::Malformed;
    m_failure.problem = std::move(text);
    m_failure.problemOffset = offset;
    m_failure.errorStatus = status;
    return HttpParseStatus::Malformed;
}

HttpParseResult HttpParser::feed(std::span<const std::uint8_t> bytes) {
    if (m_state == State::Failed) {
        return m_failure;
    }
    // Drop what earlier calls used, so a slowly arriving body does not pile up.
    if (m_pos > 0) {
        m_buf.erase(0, m_pos);
        m_bufBase += m_pos;
        m_scan -= std::min(m_scan, m_pos);
        m_pos = 0;
    }
    m_buf.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return result(process(), bytes.size());
}

HttpParseResult HttpParser::finish() {
    if (m_state == State::Failed) {
        return m_failure;
    }
    if (m_state == State::UntilClose) {
        m_messageEnd = m_bufBase + m_buf.size();
        return result(complete(), 0);
    }
    if (!m_haveStartLine && m_state == State::Head &&
        std::all_of(m_buf.begin() + static_cast<std::ptrdiff_t>(m_pos), m_buf.end(),
                    [](char c) { return c == '\r' || c == '\n'; })) {
        return result(HttpParseStatus::Incomplete, 0);
    }
    const std::size_t received = m_bufBase + m_buf.size();
    return result(fail(received, 400,
                       "connection closed in the middle of a message, after " +
                           std::to_string(received) + " bytes"),
                  0);
}

HttpParseResult HttpParser::result(HttpParseStatus status, std::size_t inputSize) {
    if (status == HttpParseStatus::Malformed) {
        HttpParseResult r = m_failure;
        r.consumed = inputSize;
        return r;
    }
    HttpParseResult r;
    r.status = status;
    if (status == HttpParseStatus::Incomplete) {
        r.consumed = inputSize;
        return r;
    }
    const std::size_t leftover = (m_bufBase + m_buf.size()) - m_messageEnd;
    r.consumed = inputSize - std::min(inputSize, leftover);
    r.messageLength = m_messageEnd;
    if (m_kind == HttpMessageKind::Request) {
        r.request = std::move(m_request);
    } else {
        r.response = std::move(m_response);
    }
    startMessage();
    return r;
}

HttpParseStatus HttpParser::complete() {
    m_state = State::Head;
    return HttpParseStatus::Complete;
}

HttpParseStatus HttpParser::process() {
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return HttpParseStatus::Malformed;
        case State::Head:
        case State::Trailers:
        case State::ChunkSize: {
            const auto nl = m_buf.find('\n', m_scan);
            const std::size_t lineOffset = m_bufBase + m_pos;
            // Size limits come first and count a pending line as if its LF came next, so a
            // stream fed byte by byte fails exactly where the same stream fed at once does.
            const std::size_t end =
                (nl == std::string::npos ? m_bufBase + m_buf.size() : m_bufBase + nl) + 1;
            if (sizeExceeded(lineOffset, end)) {
                return HttpParseStatus::Malformed;
            }
            if (nl == std::string::npos) {
                m_scan = m_buf.size();
                return HttpParseStatus::Incomplete;
            }
            if (nl == m_pos || m_buf[nl - 1] != '\r') {
                return fail(m_bufBase + nl, 400, "line ends with a bare LF" + at(m_bufBase + nl));
            }
            const std::string_view line(m_buf.data() + m_pos, nl - 1 - m_pos);
            if (const auto cr = line.find('\r'); cr != std::string_view::npos) {
                return fail(lineOffset + cr, 400, "bare CR inside a line" + at(lineOffset + cr));
            }
            m_pos = nl + 1;
            m_scan = m_pos;
            HttpParseStatus s;
            if (m_state == State::ChunkSize) {
                s = chunkSizeLine(line, lineOffset);
            } else if (m_state == State::Head) {
                s = headLine(line, lineOffset);
            } else {
                if (line.empty()) {
                    m_messageEnd = m_bufBase + m_pos;
                    return complete();
                }
                HttpHeaders& trailers =
                    m_kind == HttpMessageKind::Request ? m_request.trailers : m_response.trailers;
                s = fieldLine(line, lineOffset, trailers);
            }
            if (s != HttpParseStatus::Incomplete) {
                return s;
            }
            break;
        }
        case State::Length:
        case State::ChunkData:
        case State::UntilClose: {
            const std::size_t available = m_buf.size() - m_pos;
            std::size_t take = available;
            if (m_state != State::UntilClose) {
                take = std::min(available, m_remaining);
            } else if (body().size() + take > m_limits.maxBodyBytes) {
                const std::size_t over =
                    m_bufBase + m_pos + (m_limits.maxBodyBytes - body().size());
                return fail(over, 413,
                            "body larger than " + std::to_string(m_limits.maxBodyBytes) + " bytes" +
                                at(over));
            }
            body().append(m_buf, m_pos, take);
            m_pos += take;
            m_scan = m_pos;
            if (m_state == State::UntilClose) {
                return HttpParseStatus::Incomplete;
            }
            m_remaining -= take;
            if (m_remaining > 0) {
                return HttpParseStatus::Incomplete;
            }
            if (m_state == State::Length) {
                m_messageEnd = m_bufBase + m_pos;
                return complete();
            }
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (m_buf.size() - m_pos < 2) {
                if (m_buf.size() - m_pos == 1 && m_buf[m_pos] != '\r') {
                    return fail(m_bufBase + m_pos, 400,
                                "chunk data not followed by CRLF" + at(m_bufBase + m_pos));
                }
                return HttpParseStatus::Incomplete;
            }
            if (m_buf[m_pos] != '\r' || m_buf[m_pos + 1] != '\n') {
                return fail(m_bufBase + m_pos, 400,
                            "chunk data not followed by CRLF" + at(m_bufBase + m_pos));
            }
            m_pos += 2;
            m_scan = m_pos;
            m_state = State::ChunkSize;
            break;
        }
        }
    }
}

bool HttpParser::sizeExceeded(std::size_t lineOffset, std::size_t end) {
    if (m_state == State::ChunkSize) {
        if (end - lineOffset > m_limits.maxChunkLineBytes) {
            fail(lineOffset, 400,
                 "chunk size line longer than " + std::to_string(m_limits.maxChunkLineBytes) +
                     " bytes" + at(lineOffset));
            return true;
        }
        return false;
    }
    const bool trailers = m_state == State::Trailers;
    const std::size_t sectionStart =
        trailers ? m_trailerStart : (m_haveStartLine ? m_headStart : lineOffset);
    if (end - sectionStart > m_limits.maxHeaderBytes) {
        fail(lineOffset, 431,
             std::string(trailers ? "trailer section too large" : "header too large") +
                 ": more than " + std::to_string(m_limits.maxHeaderBytes) + " bytes" +
                 at(sectionStart));
        return true;
    }
    return false;
}

HttpParseStatus HttpParser::headLine(std::string_view line, std::size_t lineOffset) {
    if (!m_haveStartLine) {
        // RFC 9112 section 2.2: empty lines before the start line are ignored.
        if (line.empty()) {
            return HttpParseStatus::Incomplete;
        }
        m_headStart = lineOffset;
        m_haveStartLine = true;
        return startLine(line, lineOffset);
    }
    if (line.empty()) {
        return headDone(lineOffset + 2);
    }
    return fieldLine(line, lineOffset, headers());
}

HttpParseStatus HttpParser::startLine(std::string_view line, std::size_t lineOffset) {
    if (m_kind == HttpMessageKind::Request) {
        const auto sp1 = line.find(' ');
        const auto sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
        if (sp2 == std::string_view::npos) {
            return fail(lineOffset, 400,
                        "request line is not \"method target version\"" + at(lineOffset));
        }
        const auto method = line.substr(0, sp1);
        const auto target = line.substr(sp1 + 1, sp2 - sp1 - 1);
        const auto versionText = line.substr(sp2 + 1);
        if (!isToken(method)) {
            return fail(lineOffset, 400, "invalid method token" + at(lineOffset));
        }
        if (target.empty() || !std::all_of(target.begin(), target.end(), [](char c) {
                return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7F;
            })) {
            return fail(lineOffset + sp1 + 1, 400,
                        "invalid request target" + at(lineOffset + sp1 + 1));
        }
        const auto version = parseVersion(versionText);
        if (!version) {
            return fail(lineOffset + sp2 + 1, 400,
                        "invalid HTTP version" + at(lineOffset + sp2 + 1));
        }
        if (version->major != 1) {
            return fail(lineOffset + sp2 + 1, 505,
                        "unsupported HTTP version " + version->toString() +
                            at(lineOffset + sp2 + 1));
        }
        m_request.method = std::string(method);
        m_request.target = std::string(target);
        m_request.version = *version;
        return HttpParseStatus::Incomplete;
    }
    // status-line = HTTP-version SP status-code SP [ reason-phrase ]; a missing final SP is
    // tolerated because some servers send "HTTP/1.1 200".
    const auto version = parseVersion(line.substr(0, 8));
    if (!version || line.size() < 12 || line[8] != ' ') {
        return fail(lineOffset, 502,
                    "status line does not start with \"HTTP/x.y \"" + at(lineOffset));
    }
    if (version->major != 1) {
        return fail(lineOffset, 502,
                    "unsupported HTTP version " + version->toString() + at(lineOffset));
    }
    const auto code = line.substr(9, 3);
    if (!allAsciiDigits(code) || code[0] == '0') {
        return fail(lineOffset + 9, 502, "invalid status code" + at(lineOffset + 9));
    }
    std::string_view reason;
    if (line.size() > 12) {
        if (line[12] != ' ') {
            return fail(lineOffset + 12, 502,
                        "status code not followed by a space" + at(lineOffset + 12));
        }
        reason = line.substr(13);
        if (const auto bad = badValueChar(reason); bad != std::string_view::npos) {
            return fail(lineOffset + 13 + bad, 502,
                        "NUL in the reason phrase" + at(lineOffset + 13 + bad));
        }
    }
    m_response.version = *version;
    m_response.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
    m_response.reason = std::string(reason);
    return HttpParseStatus::Incomplete;
}

HttpParseStatus HttpParser::fieldLine(std::string_view line, std::size_t lineOffset,
                                      HttpHeaders& into) {
    if (isOws(line.front())) {
        // RFC 9112 section 5.2: obs-fold is refused rather than unfolded.
        return fail(lineOffset, 400, "obsolete line folding" + at(lineOffset));
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
        return fail(lineOffset, 400, "header line without a colon" + at(lineOffset));
    }
    const auto name = line.substr(0, colon);
    if (name.empty()) {
        return fail(lineOffset, 400, "empty field name" + at(lineOffset));
    }
    if (isOws(name.back())) {
        // RFC 9112 section 5.1: whitespace before the colon MUST be rejected.
        return fail(lineOffset + colon - 1, 400,
                    "whitespace between field name and colon" + at(lineOffset + colon - 1));
    }
    if (!isToken(name)) {
        return fail(lineOffset, 400, "invalid field name" + at(lineOffset));
    }
    const auto raw = line.substr(colon + 1);
    if (const auto bad = badValueChar(raw); bad != std::string_view::npos) {
        return fail(lineOffset + colon + 1 + bad, 400,
                    "NUL in field value" + at(lineOffset + colon + 1 + bad));
    }
    if (++m_fieldCount > m_limits.maxHeaderCount) {
        return fail(lineOffset, 431,
                    "more than " + std::to_string(m_limits.maxHeaderCount) + " header fields" +
                        at(lineOffset));
    }
    into.add(std::string(name), std::string(trimmed(raw)));
    return HttpParseStatus::Incomplete;
}

HttpParseStatus HttpParser::headDone(std::size_t offset) {
    m_messageEnd = m_bufBase + m_pos;
    const bool request = m_kind == HttpMessageKind::Request;
    const HttpHeaders& h = headers();
    const HttpVersion version = request ? m_request.version : m_response.version;
    const int bad = request ? 400 : 502;

    if (!request) {
        const int status = m_response.status;
        const bool tunnel = m_requestMethod == "CONNECT" && status >= 200 && status < 300;
        if (!m_response.mayHaveBody(m_requestMethod) || tunnel) {
            return complete();
        }
    }
    const bool hasTe = h.has("Transfer-Encoding");
    const bool hasCl = h.has("Content-Length");
    if (hasTe) {
        if (hasCl) {
            return fail(offset, bad,
                        "both Transfer-Encoding and Content-Length (a request smuggling "
                        "pattern)" +
                            at(m_headStart));
        }
        if (version.minor == 0) {
            return fail(offset, bad, "Transfer-Encoding in an HTTP/1.0 message" + at(m_headStart));
        }
        const std::vector<std::string_view> codings = h.tokens("Transfer-Encoding");
        const auto chunkedCount =
            std::count_if(codings.begin(), codings.end(),
                          [](std::string_view c) { return equalsIgnoringCase(c, "chunked"); });
        const bool lastChunked = !codings.empty() && equalsIgnoringCase(codings.back(), "chunked");
        if (chunkedCount > 1 || (chunkedCount == 1 && !lastChunked)) {
            return fail(offset, bad,
                        "chunked must be the last transfer coding, once" + at(m_headStart));
        }
        if (request) {
            if (!lastChunked) {
                return fail(offset, 400,
                            "request Transfer-Encoding does not end in chunked" + at(m_headStart));
            }
            if (codings.size() > 1) {
                return fail(offset, 501,
                            "unsupported transfer coding " + std::string(codings.front()) +
                                at(m_headStart));
            }
        }
        m_state = lastChunked ? State::ChunkSize : State::UntilClose;
        return HttpParseStatus::Incomplete;
    }
    if (hasCl) {
        std::optional<std::size_t> length;
        std::string_view invalid;
        bool conflicting = false;
        for (const auto& field : h.entries()) {
            if (!equalsIgnoringCase(field.name, "Content-Length")) {
                continue;
            }
            const bool ok = forEachListItem(field.value, [&](std::string_view item) {
                if (item.empty() || item.size() > 15 || !allAsciiDigits(item)) {
                    invalid = item;
                    return false;
                }
                std::size_t n = 0;
                for (const char c : item) {
                    n = n * 10 + static_cast<std::size_t>(c - '0');
                }
                if (length && *length != n) {
                    conflicting = true;
                    return false;
                }
                length = n;
                return true;
            });
            if (!ok && conflicting) {
                return fail(offset, bad, "conflicting Content-Length values" + at(m_headStart));
            }
            if (!ok) {
                return fail(offset, bad,
                            "invalid Content-Length \"" + std::string(invalid) + '"' +
                                at(m_headStart));
            }
        }
        if (*length > m_limits.maxBodyBytes) {
            return fail(offset, 413,
                        "body of " + std::to_string(*length) + " bytes exceeds the limit of " +
                            std::to_string(m_limits.maxBodyBytes) + at(offset));
        }
        if (*length == 0) {
            return complete();
        }
        m_remaining = *length;
        m_state = State::Length;
        return HttpParseStatus::Incomplete;
    }
    if (request) {
        return complete(); // RFC 9112 section 6.3 rule 6: no framing means no body
    }
    m_state = State::UntilClose; // rule 8: the body runs until the connection closes
    return HttpParseStatus::Incomplete;
}

HttpParseStatus HttpParser::chunkSizeLine(std::string_view line, std::size_t lineOffset) {
    std::size_t i = 0;
    std::size_t size = 0;
    while (i < line.size() && hexDigitValue(line[i]) >= 0) {
        if (i >= 15) {
            return fail(lineOffset, 400, "chunk size too long" + at(lineOffset));
        }
        size = size * 16 + static_cast<std::size_t>(hexDigitValue(line[i]));
        ++i;
    }
    if (i == 0) {
        return fail(lineOffset, 400, "chunk size is not a hex number" + at(lineOffset));
    }
    // chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
    const std::string_view ext = line.substr(i);
    std::size_t p = 0;
    auto skipBws = [&] {
        while (p < ext.size() && isOws(ext[p])) {
            ++p;
        }
    };
    auto token = [&] {
        const std::size_t start = p;
        while (p < ext.size() && isTokenChar(ext[p])) {
            ++p;
        }
        return p > start;
    };
    while (true) {
        skipBws();
        if (p == ext.size()) {
            break;
        }
        if (ext[p] != ';') {
            return fail(lineOffset + i + p, 400, "bad chunk extension" + at(lineOffset + i + p));
        }
        ++p;
        skipBws();
        if (!token()) {
            return fail(lineOffset + i + p, 400,
                        "bad chunk extension name" + at(lineOffset + i + p));
        }
        skipBws();
        if (p < ext.size() && ext[p] == '=') {
            ++p;
            skipBws();
            if (p < ext.size() && ext[p] == '"') {
                ++p;
                bool closed = false;
                while (p < ext.size()) {
                    if (ext[p] == '\\' && p + 1 < ext.size()) {
                        p += 2;
                    } else if (ext[p] == '"') {
                        ++p;
                        closed = true;
                        break;
                    } else {
                        ++p;
                    }
                }
                if (!closed) {
                    return fail(lineOffset + i + p, 400,
                                "unterminated quoted chunk extension" + at(lineOffset + i + p));
                }
            } else if (!token()) {
                return fail(lineOffset + i + p, 400,
                            "bad chunk extension value" + at(lineOffset + i + p));
            }
        }
    }
    if (body().size() + size > m_limits.maxBodyBytes) {
        return fail(lineOffset, 413,
                    "body larger than " + std::to_string(m_limits.maxBodyBytes) + " bytes" +
                        at(lineOffset));
    }
    chunks().push_back({size, std::string(ext)});
    if (size == 0) {
        m_trailerStart = m_bufBase + m_pos;
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return HttpParseStatus::Incomplete;
}

} // namespace hopscope::wire
