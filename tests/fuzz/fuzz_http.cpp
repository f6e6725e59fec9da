// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// Fuzz target for the HTTP/1.1 parser, encoders and dissector. Any bytes, as a request stream
// and as a response stream: nothing may crash, parsing in one piece and byte by byte must agree,
// and every complete message must survive encode -> parse with its body intact, encoding the
// result again giving the same bytes.
#include "wire/app_dissectors.h"
#include "wire/http_message.h"
#include "wire/http_parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

namespace {

using namespace hopscope::wire;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_http: %s\n", what);
    std::abort();
}

void check(bool condition, const char* what) {
    if (!condition) {
        fail(what);
    }
}

// A small limit set so the fuzzer reaches the limit checks quickly.
HttpParserLimits smallLimits() {
    HttpParserLimits limits;
    limits.maxHeaderBytes = 512;
    limits.maxHeaderCount = 16;
    limits.maxBodyBytes = 1024;
    limits.maxChunkLineBytes = 64;
    return limits;
}

// Parses a whole stream given in pieces of `piece` bytes, re-feeding what a Complete message left
// over, and finishing with finish(). Returns every result that was not Incomplete.
std::vector<HttpParseResult> parseStream(HttpMessageKind kind, std::span<const std::uint8_t> bytes,
                                         std::size_t piece) {
    HttpParser parser(kind, smallLimits());
    std::vector<HttpParseResult> out;
    for (std::size_t at = 0; at < bytes.size(); at += piece) {
        auto chunk = bytes.subspan(at, std::min(piece, bytes.size() - at));
        for (;;) {
            auto r = parser.feed(chunk);
            check(r.consumed <= chunk.size(), "consumed more than it was given");
            if (r.status == HttpParseStatus::Incomplete) {
                check(r.consumed == chunk.size(), "Incomplete did not take every byte");
                break;
            }
            if (r.status == HttpParseStatus::Malformed) {
                check(!r.problem.empty() && r.errorStatus >= 400, "Malformed without a reason");
                out.push_back(std::move(r));
                return out;
            }
            check(r.request.has_value() != r.response.has_value(), "Complete without a message");
            const std::size_t used = r.consumed;
            out.push_back(std::move(r));
            chunk = chunk.subspan(used);
            if (chunk.empty() || out.size() > 64) {
                break;
            }
        }
        if (out.size() > 64) {
            break;
        }
    }
    auto last = parser.finish();
    if (last.status != HttpParseStatus::Incomplete) {
        out.push_back(std::move(last));
    }
    return out;
}

// Parses our own encoding of a message back into one message.
HttpParseResult reparse(HttpMessageKind kind, const std::vector<std::uint8_t>& bytes) {
    HttpParser parser(kind);
    auto r = parser.feed(bytes);
    if (r.status == HttpParseStatus::Incomplete) {
        r = parser.finish(); // a response whose body runs until the connection closes
    }
    check(r.status == HttpParseStatus::Complete, "our encoding does not parse");
    check(r.messageLength == bytes.size(), "our encoding has bytes after the message");
    return r;
}

void roundTrip(HttpMessageKind kind, const HttpParseResult& r) {
    if (r.status != HttpParseStatus::Complete) {
        return;
    }
    if (kind == HttpMessageKind::Request) {
        const HttpRequest& m = *r.request;
        const auto first = m.encode();
        const auto back = reparse(kind, first);
        const HttpRequest& m2 = *back.request;
        check(m2.method == m.method && m2.target == m.target && m2.version == m.version,
              "request line changed");
        check(m2.body == m.body && m2.trailers == m.trailers, "request body changed");
        check(m2.encode() == first, "request encoding not stable");
    } else {
        const HttpResponse& m = *r.response;
        const auto first = m.encode();
        const auto back = reparse(kind, first);
        const HttpResponse& m2 = *back.response;
        check(m2.version == m.version && m2.status == m.status && m2.reason == m.reason,
              "status line changed");
        check(m2.body == m.body && m2.trailers == m.trailers, "response body changed");
        check(m2.encode() == first, "response encoding not stable");
    }
}

bool sameMessage(const HttpParseResult& a, const HttpParseResult& b) {
    return a.status == b.status && a.request == b.request && a.response == b.response &&
           a.messageLength == b.messageLength && a.problem == b.problem &&
           a.errorStatus == b.errorStatus;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    for (const auto kind : {HttpMessageKind::Request, HttpMessageKind::Response}) {
        const auto whole = parseStream(kind, bytes, bytes.empty() ? 1 : bytes.size());
        for (const auto& r : whole) {
            roundTrip(kind, r);
        }
        if (size <= 2048) {
            const auto split = parseStream(kind, bytes, 1);
            check(split.size() == whole.size(), "byte-by-byte parse found other messages");
            for (std::size_t i = 0; i < whole.size(); ++i) {
                check(sameMessage(split[i], whole[i]), "byte-by-byte parse disagrees");
            }
        }
    }

    Dissection d;
    const bool ok = dissectHttp(bytes, 0, bytes.size(), d);
    check(ok == d.problem.empty(), "dissector result and problem disagree");
    for (const auto& layer : d.layers) {
        check(layer.byteOffset + layer.byteLength <= bytes.size(), "layer outside the frame");
    }
    (void)looksLikeHttp(bytes);
    return 0;
}
