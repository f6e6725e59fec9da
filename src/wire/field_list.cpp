// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "field_list.h"

#include <charconv>

namespace hopscope::wire {

namespace {
constexpr char kHex[] = "0123456789abcdef";
} // namespace

Field& FieldList::add(FieldText name, FieldText filter, std::size_t byteOffset,
                      std::size_t firstBit, std::size_t bitLength, std::string value,
                      std::string display, FieldText meaning) {
    Field& f = m_out->emplace_back();
    f.name = std::move(name);
    f.filter = std::move(filter);
    f.bitOffset = byteOffset * 8 + firstBit;
    f.bitLength = bitLength;
    f.value = std::move(value);
    f.display = std::move(display);
    f.meaning = std::move(meaning);
    return f;
}

void FieldList::appendDec(std::string& out, std::uint64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

std::string FieldList::dec(std::uint64_t v) {
    std::string s;
    appendDec(s, v);
    return s;
}

void FieldList::appendHex(std::string& out, std::uint64_t v, int digits) {
    out.append("0x");
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        out.push_back(kHex[(v >> shift) & 0xf]);
    }
}

std::string FieldList::hex(std::uint64_t v, int digits) {
    std::string s;
    s.reserve(static_cast<std::size_t>(digits) + 2);
    appendHex(s, v, digits);
    return s;
}

void FieldList::appendHexBytes(std::string& out, std::span<const std::uint8_t> bytes) {
    const std::size_t start = out.size();
    out.resize(start + bytes.size() * 2);
    char* p = out.data() + start;
    for (const std::uint8_t b : bytes) {
        *p++ = kHex[b >> 4];
        *p++ = kHex[b & 0x0f];
    }
}

std::string FieldList::hexBytes(std::span<const std::uint8_t> bytes) {
    std::string s;
    appendHexBytes(s, bytes);
    return s;
}

std::string FieldList::withNote(std::string value, std::string_view note) {
    value.append(" (");
    value.append(note);
    value.push_back(')');
    return value;
}

} // namespace hopscope::wire
