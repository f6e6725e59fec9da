// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_message.h"

#include "ascii_text.h"
#include "byte_reader.h"
#include "byte_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <type_traits>
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

// The RDATA of one record, read through a cursor that stops at its end (RDLENGTH, RFC 1035
// section 4.1.3), so no field can run into the next record. Names are the exception that
// needs the whole message: a compression pointer (RFC 1035 section 4.1.4) may point at any
// earlier byte, so a name is decompressed from the message and must only end inside the
// RDATA. OPT reads the record's CLASS and TTL as well (RFC 6891 section 6.1.3). Offsets are
// message-relative so that problems name the byte; the first failure sticks.
class RdataReader {
public:
    RdataReader(std::span<const std::uint8_t> message, std::size_t start, std::size_t length,
                std::uint16_t recordClass, std::uint32_t recordTtl)
        : m_message(message), m_start(start), m_bytes(message.subspan(start, length)),
          m_recordClass(recordClass), m_recordTtl(recordTtl) {}

    [[nodiscard]] std::size_t offset() const { return m_start + m_bytes.offset(); }
    [[nodiscard]] std::size_t remaining() const { return m_bytes.remaining(); }
    [[nodiscard]] bool atEnd() const { return m_bytes.atEnd(); }
    [[nodiscard]] std::uint16_t recordClass() const { return m_recordClass; }
    [[nodiscard]] std::uint32_t recordTtl() const { return m_recordTtl; }
    [[nodiscard]] const std::string& problem() const { return m_problem; }
    [[nodiscard]] std::size_t problemOffset() const { return m_problemOffset; }

    std::uint8_t u8() { return need(1) ? m_bytes.u8() : 0; }
    std::uint16_t u16() { return need(2) ? m_bytes.u16be() : 0; }
    std::uint32_t u32() { return need(4) ? m_bytes.u32be() : 0; }
    std::span<const std::uint8_t> bytes(std::size_t n) {
        return need(n) ? m_bytes.bytes(n) : std::span<const std::uint8_t>{};
    }
    std::span<const std::uint8_t> rest() { return bytes(remaining()); }

    bool name(DnsName& out) {
        if (failed()) {
            return false;
        }
        const std::size_t pos = offset();
        auto r = readDnsName(m_message, pos);
        if (!r.ok()) {
            return fail(r.problemOffset, r.problem);
        }
        if (r.length > remaining()) {
            return fail(pos, "name" + at(pos) + " runs past the end of the RDATA" + at(end()));
        }
        out = std::move(r.name);
        return m_bytes.skip(r.length);
    }
    // For types whose RDATA has one size only.
    bool lengthIs(std::size_t expected, std::string_view what) {
        const std::size_t length = m_bytes.size();
        if (length == expected) {
            return true;
        }
        return fail(m_start, std::string(what) + " RDATA is " + std::to_string(length) +
                                 " bytes, expected " + std::to_string(expected) + at(m_start));
    }
    bool fail(std::size_t where, std::string text) {
        if (!failed()) {
            m_problem = std::move(text);
            m_problemOffset = where;
        }
        return false;
    }

private:
    [[nodiscard]] bool failed() const { return !m_problem.empty(); }
    [[nodiscard]] std::size_t end() const { return m_start + m_bytes.size(); }
    bool need(std::size_t n) {
        if (failed()) {
            return false;
        }
        return n <= remaining() || fail(end(), "RDATA ends early" + at(end()));
    }

    std::span<const std::uint8_t> m_message;
    std::size_t m_start;
    ByteReader m_bytes;
    std::uint16_t m_recordClass;
    std::uint32_t m_recordTtl;
    std::string m_problem;
    std::size_t m_problemOffset = 0;
};

// Where a record's RDATA is written: names go through the message's compressor.
struct RdataWriter {
    ByteWriter& out;
    DnsNameCompressor& names;
    std::string& problem;

    void name(const DnsName& name, bool compress = true) { names.write(out, name, compress); }
    bool fail(std::string text) {
        problem = std::move(text);
        return false;
    }
};

// How each alternative of DnsRdata is read, written and shown, in one place per type: its
// TYPE code, whether it has that meaning in class IN only, read(), write() and text()
// (presentation as dig prints it). Adding a record type is a struct in the header, its place
// in the variant and one specialisation here; the decoder finds it by its kType.
template <typename Rdata> struct RdataCodec;

// A and AAAA: one address of fixed size. The meaning holds in class IN only (RFC 1035 section
// 3.4.1, RFC 3596 section 2.2); elsewhere the RDATA stays opaque (RFC 3597).
template <typename Rdata, typename Address, DnsType Type> struct AddressCodec {
    static constexpr DnsType kType = Type;
    static constexpr bool kClassInOnly = true;
    static bool read(RdataReader& in, Rdata& rd) {
        constexpr std::size_t size = std::tuple_size_v<typename Address::Bytes>;
        if (!in.lengthIs(size, dnsTypeName(Type))) {
            return false;
        }
        rd.address = Address::fromBytes(in.bytes(size)).value_or(Address{});
        return true;
    }
    static bool write(RdataWriter& w, const Rdata& rd) {
        w.out.bytes(rd.address.bytes());
        return true;
    }
    static std::string text(const Rdata& rd) { return rd.address.toString(); }
};
template <> struct RdataCodec<DnsARdata> : AddressCodec<DnsARdata, Ipv4Address, DnsType::A> {};
template <>
struct RdataCodec<DnsAaaaRdata> : AddressCodec<DnsAaaaRdata, Ipv6Address, DnsType::AAAA> {};

// NS, CNAME and PTR: one compressible name (RFC 1035 sections 3.3.11, 3.3.1, 3.3.12).
template <typename Rdata, DnsName Rdata::*Name, DnsType Type> struct OneNameCodec {
    static constexpr DnsType kType = Type;
    static constexpr bool kClassInOnly = false;
    static bool read(RdataReader& in, Rdata& rd) { return in.name(rd.*Name); }
    static bool write(RdataWriter& w, const Rdata& rd) {
        w.name(rd.*Name);
        return true;
    }
    static std::string text(const Rdata& rd) { return (rd.*Name).toText(); }
};
template <>
struct RdataCodec<DnsNsRdata> : OneNameCodec<DnsNsRdata, &DnsNsRdata::host, DnsType::NS> {};
template <>
struct RdataCodec<DnsCnameRdata>
    : OneNameCodec<DnsCnameRdata, &DnsCnameRdata::target, DnsType::CNAME> {};
template <>
struct RdataCodec<DnsPtrRdata> : OneNameCodec<DnsPtrRdata, &DnsPtrRdata::target, DnsType::PTR> {};

// RFC 1035 section 3.3.13.
template <> struct RdataCodec<DnsSoaRdata> {
    static constexpr DnsType kType = DnsType::SOA;
    static constexpr bool kClassInOnly = false;
    static bool read(RdataReader& in, DnsSoaRdata& rd) {
        if (!in.name(rd.mname) || !in.name(rd.rname)) {
            return false;
        }
        rd.serial = in.u32();
        rd.refresh = in.u32();
        rd.retry = in.u32();
        rd.expire = in.u32();
        rd.minimum = in.u32();
        return in.problem().empty();
    }
    static bool write(RdataWriter& w, const DnsSoaRdata& rd) {
        w.name(rd.mname);
        w.name(rd.rname);
        for (const std::uint32_t v : {rd.serial, rd.refresh, rd.retry, rd.expire, rd.minimum}) {
            w.out.u32be(v);
        }
        return true;
    }
    static std::string text(const DnsSoaRdata& rd) {
        return rd.mname.toText() + ' ' + rd.rname.toText() + ' ' + std::to_string(rd.serial) + ' ' +
               std::to_string(rd.refresh) + ' ' + std::to_string(rd.retry) + ' ' +
               std::to_string(rd.expire) + ' ' + std::to_string(rd.minimum);
    }
};

// RFC 1035 section 3.3.9.
template <> struct RdataCodec<DnsMxRdata> {
    static constexpr DnsType kType = DnsType::MX;
    static constexpr bool kClassInOnly = false;
    static bool read(RdataReader& in, DnsMxRdata& rd) {
        rd.preference = in.u16();
        return in.name(rd.exchange);
    }
    static bool write(RdataWriter& w, const DnsMxRdata& rd) {
        w.out.u16be(rd.preference);
        w.name(rd.exchange);
        return true;
    }
    static std::string text(const DnsMxRdata& rd) {
        return std::to_string(rd.preference) + ' ' + rd.exchange.toText();
    }
};

// One or more character-strings (RFC 1035 section 3.3.14), each a length byte and its bytes.
template <> struct RdataCodec<DnsTxtRdata> {
    static constexpr DnsType kType = DnsType::TXT;
    static constexpr bool kClassInOnly = false;
    static bool read(RdataReader& in, DnsTxtRdata& rd) {
        while (!in.atEnd()) {
            const std::size_t pos = in.offset();
            const std::size_t length = in.u8();
            if (length > in.remaining()) {
                return in.fail(pos, "TXT string of " + std::to_string(length) + " bytes" + at(pos) +
                                        " runs past the end of the RDATA");
            }
            const auto bytes = in.bytes(length);
            rd.strings.emplace_back(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        }
        return true;
    }
    static bool write(RdataWriter& w, const DnsTxtRdata& rd) {
        for (const auto& s : rd.strings) {
            if (s.size() > 255) {
                return w.fail("TXT string of " + std::to_string(s.size()) +
                              " bytes (a character-string holds at most 255)");
            }
            w.out.u8(static_cast<std::uint8_t>(s.size()));
            w.out.bytes({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
        }
        return true;
    }
    static std::string text(const DnsTxtRdata& rd) {
        std::string out;
        for (const auto& s : rd.strings) {
            if (!out.empty()) {
                out += ' ';
            }
            out += quoted(s);
        }
        return out;
    }
};

// RFC 2782; the target is never compressed.
template <> struct RdataCodec<DnsSrvRdata> {
    static constexpr DnsType kType = DnsType::SRV;
    static constexpr bool kClassInOnly = false;
    static bool read(RdataReader& in, DnsSrvRdata& rd) {
        rd.priority = in.u16();
        rd.weight = in.u16();
        rd.port = in.u16();
        return in.name(rd.target);
    }
    static bool write(RdataWriter& w, const DnsSrvRdata& rd) {
        w.out.u16be(rd.priority);
        w.out.u16be(rd.weight);
        w.out.u16be(rd.port);
        w.name(rd.target, false);
        return true;
    }
    static std::string text(const DnsSrvRdata& rd) {
        return std::to_string(rd.priority) + ' ' + std::to_string(rd.weight) + ' ' +
               std::to_string(rd.port) + ' ' + rd.target.toText();
    }
};

// EDNS options (RFC 6891 section 6.1.2): code, length, data, repeated. The payload size,
// extended RCODE, version and flags live in the record's CLASS and TTL, which writeRecord
// writes from these fields.
template <> struct RdataCodec<DnsOptRdata> {
    static constexpr DnsType kType = DnsType::OPT;
    static constexpr bool kClassInOnly = false;
    static bool read(RdataReader& in, DnsOptRdata& rd) {
        rd.udpPayloadSize = in.recordClass();
        const std::uint32_t ttl = in.recordTtl();
        rd.extendedRcode = static_cast<std::uint8_t>(ttl >> 24);
        rd.version = static_cast<std::uint8_t>(ttl >> 16);
        rd.dnssecOk = (ttl & 0x8000U) != 0;
        rd.z = static_cast<std::uint16_t>(ttl & 0x7FFFU);
        while (!in.atEnd()) {
            const std::size_t pos = in.offset();
            if (in.remaining() < 4) {
                return in.fail(pos, "EDNS option header cut off" + at(pos));
            }
            DnsEdnsOption option;
            option.code = in.u16();
            const std::size_t length = in.u16();
            if (length > in.remaining()) {
                return in.fail(pos, "EDNS option of " + std::to_string(length) + " bytes" +
                                        at(pos) + " runs past the end of the RDATA");
            }
            const auto data = in.bytes(length);
            option.data.assign(data.begin(), data.end());
            rd.options.push_back(std::move(option));
        }
        return true;
    }
    static bool write(RdataWriter& w, const DnsOptRdata& rd) {
        for (const auto& o : rd.options) {
            if (o.data.size() > 0xFFFF) {
                return w.fail("EDNS option longer than 65535 bytes");
            }
            w.out.u16be(o.code);
            w.out.u16be(static_cast<std::uint16_t>(o.data.size()));
            w.out.bytes(o.data);
        }
        return true;
    }
    // dig's OPT pseudosection line.
    static std::string text(const DnsOptRdata& rd) {
        return "; EDNS: version: " + std::to_string(rd.version) +
               ", flags:" + (rd.dnssecOk ? " do" : "") +
               "; udp: " + std::to_string(rd.udpPayloadSize);
    }
};

// Every other type, and A/AAAA outside class IN: opaque bytes (RFC 3597). Its TYPE is data.
template <> struct RdataCodec<DnsRawRdata> {
    static bool read(RdataReader& in, DnsRawRdata& rd) {
        const auto bytes = in.rest();
        rd.bytes.assign(bytes.begin(), bytes.end());
        return true;
    }
    static bool write(RdataWriter& w, const DnsRawRdata& rd) {
        w.out.bytes(rd.bytes);
        return true;
    }
    // RFC 3597 section 5 generic form.
    static std::string text(const DnsRawRdata& rd) {
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
};

// Reads the RDATA as the first alternative of DnsRdata whose codec claims `type` in the
// record's class, or as raw bytes when none does.
template <std::size_t I = 0> bool readRdata(RdataReader& in, std::uint16_t type, DnsRdata& rdata) {
    if constexpr (I == std::variant_size_v<DnsRdata>) {
        DnsRawRdata raw;
        raw.type = type;
        RdataCodec<DnsRawRdata>::read(in, raw);
        rdata = std::move(raw);
        return true;
    } else {
        using Rdata = std::variant_alternative_t<I, DnsRdata>;
        if constexpr (!std::is_same_v<Rdata, DnsRawRdata>) {
            using Codec = RdataCodec<Rdata>;
            const bool classFits = !Codec::kClassInOnly ||
                                   in.recordClass() == static_cast<std::uint16_t>(DnsClass::IN);
            if (static_cast<std::uint16_t>(Codec::kType) == type && classFits) {
                Rdata typed;
                if (!Codec::read(in, typed)) {
                    return false;
                }
                rdata = std::move(typed);
                return true;
            }
        }
        return readRdata<I + 1>(in, type, rdata);
    }
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
    RdataWriter writer{out, names, problem};
    const bool written = std::visit(
        [&writer](const auto& rd) {
            return RdataCodec<std::decay_t<decltype(rd)>>::write(writer, rd);
        },
        record.rdata);
    if (!written) {
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
        [](const auto& rd) {
            using Rdata = std::decay_t<decltype(rd)>;
            if constexpr (std::is_same_v<Rdata, DnsRawRdata>) {
                return static_cast<DnsType>(rd.type);
            } else {
                return RdataCodec<Rdata>::kType;
            }
        },
        rdata);
}

std::string DnsRecord::rdataToPresentation() const {
    return std::visit(
        [](const auto& rd) { return RdataCodec<std::decay_t<decltype(rd)>>::text(rd); }, rdata);
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
    if (rdlength > r.remaining()) {
        return fail(start, "RDATA of " + std::to_string(rdlength) + " bytes" + at(start) +
                               " runs past the end of the message (" +
                               std::to_string(message.size()) + " bytes)");
    }
    out.nameLength = name.length;
    out.rdataOffset = start;
    out.rdataLength = rdlength;
    out.length = start + rdlength - offset;
    out.rawClass = cls;
    out.record.name = std::move(name.name);
    out.record.rclass = static_cast<DnsClass>(cls);
    out.record.ttl = ttl;

    const std::string typeName = dnsTypeName(static_cast<DnsType>(type));
    RdataReader rdata(message, start, rdlength, cls, ttl);
    if (!readRdata(rdata, type, out.record.rdata)) {
        return fail(rdata.problemOffset(), typeName + " record: " + rdata.problem());
    }
    if (!rdata.atEnd()) {
        const std::size_t pos = rdata.offset();
        return fail(pos, typeName + " record: " + std::to_string(rdata.remaining()) +
                             " unexpected bytes" + at(pos) + " at the end of the RDATA");
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
