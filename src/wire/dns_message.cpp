// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_message.h"

#include "ascii_text.h"
#include "byte_reader.h"
#include "byte_writer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

namespace hopscope::wire {

namespace {

struct NamedNumber {
    std::uint16_t value;
    const char* name;
};

constexpr NamedNumber kTypeNames[] = {
    {1, "A"},       {2, "NS"},       {3, "MD"},          {4, "MF"},          {5, "CNAME"},
    {6, "SOA"},     {7, "MB"},       {8, "MG"},          {9, "MR"},          {10, "NULL"},
    {11, "WKS"},    {12, "PTR"},     {13, "HINFO"},      {14, "MINFO"},      {15, "MX"},
    {16, "TXT"},    {17, "RP"},      {18, "AFSDB"},      {24, "SIG"},        {25, "KEY"},
    {28, "AAAA"},   {29, "LOC"},     {33, "SRV"},        {35, "NAPTR"},      {37, "CERT"},
    {39, "DNAME"},  {41, "OPT"},     {43, "DS"},         {44, "SSHFP"},      {46, "RRSIG"},
    {47, "NSEC"},   {48, "DNSKEY"},  {50, "NSEC3"},      {51, "NSEC3PARAM"}, {52, "TLSA"},
    {59, "CDS"},    {60, "CDNSKEY"}, {61, "OPENPGPKEY"}, {64, "SVCB"},       {65, "HTTPS"},
    {99, "SPF"},    {249, "TKEY"},   {250, "TSIG"},      {251, "IXFR"},      {252, "AXFR"},
    {253, "MAILB"}, {254, "MAILA"},  {255, "ANY"},       {256, "URI"},       {257, "CAA"},
};

constexpr NamedNumber kClassNames[] = {
    {1, "IN"}, {3, "CH"}, {4, "HS"}, {254, "NONE"}, {255, "ANY"},
};

constexpr NamedNumber kRcodeNames[] = {
    {0, "NOERROR"},  {1, "FORMERR"},  {2, "SERVFAIL"},  {3, "NXDOMAIN"},   {4, "NOTIMP"},
    {5, "REFUSED"},  {6, "YXDOMAIN"}, {7, "YXRRSET"},   {8, "NXRRSET"},    {9, "NOTAUTH"},
    {10, "NOTZONE"}, {16, "BADVERS"}, {17, "BADKEY"},   {18, "BADTIME"},   {19, "BADMODE"},
    {20, "BADNAME"}, {21, "BADALG"},  {22, "BADTRUNC"}, {23, "BADCOOKIE"},
};

constexpr NamedNumber kOpcodeNames[] = {
    {0, "QUERY"}, {1, "IQUERY"}, {2, "STATUS"}, {4, "NOTIFY"}, {5, "UPDATE"},
};

const char* lookupName(std::span<const NamedNumber> table, std::uint16_t value) {
    for (const auto& e : table) {
        if (e.value == value) {
            return e.name;
        }
    }
    return nullptr;
}

// Looks `name` up in `table`, or parses "<prefix><number>" (RFC 3597 section 5).
std::optional<std::uint16_t> numberFromName(std::span<const NamedNumber> table,
                                            std::string_view prefix, std::string_view name) {
    for (const auto& e : table) {
        if (equalsIgnoringCase(e.name, name)) {
            return e.value;
        }
    }
    if (name.size() > prefix.size() && startsWithIgnoringCase(name, prefix)) {
        const auto digits = name.substr(prefix.size());
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec == std::errc{} && end == digits.data() + digits.size() && value <= 0xFFFF) {
            return static_cast<std::uint16_t>(value);
        }
    }
    return std::nullopt;
}

// A TXT character-string as dig quotes it.
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c > 0x7e) {
            char buf[6];
            std::snprintf(buf, sizeof buf, "\\%03u", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
    return out;
}

std::string at(std::size_t offset) {
    return " at byte " + std::to_string(offset);
}

// Writes the RDATA of `record` (everything after RDLENGTH).
bool writeRdata(ByteWriter& out, DnsNameCompressor& names, const DnsRecord& record,
                std::string& problem) {
    return std::visit(
        [&](const auto& rd) -> bool {
            using T = std::decay_t<decltype(rd)>;
            if constexpr (std::is_same_v<T, DnsARdata>) {
                out.bytes(rd.address.bytes());
            } else if constexpr (std::is_same_v<T, DnsAaaaRdata>) {
                out.bytes(rd.address.bytes());
            } else if constexpr (std::is_same_v<T, DnsNsRdata>) {
                names.write(out, rd.host);
            } else if constexpr (std::is_same_v<T, DnsCnameRdata> ||
                                 std::is_same_v<T, DnsPtrRdata>) {
                names.write(out, rd.target);
            } else if constexpr (std::is_same_v<T, DnsSoaRdata>) {
                names.write(out, rd.mname);
                names.write(out, rd.rname);
                out.u32be(rd.serial);
                out.u32be(rd.refresh);
                out.u32be(rd.retry);
                out.u32be(rd.expire);
                out.u32be(rd.minimum);
            } else if constexpr (std::is_same_v<T, DnsMxRdata>) {
                out.u16be(rd.preference);
                names.write(out, rd.exchange);
            } else if constexpr (std::is_same_v<T, DnsTxtRdata>) {
                for (const auto& s : rd.strings) {
                    if (s.size() > 255) {
                        problem = "TXT string of " + std::to_string(s.size()) +
                                  " bytes (a character-string holds at most 255)";
                        return false;
                    }
                    out.u8(static_cast<std::uint8_t>(s.size()));
                    out.bytes({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
                }
            } else if constexpr (std::is_same_v<T, DnsSrvRdata>) {
                out.u16be(rd.priority);
                out.u16be(rd.weight);
                out.u16be(rd.port);
                names.write(out, rd.target, false); // RFC 2782: no compression
            } else if constexpr (std::is_same_v<T, DnsOptRdata>) {
                for (const auto& o : rd.options) {
                    if (o.data.size() > 0xFFFF) {
                        problem = "EDNS option longer than 65535 bytes";
                        return false;
                    }
                    out.u16be(o.code);
                    out.u16be(static_cast<std::uint16_t>(o.data.size()));
                    out.bytes(o.data);
                }
            } else {
                out.bytes(rd.bytes);
            }
            return true;
        },
        record.rdata);
}

bool writeRecord(ByteWriter& out, DnsNameCompressor& names, const DnsRecord& record,
                 std::string& problem) {
    names.write(out, record.name);
    out.u16be(static_cast<std::uint16_t>(record.type()));
    if (const auto* opt = std::get_if<DnsOptRdata>(&record.rdata)) {
        out.u16be(opt->udpPayloadSize);
        out.u32be(opt->packedTtl());
    } else {
        out.u16be(static_cast<std::uint16_t>(record.rclass));
        out.u32be(record.ttl);
    }
    const std::size_t lengthAt = out.size();
    out.u16be(0);
    if (!writeRdata(out, names, record, problem)) {
        return false;
    }
    const std::size_t rdlength = out.size() - lengthAt - 2;
    if (rdlength > 0xFFFF) {
        problem = "RDATA of " + std::to_string(rdlength) + " bytes (at most 65535)";
        return false;
    }
    out.patch16be(lengthAt, static_cast<std::uint16_t>(rdlength));
    return true;
}

// Reads a name that must lie wholly inside RDATA ending at `end`.
bool readRdataName(std::span<const std::uint8_t> message, std::size_t& pos, std::size_t end,
                   DnsName& name, std::string& problem, std::size_t& problemOffset) {
    auto r = readDnsName(message, pos);
    if (!r.ok()) {
        problem = r.problem;
        problemOffset = r.problemOffset;
        return false;
    }
    if (pos + r.length > end) {
        problem = "name" + at(pos) + " runs past the end of the RDATA" + at(end);
        problemOffset = pos;
        return false;
    }
    name = std::move(r.name);
    pos += r.length;
    return true;
}

} // namespace

std::string dnsTypeName(DnsType type) {
    if (const char* n = lookupName(kTypeNames, static_cast<std::uint16_t>(type))) {
        return n;
    }
    return "TYPE" + std::to_string(static_cast<std::uint16_t>(type));
}

std::optional<DnsType> dnsTypeFromName(std::string_view name) {
    if (auto v = numberFromName(kTypeNames, "TYPE", name)) {
        return static_cast<DnsType>(*v);
    }
    return std::nullopt;
}

std::string dnsClassName(DnsClass cls) {
    if (const char* n = lookupName(kClassNames, static_cast<std::uint16_t>(cls))) {
        return n;
    }
    return "CLASS" + std::to_string(static_cast<std::uint16_t>(cls));
}

std::optional<DnsClass> dnsClassFromName(std::string_view name) {
    if (auto v = numberFromName(kClassNames, "CLASS", name)) {
        return static_cast<DnsClass>(*v);
    }
    return std::nullopt;
}

std::string dnsRcodeName(DnsRcode rcode) {
    const auto value = static_cast<std::uint16_t>(rcode);
    if (const char* n = lookupName(kRcodeNames, value)) {
        return n;
    }
    return "RCODE" + std::to_string(value);
}

std::string dnsOpcodeName(std::uint8_t opcode) {
    if (const char* n = lookupName(kOpcodeNames, opcode)) {
        return n;
    }
    return "OPCODE" + std::to_string(opcode);
}

std::uint16_t DnsHeader::flags() const {
    return static_cast<std::uint16_t>(
        (response ? 0x8000 : 0) | ((opcode & 0xF) << 11) | (authoritative ? 0x0400 : 0) |
        (truncated ? 0x0200 : 0) | (recursionDesired ? 0x0100 : 0) |
        (recursionAvailable ? 0x0080 : 0) | (z ? 0x0040 : 0) | (authenticData ? 0x0020 : 0) |
        (checkingDisabled ? 0x0010 : 0) | (rcode & 0xF));
}

void DnsHeader::setFlags(std::uint16_t f) {
    response = (f & 0x8000) != 0;
    opcode = static_cast<std::uint8_t>((f >> 11) & 0xF);
    authoritative = (f & 0x0400) != 0;
    truncated = (f & 0x0200) != 0;
    recursionDesired = (f & 0x0100) != 0;
    recursionAvailable = (f & 0x0080) != 0;
    z = (f & 0x0040) != 0;
    authenticData = (f & 0x0020) != 0;
    checkingDisabled = (f & 0x0010) != 0;
    rcode = static_cast<std::uint8_t>(f & 0xF);
}

std::string DnsQuestion::toPresentation() const {
    return ';' + name.toText() + ' ' + dnsClassName(qclass) + ' ' + dnsTypeName(type);
}

std::uint32_t DnsOptRdata::packedTtl() const {
    return (static_cast<std::uint32_t>(extendedRcode) << 24) |
           (static_cast<std::uint32_t>(version) << 16) | (dnssecOk ? 0x8000U : 0U) | (z & 0x7FFFU);
}

DnsType DnsRecord::type() const {
    return std::visit(
        [](const auto& rd) -> DnsType {
            using T = std::decay_t<decltype(rd)>;
            if constexpr (std::is_same_v<T, DnsARdata>) {
                return DnsType::A;
            } else if constexpr (std::is_same_v<T, DnsAaaaRdata>) {
                return DnsType::AAAA;
            } else if constexpr (std::is_same_v<T, DnsNsRdata>) {
                return DnsType::NS;
            } else if constexpr (std::is_same_v<T, DnsCnameRdata>) {
                return DnsType::CNAME;
            } else if constexpr (std::is_same_v<T, DnsPtrRdata>) {
                return DnsType::PTR;
            } else if constexpr (std::is_same_v<T, DnsSoaRdata>) {
                return DnsType::SOA;
            } else if constexpr (std::is_same_v<T, DnsMxRdata>) {
                return DnsType::MX;
            } else if constexpr (std::is_same_v<T, DnsTxtRdata>) {
                return DnsType::TXT;
            } else if constexpr (std::is_same_v<T, DnsSrvRdata>) {
                return DnsType::SRV;
            } else if constexpr (std::is_same_v<T, DnsOptRdata>) {
                return DnsType::OPT;
            } else {
                return static_cast<DnsType>(rd.type);
            }
        },
        rdata);
}

std::string DnsRecord::rdataToPresentation() const {
    return std::visit(
        [](const auto& rd) -> std::string {
            using T = std::decay_t<decltype(rd)>;
            if constexpr (std::is_same_v<T, DnsARdata>) {
                return rd.address.toString();
            } else if constexpr (std::is_same_v<T, DnsAaaaRdata>) {
                return rd.address.toString();
            } else if constexpr (std::is_same_v<T, DnsNsRdata>) {
                return rd.host.toText();
            } else if constexpr (std::is_same_v<T, DnsCnameRdata> ||
                                 std::is_same_v<T, DnsPtrRdata>) {
                return rd.target.toText();
            } else if constexpr (std::is_same_v<T, DnsSoaRdata>) {
                return rd.mname.toText() + ' ' + rd.rname.toText() + ' ' +
                       std::to_string(rd.serial) + ' ' + std::to_string(rd.refresh) + ' ' +
                       std::to_string(rd.retry) + ' ' + std::to_string(rd.expire) + ' ' +
                       std::to_string(rd.minimum);
            } else if constexpr (std::is_same_v<T, DnsMxRdata>) {
                return std::to_string(rd.preference) + ' ' + rd.exchange.toText();
            } else if constexpr (std::is_same_v<T, DnsTxtRdata>) {
                std::string out;
                for (const auto& s : rd.strings) {
                    if (!out.empty()) {
                        out += ' ';
                    }
                    out += quoted(s);
                }
                return out;
            } else if constexpr (std::is_same_v<T, DnsSrvRdata>) {
                return std::to_string(rd.priority) + ' ' + std::to_string(rd.weight) + ' ' +
                       std::to_string(rd.port) + ' ' + rd.target.toText();
            } else if constexpr (std::is_same_v<T, DnsOptRdata>) {
                // dig's OPT pseudosection line.
                return "; EDNS: version: " + std::to_string(rd.version) +
                       ", flags:" + (rd.dnssecOk ? " do" : "") +
                       "; udp: " + std::to_string(rd.udpPayloadSize);
            } else {
                // RFC 3597 section 5 generic form.
                std::string out = "\\# " + std::to_string(rd.bytes.size());
                if (!rd.bytes.empty()) {
                    out += ' ';
                    char buf[3];
                    for (const auto b : rd.bytes) {
                        std::snprintf(buf, sizeof buf, "%02x", b);
                        out += buf;
                    }
                }
                return out;
            }
        },
        rdata);
}

std::string DnsRecord::toPresentation() const {
    if (std::holds_alternative<DnsOptRdata>(rdata)) {
        return rdataToPresentation();
    }
    return name.toText() + ' ' + std::to_string(ttl) + ' ' + dnsClassName(rclass) + ' ' +
           dnsTypeName(type()) + ' ' + rdataToPresentation();
}

DnsRecord DnsRecord::a(DnsName name, std::uint32_t ttl, Ipv4Address address) {
    return {std::move(name), DnsClass::IN, ttl, DnsARdata{address}};
}
DnsRecord DnsRecord::aaaa(DnsName name, std::uint32_t ttl, Ipv6Address address) {
    return {std::move(name), DnsClass::IN, ttl, DnsAaaaRdata{address}};
}
DnsRecord DnsRecord::ns(DnsName name, std::uint32_t ttl, DnsName host) {
    return {std::move(name), DnsClass::IN, ttl, DnsNsRdata{std::move(host)}};
}
DnsRecord DnsRecord::cname(DnsName name, std::uint32_t ttl, DnsName target) {
    return {std::move(name), DnsClass::IN, ttl, DnsCnameRdata{std::move(target)}};
}
DnsRecord DnsRecord::ptr(DnsName name, std::uint32_t ttl, DnsName target) {
    return {std::move(name), DnsClass::IN, ttl, DnsPtrRdata{std::move(target)}};
}
DnsRecord DnsRecord::mx(DnsName name, std::uint32_t ttl, std::uint16_t preference,
                        DnsName exchange) {
    return {std::move(name), DnsClass::IN, ttl, DnsMxRdata{preference, std::move(exchange)}};
}
DnsRecord DnsRecord::txt(DnsName name, std::uint32_t ttl, std::vector<std::string> strings) {
    return {std::move(name), DnsClass::IN, ttl, DnsTxtRdata{std::move(strings)}};
}
DnsRecord DnsRecord::srv(DnsName name, std::uint32_t ttl, std::uint16_t priority,
                         std::uint16_t weight, std::uint16_t port, DnsName target) {
    return {std::move(name), DnsClass::IN, ttl,
            DnsSrvRdata{priority, weight, port, std::move(target)}};
}
DnsRecord DnsRecord::soa(DnsName name, std::uint32_t ttl, DnsSoaRdata soa) {
    return {std::move(name), DnsClass::IN, ttl, std::move(soa)};
}
DnsRecord DnsRecord::opt(DnsOptRdata opt) {
    const auto cls = static_cast<DnsClass>(opt.udpPayloadSize);
    const auto ttl = opt.packedTtl();
    return {DnsName{}, cls, ttl, std::move(opt)};
}

DnsQuestionRead readDnsQuestion(std::span<const std::uint8_t> message, std::size_t offset) {
    DnsQuestionRead out;
    auto name = readDnsName(message, offset);
    if (!name.ok()) {
        out.problem = name.problem;
        out.problemOffset = name.problemOffset;
        return out;
    }
    ByteReader r(message);
    r.seek(offset + name.length);
    const auto type = r.u16be();
    const auto cls = r.u16be();
    if (!r.ok()) {
        out.problem = "question type and class cut off" + at(offset + name.length);
        out.problemOffset = offset + name.length;
        return out;
    }
    out.question = {std::move(name.name), static_cast<DnsType>(type), static_cast<DnsClass>(cls)};
    out.nameLength = name.length;
    out.length = name.length + 4;
    return out;
}

DnsRecordRead readDnsRecord(std::span<const std::uint8_t> message, std::size_t offset) {
    DnsRecordRead out;
    auto fail = [&](std::size_t where, std::string text) {
        out.problem = std::move(text);
        out.problemOffset = where;
        return out;
    };
    auto name = readDnsName(message, offset);
    if (!name.ok()) {
        return fail(name.problemOffset, name.problem);
    }
    const std::size_t fixedAt = offset + name.length;
    ByteReader r(message);
    r.seek(fixedAt);
    const auto type = r.u16be();
    const auto cls = r.u16be();
    const auto ttl = r.u32be();
    const auto rdlength = r.u16be();
    if (!r.ok()) {
        return fail(fixedAt, "record type, class, TTL and length cut off" + at(fixedAt));
    }
    const std::size_t start = r.offset();
    const std::size_t end = start + rdlength;
    if (end > message.size()) {
        return fail(start, "RDATA of " + std::to_string(rdlength) + " bytes" + at(start) +
                               " runs past the end of the message (" +
                               std::to_string(message.size()) + " bytes)");
    }
    out.nameLength = name.length;
    out.rdataOffset = start;
    out.rdataLength = rdlength;
    out.length = end - offset;
    out.rawClass = cls;
    out.record.name = std::move(name.name);
    out.record.rclass = static_cast<DnsClass>(cls);
    out.record.ttl = ttl;

    ByteReader rd(message.subspan(0, end));
    rd.seek(start);
    std::size_t pos = start;
    std::string problem;
    std::size_t problemOffset = 0;
    auto exact = [&](std::size_t expected, const char* what) {
        if (rdlength != expected) {
            problem = std::string(what) + " RDATA is " + std::to_string(rdlength) +
                      " bytes, expected " + std::to_string(expected) + at(start);
            problemOffset = start;
            return false;
        }
        return true;
    };
    auto readName = [&](DnsName& n) {
        return readRdataName(message, pos, end, n, problem, problemOffset);
    };
    auto fixed = [&](std::size_t n) {
        if (pos + n > end) {
            problem = "RDATA ends early" + at(end);
            problemOffset = end;
            return false;
        }
        rd.seek(pos);
        return true;
    };

    const bool in = cls == static_cast<std::uint16_t>(DnsClass::IN);
    // A and AAAA RDATA mean an address only in class IN (RFC 1035 section 3.4.1); elsewhere
    // they stay opaque, as RFC 3597 asks for types whose format we do not know.
    const bool opaque = !in && (type == static_cast<std::uint16_t>(DnsType::A) ||
                                type == static_cast<std::uint16_t>(DnsType::AAAA));
    bool ok = true;
    switch (opaque ? DnsType{0} : static_cast<DnsType>(type)) {
    case DnsType::A:
        if ((ok = exact(4, "A"))) {
            out.record.rdata = DnsARdata{
                Ipv4Address::fromBytes(message.subspan(start, 4)).value_or(Ipv4Address{})};
            pos = end;
        }
        break;
    case DnsType::AAAA:
        if ((ok = exact(16, "AAAA"))) {
            out.record.rdata = DnsAaaaRdata{
                Ipv6Address::fromBytes(message.subspan(start, 16)).value_or(Ipv6Address{})};
            pos = end;
        }
        break;
    case DnsType::NS: {
        DnsNsRdata v;
        if ((ok = readName(v.host))) {
            out.record.rdata = std::move(v);
        }
        break;
    }
    case DnsType::CNAME: {
        DnsCnameRdata v;
        if ((ok = readName(v.target))) {
            out.record.rdata = std::move(v);
        }
        break;
    }
    case DnsType::PTR: {
        DnsPtrRdata v;
        if ((ok = readName(v.target))) {
            out.record.rdata = std::move(v);
        }
        break;
    }
    case DnsType::SOA: {
        DnsSoaRdata v;
        ok = readName(v.mname) && readName(v.rname) && fixed(20);
        if (ok) {
            v.serial = rd.u32be();
            v.refresh = rd.u32be();
            v.retry = rd.u32be();
            v.expire = rd.u32be();
            v.minimum = rd.u32be();
            pos += 20;
            out.record.rdata = std::move(v);
        }
        break;
    }
    case DnsType::MX: {
        DnsMxRdata v;
        ok = fixed(2);
        if (ok) {
            v.preference = rd.u16be();
            pos += 2;
            ok = readName(v.exchange);
        }
        if (ok) {
            out.record.rdata = std::move(v);
        }
        break;
    }
    case DnsType::TXT: {
        DnsTxtRdata v;
        while (ok && pos < end) {
            const std::size_t len = message[pos];
            if (pos + 1 + len > end) {
                problem = "TXT string of " + std::to_string(len) + " bytes" + at(pos) +
                          " runs past the end of the RDATA";
                problemOffset = pos;
                ok = false;
                break;
            }
            v.strings.emplace_back(reinterpret_cast<const char*>(message.data() + pos + 1), len);
            pos += 1 + len;
        }
        if (ok) {
            out.record.rdata = std::move(v);
        }
        break;
    }
    case DnsType::SRV: {
        DnsSrvRdata v;
        ok = fixed(6);
        if (ok) {
            v.priority = rd.u16be();
            v.weight = rd.u16be();
            v.port = rd.u16be();
            pos += 6;
            ok = readName(v.target);
        }
        if (ok) {
            out.record.rdata = std::move(v);
        }
        break;
    }
    case DnsType::OPT: {
        DnsOptRdata v;
        v.udpPayloadSize = cls;
        v.extendedRcode = static_cast<std::uint8_t>(ttl >> 24);
        v.version = static_cast<std::uint8_t>(ttl >> 16);
        v.dnssecOk = (ttl & 0x8000U) != 0;
        v.z = static_cast<std::uint16_t>(ttl & 0x7FFFU);
        while (ok && pos < end) {
            if (!fixed(4)) {
                problem = "EDNS option header cut off" + at(pos);
                problemOffset = pos;
                ok = false;
                break;
            }
            DnsEdnsOption o;
            o.code = rd.u16be();
            const std::size_t len = rd.u16be();
            if (pos + 4 + len > end) {
                problem = "EDNS option of " + std::to_string(len) + " bytes" + at(pos) +
                          " runs past the end of the RDATA";
                problemOffset = pos;
                ok = false;
                break;
            }
            const auto* data = message.data() + pos + 4;
            o.data.assign(data, data + len);
            v.options.push_back(std::move(o));
            pos += 4 + len;
        }
        if (ok) {
            out.record.rdata = std::move(v);
        }
        break;
    }
    default: {
        DnsRawRdata v;
        v.type = type;
        v.bytes.assign(message.begin() + static_cast<std::ptrdiff_t>(start),
                       message.begin() + static_cast<std::ptrdiff_t>(end));
        out.record.rdata = std::move(v);
        pos = end;
        break;
    }
    }
    if (!ok) {
        return fail(problemOffset, dnsTypeName(static_cast<DnsType>(type)) + " record: " + problem);
    }
    if (pos != end) {
        return fail(pos, dnsTypeName(static_cast<DnsType>(type)) +
                             " record: " + std::to_string(end - pos) + " unexpected bytes" +
                             at(pos) + " at the end of the RDATA");
    }
    return out;
}

DnsDecodeResult DnsMessage::decode(std::span<const std::uint8_t> bytes) {
    DnsDecodeResult result;
    auto fail = [&](std::size_t where, std::string text) {
        result.problem = std::move(text);
        result.problemOffset = where;
        return result;
    };
    ByteReader r(bytes);
    DnsMessage m;
    const auto id = r.u16be();
    const auto flags = r.u16be();
    const std::size_t counts[4] = {r.u16be(), r.u16be(), r.u16be(), r.u16be()};
    if (!r.ok()) {
        return fail(bytes.size(), "header cut off: " + std::to_string(bytes.size()) +
                                      " bytes, a DNS header needs 12");
    }
    m.header.id = id;
    m.header.setFlags(flags);
    std::size_t pos = 12;
    for (std::size_t i = 0; i < counts[0]; ++i) {
        auto q = readDnsQuestion(bytes, pos);
        if (!q.ok()) {
            return fail(q.problemOffset, "question " + std::to_string(i + 1) + ": " + q.problem);
        }
        m.questions.push_back(std::move(q.question));
        pos += q.length;
    }
    static constexpr const char* kSection[] = {"", "answer", "authority record",
                                               "additional record"};
    std::vector<DnsRecord>* sections[] = {nullptr, &m.answers, &m.authorities, &m.additionals};
    for (int s = 1; s < 4; ++s) {
        for (std::size_t i = 0; i < counts[s]; ++i) {
            auto rr = readDnsRecord(bytes, pos);
            if (!rr.ok()) {
                return fail(rr.problemOffset, std::string(kSection[s]) + ' ' +
                                                  std::to_string(i + 1) + ": " + rr.problem);
            }
            sections[s]->push_back(std::move(rr.record));
            pos += rr.length;
        }
    }
    result.length = pos;
    result.message = std::move(m);
    return result;
}

std::optional<std::vector<std::uint8_t>> DnsMessage::encode(std::string* problem) const {
    std::string why;
    auto fail = [&](std::string text) -> std::optional<std::vector<std::uint8_t>> {
        if (problem) {
            *problem = std::move(text);
        }
        return std::nullopt;
    };
    for (const auto* section : {&answers, &authorities, &additionals}) {
        if (section->size() > 0xFFFF) {
            return fail("more than 65535 records in one section");
        }
    }
    if (questions.size() > 0xFFFF) {
        return fail("more than 65535 questions");
    }
    ByteWriter out;
    out.u16be(header.id);
    out.u16be(header.flags());
    out.u16be(static_cast<std::uint16_t>(questions.size()));
    out.u16be(static_cast<std::uint16_t>(answers.size()));
    out.u16be(static_cast<std::uint16_t>(authorities.size()));
    out.u16be(static_cast<std::uint16_t>(additionals.size()));
    DnsNameCompressor names;
    for (const auto& q : questions) {
        names.write(out, q.name);
        out.u16be(static_cast<std::uint16_t>(q.type));
        out.u16be(static_cast<std::uint16_t>(q.qclass));
    }
    for (const auto* section : {&answers, &authorities, &additionals}) {
        for (const auto& rr : *section) {
            if (!writeRecord(out, names, rr, why)) {
                return fail(rr.name.toText() + ' ' + dnsTypeName(rr.type()) + ": " + why);
            }
        }
    }
    if (out.size() > 0xFFFF) {
        return fail("message is " + std::to_string(out.size()) + " bytes (at most 65535)");
    }
    return out.take();
}

std::optional<std::vector<std::uint8_t>> DnsMessage::encodeTruncated(std::size_t maxSize,
                                                                     std::string* problem) const {
    auto full = encode(problem);
    if (!full || full->size() <= maxSize) {
        return full;
    }
    DnsMessage smaller = *this;
    std::erase_if(smaller.additionals, [](const DnsRecord& rr) {
        return !std::holds_alternative<DnsOptRdata>(rr.rdata);
    });
    auto withoutExtras = smaller.encode(problem);
    if (!withoutExtras || withoutExtras->size() <= maxSize) {
        return withoutExtras;
    }
    smaller.answers.clear();
    smaller.authorities.clear();
    smaller.header.truncated = true;
    auto bare = smaller.encode(problem);
    if (bare && bare->size() > maxSize) {
        if (problem) {
            *problem = "even the header and question take " + std::to_string(bare->size()) +
                       " bytes, more than " + std::to_string(maxSize);
        }
        return std::nullopt;
    }
    return bare;
}

const DnsOptRdata* DnsMessage::edns() const {
    for (const auto& rr : additionals) {
        if (const auto* opt = std::get_if<DnsOptRdata>(&rr.rdata)) {
            return opt;
        }
    }
    return nullptr;
}

DnsRcode DnsMessage::rcode() const {
    const auto* opt = edns();
    return static_cast<DnsRcode>(header.rcode | ((opt ? opt->extendedRcode : 0) << 4));
}

void DnsMessage::setRcode(DnsRcode code) {
    const auto rcode = static_cast<std::uint16_t>(code);
    header.rcode = static_cast<std::uint8_t>(rcode & 0xF);
    DnsOptRdata* opt = nullptr;
    for (auto& rr : additionals) {
        if ((opt = std::get_if<DnsOptRdata>(&rr.rdata))) {
            opt->extendedRcode = static_cast<std::uint8_t>(rcode >> 4);
            rr = DnsRecord::opt(*opt);
            return;
        }
    }
    if (rcode > 0xF) {
        DnsOptRdata fresh;
        fresh.extendedRcode = static_cast<std::uint8_t>(rcode >> 4);
        additionals.push_back(DnsRecord::opt(std::move(fresh)));
    }
}

DnsMessage DnsMessage::query(std::uint16_t id, DnsName name, DnsType type, DnsClass qclass,
                             bool recursionDesired, std::optional<std::uint16_t> ednsPayloadSize) {
    DnsMessage m;
    m.header.id = id;
    m.header.recursionDesired = recursionDesired;
    m.questions.push_back({std::move(name), type, qclass});
    if (ednsPayloadSize) {
        DnsOptRdata opt;
        opt.udpPayloadSize = *ednsPayloadSize;
        m.additionals.push_back(DnsRecord::opt(std::move(opt)));
    }
    return m;
}

DnsMessage DnsMessage::responseTo(const DnsMessage& query, std::uint16_t ednsPayloadSize) {
    DnsMessage m;
    m.header.id = query.header.id;
    m.header.response = true;
    m.header.opcode = query.header.opcode;
    m.header.recursionDesired = query.header.recursionDesired;
    m.header.checkingDisabled = query.header.checkingDisabled;
    m.questions = query.questions;
    if (query.edns()) {
        DnsOptRdata opt;
        opt.udpPayloadSize = ednsPayloadSize;
        m.additionals.push_back(DnsRecord::opt(std::move(opt)));
    }
    return m;
}

} // namespace hopscope::wire
