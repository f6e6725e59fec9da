// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// Fuzz target for the whole dissector: the first byte picks the link type, the rest is the
// frame. Nothing may crash; the summary and the full dissection must agree on everything a
// packet list shows; every layer and every field must lie inside the frame.
#include "wire/dissector.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

namespace {

using namespace hopscope::wire;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_dissect: %s\n", what);
    std::abort();
}

void check(bool condition, const char* what) {
    if (!condition) {
        fail(what);
    }
}

void checkFields(const std::vector<Field>& fields, std::size_t frameBits) {
    for (const Field& f : fields) {
        check(f.bitOffset <= frameBits && f.bitLength <= frameBits - f.bitOffset,
              "a field reaches past the frame");
        checkFields(f.children, frameBits);
    }
}

constexpr LinkType kLinks[] = {LinkType::Ethernet, LinkType::LinuxSll, LinkType::LinuxSll2,
                               LinkType::Raw, LinkType::Null};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const LinkType link = kLinks[data[0] % std::size(kLinks)];
    const std::span<const std::uint8_t> frame(data + 1, size - 1);
    const Dissection full = dissect(link, frame, DissectDetail::Full);
    const Dissection summary = dissect(link, frame, DissectDetail::Summary);
    check(summary.protocol == full.protocol, "summary and full disagree on the protocol");
    check(summary.info == full.info, "summary and full disagree on the info column");
    check(summary.problem == full.problem, "summary and full disagree on the problem");
    check(summary.source == full.source && summary.destination == full.destination,
          "summary and full disagree on the endpoints");
    check(summary.layers.size() == full.layers.size(), "summary and full differ in layers");
    for (std::size_t i = 0; i < full.layers.size(); ++i) {
        const Layer& f = full.layers[i];
        const Layer& s = summary.layers[i];
        check(s.protocol == f.protocol && s.byteOffset == f.byteOffset &&
                  s.byteLength == f.byteLength,
              "summary and full place a layer differently");
        check(s.fields.empty(), "a summary layer has fields");
        check(f.byteOffset <= frame.size() && f.byteLength <= frame.size() - f.byteOffset,
              "a layer reaches past the frame");
        checkFields(f.fields, frame.size() * 8);
    }
    return 0;
}
