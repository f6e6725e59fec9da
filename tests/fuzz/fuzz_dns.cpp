// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// Fuzz target for the DNS codec: any bytes may be handed to the decoder, the name reader, the
// TCP deframer and the dissector; none may crash or read out of bounds. Whatever decodes must
// survive encode -> decode unchanged, and encoding that again must give the same bytes.
#include "wire/app_dissectors.h"
#include "wire/dns_message.h"
#include "wire/dns_name.h"
#include "wire/dns_tcp_deframer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace hopscope::wire;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_dns: %s\n", what);
    std::abort();
}

void check(bool condition, const char* what) {
    if (!condition) {
        fail(what);
    }
}

void roundTrip(std::span<const std::uint8_t> bytes) {
    const auto first = DnsMessage::decode(bytes);
    if (!first.ok()) {
        check(!first.problem.empty() && !first.message, "failed decode without a problem");
        check(first.problemOffset <= bytes.size(), "problem offset past the input");
        return;
    }
    check(first.message.has_value() && first.length <= bytes.size(), "bad decode result");
    const DnsMessage& m = *first.message;

    // Presentation never fails and never touches memory it should not.
    for (const auto* section : {&m.answers, &m.authorities, &m.additionals}) {
        for (const auto& rr : *section) {
            check(!rr.toPresentation().empty(), "empty presentation");
        }
    }
    for (const auto& q : m.questions) {
        check(!q.toPresentation().empty(), "empty question presentation");
    }

    std::string problem;
    const auto encoded = m.encode(&problem);
    if (!encoded) {
        // Names we decompress and SRV targets we never compress can only make a message grow
        // past what one DNS message holds; nothing else may stop a decoded message encoding.
        check(problem.find("65535") != std::string::npos, "decoded message does not encode");
        return;
    }
    const auto second = DnsMessage::decode(*encoded);
    check(second.ok(), "our own encoding does not decode");
    check(*second.message == m, "decode -> encode -> decode changed the message");
    check(second.length == encoded->size(), "our encoding has trailing bytes");
    const auto again = second.message->encode();
    check(again && *again == *encoded, "encoding is not byte-for-byte stable");

    if (const auto udp = m.encodeTruncated(512)) {
        check(udp->size() <= 512, "encodeTruncated exceeded its limit");
        check(DnsMessage::decode(*udp).ok(), "truncated encoding does not decode");
    }
}

void names(std::span<const std::uint8_t> bytes) {
    for (std::size_t at = 0; at < bytes.size() && at < 64; ++at) {
        const auto r = readDnsName(bytes, at);
        if (r.ok()) {
            check(r.length >= 1 && at + r.length <= bytes.size(), "name length out of range");
            check(r.name.wireLength() <= DnsName::kMaxWireLength, "name over 255 bytes");
            const auto text = r.name.toText();
            const auto parsed = DnsName::parse(text);
            check(parsed && *parsed == r.name, "name text does not parse back");
        } else {
            check(r.problemOffset <= bytes.size(), "name problem offset past the input");
        }
    }
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    if (const auto n = DnsName::parse(text)) {
        const auto again = DnsName::parse(n->toText());
        check(again && *again == *n, "parsed name does not survive toText");
    }
}

void framing(std::span<const std::uint8_t> bytes) {
    DnsTcpDeframer deframer;
    const std::size_t piece = bytes.empty() ? 1 : 1 + bytes[0] % 7;
    std::size_t messages = 0;
    std::size_t total = 0;
    for (std::size_t at = 0; at < bytes.size(); at += piece) {
        deframer.feed(bytes.subspan(at, std::min(piece, bytes.size() - at)));
        while (auto m = deframer.next()) {
            ++messages;
            total += 2 + m->size();
        }
    }
    check(total + deframer.buffered() == bytes.size(), "deframer lost or invented bytes");
    (void)messages;
}

void dissector(std::span<const std::uint8_t> bytes) {
    for (const bool tcp : {false, true}) {
        Dissection d;
        const bool ok = dissectDns(bytes, 0, bytes.size(), tcp, d);
        check(ok == d.problem.empty(), "dissector result and problem disagree");
        for (const auto& layer : d.layers) {
            check(layer.byteOffset + layer.byteLength <= bytes.size(), "layer outside the frame");
        }
        std::vector<const Field*> stack;
        for (const auto& layer : d.layers) {
            for (const auto& f : layer.fields) {
                stack.push_back(&f);
            }
        }
        while (!stack.empty()) {
            const Field* f = stack.back();
            stack.pop_back();
            check(f->bitOffset + f->bitLength <= bytes.size() * 8, "field outside the frame");
            for (const auto& c : f->children) {
                stack.push_back(&c);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    roundTrip(bytes);
    names(bytes);
    framing(bytes);
    dissector(bytes);
    return 0;
}
