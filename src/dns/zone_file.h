// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/dns_message.h"
#include "wire/dns_name.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::dns {

// One problem found in a zone, scenario or hints file. Lines and columns count from 1; a
// column of 0 means "the whole line" (or the whole file when the line is 0 too).
struct ZoneFileError {
    std::string file; // as given to the parser, e.g. "resources/zones/foobar.com.zone"
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;

    // "foobar.com.zone:12:5: unknown type \"AX\"", the form compilers and editors understand.
    [[nodiscard]] std::string toString() const;

    bool operator==(const ZoneFileError&) const = default;
};

// A record as it came out of the file, with where it was written (for later checks by Zone).
struct ZoneEntry {
    wire::DnsRecord record;
    std::size_t line = 0;
    std::size_t column = 0;
};

struct ZoneFileOptions {
    std::string fileName; // only used to name the file in errors
    wire::DnsName origin; // the initial $ORIGIN (the zone's name); the root by default
    std::optional<std::uint32_t> defaultTtl; // as if the file began with "$TTL n"
};

// The outcome of ZoneFile::parse: every record that parsed, and every error and warning.
// Parsing goes on after an error (the bad entry is skipped) so one pass reports them all.
struct ZoneFileResult {
    std::string fileName;
    wire::DnsName origin; // the initial origin the file was read with
    std::vector<ZoneEntry> entries;
    std::vector<ZoneFileError> errors;
    std::vector<ZoneFileError> warnings;

    [[nodiscard]] bool ok() const { return errors.empty(); }
    [[nodiscard]] std::vector<wire::DnsRecord> records() const;
};

// Reads RFC 1035 section 5 master files: $ORIGIN, $TTL (RFC 2308 section 4), "@", relative and
// absolute owner names, an omitted owner, TTL or class carried from the previous record,
// parentheses across lines, ";" comments, quoted strings with \X and \DDD escapes, TTLs with
// units ("1h30m", BIND style). Types A, AAAA, NS, CNAME, SOA, MX, TXT, PTR, SRV, class IN.
// $INCLUDE and $GENERATE are reported as unsupported. Never throws; never reads past its input.
class ZoneFile {
public:
    [[nodiscard]] static ZoneFileResult parse(std::string_view text,
                                              const ZoneFileOptions& options = {});
    // Reads the file then parses it; a file that cannot be read is one error at line 0.
    [[nodiscard]] static ZoneFileResult load(const std::filesystem::path& path,
                                             const wire::DnsName& origin);

    // Largest TTL accepted (RFC 2181 section 8: the top bit must be zero).
    static constexpr std::uint32_t kMaxTtl = 0x7FFFFFFFu;
};

} // namespace hopscope::dns
