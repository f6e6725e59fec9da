// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wireshark_text.h"

#include <cstdio>

namespace hopscope::wire {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

// GLib's g_unichar_isprint() is false for control, format, surrogate and unassigned code
// points; the format (Cf) characters below are the ones a name or header can plausibly hold.
bool printable(std::uint32_t cp) {
    if (cp < 0xA0) {
        return false;
    }
    if (cp == 0xAD || (cp >= 0x600 && cp <= 0x605) || cp == 0x61C || cp == 0x6DD || cp == 0x70F ||
        cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) || cp == 0xFEFF ||
        (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xE0001 || (cp >= 0xE0020 && cp <= 0xE007F)) {
        return false;
    }
    return true;
}

} // namespace

std::string wiresharkFormatText(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    std::size_t i = 0;
    while (i < raw.size()) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c >= 0x20 && c <= 0x7E) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        if (c < 0x80) {
            out.push_back('\\');
            switch (c) {
            case '\a':
                out.push_back('a');
                break;
            case '\b':
                out.push_back('b');
                break;
            case '\f':
                out.push_back('f');
                break;
            case '\n':
                out.push_back('n');
                break;
            case '\r':
                out.push_back('r');
                break;
            case '\t':
                out.push_back('t');
                break;
            case '\v':
                out.push_back('v');
                break;
            default:
                out.push_back(static_cast<char>('0' + ((c >> 6) & 7)));
                out.push_back(static_cast<char>('0' + ((c >> 3) & 7)));
                out.push_back(static_cast<char>('0' + (c & 7)));
            }
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC0 && c < 0xE0) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c < 0xF0) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c < 0xF8) {
            len = 4;
            cp = c & 0x07;
        } else {
            out += kReplacement;
            ++i;
            continue;
        }
        std::size_t k = 1;
        for (; k < len; ++k) {
            if (i + k >= raw.size() || (static_cast<unsigned char>(raw[i + k]) & 0xC0) != 0x80) {
                break;
            }
            cp = (cp << 6) | (static_cast<unsigned char>(raw[i + k]) & 0x3F);
        }
        if (k < len || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            out += kReplacement;
            i += k;
            continue;
        }
        if (printable(cp)) {
            out.append(raw.substr(i, len));
        } else {
            char buf[16];
            std::snprintf(buf, sizeof buf, cp <= 0xFFFF ? "\\u%04X" : "\\U%08X",
                          static_cast<unsigned>(cp));
            out += buf;
        }
        i += len;
    }
    return out;
}

std::string wiresharkAsciiText(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (const char ch : raw) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            out += kReplacement;
        } else {
            out.push_back(ch);
        }
    }
    return out;
}

std::string wiresharkFieldEscape(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (const char c : value) {
        switch (c) {
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

std::string wiresharkDuration(std::uint32_t seconds) {
    if (seconds == 0) {
        return "0 seconds";
    }
    struct Unit {
        std::uint32_t size;
        const char* name;
    };
    static constexpr Unit kUnits[] = {
        {86400, "day"}, {3600, "hour"}, {60, "minute"}, {1, "second"}};
    std::string out;
    for (const auto& u : kUnits) {
        const std::uint32_t n = seconds / u.size;
        seconds %= u.size;
        if (n == 0) {
            continue;
        }
        if (!out.empty()) {
            out += ", ";
        }
        out += std::to_string(n) + ' ' + u.name + (n == 1 ? "" : "s");
    }
    return out;
}

} // namespace hopscope::wire
