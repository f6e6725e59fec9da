// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_writer.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::wire {

// A domain name as its sequence of labels (RFC 1035 section 3.1), each label kept as the raw
// bytes it had on the wire so case survives a round trip ("WWW.FooBar.com" stays as written)
// while comparisons that the DNS says are case-insensitive use equalsIgnoringCase().
//
// Wire form (RFC 1035 section 3.1): a length octet then that many bytes, repeated, ended by
// the zero-length root label:
//
//     +---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+
//     | 3 | w | w | w | 6 | f | o | o | b | a | r | 3 | c | o | m | 0 |
//     +---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+
//
// Invariants: every label is 1..63 bytes, the uncompressed wire form is at most 255 bytes.
class DnsName {
public:
    static constexpr std::size_t kMaxLabelLength = 63;
    static constexpr std::size_t kMaxWireLength = 255;

    DnsName() = default; // the root name "."

    // Presentation format as in RFC 1035 section 5.1: "www.foobar.com." (the final dot is
    // optional; names are always taken as absolute), "\." for a dot inside a label, "\\" and
    // "\DDD" (decimal byte) escapes. "." alone is the root.
    [[nodiscard]] static std::optional<DnsName> parse(std::string_view text,
                                                      std::string* problem = nullptr);
    [[nodiscard]] static std::optional<DnsName> fromLabels(std::vector<std::string> labels,
                                                           std::string* problem = nullptr);

    [[nodiscard]] const std::vector<std::string>& labels() const { return m_labels; }
    [[nodiscard]] std::size_t labelCount() const { return m_labels.size(); }
    [[nodiscard]] bool isRoot() const { return m_labels.empty(); }
    // Bytes of the uncompressed wire form, root label included (1 for the root).
    [[nodiscard]] std::size_t wireLength() const;

    // Presentation form with the final dot and dig's escapes ("a\.b.example.", "\032").
    [[nodiscard]] std::string toText() const;
    // Lower-cased presentation form: one key for names the DNS considers equal.
    [[nodiscard]] std::string canonical() const;
    [[nodiscard]] std::vector<std::uint8_t> toWire() const;

    [[nodiscard]] bool equalsIgnoringCase(const DnsName& other) const;
    // True when this name is `ancestor` or below it (case-insensitive): www.foobar.com is a
    // subdomain of foobar.com, of com and of the root.
    [[nodiscard]] bool isSubdomainOf(const DnsName& ancestor) const;
    // The name with its first label removed; the root's parent is the root.
    [[nodiscard]] DnsName parent() const;
    // The name with `label` in front, or nullopt when that breaks a length limit.
    [[nodiscard]] std::optional<DnsName> child(std::string label) const;

    bool operator==(const DnsName&) const = default; // exact, byte-for-byte

private:
    std::vector<std::string> m_labels;
};

// The outcome of reading one (possibly compressed) name out of a DNS message.
struct DnsNameRead {
    DnsName name;
    std::size_t length = 0; // bytes the name occupies where it was read (up to its first pointer)
    std::string problem;    // empty on success; otherwise names the byte offset
    std::size_t problemOffset = 0;

    [[nodiscard]] bool ok() const { return problem.empty(); }
};

// Reads the name at `offset` of `message`, following compression pointers (RFC 1035 section
// 4.1.4). A pointer must point strictly before the run of labels that contains it, so every
// jump goes backwards and loops are impossible; the number of jumps is bounded as well.
[[nodiscard]] DnsNameRead readDnsName(std::span<const std::uint8_t> message, std::size_t offset);

// Writes names into one message, replacing a suffix already written by a two-byte pointer
// (RFC 1035 section 4.1.4). Suffixes match byte-for-byte, so compression never changes the
// case of a name.
class DnsNameCompressor {
public:
    // `messageStart` is where the DNS header begins in the writer's buffer (2 over TCP).
    explicit DnsNameCompressor(std::size_t messageStart = 0) : m_messageStart(messageStart) {}

    // `compress` false writes every label (RFC 2782 forbids compressing SRV targets); the
    // suffixes written are still remembered so later names may point at them.
    void write(ByteWriter& out, const DnsName& name, bool compress = true);

private:
    std::size_t m_messageStart;
    std::map<std::string, std::uint16_t> m_suffixes; // suffix wire bytes -> message offset
};

} // namespace hopscope::wire
