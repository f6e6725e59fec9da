// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::wire {

// "HTTP/1.1" (RFC 9112 section 2.3).
struct HttpVersion {
    int major = 1;
    int minor = 1;

    [[nodiscard]] std::string toString() const;
    bool operator==(const HttpVersion&) const = default;
};

// Header fields in the order and spelling they were written (RFC 9110 section 5), looked up
// without regard to case because field names are case-insensitive.
class HttpHeaders {
public:
    struct Entry {
        std::string name;
        std::string value;
        bool operator==(const Entry&) const = default;
    };

    void add(std::string name, std::string value);
    // Replaces every field called `name` with one (placed where the first one was).
    void set(std::string_view name, std::string value);
    void remove(std::string_view name);
    // Removes every field `drop(entry)` is true for, in one pass.
    template <typename Predicate> void removeIf(Predicate drop) { std::erase_if(m_entries, drop); }

    // The first value of `name`.
    [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const;
    [[nodiscard]] std::vector<std::string_view> getAll(std::string_view name) const;
    [[nodiscard]] bool has(std::string_view name) const { return get(name).has_value(); }
    // True when a comma-separated list field holds `token` (any case): Connection: close,
    // Transfer-Encoding: chunked (RFC 9110 section 5.6.1).
    [[nodiscard]] bool hasToken(std::string_view name, std::string_view token) const;
    // The non-empty elements of every `name` field, in order, whitespace trimmed (RFC 9110
    // section 5.6.1 list syntax).
    [[nodiscard]] std::vector<std::string_view> tokens(std::string_view name) const;

    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }
    [[nodiscard]] bool empty() const { return m_entries.empty(); }

    bool operator==(const HttpHeaders&) const = default;

private:
    std::vector<Entry> m_entries;
};

// One chunk of a chunked body as it was framed (RFC 9112 section 7.1): its size and the raw
// extension text after the size (";name=value"). The last chunk has size 0.
struct HttpChunk {
    std::size_t size = 0;
    std::string extensions;
    bool operator==(const HttpChunk&) const = default;
};

// How an encoder frames a body (RFC 9112 section 6).
enum class HttpBodyFraming : std::uint8_t { ContentLength, Chunked };

// A request (RFC 9112 section 3):
//
//     method SP request-target SP HTTP-version CRLF
//     *( field-name ":" OWS field-value OWS CRLF )
//     CRLF
//     [ message-body ]
struct HttpRequest {
    std::string method = "GET";
    std::string target = "/";
    HttpVersion version;
    HttpHeaders headers;
    std::string body;              // decoded: chunk framing removed
    std::vector<HttpChunk> chunks; // how a chunked body was split, empty otherwise
    HttpHeaders trailers;          // fields after the last chunk

    // RFC 9112 section 9.3: HTTP/1.1 stays open unless "Connection: close"; HTTP/1.0 closes
    // unless "Connection: keep-alive".
    [[nodiscard]] bool keepAlive() const;
    [[nodiscard]] bool chunked() const;
    // Sets the body and the one framing header that matches (Content-Length or
    // Transfer-Encoding: chunked), removing the other.
    void setBody(std::string content, HttpBodyFraming framing = HttpBodyFraming::ContentLength);
    // Start line, headers as held, then the body framed as the headers say. A body without any
    // framing header gets a Content-Length added.
    [[nodiscard]] std::vector<std::uint8_t> encode() const;
    // The same bytes, appended to `out` (the proxy's and servers' output buffers are text).
    void encodeTo(std::string& out) const;

    bool operator==(const HttpRequest&) const = default;
};

// A response (RFC 9112 section 4):
//
//     HTTP-version SP status-code SP [ reason-phrase ] CRLF
//     *( field-line CRLF )
//     CRLF
//     [ message-body ]
struct HttpResponse {
    HttpVersion version;
    int status = 200;
    std::string reason = "OK";
    HttpHeaders headers;
    std::string body;
    std::vector<HttpChunk> chunks;
    HttpHeaders trailers;

    [[nodiscard]] bool keepAlive() const;
    [[nodiscard]] bool chunked() const;
    // 1xx, 204 and 304 never carry a body, nor does any reply to HEAD (RFC 9112 section 6.3).
    [[nodiscard]] bool mayHaveBody(std::string_view requestMethod = "GET") const;
    void setBody(std::string content, HttpBodyFraming framing = HttpBodyFraming::ContentLength);
    // As HttpRequest::encode; a response that may have a body and has no framing header gets
    // "Content-Length" so the peer need not wait for the connection to close.
    [[nodiscard]] std::vector<std::uint8_t> encode() const;
    // The same bytes, appended to `out`.
    void encodeTo(std::string& out) const;

    // A response with the standard reason phrase and, when `content` is not empty, the body
    // with its Content-Type and Content-Length.
    [[nodiscard]] static HttpResponse make(int status, std::string content = {},
                                           std::string contentType = "text/plain; charset=utf-8");

    bool operator==(const HttpResponse&) const = default;
};

// The RFC 9110 section 15 reason phrase for a status code ("Not Found"), "" if unknown.
[[nodiscard]] std::string_view httpReasonPhrase(int status);

} // namespace hopscope::wire
