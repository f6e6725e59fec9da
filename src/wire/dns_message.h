// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns_name.h"
#include "ipv4_address.h"
#include "ipv6_address.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hopscope::wire {

// Resource record types (RFC 1035 section 3.2.2, RFC 3596, RFC 2782, RFC 6891 ...). Any
// 16-bit value is a valid DnsType; the names below are the ones we know.
enum class DnsType : std::uint16_t {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    HINFO = 13,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    NAPTR = 35,
    DNAME = 39,
    OPT = 41,
    DS = 43,
    RRSIG = 46,
    NSEC = 47,
    DNSKEY = 48,
    NSEC3 = 50,
    SVCB = 64,
    HTTPS = 65,
    IXFR = 251,
    AXFR = 252,
    ANY = 255,
    CAA = 257,
};

// Classes (RFC 1035 section 3.2.4 and 3.2.5).
enum class DnsClass : std::uint16_t { IN = 1, CH = 3, HS = 4, NONE = 254, ANY = 255 };

// Header OPCODE values (RFC 1035 section 4.1.1, RFC 1996, RFC 2136).
enum class DnsOpcode : std::uint8_t { Query = 0, IQuery = 1, Status = 2, Notify = 4, Update = 5 };

// Response codes (RFC 1035 section 4.1.1, RFC 2136, RFC 6891). Any 12-bit value is a valid
// DnsRcode; the names below are the ones we use. Values above 15 need the upper bits carried
// in the OPT record.
enum class DnsRcode : std::uint16_t {
    NoError = 0,
    FormErr = 1,
    ServFail = 2,
    NXDomain = 3,
    NotImp = 4,
    Refused = 5,
    YXDomain = 6,
    YXRRSet = 7,
    NXRRSet = 8,
    NotAuth = 9,
    NotZone = 10,
    BadVers = 16,
};

// "A", "AAAA", "ANY", "AXFR" ...; RFC 3597 "TYPE65280" for numbers without a name.
[[nodiscard]] std::string dnsTypeName(DnsType type);
// Accepts the names above (any case) and "TYPEnnn".
[[nodiscard]] std::optional<DnsType> dnsTypeFromName(std::string_view name);
// "IN", "CH", "HS", "NONE", "ANY"; "CLASSnnn" otherwise.
[[nodiscard]] std::string dnsClassName(DnsClass cls);
[[nodiscard]] std::optional<DnsClass> dnsClassFromName(std::string_view name);
// dig's names: "NOERROR", "NXDOMAIN", "SERVFAIL" ...; "RCODEnnn" otherwise.
[[nodiscard]] std::string dnsRcodeName(DnsRcode rcode);
// "QUERY", "IQUERY", "STATUS", "NOTIFY", "UPDATE"; "OPCODEnn" otherwise.
[[nodiscard]] std::string dnsOpcodeName(std::uint8_t opcode);

// The fixed 12-byte header (RFC 1035 section 4.1.1; AD and CD from RFC 4035 section 3.2):
//
//       0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15
//     +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
//     |                      ID                       |
//     +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
//     |QR|   Opcode  |AA|TC|RD|RA| Z|AD|CD|   RCODE   |
//     +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
//     |            QDCOUNT / ANCOUNT / NSCOUNT / ARCOUNT            |
//
// The four counts are not stored: they are the sizes of the message's sections.
struct DnsHeader {
    std::uint16_t id = 0;
    bool response = false;
    std::uint8_t opcode = 0; // 4 bits
    bool authoritative = false;
    bool truncated = false;
    bool recursionDesired = false;
    bool recursionAvailable = false;
    bool z = false;
    bool authenticData = false;
    bool checkingDisabled = false;
    std::uint8_t rcode = 0; // low 4 bits; the upper 8 live in the OPT record

    [[nodiscard]] std::uint16_t flags() const;
    void setFlags(std::uint16_t flags);

    bool operator==(const DnsHeader&) const = default;
};

// One entry of the question section (RFC 1035 section 4.1.2).
struct DnsQuestion {
    DnsName name;
    DnsType type = DnsType::A;
    DnsClass qclass = DnsClass::IN;

    // dig's form: ";www.foobar.com. IN A".
    [[nodiscard]] std::string toPresentation() const;

    bool operator==(const DnsQuestion&) const = default;
};

// Typed RDATA. The record type follows from the alternative held; DnsRawRdata carries its own
// type for everything else (RFC 3597), including A/AAAA outside class IN.
struct DnsARdata {
    Ipv4Address address;
    bool operator==(const DnsARdata&) const = default;
};
struct DnsAaaaRdata {
    Ipv6Address address;
    bool operator==(const DnsAaaaRdata&) const = default;
};
struct DnsNsRdata {
    DnsName host;
    bool operator==(const DnsNsRdata&) const = default;
};
struct DnsCnameRdata {
    DnsName target;
    bool operator==(const DnsCnameRdata&) const = default;
};
struct DnsPtrRdata {
    DnsName target;
    bool operator==(const DnsPtrRdata&) const = default;
};
struct DnsSoaRdata {
    DnsName mname; // primary name server
    DnsName rname; // mailbox of the person responsible, '@' written as the first dot
    std::uint32_t serial = 0;
    std::uint32_t refresh = 0;
    std::uint32_t retry = 0;
    std::uint32_t expire = 0;
    std::uint32_t minimum = 0; // negative-caching TTL (RFC 2308)
    bool operator==(const DnsSoaRdata&) const = default;
};
struct DnsMxRdata {
    std::uint16_t preference = 0;
    DnsName exchange;
    bool operator==(const DnsMxRdata&) const = default;
};
struct DnsTxtRdata {
    std::vector<std::string> strings; // each at most 255 bytes
    bool operator==(const DnsTxtRdata&) const = default;
};
struct DnsSrvRdata {
    std::uint16_t priority = 0;
    std::uint16_t weight = 0;
    std::uint16_t port = 0;
    DnsName target;
    bool operator==(const DnsSrvRdata&) const = default;
};
struct DnsEdnsOption {
    std::uint16_t code = 0;
    std::vector<std::uint8_t> data;
    bool operator==(const DnsEdnsOption&) const = default;
};
// The OPT pseudo-record (RFC 6891 section 6.1.2/6.1.3). Its CLASS is the UDP payload size and
// its TTL packs the extended RCODE, the version and the flags:
//
//     +---------------+---------------+--+-----------------------------+
//     | EXTENDED-RCODE|    VERSION    |DO|              Z              |
//     +---------------+---------------+--+-----------------------------+
//
// The encoder writes CLASS and TTL from these fields; the record's own rclass/ttl mirror them
// after decoding.
struct DnsOptRdata {
    std::uint16_t udpPayloadSize = 1232;
    std::uint8_t extendedRcode = 0;
    std::uint8_t version = 0;
    bool dnssecOk = false;
    std::uint16_t z = 0; // the 15 bits after DO
    std::vector<DnsEdnsOption> options;

    [[nodiscard]] std::uint32_t packedTtl() const;
    bool operator==(const DnsOptRdata&) const = default;
};
struct DnsRawRdata {
    std::uint16_t type = 0;
    std::vector<std::uint8_t> bytes;
    bool operator==(const DnsRawRdata&) const = default;
};

using DnsRdata =
    std::variant<DnsARdata, DnsAaaaRdata, DnsNsRdata, DnsCnameRdata, DnsPtrRdata, DnsSoaRdata,
                 DnsMxRdata, DnsTxtRdata, DnsSrvRdata, DnsOptRdata, DnsRawRdata>;

// One resource record (RFC 1035 section 4.1.3):
//
//     NAME (variable) | TYPE (16) | CLASS (16) | TTL (32) | RDLENGTH (16) | RDATA (RDLENGTH)
struct DnsRecord {
    DnsName name;
    DnsClass rclass = DnsClass::IN;
    std::uint32_t ttl = 0;
    DnsRdata rdata = DnsRawRdata{};

    [[nodiscard]] DnsType type() const;

    // Presentation form as dig prints it: "www.foobar.com. 300 IN CNAME foobar.com.".
    [[nodiscard]] std::string toPresentation() const;
    // Just the RDATA part: "foobar.com.", "10 mail.foobar.com.", "\"v=spf1 -all\"".
    [[nodiscard]] std::string rdataToPresentation() const;

    [[nodiscard]] static DnsRecord a(DnsName name, std::uint32_t ttl, Ipv4Address address);
    [[nodiscard]] static DnsRecord aaaa(DnsName name, std::uint32_t ttl, Ipv6Address address);
    [[nodiscard]] static DnsRecord ns(DnsName name, std::uint32_t ttl, DnsName host);
    [[nodiscard]] static DnsRecord cname(DnsName name, std::uint32_t ttl, DnsName target);
    [[nodiscard]] static DnsRecord ptr(DnsName name, std::uint32_t ttl, DnsName target);
    [[nodiscard]] static DnsRecord mx(DnsName name, std::uint32_t ttl, std::uint16_t preference,
                                      DnsName exchange);
    [[nodiscard]] static DnsRecord txt(DnsName name, std::uint32_t ttl,
                                       std::vector<std::string> strings);
    [[nodiscard]] static DnsRecord srv(DnsName name, std::uint32_t ttl, std::uint16_t priority,
                                       std::uint16_t weight, std::uint16_t port, DnsName target);
    [[nodiscard]] static DnsRecord soa(DnsName name, std::uint32_t ttl, DnsSoaRdata soa);
    [[nodiscard]] static DnsRecord opt(DnsOptRdata opt);

    bool operator==(const DnsRecord&) const = default;
};

struct DnsDecodeResult;

// A whole DNS message (RFC 1035 section 4.1):
//
//     +---------------------+
//     |        Header       |  12 bytes
//     +---------------------+
//     |       Question      |  what is asked
//     +---------------------+
//     |        Answer       |  records answering it
//     +---------------------+
//     |      Authority      |  records pointing toward the authority (NS, SOA)
//     +---------------------+
//     |      Additional     |  helpful extras (glue addresses, the OPT record)
//     +---------------------+
struct DnsMessage {
    DnsHeader header;
    std::vector<DnsQuestion> questions;
    std::vector<DnsRecord> answers;
    std::vector<DnsRecord> authorities;
    std::vector<DnsRecord> additionals;

    [[nodiscard]] static DnsDecodeResult decode(std::span<const std::uint8_t> bytes);
    // Encodes with name compression. Fails (nullopt, problem set) only when something cannot
    // be represented: a section or RDATA over 65535 bytes, a TXT string over 255 bytes.
    [[nodiscard]] std::optional<std::vector<std::uint8_t>>
    encode(std::string* problem = nullptr) const;
    // Encodes a reply that must fit `maxSize` bytes (512 over plain UDP, RFC 1035 section
    // 4.2.1, or the requester's EDNS payload size). Additional records (except OPT) go first
    // without setting TC; if answers or authority records must go, TC is set (RFC 2181
    // section 9) and only the question and OPT remain.
    [[nodiscard]] std::optional<std::vector<std::uint8_t>>
    encodeTruncated(std::size_t maxSize, std::string* problem = nullptr) const;

    // The OPT record among the additionals, if any (RFC 6891).
    [[nodiscard]] const DnsOptRdata* edns() const;
    // The 12-bit RCODE: header bits plus the OPT record's extended bits.
    [[nodiscard]] DnsRcode rcode() const;
    // Sets both halves; an RCODE above 15 needs an OPT record (one is added).
    void setRcode(DnsRcode rcode);

    // A query as a stub resolver sends it; an EDNS payload size adds an OPT record.
    [[nodiscard]] static DnsMessage query(std::uint16_t id, DnsName name, DnsType type,
                                          DnsClass qclass = DnsClass::IN,
                                          bool recursionDesired = true,
                                          std::optional<std::uint16_t> ednsPayloadSize = {});
    // The skeleton of a reply: same ID, opcode, RD, CD and questions, QR set, no records. When
    // the query carried OPT the reply carries one too (RFC 6891 section 6.1.1).
    [[nodiscard]] static DnsMessage responseTo(const DnsMessage& query,
                                               std::uint16_t ednsPayloadSize = 1232);

    bool operator==(const DnsMessage&) const = default;
};

// The outcome of DnsMessage::decode.
struct DnsDecodeResult {
    std::optional<DnsMessage> message; // set exactly when problem is empty
    std::string problem;               // "answer 2: compression pointer at byte 45 ..."
    std::size_t problemOffset = 0;     // byte offset in the message where decoding stopped
    std::size_t length = 0;            // bytes the message used (trailing bytes are ignored)

    [[nodiscard]] bool ok() const { return problem.empty(); }
};

// Outcome of reading one question or record in place; offsets are message-relative.
struct DnsQuestionRead {
    DnsQuestion question;
    std::size_t nameLength = 0; // bytes of the name at its place
    std::size_t length = 0;     // bytes of the whole entry
    std::string problem;
    std::size_t problemOffset = 0;
    [[nodiscard]] bool ok() const { return problem.empty(); }
};
struct DnsRecordRead {
    DnsRecord record;
    std::uint16_t rawClass = 0;
    std::size_t nameLength = 0;
    std::size_t rdataOffset = 0;
    std::size_t rdataLength = 0;
    std::size_t length = 0;
    std::string problem;
    std::size_t problemOffset = 0;
    [[nodiscard]] bool ok() const { return problem.empty(); }
};

[[nodiscard]] DnsQuestionRead readDnsQuestion(std::span<const std::uint8_t> message,
                                              std::size_t offset);
[[nodiscard]] DnsRecordRead readDnsRecord(std::span<const std::uint8_t> message,
                                          std::size_t offset);

} // namespace hopscope::wire
