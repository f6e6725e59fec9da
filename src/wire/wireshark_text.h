// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hopscope::wire {

// Text exactly as Wireshark 4.0 renders it, so an inspector value can be compared with
// `tshark -T fields` output character for character.

// wsutil's format_text(): printable ASCII and printable UTF-8 pass through; other ASCII bytes
// become C escapes ("\t", "\001", "\177"); a broken UTF-8 sequence becomes U+FFFD; a
// non-printable code point becomes "\u200B". Used for DNS names and HTTP header values.
[[nodiscard]] std::string wiresharkFormatText(std::string_view raw);

// A string field decoded as ENC_ASCII (DNS TXT strings): every byte above 0x7F becomes U+FFFD.
[[nodiscard]] std::string wiresharkAsciiText(std::string_view raw);

// `tshark -T fields` writes tab, newline and carriage return inside a value as "\t", "\n", "\r".
[[nodiscard]] std::string wiresharkFieldEscape(std::string_view value);

// unsigned_time_secs_to_str(): "5 minutes", "1 day, 2 hours", "0 seconds".
[[nodiscard]] std::string wiresharkDuration(std::uint32_t seconds);

} // namespace hopscope::wire
