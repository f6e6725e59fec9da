// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "layer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::wire {

// Appends Field entries for one layer and formats values exactly as `tshark -T fields`
// prints them (TShark 4.0), so every codec formats a hex, boolean or byte field the same way.
class FieldList {
public:
    explicit FieldList(std::vector<Field>& out) : m_out(&out) {}

    // Room for n more fields: a Field is large, so growing the vector one by one costs more
    // than the strings in it.
    void reserve(std::size_t n) { m_out->reserve(m_out->size() + n); }

    // Positions are frame-relative: `byteOffset` is where the field's first byte sits in the
    // frame, `firstBit` counts bits inside that byte from the most significant one.
    // Names, filters and meanings given as `const char*` are kept as pointers, so they must be
    // static text (literals, static tables); pass run-time text as a std::string.
    Field& add(FieldText name, FieldText filter, std::size_t byteOffset, std::size_t firstBit,
               std::size_t bitLength, std::string value, std::string display, FieldText meaning);
    // A whole-byte field.
    Field& bytes(FieldText name, FieldText filter, std::size_t byteOffset, std::size_t byteLength,
                 std::string value, std::string display, FieldText meaning) {
        return add(std::move(name), std::move(filter), byteOffset, 0, byteLength * 8,
                   std::move(value), std::move(display), std::move(meaning));
    }
    // A one-bit flag inside a byte; tshark prints FT_BOOLEAN as "1"/"0".
    Field& flag(FieldText name, FieldText filter, std::size_t byteOffset, std::size_t bit, bool set,
                FieldText meaning) {
        return add(std::move(name), std::move(filter), byteOffset, bit, 1, set ? "1" : "0",
                   set ? "Set" : "Not set", std::move(meaning));
    }

    // Decimal, as tshark prints BASE_DEC and BASE_DEC_HEX fields.
    [[nodiscard]] static std::string dec(std::uint64_t v);
    // "0x" and `digits` lower-case hex digits, as tshark prints BASE_HEX and BASE_HEX_DEC
    // fields (the width is the field type's: 2 for FT_UINT8, 4 for FT_UINT16 ...).
    [[nodiscard]] static std::string hex(std::uint64_t v, int digits);
    static void appendHex(std::string& out, std::uint64_t v, int digits);
    static void appendDec(std::string& out, std::uint64_t v);
    // Lower-case hex pairs without separators, as tshark prints FT_BYTES.
    [[nodiscard]] static std::string hexBytes(std::span<const std::uint8_t> bytes);
    static void appendHexBytes(std::string& out, std::span<const std::uint8_t> bytes);
    // "0x02 (Don't fragment)"-style human form: hex value, then a description in brackets.
    [[nodiscard]] static std::string withNote(std::string value, std::string_view note);

private:
    std::vector<Field>* m_out;
};

} // namespace hopscope::wire
