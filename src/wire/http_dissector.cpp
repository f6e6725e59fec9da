// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "app_dissectors.h"
#include "ascii_text.h"
#include "field_list.h"
#include "http_parser.h"
#include "wireshark_text.h"

#include <algorithm>
#include <string>
#include <string_view>

// The HTTP/1.x layer as Wireshark 4.0's packet-http.c shows it: the start line split into its
// parts, one item per header line (http.request.line / http.response.line) with the well-known
// headers under their own filter names, chunk framing, and the body as http.file_data (the
// body's own layer comes from http_body_dissector.cpp). Values match `tshark -T fields` text
// (checked against tshark 4.0.17, see tests/wire/test_http_dissector.cpp).

namespace hopscope::wire {

namespace {

struct KnownHeader {
    const char* name; // lower case
    const char* filter;
    const char* meaning;
};

constexpr KnownHeader kKnownHeaders[] = {
    {"host", "http.host",
     "The server name (and port) the client is asking; one address can host many sites."},
    {"user-agent", "http.user_agent", "Which program sent the request."},
    {"content-type", "http.content_type",
     "What kind of data the body holds: text/html, image/png, application/json ..."},
    {"content-length", "http.content_length_header",
     "How many bytes the body has, so the reader knows where this message ends."},
    {"connection", "http.connection",
     "Whether the connection stays open for more requests (keep-alive) or closes after this "
     "one."},
    {"server", "http.server", "Which server software answered."},
    {"transfer-encoding", "http.transfer_encoding",
     "How the body is framed; chunked means it comes in pieces, each preceded by its size."},
    {"accept", "http.accept", "Which kinds of content the client can use."},
    {"accept-encoding", "http.accept_encoding",
     "Which compressions the client understands (gzip, br ...)."},
    {"accept-language", "http.accept_language", "Which languages the reader prefers."},
    {"location", "http.location", "Where the client should go instead (with a 3xx redirect)."},
    {"cookie", "http.cookie", "Small pieces of state the server asked the browser to send back."},
    {"set-cookie", "http.set_cookie", "The server asks the browser to remember a cookie."},
    {"date", "http.date", "When the message was created."},
    {"cache-control", "http.cache_control", "Whether and for how long the answer may be cached."},
    {"last-modified", "http.last_modified", "When the resource last changed."},
    {"referer", "http.referer", "The page that linked to this request."},
    {"content-encoding", "http.content_encoding",
     "How the body was compressed before sending (gzip, br ...)."},
    {"upgrade", "http.upgrade", "A request to switch to another protocol, such as WebSocket."},
    {"authorization", "http.authorization", "The client's credentials."},
    {"proxy-authorization", "http.proxy_authorization", "The client's credentials for a proxy."},
    {"proxy-authenticate", "http.proxy_authenticate", "How a proxy wants the client to log in."},
    {"www-authenticate", "http.www_authenticate", "How the server wants the client to log in."},
    {"x-forwarded-for", "http.x_forwarded_for",
     "The original client address, added by a proxy or load balancer."},
    {"sec-websocket-accept", "http.sec_websocket_accept",
     "The server's proof that it accepts the WebSocket handshake."},
    {"sec-websocket-extensions", "http.sec_websocket_extensions",
     "WebSocket extensions asked for or agreed."},
    {"sec-websocket-key", "http.sec_websocket_key", "A random key for the WebSocket handshake."},
    {"sec-websocket-protocol", "http.sec_websocket_protocol",
     "Which WebSocket subprotocol is used."},
    {"sec-websocket-version", "http.sec_websocket_version", "The WebSocket protocol version."},
    {"http2-settings", "http.http2_settings", "HTTP/2 settings sent with an upgrade request."},
};

// Wireshark's vals_http_status_code (4.0).
const char* statusDescription(int code) {
    switch (code) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 102:
        return "Processing";
    case 103:
        return "Early Hints";
    case 199:
        return "Informational - Others";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 203:
        return "Non-authoritative Information";
    case 204:
        return "No Content";
    case 205:
        return "Reset Content";
    case 206:
        return "Partial Content";
    case 207:
        return "Multi-Status";
    case 208:
        return "Already Reported";
    case 226:
        return "IM Used";
    case 299:
        return "Success - Others";
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
    case 305:
        return "Use Proxy";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 399:
        return "Redirection - Others";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Time-out";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Request Entity Too Large";
    case 414:
        return "Request-URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Requested Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 418:
        return "I'm a teapot";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Entity";
    case 423:
        return "Locked";
    case 424:
        return "Failed Dependency";
    case 425:
        return "Too Early";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 451:
        return "Unavailable For Legal Reasons";
    case 499:
        return "Client Error - Others";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Time-out";
    case 505:
        return "HTTP Version not supported";
    case 506:
        return "Variant Also Negotiates";
    case 507:
        return "Insufficient Storage";
    case 508:
        return "Loop Detected";
    case 510:
        return "Not Extended";
    case 511:
        return "Network Authentication Required";
    case 599:
        return "Server Error - Others";
    default:
        return nullptr;
    }
}

const KnownHeader* knownHeader(std::string_view name) {
    const std::string key = asciiLowered(name);
    for (const auto& h : kKnownHeaders) {
        if (key == h.name) {
            return &h;
        }
    }
    return nullptr;
}

// How tshark prints an HTTP string field: ASCII decoding, then the -T fields escapes.
std::string text(std::string_view raw) {
    return wiresharkFieldEscape(wiresharkAsciiText(raw));
}

std::string dec(std::uint64_t v) {
    return FieldList::dec(v);
}

std::string_view view(std::span<const std::uint8_t> bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// One HTTP message at `base` in the frame; returns the bytes it used (0 when it runs past the
// segment) and sets `problem` when it is malformed.
class HttpMessageDissector {
public:
    HttpMessageDissector(std::span<const std::uint8_t> bytes, std::size_t base, Layer& layer,
                         DissectDetail detail)
        : m_bytes(bytes), m_text(view(bytes)), m_base(base), m_layer(layer), m_detail(detail),
          m_full(detail == DissectDetail::Full) {}

    std::size_t run(std::string& info, std::string& problem);
    // The layers the body's media-type dissector adds, after the message's own layer; returns
    // what that dissector appends to the info column.
    std::string body(Dissection& out) const;

private:
    void startLine(FieldList& list, std::string_view line);
    void headerLine(FieldList& list, std::string_view line, std::size_t at);
    void chunkedBody(FieldList& list, std::size_t at, const std::vector<HttpChunk>& chunks);
    // A summary keeps no header fields but still needs the Content-Type.
    void noteBodyHeader(std::string_view line);
    void noteContentEncoding(std::string_view value);

    std::span<const std::uint8_t> m_bytes;
    std::string_view m_text;
    std::size_t m_base;
    Layer& m_layer;
    DissectDetail m_detail;
    bool m_full;
    bool m_response = false;
    std::string m_host;
    std::string m_target;
    bool m_hasContentType = false;
    std::string m_contentType;
    bool m_encoded = false; // a Content-Encoding other than identity
    // Set when the message is complete and has a body.
    std::string m_body; // chunk framing removed
    std::size_t m_bodyAt = 0;
    std::size_t m_bodyEnd = 0;
    bool m_chunked = false;
};

void HttpMessageDissector::startLine(FieldList& list, std::string_view line) {
    Field& node = list.bytes(m_response ? "Status line" : "Request line", "", m_base,
                             line.size() + 2, {}, text(std::string(line) + "\r\n"),
                             m_response ? "What happened: the version, a three-digit status and "
                                          "a short phrase."
                                        : "What is wanted: the method, the resource and the "
                                          "HTTP version.");
    FieldList f(node.children);
    const auto sp1 = line.find(' ');
    const auto sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    const auto first = line.substr(0, sp1);
    if (m_response) {
        f.bytes("Response Version", "http.response.version", m_base, first.size(), text(first), {},
                "The HTTP version the server speaks.");
        if (sp1 == std::string_view::npos) {
            return;
        }
        const auto code = line.substr(sp1 + 1, sp2 == std::string_view::npos ? sp2 : sp2 - sp1 - 1);
        const bool numeric = code.size() == 3 && allAsciiDigits(code);
        if (numeric) {
            const int value = std::stoi(std::string(code));
            const char* desc = statusDescription(value);
            f.bytes("Status Code", "http.response.code", m_base + sp1 + 1, 3, dec(value), {},
                    "The outcome as a number: 2xx success, 3xx go elsewhere, 4xx the client's "
                    "mistake, 5xx the server's.");
            f.bytes("Status Code Description", "http.response.code.desc", m_base + sp1 + 1, 3,
                    desc ? desc : "Unknown (" + dec(value) + ")", {},
                    "The standard name of the status code.");
        }
        if (sp2 != std::string_view::npos) {
            const auto phrase = line.substr(sp2 + 1);
            f.bytes("Response Phrase", "http.response.phrase", m_base + sp2 + 1, phrase.size(),
                    text(phrase), {}, "A short human-readable description of the status.");
        }
        f.bytes("Response", "http.response", m_base, 0, "1", "True",
                "This message is an HTTP response.");
        return;
    }
    f.bytes("Request Method", "http.request.method", m_base, first.size(), text(first), {},
            "What to do with the resource: GET fetches it, POST sends data, HEAD asks for the "
            "headers only ...");
    if (sp1 == std::string_view::npos) {
        return;
    }
    const auto target = line.substr(sp1 + 1, sp2 == std::string_view::npos ? sp2 : sp2 - sp1 - 1);
    m_target = std::string(target);
    Field& uri = f.bytes("Request URI", "http.request.uri", m_base + sp1 + 1, target.size(),
                         text(target), {}, "Which resource on the server is wanted.");
    if (const auto q = target.find('?'); q != std::string_view::npos) {
        FieldList u(uri.children);
        const std::size_t at = m_base + sp1 + 1;
        u.bytes("Request URI Path", "http.request.uri.path", at, q, text(target.substr(0, q)), {},
                "The path part of the URI, before the '?'.");
        const auto query = target.substr(q + 1);
        Field& qf = u.bytes("Request URI Query", "http.request.uri.query", at + q + 1, query.size(),
                            text(query), {}, "The query part of the URI, after the '?'.");
        FieldList params(qf.children);
        std::size_t start = 0;
        while (start <= query.size()) {
            const auto amp = query.find('&', start);
            const auto end = amp == std::string_view::npos ? query.size() : amp;
            params.bytes("Request URI Query Parameter", "http.request.uri.query.parameter",
                         at + q + 1 + start, end - start, text(query.substr(start, end - start)),
                         {}, "One name=value parameter of the query.");
            if (amp == std::string_view::npos) {
                break;
            }
            start = amp + 1;
        }
    }
    if (sp2 != std::string_view::npos) {
        const auto version = line.substr(sp2 + 1);
        f.bytes("Request Version", "http.request.version", m_base + sp2 + 1, version.size(),
                text(version), {}, "The HTTP version the client speaks.");
    }
}

void HttpMessageDissector::headerLine(FieldList& list, std::string_view line, std::size_t at) {
    const char* lineFilter = m_response ? "http.response.line" : "http.request.line";
    const std::string lineValue = text(std::string(line) + "\r\n");
    const auto colon = line.find(':');
    const KnownHeader* known =
        colon == std::string_view::npos ? nullptr : knownHeader(line.substr(0, colon));
    if (!known) {
        list.bytes("Header", lineFilter, at, line.size() + 2, lineValue, {},
                   "One header field: a name, a colon and a value.");
        return;
    }
    auto value = line.substr(colon + 1);
    // packet-http.c skips the whitespace before a value but keeps any after it.
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
        value.remove_prefix(1);
    }
    Field& field = list.bytes(std::string(line.substr(0, colon)), known->filter, at,
                              line.size() + 2, text(value), lineValue, known->meaning);
    FieldList children(field.children);
    const std::string_view filter = known->filter;
    if (filter == "http.host") {
        m_host = std::string(trimmed(value));
    } else if (filter == "http.content_type") {
        m_hasContentType = true;
        m_contentType = std::string(value);
    } else if (filter == "http.content_encoding") {
        noteContentEncoding(value);
    } else if (filter == "http.content_length_header") {
        if (!value.empty() && value.size() <= 19 && allAsciiDigits(value)) {
            children.bytes("Content length", "http.content_length", at, line.size() + 2,
                           dec(std::stoull(std::string(value))), {},
                           "The body length as a number (computed from the header).");
        }
    } else if (filter == "http.cookie") {
        std::size_t start = static_cast<std::size_t>(value.data() - line.data());
        while (start < line.size()) {
            const auto semi = line.find(';', start);
            const auto end = semi == std::string_view::npos ? line.size() : semi;
            children.bytes("Cookie pair", "http.cookie_pair", at + start, end - start,
                           text(line.substr(start, end - start)), {}, "One name=value cookie.");
            if (semi == std::string_view::npos) {
                break;
            }
            start = semi + 1;
            while (start < line.size() && line[start] == ' ') {
                ++start;
            }
        }
    }
    children.bytes("Header line", lineFilter, at, line.size() + 2, lineValue, {},
                   "The whole header line as sent.");
}

void HttpMessageDissector::chunkedBody(FieldList& list, std::size_t at,
                                       const std::vector<HttpChunk>& chunks) {
    std::size_t pos = at;
    const std::size_t start = pos;
    Field& node = list.bytes(m_response ? "HTTP chunked response" : "HTTP chunked request", "",
                             m_base + pos, 0, {}, {},
                             "The body in chunks, each preceded by its size in hexadecimal; a "
                             "chunk of size 0 ends it.");
    FieldList f(node.children);
    for (const auto& chunk : chunks) {
        const auto eol = m_text.find("\r\n", pos);
        if (eol == std::string_view::npos) {
            break;
        }
        const std::size_t lineLength = eol + 2 - pos;
        f.bytes("Chunk size", "http.chunk_size", m_base + pos, lineLength, dec(chunk.size),
                dec(chunk.size) + " octets",
                "How many bytes the next chunk holds (written in hexadecimal on the wire).");
        pos = eol + 2;
        if (chunk.size == 0) {
            break;
        }
        f.bytes("Chunk data", "http.chunk_data", m_base + pos, chunk.size,
                FieldList::hexBytes(m_bytes.subspan(pos, chunk.size)), {},
                "The bytes of this chunk.");
        pos += chunk.size;
        f.bytes("Chunk boundary", "http.chunk_boundary", m_base + pos, 2, "0d0a", {},
                "The CRLF that closes each chunk.");
        pos += 2;
    }
    // Trailer fields, then the empty line.
    for (;;) {
        const auto eol = m_text.find("\r\n", pos);
        if (eol == std::string_view::npos || eol == pos) {
            pos = eol == std::string_view::npos ? pos : eol + 2;
            break;
        }
        f.bytes("trailer-part", "http.chunked_trailer_part", m_base + pos, eol + 2 - pos,
                text(m_text.substr(pos, eol + 2 - pos)), {},
                "A header field sent after the body, when its value was known only at the end.");
        pos = eol + 2;
    }
    node.bitLength = (pos - start) * 8;
}

std::string HttpMessageDissector::body(Dissection& out) const {
    if (m_body.empty()) {
        return {};
    }
    HttpBody b;
    b.bytes = m_body;
    b.place = {m_base + m_bodyAt, m_bodyEnd - m_bodyAt, !m_chunked};
    b.contentType = m_hasContentType ? &m_contentType : nullptr;
    b.encoded = m_encoded;
    return dissectHttpBody(b, out, m_detail);
}

void HttpMessageDissector::noteBodyHeader(std::string_view line) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
        return;
    }
    auto is = [&line, colon](std::string_view name) {
        return equalsIgnoringCase(line.substr(0, colon), name);
    };
    auto value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
        value.remove_prefix(1);
    }
    if (is("content-type")) {
        m_hasContentType = true;
        m_contentType = std::string(value);
    } else if (is("content-encoding")) {
        noteContentEncoding(value);
    }
}

void HttpMessageDissector::noteContentEncoding(std::string_view value) {
    value = trimmed(value);
    const bool identity = value.empty() || equalsIgnoringCase(value, "identity");
    m_encoded = !identity;
}

std::size_t HttpMessageDissector::run(std::string& info, std::string& problem) {
    m_response = startsWith(m_text, "HTTP/");
    FieldList list(m_layer.fields);

    // The head, line by line, as far as this segment holds it.
    std::size_t pos = 0;
    bool first = true;
    bool headEnded = false;
    while (pos < m_text.size()) {
        const auto eol = m_text.find("\r\n", pos);
        if (eol == std::string_view::npos) {
            break;
        }
        const auto line = m_text.substr(pos, eol - pos);
        if (first) {
            if (m_full) {
                startLine(list, line);
            }
            info = wiresharkFormatText(line) + ' ';
            first = false;
        } else if (line.empty()) {
            if (m_full) {
                list.bytes("End of header", "", m_base + pos, 2, {}, "\\r\\n",
                           "An empty line: the header is over and the body (if any) begins.");
            }
            headEnded = true;
            pos = eol + 2;
            break;
        } else if (m_full) {
            headerLine(list, line, m_base + pos);
        } else {
            noteBodyHeader(line);
        }
        pos = eol + 2;
    }
    if (first) {
        info = wiresharkFormatText(m_text.substr(0, m_text.find('\n'))) + ' ';
    }
    if (!m_response && m_full) {
        if (!m_host.empty()) {
            list.bytes("Full request URI", "http.request.full_uri", m_base, 0,
                       text("http://" + m_host + m_target), {},
                       "The whole address this request asks for (computed).");
        }
        list.bytes("Request", "http.request", m_base, 0, "1", "True",
                   "This message is an HTTP request.");
    }

    HttpParser parser(m_response ? HttpMessageKind::Response : HttpMessageKind::Request);
    auto result = parser.feed(m_bytes);
    if (result.status == HttpParseStatus::Malformed) {
        problem = "HTTP message at frame byte " + std::to_string(m_base) + ": " + result.problem;
        return 0;
    }
    if (!headEnded) {
        if (m_full) {
            list.bytes("Continuation", "", m_base + pos, m_text.size() - pos, {}, {},
                       "The header continues in a later TCP segment.");
        }
        return 0;
    }
    const std::size_t bodyAt = pos;
    if (result.status == HttpParseStatus::Incomplete) {
        if (m_full && m_text.size() > bodyAt) {
            list.bytes("Partial body", "", m_base + bodyAt, m_text.size() - bodyAt, {}, {},
                       "The first bytes of a body that continues in later TCP segments.");
        }
        return 0;
    }
    auto& message = m_response ? result.response->body : result.request->body;
    const auto& chunks = m_response ? result.response->chunks : result.request->chunks;
    if (m_full && !chunks.empty()) {
        chunkedBody(list, bodyAt, chunks);
    }
    if (!message.empty()) {
        if (m_full) {
            list.bytes("File Data", "http.file_data", m_base + bodyAt,
                       result.messageLength - bodyAt, text(message), dec(message.size()) + " bytes",
                       "The body: the page, image or data the message carries.");
        }
        m_body = std::move(message);
        m_bodyAt = bodyAt;
        m_bodyEnd = result.messageLength;
        m_chunked = !chunks.empty();
    }
    return result.messageLength;
}

} // namespace

bool looksLikeHttp(std::span<const std::uint8_t> payload) {
    const std::string_view s = view(payload);
    if (startsWith(s, "HTTP/1.")) {
        return true;
    }
    // A request line starts with a method token and a space (RFC 9112 section 3).
    static constexpr std::string_view kMethods[] = {
        "GET ", "HEAD ", "POST ", "PUT ", "DELETE ", "OPTIONS ", "PATCH ", "CONNECT ", "TRACE "};
    return std::any_of(std::begin(kMethods), std::end(kMethods),
                       [&](std::string_view m) { return startsWith(s, m); });
}

bool dissectHttp(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                 Dissection& out, DissectDetail detail) {
    out.protocol = "HTTP";
    if (offset > frame.size() || length > frame.size() - offset) {
        out.problem = "HTTP payload of " + std::to_string(length) + " bytes at byte " +
                      std::to_string(offset) + " lies outside the " + std::to_string(frame.size()) +
                      "-byte frame";
        return false;
    }
    const auto payload = frame.subspan(offset, length);
    std::size_t pos = 0;
    std::string info;
    // Pipelined messages follow each other in one segment; each gets its own layer.
    do {
        Layer layer;
        layer.protocol = "http";
        layer.name = "Hypertext Transfer Protocol";
        layer.osi = OsiLayer::Application;
        layer.tcpip = TcpIpLayer::Application;
        layer.byteOffset = offset + pos;
        std::string part;
        std::string problem;
        HttpMessageDissector message(payload.subspan(pos), offset + pos, layer, detail);
        const std::size_t used = message.run(part, problem);
        layer.byteLength = used == 0 ? payload.size() - pos : used;
        const std::size_t index = out.layers.size();
        out.layers.push_back(std::move(layer));
        part += message.body(out);
        if (detail == DissectDetail::Full) {
            out.layers[index].summary = part;
        }
        info += part;
        if (!problem.empty()) {
            out.info = info + "[Malformed Packet]";
            out.problem = problem;
            return false;
        }
        if (used == 0) {
            break;
        }
        pos += used;
    } while (pos < payload.size() && looksLikeHttp(payload.subspan(pos)));
    out.info = info;
    return true;
}

} // namespace hopscope::wire
