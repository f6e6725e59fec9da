// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "http_message.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hopscope::wire {

enum class HttpMessageKind : std::uint8_t { Request, Response };

enum class HttpParseStatus : std::uint8_t { Complete, Incomplete, Malformed };

// Bounds that keep a hostile peer from making us buffer without end.
struct HttpParserLimits {
    std::size_t maxHeaderBytes = 16 * 1024; // start line + fields (and, separately, trailers)
    std::size_t maxHeaderCount = 100;       // fields plus trailer fields
    std::size_t maxBodyBytes = 16 * 1024 * 1024;
    std::size_t maxChunkLineBytes = 1024; // chunk size plus its extensions
};

struct HttpParseResult {
    HttpParseStatus status = HttpParseStatus::Incomplete;
    // Bytes of the span given to this feed() that the message used. On Complete the rest of
    // the span belongs to the next message (pipelining): feed it again.
    std::size_t consumed = 0;
    std::size_t messageLength = 0; // Complete: bytes of the whole message on the wire
    std::optional<HttpRequest> request;
    std::optional<HttpResponse> response;
    std::string problem;           // Malformed: what and where ("... at byte 57")
    std::size_t problemOffset = 0; // Malformed: offset from the message's first byte
    int errorStatus = 0;           // Malformed: the status a server should answer (400, 431 ...)
};

// Incremental HTTP/1.1 message parser (RFC 9112). Bytes arrive in pieces of any size; each
// feed() says whether a whole message is in. Framing follows RFC 9112 section 6.3, and the
// ambiguities behind request smuggling are refused rather than guessed: obsolete line folding,
// Transfer-Encoding together with Content-Length, differing Content-Length values, whitespace
// before a field's colon, bare CR or LF line ends, Transfer-Encoding in HTTP/1.0.
class HttpParser {
public:
    explicit HttpParser(HttpMessageKind kind, HttpParserLimits limits = {});

    HttpParseResult feed(std::span<const std::uint8_t> bytes);
    HttpParseResult feed(std::string_view bytes) {
        return feed(std::span<const std::uint8_t>(
            reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    }
    // The peer closed the connection. A response whose body runs until close (no length given)
    // completes here; a message cut short is Malformed; with nothing pending it is Incomplete.
    HttpParseResult finish();

    // For responses: the method of the request being answered, because a reply to HEAD has
    // no body and a 2xx reply to CONNECT turns the connection into a tunnel.
    void setRequestMethod(std::string method) { m_requestMethod = std::move(method); }
    // Forgets any partial message (and a previous failure).
    void reset();
    // True when no byte of a message is pending.
    [[nodiscard]] bool idle() const;

private:
    enum class State : std::uint8_t {
        Head,
        Length,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Failed,
    };

    HttpParseStatus process();
    HttpParseStatus fail(std::size_t offset, int status, std::string text);
    bool sizeExceeded(std::size_t lineOffset, std::size_t end);
    HttpParseStatus headLine(std::string_view line, std::size_t lineOffset);
    HttpParseStatus startLine(std::string_view line, std::size_t lineOffset);
    HttpParseStatus fieldLine(std::string_view line, std::size_t lineOffset, HttpHeaders& into);
    HttpParseStatus headDone(std::size_t offset);
    HttpParseStatus chunkSizeLine(std::string_view line, std::size_t lineOffset);
    HttpParseStatus complete();
    HttpParseResult result(HttpParseStatus status, std::size_t inputSize);
    void startMessage();
    HttpHeaders& headers();
    std::string& body();
    std::vector<HttpChunk>& chunks();

    HttpMessageKind m_kind;
    HttpParserLimits m_limits;
    std::string m_requestMethod = "GET";

    State m_state = State::Head;
    std::string m_buf;         // bytes received but not yet used
    std::size_t m_bufBase = 0; // message offset of m_buf[0]
    std::size_t m_pos = 0;     // next unused byte in m_buf
    std::size_t m_scan = 0;    // where the search for the next LF resumes
    bool m_haveStartLine = false;
    std::size_t m_headStart = 0;    // message offset of the start line
    std::size_t m_trailerStart = 0; // message offset of the trailer section
    std::size_t m_fieldCount = 0;
    std::size_t m_remaining = 0;
    std::size_t m_messageEnd = 0;

    HttpRequest m_request;
    HttpResponse m_response;
    HttpParseResult m_failure;
};

} // namespace hopscope::wire
