// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "zone_file.h"

#include "wire/ascii_text.h"
#include "wire/input_file.h"
#include "wire/ipv4_address.h"
#include "wire/ipv6_address.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace hopscope::dns {

using wire::DnsName;
using wire::DnsRecord;
using wire::DnsType;

namespace {

// One whitespace-separated field of a master file (RFC 1035 section 5.1). Escapes are kept as
// written ("\." stays two characters) because what they mean depends on the field: a name
// hands them to DnsName::parse, a character-string decodes them itself.
struct Token {
    std::string text;
    bool quoted = false;
    std::size_t line = 0;
    std::size_t column = 0;
};

// The fields of one entry: a physical line, or several joined by parentheses.
struct Entry {
    std::vector<Token> tokens;
    bool ownerOmitted = false; // the line began with a blank (RFC 1035 section 5.1)
    std::size_t line = 0;
};

class Tokenizer {
public:
    Tokenizer(std::string_view text, std::string fileName, std::vector<ZoneFileError>& errors)
        : m_text(text), m_file(std::move(fileName)), m_errors(errors) {}

    // The next entry with at least one field, or nullopt at the end of the text. Entries with a
    // lexical error are reported and skipped.
    std::optional<Entry> next() {
        while (m_pos < m_text.size()) {
            Entry entry;
            if (read(entry) && !entry.tokens.empty()) {
                return entry;
            }
        }
        return std::nullopt;
    }

private:
    void error(std::size_t line, std::size_t column, std::string message) {
        m_errors.push_back({m_file, line, column, std::move(message)});
    }

    [[nodiscard]] std::size_t column() const { return m_pos - m_lineStart + 1; }

    void newLine() {
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    void skipToEndOfLine() {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n') {
            ++m_pos;
        }
    }

    // After an error: drop the rest of the entry, parentheses included, so the next entry
    // starts cleanly.
    void skipEntry(std::size_t depth) {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                newLine();
                if (depth == 0) {
                    return;
                }
                continue;
            }
            if (c == ')') {
                depth = 0;
            } else if (c == ';') {
                skipToEndOfLine();
                continue;
            }
            ++m_pos;
        }
    }

    static bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

    // Reads one entry; false when it had an error (already reported).
    bool read(Entry& entry) {
        entry.line = m_line;
        entry.ownerOmitted = m_pos < m_text.size() && isBlank(m_text[m_pos]);
        std::size_t depth = 0;
        std::size_t openLine = 0;
        std::size_t openColumn = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                newLine();
                if (depth == 0) {
                    return true;
                }
                continue;
            }
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            if (c == ';') {
                skipToEndOfLine();
                continue;
            }
            if (c == '(') {
                if (depth > 0) {
                    error(m_line, column(), "nested '(': parentheses cannot nest");
                    skipEntry(depth);
                    return false;
                }
                depth = 1;
                openLine = m_line;
                openColumn = column();
                ++m_pos;
                continue;
            }
            if (c == ')') {
                if (depth == 0) {
                    error(m_line, column(), "')' without a matching '('");
                    skipEntry(0);
                    return false;
                }
                depth = 0;
                ++m_pos;
                continue;
            }
            if (c == '"') {
                if (!readQuoted(entry)) {
                    skipEntry(depth);
                    return false;
                }
                continue;
            }
            if (!readPlain(entry)) {
                skipEntry(depth);
                return false;
            }
        }
        if (depth > 0) {
            error(openLine, openColumn, "'(' is never closed: missing ')' before the end of file");
            return false;
        }
        return true;
    }

    bool readQuoted(Entry& entry) {
        Token token{{}, true, m_line, column()};
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                entry.tokens.push_back(std::move(token));
                return true;
            }
            if (c == '\n') {
                break;
            }
            if (c == '\\') {
                if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] == '\n') {
                    break;
                }
                token.text.push_back(c);
                token.text.push_back(m_text[m_pos + 1]);
                m_pos += 2;
                continue;
            }
            token.text.push_back(c);
            ++m_pos;
        }
        error(token.line, token.column, "quoted string is not closed before the end of the line");
        return false;
    }

    bool readPlain(Entry& entry) {
        Token token{{}, false, m_line, column()};
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (isBlank(c) || c == '\n' || c == ';' || c == '(' || c == ')' || c == '"') {
                break;
            }
            if (c == '\\') {
                if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] == '\n') {
                    error(m_line, column(), "'\\' at the end of a line escapes nothing");
                    ++m_pos;
                    return false;
                }
                token.text.push_back(c);
                token.text.push_back(m_text[m_pos + 1]);
                m_pos += 2;
                continue;
            }
            token.text.push_back(c);
            ++m_pos;
        }
        entry.tokens.push_back(std::move(token));
        return true;
    }

    std::string_view m_text;
    std::string m_file;
    std::vector<ZoneFileError>& m_errors;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_lineStart = 0;
};

std::string quote(std::string_view text) {
    std::string out = "\"";
    for (const char c : text.substr(0, 60)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7F) {
            out += '?';
        } else {
            out += c;
        }
    }
    if (text.size() > 60) {
        out += "...";
    }
    return out + '"';
}

// A plain decimal number no larger than `max`.
std::optional<std::uint32_t> parseNumber(std::string_view text, std::uint32_t max) {
    if (text.empty() || text.size() > 10) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (!wire::isAsciiDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (value > max) {
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(value);
}

// A TTL: decimal seconds, or BIND's units "1w2d3h4m5s" (any case). Values above 2^31-1 are
// refused (RFC 2181 section 8).
std::optional<std::uint32_t> parseTtl(std::string_view text, std::string& why) {
    if (text.empty() || !wire::isAsciiDigit(text[0])) {
        why = "a TTL must start with a digit";
        return std::nullopt;
    }
    std::uint64_t total = 0;
    std::uint64_t current = 0;
    bool inNumber = false;
    bool sawUnit = false;
    for (const char c : text) {
        if (wire::isAsciiDigit(c)) {
            current = current * 10 + static_cast<std::uint64_t>(c - '0');
            inNumber = true;
            if (current > ZoneFile::kMaxTtl) {
                why = "larger than 2147483647 seconds (RFC 2181 section 8)";
                return std::nullopt;
            }
            continue;
        }
        std::uint64_t unit = 0;
        switch (wire::asciiLower(c)) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 604800;
            break;
        default:
            why = "unexpected character '" + std::string(1, c) + "' (units are s, m, h, d and w)";
            return std::nullopt;
        }
        if (!inNumber) {
            why = "a unit must follow a number";
            return std::nullopt;
        }
        total += current * unit;
        current = 0;
        inNumber = false;
        sawUnit = true;
        if (total > ZoneFile::kMaxTtl) {
            why = "larger than 2147483647 seconds (RFC 2181 section 8)";
            return std::nullopt;
        }
    }
    if (inNumber) {
        if (sawUnit) {
            why = "a number after a unit needs a unit too";
            return std::nullopt;
        }
        total += current;
    }
    if (total > ZoneFile::kMaxTtl) {
        why = "larger than 2147483647 seconds (RFC 2181 section 8)";
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(total);
}

// A <character-string> (RFC 1035 section 5.1): \X is X, \DDD is the byte DDD.
std::optional<std::string> decodeCharacterString(std::string_view text, std::string& why) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (i + 1 >= text.size()) {
            why = "'\\' at the end escapes nothing";
            return std::nullopt;
        }
        if (!wire::isAsciiDigit(text[i + 1])) {
            out.push_back(text[i + 1]);
            ++i;
            continue;
        }
        int value = 0;
        for (std::size_t k = 1; k <= 3; ++k) {
            if (i + k >= text.size() || !wire::isAsciiDigit(text[i + k])) {
                why = "\\DDD needs three digits";
                return std::nullopt;
            }
            value = value * 10 + (text[i + k] - '0');
        }
        if (value > 255) {
            why = "\\" + std::string(text.substr(i + 1, 3)) + " is above 255";
            return std::nullopt;
        }
        out.push_back(static_cast<char>(value));
        i += 3;
    }
    return out;
}

// True when the name text ends with a dot that is not escaped: an absolute name.
bool endsWithUnescapedDot(std::string_view text) {
    if (text.empty() || text.back() != '.') {
        return false;
    }
    std::size_t backslashes = 0;
    for (std::size_t i = text.size() - 1; i > 0 && text[i - 1] == '\\'; --i) {
        ++backslashes;
    }
    return backslashes % 2 == 0;
}

class Parser {
public:
    Parser(std::string_view text, const ZoneFileOptions& options, ZoneFileResult& result)
        : m_result(result), m_tokenizer(text, options.fileName, result.errors),
          m_origin(options.origin), m_defaultTtl(options.defaultTtl) {}

    void run() {
        while (auto entry = m_tokenizer.next()) {
            const Token& first = entry->tokens.front();
            if (!entry->ownerOmitted && !first.quoted && first.text.starts_with('$')) {
                directive(*entry);
            } else {
                record(*entry);
            }
        }
    }

private:
    void error(const Token& at, std::string message) {
        m_result.errors.push_back({m_result.fileName, at.line, at.column, std::move(message)});
    }
    void warning(const Token& at, std::string message) {
        m_result.warnings.push_back({m_result.fileName, at.line, at.column, std::move(message)});
    }

    std::optional<DnsName> name(const Token& token) {
        if (token.quoted) {
            error(token, "expected a domain name, found a quoted string");
            return std::nullopt;
        }
        if (token.text == "@") {
            return m_origin;
        }
        std::string text = token.text;
        if (!endsWithUnescapedDot(text)) {
            // Relative to $ORIGIN (RFC 1035 section 5.1).
            if (!m_origin.isRoot()) {
                text += '.';
                text += m_origin.toText();
            } else {
                text += '.';
            }
        }
        std::string why;
        auto parsed = DnsName::parse(text, &why);
        if (!parsed) {
            error(token, "bad domain name " + quote(token.text) + ": " + why);
        }
        return parsed;
    }

    void directive(const Entry& entry) {
        const Token& keyword = entry.tokens.front();
        auto is = [&keyword](std::string_view directive) {
            return wire::equalsIgnoringCase(keyword.text, directive);
        };
        if (is("$INCLUDE") || is("$GENERATE")) {
            error(keyword, keyword.text + " is not supported; put the records in this file");
            return;
        }
        if (!is("$ORIGIN") && !is("$TTL")) {
            error(keyword, "unknown directive " + quote(keyword.text) + " (known: $ORIGIN, $TTL)");
            return;
        }
        if (entry.tokens.size() < 2) {
            error(keyword, keyword.text + " needs a value");
            return;
        }
        if (entry.tokens.size() > 2) {
            error(entry.tokens[2], "unexpected " + quote(entry.tokens[2].text) + " after " +
                                       keyword.text + ' ' + entry.tokens[1].text);
            return;
        }
        const Token& value = entry.tokens[1];
        if (is("$ORIGIN")) {
            if (auto origin = name(value)) {
                m_origin = *origin;
            }
            return;
        }
        std::string why;
        if (value.quoted) {
            error(value, "bad $TTL: expected a number, found a quoted string");
            return;
        }
        if (auto ttl = parseTtl(value.text, why)) {
            m_defaultTtl = *ttl;
        } else {
            error(value, "bad $TTL " + quote(value.text) + ": " + why);
        }
    }

    void record(const Entry& entry) {
        const auto& tokens = entry.tokens;
        std::size_t i = 0;
        DnsName owner;
        if (entry.ownerOmitted) {
            if (m_ownerBroken) {
                return; // its owner was already reported as bad
            }
            if (!m_lastOwner) {
                error(tokens.front(), "no owner name: the first record must name its owner "
                                      "(the line starts with a blank)");
                return;
            }
            owner = *m_lastOwner;
        } else {
            auto parsed = name(tokens[0]);
            if (!parsed) {
                m_ownerBroken = true;
                return;
            }
            owner = *parsed;
            m_lastOwner = owner;
            m_ownerBroken = false;
            i = 1;
        }

        // [TTL] [class] or [class] [TTL], then the type (RFC 1035 section 5.1).
        std::optional<std::uint32_t> ttl;
        bool classSeen = false;
        for (int field = 0; field < 2 && i < tokens.size(); ++field) {
            const Token& t = tokens[i];
            if (t.quoted) {
                break;
            }
            if (!ttl && !t.text.empty() && wire::isAsciiDigit(t.text[0])) {
                std::string why;
                ttl = parseTtl(t.text, why);
                if (!ttl) {
                    error(t, "bad TTL " + quote(t.text) + ": " + why);
                    return;
                }
                ++i;
                continue;
            }
            if (!classSeen) {
                if (auto cls = wire::dnsClassFromName(t.text)) {
                    if (*cls != wire::DnsClass::IN) {
                        error(t,
                              "class " + wire::dnsClassName(*cls) + " is not supported; only IN");
                        return;
                    }
                    classSeen = true;
                    ++i;
                    continue;
                }
            }
            break;
        }
        if (i >= tokens.size()) {
            error(tokens.back(), "missing record type after " + quote(tokens.back().text));
            return;
        }
        const Token& typeToken = tokens[i++];
        const auto type = typeToken.quoted ? std::nullopt : wire::dnsTypeFromName(typeToken.text);
        if (!type) {
            error(typeToken, "unknown record type " + quote(typeToken.text));
            return;
        }
        DnsRecord rr;
        rr.name = owner;
        const std::span<const Token> rdata(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                           tokens.end());
        if (!parseRdata(*type, typeToken, rdata, rr)) {
            return;
        }

        if (ttl) {
            m_lastTtl = *ttl;
        } else if (m_defaultTtl) {
            ttl = m_defaultTtl;
        } else if (m_lastTtl) {
            ttl = m_lastTtl;
        } else if (const auto* soa = std::get_if<wire::DnsSoaRdata>(&rr.rdata)) {
            // What BIND does: the SOA's MINIMUM stands in for the missing default.
            ttl = soa->minimum;
            m_lastTtl = ttl;
            warning(typeToken, "no TTL given and no $TTL: using the SOA minimum " +
                                   std::to_string(soa->minimum));
        } else {
            error(typeToken, "no TTL: give one on the record or a $TTL line before it");
            return;
        }
        rr.ttl = *ttl;
        m_result.entries.push_back({std::move(rr), tokens.front().line, tokens.front().column});
    }

    bool expectCount(const Token& typeToken, std::span<const Token> rdata, std::size_t count,
                     const char* what) {
        if (rdata.size() < count) {
            error(rdata.empty() ? typeToken : rdata.back(),
                  typeToken.text + " record needs " + what + ", found " +
                      std::to_string(rdata.size()) + " field" + (rdata.size() == 1 ? "" : "s"));
            return false;
        }
        if (rdata.size() > count) {
            error(rdata[count], "unexpected " + quote(rdata[count].text) + " after the " +
                                    typeToken.text + " record's data");
            return false;
        }
        return true;
    }

    std::optional<std::uint32_t> number(const Token& token, std::uint32_t max, const char* what) {
        std::optional<std::uint32_t> value;
        if (!token.quoted) {
            value = parseNumber(token.text, max);
        }
        if (!value) {
            error(token, "bad " + std::string(what) + ' ' + quote(token.text) +
                             ": expected a number from 0 to " + std::to_string(max));
        }
        return value;
    }

    bool parseRdata(DnsType type, const Token& typeToken, std::span<const Token> rdata,
                    DnsRecord& rr) {
        switch (type) {
        case DnsType::A: {
            if (!expectCount(typeToken, rdata, 1, "an IPv4 address")) {
                return false;
            }
            const auto address = wire::Ipv4Address::parse(rdata[0].text);
            if (!address || rdata[0].quoted) {
                error(rdata[0], "bad IPv4 address " + quote(rdata[0].text));
                return false;
            }
            rr.rdata = wire::DnsARdata{*address};
            return true;
        }
        case DnsType::AAAA: {
            if (!expectCount(typeToken, rdata, 1, "an IPv6 address")) {
                return false;
            }
            const auto address = wire::Ipv6Address::parse(rdata[0].text);
            if (!address || rdata[0].quoted) {
                error(rdata[0], "bad IPv6 address " + quote(rdata[0].text));
                return false;
            }
            rr.rdata = wire::DnsAaaaRdata{*address};
            return true;
        }
        case DnsType::NS:
        case DnsType::CNAME:
        case DnsType::PTR: {
            if (!expectCount(typeToken, rdata, 1, "a domain name")) {
                return false;
            }
            auto target = name(rdata[0]);
            if (!target) {
                return false;
            }
            if (type == DnsType::NS) {
                rr.rdata = wire::DnsNsRdata{std::move(*target)};
            } else if (type == DnsType::CNAME) {
                rr.rdata = wire::DnsCnameRdata{std::move(*target)};
            } else {
                rr.rdata = wire::DnsPtrRdata{std::move(*target)};
            }
            return true;
        }
        case DnsType::MX: {
            if (!expectCount(typeToken, rdata, 2, "a preference and a mail exchanger")) {
                return false;
            }
            const auto preference = number(rdata[0], 0xFFFF, "MX preference");
            auto exchange = name(rdata[1]);
            if (!preference || !exchange) {
                return false;
            }
            rr.rdata =
                wire::DnsMxRdata{static_cast<std::uint16_t>(*preference), std::move(*exchange)};
            return true;
        }
        case DnsType::SRV: {
            if (!expectCount(typeToken, rdata, 4, "priority, weight, port and target")) {
                return false;
            }
            const auto priority = number(rdata[0], 0xFFFF, "SRV priority");
            const auto weight = number(rdata[1], 0xFFFF, "SRV weight");
            const auto port = number(rdata[2], 0xFFFF, "SRV port");
            auto target = name(rdata[3]);
            if (!priority || !weight || !port || !target) {
                return false;
            }
            rr.rdata = wire::DnsSrvRdata{static_cast<std::uint16_t>(*priority),
                                         static_cast<std::uint16_t>(*weight),
                                         static_cast<std::uint16_t>(*port), std::move(*target)};
            return true;
        }
        case DnsType::SOA: {
            if (!expectCount(typeToken, rdata, 7,
                             "MNAME, RNAME, serial, refresh, retry, expire and minimum")) {
                return false;
            }
            auto mname = name(rdata[0]);
            auto rname = name(rdata[1]);
            if (!mname || !rname) {
                return false;
            }
            const auto serial = number(rdata[2], 0xFFFFFFFFu, "SOA serial");
            if (!serial) {
                return false;
            }
            std::uint32_t timers[4] = {};
            static constexpr const char* kTimer[] = {"refresh", "retry", "expire", "minimum"};
            for (std::size_t k = 0; k < 4; ++k) {
                const Token& t = rdata[3 + k];
                std::string why = "expected a number";
                std::optional<std::uint32_t> value;
                if (!t.quoted) {
                    value = parseTtl(t.text, why);
                }
                if (!value) {
                    error(t,
                          "bad SOA " + std::string(kTimer[k]) + ' ' + quote(t.text) + ": " + why);
                    return false;
                }
                timers[k] = *value;
            }
            rr.rdata = wire::DnsSoaRdata{std::move(*mname), std::move(*rname), *serial,  timers[0],
                                         timers[1],         timers[2],         timers[3]};
            return true;
        }
        case DnsType::TXT: {
            if (rdata.empty()) {
                error(typeToken, "TXT record needs at least one string");
                return false;
            }
            wire::DnsTxtRdata txt;
            for (const Token& t : rdata) {
                std::string why;
                auto text = decodeCharacterString(t.text, why);
                if (!text) {
                    error(t, "bad escape in TXT string: " + why);
                    return false;
                }
                if (text->size() > 255) {
                    error(t, "TXT string is " + std::to_string(text->size()) +
                                 " bytes long; at most 255 allowed (RFC 1035 section 3.3)");
                    return false;
                }
                txt.strings.push_back(std::move(*text));
            }
            rr.rdata = std::move(txt);
            return true;
        }
        default:
            error(typeToken, "record type " + wire::dnsTypeName(type) +
                                 " is not supported (supported: A, AAAA, NS, CNAME, SOA, MX, "
                                 "TXT, PTR, SRV)");
            return false;
        }
    }

    ZoneFileResult& m_result;
    Tokenizer m_tokenizer;
    DnsName m_origin;
    std::optional<std::uint32_t> m_defaultTtl;
    std::optional<std::uint32_t> m_lastTtl;
    std::optional<DnsName> m_lastOwner;
    bool m_ownerBroken = false;
};

} // namespace

std::string ZoneFileError::toString() const {
    std::string out = file.empty() ? std::string("<zone>") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) {
            out += ':' + std::to_string(column);
        }
    }
    return out + ": " + message;
}

std::vector<DnsRecord> ZoneFileResult::records() const {
    std::vector<DnsRecord> out;
    out.reserve(entries.size());
    for (const auto& e : entries) {
        out.push_back(e.record);
    }
    return out;
}

ZoneFileResult ZoneFile::parse(std::string_view text, const ZoneFileOptions& options) {
    ZoneFileResult result;
    result.fileName = options.fileName;
    result.origin = options.origin;
    Parser parser(text, options, result);
    parser.run();
    return result;
}

ZoneFileResult ZoneFile::load(const std::filesystem::path& path, const DnsName& origin) {
    ZoneFileOptions options;
    options.fileName = path.string();
    options.origin = origin;
    std::ifstream in;
    if (const std::string why = wire::openInputFile(path, in); !why.empty()) {
        ZoneFileResult result;
        result.fileName = options.fileName;
        result.origin = origin;
        result.errors.push_back({options.fileName, 0, 0, "cannot open the file: " + why});
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), options);
}

} // namespace hopscope::dns
