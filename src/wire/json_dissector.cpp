// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "app_dissectors.h"
#include "ascii_text.h"
#include "field_list.h"
#include "hex_digit.h"
#include "wireshark_text.h"

#include <string>
#include <string_view>
#include <vector>

// JSON (RFC 8259) as Wireshark 4.0's packet-json.c reads it with its tvbparse grammar:
//
//   JSON-text = *( object / array )           one after another, whitespace around them
//   value     = "false" / "null" / "true" / "NaN" / object / array / number / string
//   object    = "{" [ member *( "," member ) ] "}"      member = string ":" value
//   array     = "[" [ value *( "," value ) ] "]"
//   number    = [ "-" ] ( "0" / digit1-9 *DIGIT ) [ "." 1*DIGIT ] [ ( "e" / "E" ) [ "-" / "+" ]
//               1*DIGIT ]
//   string    = DQUOTE *( any byte but DQUOTE and "\" / "\" ( one of "\"\\/bfnrt" / "u" 4HEXDIG ) )
//               DQUOTE
//
// tvbparse skips whitespace between any two parts of a rule, so "1 2" is one number and "- 1"
// another; we do the same, because what is one token decides what tshark prints. The tree, its
// field names and its values (the member paths, and how strings are unescaped, quirks included)
// follow packet-json.c, checked against tshark 4.0.17 in tests/wire/test_http_body_dissector.cpp.

namespace hopscope::wire {

namespace {

// Deeper nesting than this is refused rather than risking the stack.
constexpr int kMaxDepth = 128;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// GLib's g_unichar_isprint(), as wiresharkFormatText() applies it: a printable character is
// one it leaves alone.
bool printable(std::uint32_t cp) {
    std::string s;
    appendUtf8(s, cp);
    return wiresharkFormatText(s) == s;
}

// packet-json.c's json_string_unescape(), including its slips: a character that takes more
// than one byte is copied without checking its continuation bytes, a byte that cannot start
// one ends the text, a valid but unprintable escaped character is dropped, and so is one whose
// \u escape ends the text.
std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto four = [&](std::uint32_t& value) {
        for (int k = 0; k < 4; ++k) {
            if (i >= n) {
                return false;
            }
            const int nibble = hexDigitValue(s[i++]);
            if (nibble < 0) {
                return false;
            }
            value = (value << 4) | static_cast<std::uint32_t>(nibble);
        }
        return true;
    };
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c != '\\') {
            const std::size_t len = c >= 0xFE   ? 0
                                    : c >= 0xFC ? 6
                                    : c >= 0xF8 ? 5
                                    : c >= 0xF0 ? 4
                                    : c >= 0xE0 ? 3
                                    : c >= 0xC0 ? 2
                                                : 1;
            if (len == 0) {
                break;
            }
            for (std::size_t k = 0; k < len && i < n; ++k) {
                out.push_back(s[i++]);
            }
            continue;
        }
        if (++i >= n) {
            break;
        }
        const char e = s[i];
        if (e == '"' || e == '\\' || e == '/') {
            out.push_back(e);
            ++i;
            continue;
        }
        static constexpr std::string_view kLetters = "bfnrt";
        static constexpr std::string_view kControls = "\b\f\n\r\t";
        if (const auto k = kLetters.find(e); k != std::string_view::npos) {
            out.push_back(kControls[k]);
            ++i;
            continue;
        }
        if (e != 'u') {
            break; // the grammar lets no other escape through
        }
        ++i;
        std::uint32_t cp = 0;
        bool valid = four(cp);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i >= n) {
                break;
            }
            if (s[i] == '\\') {
                if (++i >= n) {
                    break;
                }
                if (s[i] == 'u') {
                    ++i;
                    std::uint32_t trail = 0;
                    valid = four(trail) && valid;
                    trail &= 0xFFFF;
                    if (trail >= 0xDC00 && trail <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (trail - 0xDC00);
                    } else {
                        valid = false;
                    }
                } else {
                    ++i;
                    valid = false;
                }
            } else {
                ++i;
                valid = false;
            }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            valid = false;
        }
        if (!valid) {
            out += "\xEF\xBF\xBD"; // U+FFFD
        } else if (cp < 0x110000 && printable(cp) && i < n) {
            appendUtf8(out, cp);
        }
    }
    return out;
}

// One JSON text. Tokens are kept as spans of `m_text`; fields are built only on request.
class JsonReader {
public:
    JsonReader(std::string_view text, const TextPlace& place, bool fields)
        : m_text(text), m_place(place), m_fields(fields) {}

    // Reads objects and arrays until one fails; returns the bytes read (with the whitespace
    // after the last one) and appends the fields of those that parsed.
    std::size_t run(std::vector<Field>& out) {
        std::size_t pos = 0;
        for (;;) {
            std::size_t p = skip(pos);
            if (p >= m_text.size() || (m_text[p] != '{' && m_text[p] != '[')) {
                return pos;
            }
            std::vector<Field> tree;
            m_paths.assign(1, {std::string(), std::string()});
            std::size_t end = p;
            if (!value(end, tree, 0)) {
                return pos;
            }
            for (auto& f : tree) {
                out.push_back(std::move(f));
            }
            pos = skip(end);
        }
    }

private:
    struct PathEntry {
        std::string path;
        std::string key;
    };

    std::size_t skip(std::size_t pos) const {
        while (pos < m_text.size() && isSpace(m_text[pos])) {
            ++pos;
        }
        return pos;
    }
    bool at(std::size_t pos, char c) const { return pos < m_text.size() && m_text[pos] == c; }
    bool word(std::size_t pos, std::string_view w) const {
        return m_text.substr(pos, w.size()) == w;
    }

    Field& add(std::vector<Field>& into, const char* name, const char* filter, std::size_t from,
               std::size_t to, std::string value, std::string display, const char* meaning) {
        const auto [offset, length] = m_place.of(from, to - from);
        return FieldList(into).bytes(name, filter, offset, length, std::move(value),
                                     std::move(display), meaning);
    }

    // A string token at `pos`; on success `pos` is past its closing quote.
    bool string(std::size_t& pos) const {
        if (!at(pos, '"')) {
            return false;
        }
        std::size_t p = pos + 1;
        while (p < m_text.size()) {
            const char c = m_text[p];
            if (c == '"') {
                pos = p + 1;
                return true;
            }
            if (c != '\\') {
                ++p;
                continue;
            }
            const std::size_t e = skip(p + 1);
            if (e >= m_text.size()) {
                return false;
            }
            static constexpr std::string_view kSimple = "\"\\/bfnrt";
            if (kSimple.find(m_text[e]) != std::string_view::npos) {
                p = e + 1;
            } else if (m_text[e] == 'u') {
                const std::size_t h = skip(e + 1);
                if (h + 4 > m_text.size()) {
                    return false;
                }
                for (std::size_t k = 0; k < 4; ++k) {
                    if (hexDigitValue(m_text[h + k]) < 0) {
                        return false;
                    }
                }
                p = h + 4;
            } else {
                return false;
            }
        }
        return false;
    }

    // "-"? int frac? exp?, whitespace allowed between the parts.
    bool number(std::size_t& pos) const {
        std::size_t p = pos;
        if (at(p, '-')) {
            p = skip(p + 1);
        }
        if (at(p, '0')) {
            ++p;
        } else if (p < m_text.size() && m_text[p] >= '1' && m_text[p] <= '9') {
            ++p;
            const std::size_t q = skip(p);
            if (q < m_text.size() && isAsciiDigit(m_text[q])) {
                p = q;
                while (p < m_text.size() && isAsciiDigit(m_text[p])) {
                    ++p;
                }
            }
        } else {
            return false;
        }
        auto digits = [&](std::size_t from, std::size_t& end) {
            const std::size_t d = skip(from);
            if (d >= m_text.size() || m_text[d] < '0' || m_text[d] > '9') {
                return false;
            }
            end = d;
            while (end < m_text.size() && isAsciiDigit(m_text[end])) {
                ++end;
            }
            return true;
        };
        std::size_t q = skip(p);
        std::size_t end = 0;
        if (at(q, '.') && digits(q + 1, end)) {
            p = end;
            q = skip(p);
        }
        if (at(q, 'e') || at(q, 'E')) {
            std::size_t s = skip(q + 1);
            if (at(s, '-') || at(s, '+')) {
                s = s + 1;
            }
            if (digits(s, end)) {
                p = end;
            }
        }
        pos = p;
        return true;
    }

    // A value at `pos` (no whitespace before it); on success `pos` is just past it.
    bool value(std::size_t& pos, std::vector<Field>& into, int depth) {
        if (depth > kMaxDepth) {
            return false;
        }
        const std::size_t start = pos;
        const char* kind = nullptr;
        const char* filter = nullptr;
        if (word(pos, "false")) {
            pos += 5;
            kind = "False value";
            filter = "json.value.false";
        } else if (word(pos, "null")) {
            pos += 4;
            kind = "Null value";
            filter = "json.value.null";
        } else if (word(pos, "true")) {
            pos += 4;
            kind = "True value";
            filter = "json.value.true";
        } else if (word(pos, "NaN")) {
            pos += 3;
            kind = "NaN value";
            filter = "json.value.nan";
        } else if (at(pos, '{')) {
            return object(pos, into, depth);
        } else if (at(pos, '[')) {
            return array(pos, into, depth);
        } else if (number(pos)) {
            kind = "Number value";
            filter = "json.value.number";
        } else if (string(pos)) {
            kind = "String value";
            filter = "json.value.string";
        } else {
            return false;
        }
        if (m_fields) {
            scalar(into, kind, filter, start, pos);
        }
        return true;
    }

    void scalar(std::vector<Field>& into, const char* kind, const char* filter, std::size_t from,
                std::size_t to) {
        const std::string_view token = m_text.substr(from, to - from);
        const bool isString = token.front() == '"';
        const std::string text = unescape(isString ? token.substr(1, token.size() - 2) : token);
        const std::string shown = wiresharkFieldEscape(text);
        const PathEntry& top = m_paths.back();
        add(into, "Path with value", "json.path_with_value", from, to,
            wiresharkFieldEscape(top.path + ':' + text), {},
            "Where this value sits, with the value (worked out, not in the text).");
        add(into, "Member with value", "json.member_with_value", from, to,
            wiresharkFieldEscape(top.key + ':' + text), {},
            "The member name (or [] in an array) with the value (worked out).");
        const bool flag = !isString && filter != std::string_view("json.value.number");
        add(into, kind, filter, from, to, flag ? "1" : shown,
            flag ? std::string(token) : std::string(),
            isString ? "A string value."
            : flag   ? "A literal value: true, false, null or NaN."
                     : "A number value, as written.");
    }

    bool object(std::size_t& pos, std::vector<Field>& into, int depth) {
        const std::size_t start = pos;
        std::vector<Field> children;
        std::size_t members = 0;
        std::size_t p = skip(pos + 1);
        if (!at(p, '}')) {
            for (;;) {
                if (!member(p, children, depth)) {
                    return false;
                }
                ++members;
                p = skip(p);
                if (at(p, ',')) {
                    p = skip(p + 1);
                    continue;
                }
                break;
            }
            if (!at(p, '}')) {
                return false;
            }
        }
        pos = p + 1;
        if (m_fields) {
            Field& f = add(into, "Object", "json.object", start, pos, "1",
                           members == 1 ? "1 member" : FieldList::dec(members) + " members",
                           "An object: named members in braces.");
            f.children = std::move(children);
        }
        return true;
    }

    bool member(std::size_t& pos, std::vector<Field>& into, int depth) {
        const std::size_t start = pos;
        std::size_t p = pos;
        if (!string(p)) {
            return false;
        }
        const std::size_t keyEnd = p;
        p = skip(p);
        if (!at(p, ':')) {
            return false;
        }
        p = skip(p + 1);
        std::string key;
        if (m_fields) {
            key = unescape(m_text.substr(start + 1, keyEnd - start - 2));
            m_paths.push_back({m_paths.back().path + '/' + key, key});
        }
        std::vector<Field> children;
        const bool ok = value(p, children, depth + 1);
        if (m_fields) {
            m_paths.pop_back();
        }
        if (!ok) {
            return false;
        }
        pos = p;
        if (m_fields) {
            const std::string path = m_paths.back().path + '/' + key;
            Field& f = add(into, "Member", "json.member", start, pos, wiresharkFieldEscape(key), {},
                           "One member of an object: a name, a colon and a value.");
            f.children = std::move(children);
            add(f.children, "Key", "json.key", start, keyEnd, wiresharkFieldEscape(key), {},
                "The member's name.");
            add(f.children, "Path", "json.path", start, pos, wiresharkFieldEscape(path), {},
                "Where this member sits: the names from the top, separated by / (worked "
                "out, not in the text).");
        }
        return true;
    }

    bool array(std::size_t& pos, std::vector<Field>& into, int depth) {
        const std::size_t start = pos;
        std::vector<Field> children;
        std::size_t values = 0;
        if (m_fields) {
            m_paths.push_back({m_paths.back().path + "/[]", "[]"});
        }
        std::size_t p = skip(pos + 1);
        bool ok = true;
        if (!at(p, ']')) {
            for (;;) {
                if (!value(p, children, depth + 1)) {
                    ok = false;
                    break;
                }
                ++values;
                p = skip(p);
                if (at(p, ',')) {
                    p = skip(p + 1);
                    continue;
                }
                break;
            }
            ok = ok && at(p, ']');
        }
        if (m_fields) {
            m_paths.pop_back();
        }
        if (!ok) {
            return false;
        }
        pos = p + 1;
        if (m_fields) {
            Field& f = add(into, "Array", "json.array", start, pos, "1",
                           values == 1 ? "1 value" : FieldList::dec(values) + " values",
                           "An array: values in brackets, in order.");
            f.children = std::move(children);
        }
        return true;
    }

    std::string_view m_text;
    const TextPlace& m_place;
    bool m_fields;
    std::vector<PathEntry> m_paths;
};

} // namespace

std::size_t dissectJson(std::string_view text, const TextPlace& place, std::vector<Field>* fields) {
    std::vector<Field> none;
    JsonReader reader(text, place, fields != nullptr);
    return reader.run(fields != nullptr ? *fields : none);
}

} // namespace hopscope::wire
