// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_name.h"

#include "ascii_text.h"

#include <algorithm>

namespace hopscope::wire {

namespace {

// A legitimate name has at most 127 labels, so more jumps than that can only be an attack.
constexpr int kMaxPointerJumps = 127;

void setProblem(std::string* problem, std::string text) {
    if (problem) {
        *problem = std::move(text);
    }
}

std::string suffixKey(const std::vector<std::string>& labels, std::size_t from) {
    std::string key;
    for (std::size_t i = from; i < labels.size(); ++i) {
        key.push_back(static_cast<char>(labels[i].size()));
        key += labels[i];
    }
    return key;
}

} // namespace

std::optional<DnsName> DnsName::fromLabels(std::vector<std::string> labels, std::string* problem) {
    std::size_t wire = 1;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i].empty()) {
            setProblem(problem, "empty label " + std::to_string(i + 1));
            return std::nullopt;
        }
        if (labels[i].size() > kMaxLabelLength) {
            setProblem(problem, "label " + std::to_string(i + 1) + " is " +
                                    std::to_string(labels[i].size()) +
                                    " bytes long (at most 63 allowed)");
            return std::nullopt;
        }
        wire += labels[i].size() + 1;
    }
    if (wire > kMaxWireLength) {
        setProblem(problem,
                   "name is " + std::to_string(wire) + " bytes long on the wire (at most 255)");
        return std::nullopt;
    }
    DnsName name;
    name.m_labels = std::move(labels);
    return name;
}

std::optional<DnsName> DnsName::parse(std::string_view text, std::string* problem) {
    if (text.empty()) {
        setProblem(problem, "empty name");
        return std::nullopt;
    }
    if (text == ".") {
        return DnsName{};
    }
    std::vector<std::string> labels;
    std::string label;
    bool pendingLabel = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            if (label.empty()) {
                setProblem(problem, "empty label at character " + std::to_string(i));
                return std::nullopt;
            }
            labels.push_back(std::move(label));
            label.clear();
            pendingLabel = false;
            continue;
        }
        pendingLabel = true;
        if (c != '\\') {
            label.push_back(c);
            continue;
        }
        if (i + 1 >= text.size()) {
            setProblem(problem, "dangling backslash at character " + std::to_string(i));
            return std::nullopt;
        }
        const char next = text[i + 1];
        if (isAsciiDigit(next)) {
            if (i + 3 >= text.size()) {
                setProblem(problem, "short \\DDD escape at character " + std::to_string(i));
                return std::nullopt;
            }
            int value = 0;
            for (std::size_t k = 1; k <= 3; ++k) {
                const char d = text[i + k];
                if (d < '0' || d > '9') {
                    setProblem(problem, "bad \\DDD escape at character " + std::to_string(i));
                    return std::nullopt;
                }
                value = value * 10 + (d - '0');
            }
            if (value > 255) {
                setProblem(problem, "\\DDD escape above 255 at character " + std::to_string(i));
                return std::nullopt;
            }
            label.push_back(static_cast<char>(value));
            i += 3;
        } else {
            label.push_back(next);
            i += 1;
        }
    }
    if (pendingLabel) {
        labels.push_back(std::move(label));
    }
    return fromLabels(std::move(labels), problem);
}

std::size_t DnsName::wireLength() const {
    std::size_t n = 1;
    for (const auto& l : m_labels) {
        n += l.size() + 1;
    }
    return n;
}

std::string DnsName::toText() const {
    if (m_labels.empty()) {
        return ".";
    }
    std::string out;
    for (const auto& label : m_labels) {
        for (const char ch : label) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '.':
            case '\\':
            case '"':
            case '(':
            case ')':
            case ';':
            case '@':
            case '$':
                out.push_back('\\');
                out.push_back(static_cast<char>(c));
                break;
            default:
                if (c < 0x21 || c > 0x7e) {
                    out.push_back('\\');
                    out.push_back(static_cast<char>('0' + c / 100));
                    out.push_back(static_cast<char>('0' + (c / 10) % 10));
                    out.push_back(static_cast<char>('0' + c % 10));
                } else {
                    out.push_back(static_cast<char>(c));
                }
            }
        }
        out.push_back('.');
    }
    return out;
}

std::string DnsName::canonical() const {
    return asciiLowered(toText());
}

std::vector<std::uint8_t> DnsName::toWire() const {
    std::vector<std::uint8_t> out;
    out.reserve(wireLength());
    for (const auto& l : m_labels) {
        out.push_back(static_cast<std::uint8_t>(l.size()));
        out.insert(out.end(), l.begin(), l.end());
    }
    out.push_back(0);
    return out;
}

bool DnsName::equalsIgnoringCase(const DnsName& other) const {
    return m_labels.size() == other.m_labels.size() &&
           std::equal(m_labels.begin(), m_labels.end(), other.m_labels.begin(),
                      wire::equalsIgnoringCase);
}

bool DnsName::isSubdomainOf(const DnsName& ancestor) const {
    if (ancestor.m_labels.size() > m_labels.size()) {
        return false;
    }
    const auto skip = static_cast<std::ptrdiff_t>(m_labels.size() - ancestor.m_labels.size());
    return std::equal(m_labels.begin() + skip, m_labels.end(), ancestor.m_labels.begin(),
                      wire::equalsIgnoringCase);
}

DnsName DnsName::parent() const {
    DnsName p;
    if (!m_labels.empty()) {
        p.m_labels.assign(m_labels.begin() + 1, m_labels.end());
    }
    return p;
}

std::optional<DnsName> DnsName::child(std::string label) const {
    std::vector<std::string> labels;
    labels.reserve(m_labels.size() + 1);
    labels.push_back(std::move(label));
    labels.insert(labels.end(), m_labels.begin(), m_labels.end());
    return fromLabels(std::move(labels));
}

DnsNameRead readDnsName(std::span<const std::uint8_t> message, std::size_t offset) {
    DnsNameRead result;
    auto fail = [&](std::size_t at, std::string text) {
        result.problem = std::move(text);
        result.problemOffset = at;
        result.name = DnsName{};
        return result;
    };
    std::vector<std::string> labels;
    std::size_t pos = offset;
    std::size_t runStart = offset; // pointers must land strictly before this
    std::size_t wire = 1;
    int jumps = 0;
    bool jumped = false;
    for (;;) {
        if (pos >= message.size()) {
            return fail(pos, "name at byte " + std::to_string(offset) +
                                 " runs past the end of the message at byte " +
                                 std::to_string(pos));
        }
        const std::uint8_t b = message[pos];
        if (b == 0) {
            if (!jumped) {
                result.length = pos + 1 - offset;
            }
            break;
        }
        if ((b & 0xC0) == 0xC0) {
            if (pos + 1 >= message.size()) {
                return fail(pos, "compression pointer at byte " + std::to_string(pos) +
                                     " is cut off by the end of the message");
            }
            const std::size_t target = (static_cast<std::size_t>(b & 0x3F) << 8) | message[pos + 1];
            if (target >= runStart) {
                return fail(pos, "compression pointer at byte " + std::to_string(pos) +
                                     " points forward or into itself (to byte " +
                                     std::to_string(target) + ")");
            }
            if (++jumps > kMaxPointerJumps) {
                return fail(pos, "more than " + std::to_string(kMaxPointerJumps) +
                                     " compression pointers in the name at byte " +
                                     std::to_string(offset));
            }
            if (!jumped) {
                result.length = pos + 2 - offset;
                jumped = true;
            }
            pos = target;
            runStart = target;
            continue;
        }
        if ((b & 0xC0) != 0) {
            return fail(pos, "label length byte " + std::to_string(b) + " at byte " +
                                 std::to_string(pos) +
                                 " is neither a label (at most 63) nor a pointer");
        }
        if (pos + 1 + b > message.size()) {
            return fail(pos, "label at byte " + std::to_string(pos) + " of length " +
                                 std::to_string(b) + " runs past the end of the message");
        }
        wire += b + 1U;
        if (wire > DnsName::kMaxWireLength) {
            return fail(pos, "name at byte " + std::to_string(offset) +
                                 " is longer than 255 bytes (at byte " + std::to_string(pos) + ")");
        }
        labels.emplace_back(reinterpret_cast<const char*>(message.data() + pos + 1), b);
        pos += 1 + b;
    }
    // The limits were checked while reading, so this cannot fail.
    if (auto name = DnsName::fromLabels(std::move(labels))) {
        result.name = std::move(*name);
    }
    return result;
}

void DnsNameCompressor::write(ByteWriter& out, const DnsName& name, bool compress) {
    const auto& labels = name.labels();
    // Offsets of the suffixes written in this call, remembered once the name is complete.
    std::vector<std::pair<std::size_t, std::size_t>> written; // label index, message offset
    std::size_t i = 0;
    bool pointed = false;
    for (; i < labels.size(); ++i) {
        if (compress) {
            const auto it = m_suffixes.find(suffixKey(labels, i));
            if (it != m_suffixes.end()) {
                out.u16be(static_cast<std::uint16_t>(0xC000 | it->second));
                pointed = true;
                break;
            }
        }
        written.emplace_back(i, out.size() - m_messageStart);
        out.u8(static_cast<std::uint8_t>(labels[i].size()));
        out.bytes({reinterpret_cast<const std::uint8_t*>(labels[i].data()), labels[i].size()});
    }
    if (!pointed) {
        out.u8(0);
    }
    for (const auto& [index, at] : written) {
        if (at < 0x4000) { // a pointer has 14 bits of offset
            m_suffixes.emplace(suffixKey(labels, index), static_cast<std::uint16_t>(at));
        }
    }
}

} // namespace hopscope::wire
