// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dissector.h"
#include "layer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hopscope::wire {

// Application-layer dissectors the transport dissectors hand payloads to. `offset` and
// `length` locate the payload inside `frame`, so field bit offsets stay frame-relative.
// Each appends its layer(s) to `out`, sets out.protocol/out.info, and returns false (with
// out.problem set) when the payload is not a well-formed message of that protocol.

// DNS message (RFC 1035 section 4). Over TCP the payload starts with the two-byte length
// prefix of RFC 1035 section 4.2.2 / RFC 7766.
bool dissectDns(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                bool overTcp, Dissection& out, DissectDetail detail = DissectDetail::Full);

// HTTP/1.1 request or response head (and body when the segment holds it), RFC 9112. A body
// gets a layer of its own after the message's, named as Wireshark's media-type dissectors
// name theirs ("data-text-lines", "json", "media", "data" ...).
bool dissectHttp(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                 Dissection& out, DissectDetail detail = DissectDetail::Full);

// Where a decoded text lies in the frame: byte i at `offset + i`, or, when it was put together
// from pieces (a chunked body), somewhere in the `length` bytes from `offset`.
struct TextPlace {
    std::size_t offset = 0;
    std::size_t length = 0;
    bool exact = true;

    // Frame offset and length of the text's bytes [pos, pos + n).
    [[nodiscard]] std::pair<std::size_t, std::size_t> of(std::size_t pos, std::size_t n) const {
        return exact ? std::pair{offset + pos, n} : std::pair{offset, length};
    }
};

// An HTTP message body, as packet-http.c hands it to the dissector registered for its media
// type.
struct HttpBody {
    std::string_view bytes;                   // the body, chunk framing removed
    TextPlace place;                          // where it came from
    const std::string* contentType = nullptr; // the Content-Type value; nullptr when absent
    // A Content-Encoding other than identity (gzip, br, ...): the bytes are not the media
    // type's, and this dissector does not decompress, so they are shown as data.
    bool encoded = false;
};

// Appends the layer(s) Wireshark 4.0 adds for an HTTP body: "data-text-lines" for text,
// "json" (RFC 8259), "xml", "urlencoded-form", "mime_multipart", "media" for a media type it
// has no dissector for and "data" when there is no Content-Type. Returns what that dissector
// appends to the info column (" (text/html)").
std::string dissectHttpBody(const HttpBody& body, Dissection& out,
                            DissectDetail detail = DissectDetail::Full);

// JSON text (RFC 8259) as Wireshark 4.0's packet-json.c reads it: objects and arrays one after
// another. Appends the "json" layer's fields to `fields` (unless null) and returns how many
// bytes of `text` are JSON; Wireshark shows the rest as text lines.
std::size_t dissectJson(std::string_view text, const TextPlace& place, std::vector<Field>* fields);

// True when a TCP payload starts like an HTTP/1.x request or status line.
bool looksLikeHttp(std::span<const std::uint8_t> payload);

// Wireshark's DNS heuristic for UDP (packet-dns.c, used on ports no other dissector claims):
// more than a header, a standard query (opcode 0), a query with one question and no answer or
// authority records or a response with at most one question, at most 100 records in each
// section, not all empty, and room for that many: 6 bytes per question, 11 per record.
bool looksLikeDnsOverUdp(std::span<const std::uint8_t> payload);

} // namespace hopscope::wire
