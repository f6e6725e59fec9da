// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "app_dissectors.h"
#include "byte_reader.h"
#include "dns_message.h"
#include "field_list.h"
#include "wireshark_text.h"

#include <algorithm>
#include <string>
#include <string_view>

// The DNS layer as Wireshark 4.0's packet-dns.c lays it out: the same tree, the same display
// filter names and the same `tshark -T fields` value text (checked against tshark 4.0.17, see
// tests/wire/test_dns_dissector.cpp), with bit-exact positions and a plain meaning per field.

namespace hopscope::wire {

namespace {

struct TypeText {
    std::uint16_t type;
    const char* shortName; // info column and record summaries
    const char* longName;  // tree: "A (Host Address)"
};

// Wireshark's dns_types_vals / dns_types_description_vals (4.0); note that it swaps MAILA
// and MAILB relative to RFC 1035, and we copy that so the text matches.
constexpr TypeText kTypes[] = {
    {0, "Unused", "Unused"},
    {1, "A", "A (Host Address)"},
    {2, "NS", "NS (authoritative Name Server)"},
    {3, "MD", "MD (Mail Destination)"},
    {4, "MF", "MF (Mail Forwarder)"},
    {5, "CNAME", "CNAME (Canonical NAME for an alias)"},
    {6, "SOA", "SOA (Start Of a zone of Authority)"},
    {7, "MB", "MB (MailBox domain name)"},
    {8, "MG", "MG (Mail Group member)"},
    {9, "MR", "MR (Mail Rename domain)"},
    {10, "NULL", "NULL RR"},
    {11, "WKS", "WKS (Well Known Service)"},
    {12, "PTR", "PTR (domain name PoinTeR)"},
    {13, "HINFO", "HINFO (host information)"},
    {14, "MINFO", "MINFO (Mailbox or mail list information)"},
    {15, "MX", "MX (Mail eXchange)"},
    {16, "TXT", "TXT (Text strings)"},
    {17, "RP", "RP (Responsible Person)"},
    {18, "AFSDB", "AFSDB (AFS Data Base location)"},
    {19, "X25", "X25 (XX.25 PSDN address)"},
    {20, "ISDN", "ISDN (ISDN address)"},
    {21, "RT", "RT (Route Through)"},
    {22, "NSAP", "NSAP (NSAP address)"},
    {23, "NSAP-PTR", "NSAP-PTR (NSAP domain name pointer)"},
    {24, "SIG", "SIG (security signature)"},
    {25, "KEY", "KEY (security key)"},
    {26, "PX", "PX (X.400 mail mapping information)"},
    {27, "GPOS", "GPOS (Geographical Position)"},
    {28, "AAAA", "AAAA (IPv6 Address)"},
    {29, "LOC", "LOC (Location Information)"},
    {30, "NXT", "NXT (Next Domain)"},
    {31, "EID", "EID (Endpoint Identifier)"},
    {32, "NIMLOC", "NIMLOC (Nimrod Locator)"},
    {33, "SRV", "SRV (Server Selection)"},
    {34, "ATMA", "ATMA (ATM Address)"},
    {35, "NAPTR", "NAPTR (Naming Authority Pointer)"},
    {36, "KX", "KX (Key Exchanger)"},
    {37, "CERT", "CERT"},
    {38, "A6", "A6 (OBSOLETE - use AAAA)"},
    {39, "DNAME", "DNAME"},
    {40, "SINK", "SINK"},
    {41, "OPT", "OPT"},
    {42, "APL", "APL"},
    {43, "DS", "DS (Delegation Signer)"},
    {44, "SSHFP", "SSHFP (SSH Key Fingerprint)"},
    {45, "IPSECKEY", "IPSECKEY"},
    {46, "RRSIG", "RRSIG (Resource Record Signature)"},
    {47, "NSEC", "NSEC (Next Secure)"},
    {48, "DNSKEY", "DNSKEY (DNS Public Key)"},
    {49, "DHCID", "DHCID"},
    {50, "NSEC3", "NSEC3"},
    {51, "NSEC3PARAM", "NSEC3PARAM"},
    {52, "TLSA", "TLSA"},
    {55, "HIP", "HIP (Host Identity Protocol)"},
    {57, "RKEY", "RKEY"},
    {58, "TALINK", "TALINK (Trust Anchor LINK)"},
    {59, "CDS", "CDS (Child DS)"},
    {60, "CDNSKEY", "CDNSKEY (DNSKEY(s) the Child wants reflected in DS)"},
    {61, "OPENPGPKEY", "OPENPGPKEY (OpenPGP Key)"},
    {62, "CSYNC", "CSYNC (Child-to-Parent Synchronization)"},
    {63, "ZONEMD", "ZONEMD"},
    {64, "SVCB", "SVCB (General Purpose Service Endpoints)"},
    {65, "HTTPS", "HTTPS (HTTPS Specific Service Endpoints)"},
    {99, "SPF", "SPF"},
    {100, "UINFO", "UINFO"},
    {101, "UID", "UID"},
    {102, "GID", "GID"},
    {103, "UNSPEC", "UNSPEC"},
    {104, "NID", "NID (NodeID)"},
    {105, "L32", "L32 (Locator32)"},
    {106, "L64", "L64 (Locator64)"},
    {107, "LP", "LP (Locator FQDN)"},
    {108, "EUI48", "EUI48"},
    {109, "EUI64", "EUI64"},
    {249, "TKEY", "TKEY (Transaction Key)"},
    {250, "TSIG", "TSIG (Transaction Signature)"},
    {251, "IXFR", "IXFR (incremental transfer)"},
    {252, "AXFR", "AXFR (transfer of an entire zone)"},
    {253, "MAILA", "MAILB (mailbox-related RRs)"},
    {254, "MAILB", "MAILA (mail agent RRs)"},
    {255, "ANY", "* (A request for all records the server/cache has available)"},
    {256, "URI", "URI"},
    {257, "CAA", "CAA (Certification Authority Restriction)"},
    {32768, "TA", "TA (DNSSEC Trust Authorities)"},
    {32769, "DLV", "DLV (DNSSEC Lookaside Validation)"},
};

const TypeText* findType(std::uint16_t type) {
    for (const auto& t : kTypes) {
        if (t.type == type) {
            return &t;
        }
    }
    return nullptr;
}

std::string typeShort(std::uint16_t type) {
    const auto* t = findType(type);
    return t ? std::string(t->shortName) : "Unknown (" + std::to_string(type) + ")";
}

std::string typeDisplay(std::uint16_t type) {
    const auto* t = findType(type);
    return (t ? std::string(t->longName) : std::string("Unknown")) + " (" + std::to_string(type) +
           ")";
}

const char* className(std::uint16_t cls) {
    switch (cls) {
    case 1:
        return "IN";
    case 2:
        return "CS";
    case 3:
        return "CH";
    case 4:
        return "HS";
    case 254:
        return "NONE";
    case 255:
        return "ANY";
    default:
        return "Unknown";
    }
}

const char* rcodeText(std::uint16_t rcode) {
    static constexpr const char* kNames[] = {
        "No error",          "Format error",     "Server failure",
        "No such name",      "Not implemented",  "Refused",
        "Name exists",       "RRset exists",     "RRset does not exist",
        "Not authoritative", "Name out of zone", "DSO-Type not implemented"};
    return rcode < std::size(kNames) ? kNames[rcode] : nullptr;
}

const char* opcodeText(std::uint8_t opcode) {
    switch (opcode) {
    case 0:
        return "Standard query";
    case 1:
        return "Inverse query";
    case 2:
        return "Server status request";
    case 4:
        return "Zone change notification";
    case 5:
        return "Dynamic update";
    case 6:
        return "DNS Stateful operations (DSO)";
    default:
        return nullptr;
    }
}

std::string optionName(std::uint16_t code) {
    switch (code) {
    case 3:
        return "NSID - Name Server Identifier";
    case 5:
        return "DAU - DNSSEC Algorithm Understood (RFC6975)";
    case 6:
        return "DHU - DS Hash Understood (RFC6975)";
    case 7:
        return "N3U - NSEC3 Hash Understood (RFC6975)";
    case 8:
        return "CSUBNET - Client subnet";
    case 9:
        return "EDNS EXPIRE (RFC7314)";
    case 10:
        return "COOKIE";
    case 11:
        return "EDNS TCP Keepalive";
    case 12:
        return "PADDING";
    case 13:
        return "CHAIN";
    case 14:
        return "EDNS Key Tag";
    case 15:
        return "Extended DNS Error";
    default:
        return "Unknown (" + std::to_string(code) + ")";
    }
}

// A name as packet-dns.c builds it: labels joined by '.', no escaping, "<Root>" for the root.
std::string rawName(const DnsName& name) {
    if (name.isRoot()) {
        return "<Root>";
    }
    std::string s;
    for (const auto& l : name.labels()) {
        if (!s.empty()) {
            s.push_back('.');
        }
        s += l;
    }
    return s;
}

std::string shownName(const DnsName& name) {
    return wiresharkFormatText(rawName(name));
}

std::string dec(std::uint64_t v) {
    return FieldList::dec(v);
}
std::string hex16(std::uint16_t v) {
    return FieldList::hex(v, 4);
}

// What one record adds to the info column: " A 192.0.2.1", " CNAME foobar.com".
void appendRecordInfo(std::string& info, const DnsRecordRead& rr) {
    info += ' ';
    info += typeShort(static_cast<std::uint16_t>(rr.record.type()));
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, DnsARdata> || std::is_same_v<T, DnsAaaaRdata>) {
                info += ' ';
                info += v.address.toString();
            } else if constexpr (std::is_same_v<T, DnsNsRdata>) {
                info += ' ' + shownName(v.host);
            } else if constexpr (std::is_same_v<T, DnsCnameRdata> ||
                                 std::is_same_v<T, DnsPtrRdata>) {
                info += ' ' + shownName(v.target);
            } else if constexpr (std::is_same_v<T, DnsSoaRdata>) {
                info += ' ' + shownName(v.mname);
            } else if constexpr (std::is_same_v<T, DnsMxRdata>) {
                info += ' ' + dec(v.preference) + ' ' + shownName(v.exchange);
            } else if constexpr (std::is_same_v<T, DnsSrvRdata>) {
                info += ' ' + dec(v.priority) + ' ' + dec(v.weight) + ' ' + dec(v.port) + ' ' +
                        shownName(v.target);
            } else if constexpr (std::is_same_v<T, DnsTxtRdata> || std::is_same_v<T, DnsOptRdata>) {
                // Wireshark adds nothing for these.
            } else {
                // RFC 3597: Wireshark still shows an address for A/AAAA outside class IN.
                if (v.type == 1 && v.bytes.size() == 4) {
                    info += ' ';
                    info += Ipv4Address::fromBytes(v.bytes).value_or(Ipv4Address{}).toString();
                } else if (v.type == 28 && v.bytes.size() == 16) {
                    info += ' ';
                    info += Ipv6Address::fromBytes(v.bytes).value_or(Ipv6Address{}).toString();
                }
            }
        },
        rr.record.rdata);
}

// Decodes one DNS message located at `base` in the frame: its info column text and problem,
// and with `full` its fields.
class DnsLayerBuilder {
public:
    DnsLayerBuilder(std::span<const std::uint8_t> message, std::size_t base, Layer& layer,
                    bool full)
        : m_msg(message), m_base(base), m_layer(layer), m_full(full) {}

    // Returns the problem text (empty when the message decoded cleanly) and fills `info`.
    std::string build(std::string& info);

private:
    std::size_t at(std::size_t messageOffset) const { return m_base + messageOffset; }
    void header(std::uint16_t id, std::uint16_t flags, const std::uint16_t counts[4]);
    void question(FieldList& list, const DnsQuestionRead& q, std::size_t pos);
    void record(FieldList& list, const DnsRecordRead& rr, std::size_t pos);
    void nameField(FieldList& list, const char* label, const char* filter, std::size_t pos,
                   std::size_t length, const DnsName& name, const char* meaning);

    std::span<const std::uint8_t> m_msg;
    std::size_t m_base;
    Layer& m_layer;
    bool m_full;
};

void DnsLayerBuilder::header(std::uint16_t id, std::uint16_t flags, const std::uint16_t counts[4]) {
    FieldList top(m_layer.fields);
    DnsHeader h;
    h.setFlags(flags);
    top.bytes("Transaction ID", "dns.id", at(0), 2, hex16(id), {},
              "A number chosen by the asker and copied into the reply, so the reply can be "
              "matched to its question.");

    const char* op = opcodeText(h.opcode);
    std::string summary = hex16(flags) + ' ' + (op ? op : "Unknown operation");
    if (h.response) {
        summary += " response, ";
        const char* rc = rcodeText(h.rcode);
        summary += rc ? rc : "Unknown error";
    }
    Field& flagsField = top.bytes("Flags", "dns.flags", at(2), 2, hex16(flags), summary,
                                  "Sixteen bits saying whether this is a question or an answer, "
                                  "what kind, and how it went.");
    FieldList f(flagsField.children);
    const std::size_t b0 = at(2);
    const std::size_t b1 = at(3);
    f.add("Response", "dns.flags.response", b0, 0, 1, h.response ? "1" : "0",
          h.response ? "Message is a response" : "Message is a query",
          "QR bit: 0 for a question, 1 for an answer.");
    f.add("Opcode", "dns.flags.opcode", b0, 1, 4, dec(h.opcode),
          std::string(op ? op : "Unknown") + " (" + dec(h.opcode) + ")",
          "What kind of request this is; almost always 0, an ordinary lookup.");
    if (h.response) {
        f.add("Authoritative", "dns.flags.authoritative", b0, 5, 1, h.authoritative ? "1" : "0",
              h.authoritative ? "Server is an authority for domain"
                              : "Server is not an authority for domain",
              "AA bit: set when the answer comes from a server in charge of the name, not from "
              "a cache.");
    }
    f.add("Truncated", "dns.flags.truncated", b0, 6, 1, h.truncated ? "1" : "0",
          h.truncated ? "Message is truncated" : "Message is not truncated",
          "TC bit: the full answer did not fit, so the asker should retry over TCP.");
    f.add("Recursion desired", "dns.flags.recdesired", b0, 7, 1, h.recursionDesired ? "1" : "0",
          h.recursionDesired ? "Do query recursively" : "Don't do query recursively",
          "RD bit: the asker wants the server to chase the answer down on its behalf.");
    if (h.response) {
        f.add("Recursion available", "dns.flags.recavail", b1, 0, 1,
              h.recursionAvailable ? "1" : "0",
              h.recursionAvailable ? "Server can do recursive queries"
                                   : "Server can't do recursive queries",
              "RA bit: the server is willing to chase answers for its clients.");
    }
    f.add("Z", "dns.flags.z", b1, 1, 1, h.z ? "1" : "0",
          h.z ? "reserved - incorrect!" : "reserved (0)", "A reserved bit that must be zero.");
    if (h.response) {
        f.add("Answer authenticated", "dns.flags.authenticated", b1, 2, 1,
              h.authenticData ? "1" : "0",
              h.authenticData ? "Answer/authority portion was authenticated by the server"
                              : "Answer/authority portion was not authenticated by the server",
              "AD bit: the server checked the answer's DNSSEC signatures.");
    } else if (h.authenticData) {
        f.add("AD bit", "dns.flags.authenticated", b1, 2, 1, "1", "Set",
              "AD bit in a question: the asker wants to know whether the answer was "
              "DNSSEC-validated.");
    }
    f.add("Non-authenticated data", "dns.flags.checkdisable", b1, 3, 1,
          h.checkingDisabled ? "1" : "0", h.checkingDisabled ? "Acceptable" : "Unacceptable",
          "CD bit: the asker will accept answers whose signatures were not checked.");
    if (h.response) {
        const char* rc = rcodeText(h.rcode);
        f.add("Reply code", "dns.flags.rcode", b1, 4, 4, dec(h.rcode),
              std::string(rc ? rc : "Unknown") + " (" + dec(h.rcode) + ")",
              "How the lookup went: 0 no error, 3 the name does not exist, 2 the server "
              "failed, 5 it refused.");
    }

    // RFC 2136 renames the sections of an UPDATE message, and Wireshark follows.
    const bool update = h.opcode == 5;
    struct Count {
        const char* name;
        const char* filter;
        const char* meaning;
    };
    const Count names[4] = {
        update ? Count{"Zones", "dns.count.zones", "How many zones this update changes."}
               : Count{"Questions", "dns.count.queries",
                       "How many questions follow (nearly always one)."},
        update
            ? Count{"Prerequisites", "dns.count.prerequisites",
                    "How many conditions must hold before the update is applied."}
            : Count{"Answer RRs", "dns.count.answers", "How many records in the answer section."},
        update ? Count{"Updates", "dns.count.updates", "How many records to add or delete."}
               : Count{"Authority RRs", "dns.count.auth_rr",
                       "How many records in the authority section, which points toward the "
                       "servers in charge."},
        Count{"Additional RRs", "dns.count.add_rr",
              "How many extra records ride along, such as addresses of the servers named above "
              "or the EDNS OPT record."},
    };
    for (int i = 0; i < 4; ++i) {
        top.bytes(names[i].name, names[i].filter, at(4 + 2 * static_cast<std::size_t>(i)), 2,
                  dec(counts[i]), {}, names[i].meaning);
    }
}

void DnsLayerBuilder::nameField(FieldList& list, const char* label, const char* filter,
                                std::size_t pos, std::size_t length, const DnsName& name,
                                const char* meaning) {
    list.bytes(label, filter, at(pos), length, wiresharkFieldEscape(shownName(name)), {}, meaning);
}

void DnsLayerBuilder::question(FieldList& list, const DnsQuestionRead& q, std::size_t pos) {
    const auto type = static_cast<std::uint16_t>(q.question.type);
    const auto cls = static_cast<std::uint16_t>(q.question.qclass);
    const std::string name = shownName(q.question.name);
    Field& node = list.bytes("Query", "", at(pos), q.length, {},
                             name + ": type " + typeShort(type) + ", class " + className(cls),
                             "One question: a name and the type of record wanted for it.");
    FieldList f(node.children);
    nameField(f, "Name", "dns.qry.name", pos, q.nameLength, q.question.name,
              "The domain name being looked up.");
    // packet-dns.c counts the unescaped name, and reports 0 for names of one character.
    const std::string raw = rawName(q.question.name);
    const std::size_t len = raw.size() > 1 ? raw.size() : 0;
    const std::size_t labels =
        raw.size() > 1 ? static_cast<std::size_t>(std::count(raw.begin(), raw.end(), '.')) + 1 : 0;
    f.bytes("Name Length", "dns.qry.name.len", at(pos), q.nameLength, dec(len), {},
            "How many characters the name has (computed, not on the wire).");
    f.bytes("Label Count", "dns.count.labels", at(pos), q.nameLength, dec(labels), {},
            "How many dot-separated parts the name has (computed, not on the wire).");
    f.bytes("Type", "dns.qry.type", at(pos + q.nameLength), 2, dec(type), typeDisplay(type),
            "Which kind of record is wanted: A for an IPv4 address, AAAA for IPv6, NS for name "
            "servers, MX for mail ...");
    f.bytes("Class", "dns.qry.class", at(pos + q.nameLength + 2), 2, hex16(cls),
            std::string(className(cls)) + " (" + hex16(cls) + ")",
            "Which network family the name belongs to; IN (Internet) in practice.");
}

void DnsLayerBuilder::record(FieldList& list, const DnsRecordRead& rr, std::size_t pos) {
    const auto type = static_cast<std::uint16_t>(rr.record.type());
    const auto cls = rr.rawClass;
    const std::string owner = shownName(rr.record.name);
    const bool isOpt = std::holds_alternative<DnsOptRdata>(rr.record.rdata);
    const std::size_t typeAt = pos + rr.nameLength;
    const std::size_t rd = rr.rdataOffset;
    std::string summary = owner + ": type " + typeShort(type);
    if (!isOpt) {
        summary += std::string(", class ") + className(cls);
    }
    Field& node = list.bytes("Record", "", at(pos), rr.length, {}, {},
                             "One resource record: a name, its type, how long it may be cached, "
                             "and its data.");
    FieldList f(node.children);

    // SRV owners are _service._proto.name (RFC 2782), and Wireshark shows the three parts.
    if (type == static_cast<std::uint16_t>(DnsType::SRV)) {
        const std::string raw = rawName(rr.record.name);
        const auto dot1 = raw.find('.');
        const auto dot2 = dot1 == std::string::npos ? std::string::npos : raw.find('.', dot1 + 1);
        f.bytes("Service", "dns.srv.service", at(pos), rr.nameLength,
                wiresharkFieldEscape(wiresharkFormatText(raw.substr(0, dot1))), {},
                "The service offered, such as _sip or _xmpp-server.");
        if (dot1 != std::string::npos) {
            f.bytes(
                "Protocol", "dns.srv.proto", at(pos), rr.nameLength,
                wiresharkFieldEscape(wiresharkFormatText(raw.substr(dot1 + 1, dot2 - dot1 - 1))),
                {}, "The transport the service runs over, _tcp or _udp.");
        }
        if (dot2 != std::string::npos) {
            f.bytes("Name", "dns.srv.name", at(pos), rr.nameLength,
                    wiresharkFieldEscape(wiresharkFormatText(raw.substr(dot2 + 1))), {},
                    "The domain offering the service.");
        }
    } else {
        nameField(f, "Name", "dns.resp.name", pos, rr.nameLength, rr.record.name,
                  "The domain name this record is about.");
    }
    f.bytes("Type", "dns.resp.type", at(typeAt), 2, dec(type), typeDisplay(type),
            "The kind of record: A holds an IPv4 address, CNAME an alias, NS a name server ...");

    if (const auto* opt = std::get_if<DnsOptRdata>(&rr.record.rdata)) {
        f.bytes("UDP payload size", "dns.rr.udp_payload_size", at(typeAt + 2), 2,
                dec(opt->udpPayloadSize), {},
                "EDNS: the largest UDP reply the sender can receive, in bytes (the old limit "
                "was 512).");
        f.bytes("Higher bits in extended RCODE", "dns.resp.ext_rcode", at(typeAt + 4), 1,
                FieldList::hex(opt->extendedRcode, 2), {},
                "EDNS: eight more bits for the reply code, for codes above 15.");
        f.bytes("EDNS0 version", "dns.resp.edns0_version", at(typeAt + 5), 1, dec(opt->version), {},
                "EDNS: the version of the extension mechanism; 0 is the only one defined.");
        const auto z = static_cast<std::uint16_t>((opt->dnssecOk ? 0x8000 : 0) | opt->z);
        Field& zf = f.bytes("Z", "dns.resp.z", at(typeAt + 6), 2, hex16(z), {},
                            "EDNS: flag bits; only the first, DO, is defined.");
        FieldList zl(zf.children);
        zl.add("DO bit", "dns.resp.z.do", at(typeAt + 6), 0, 1, opt->dnssecOk ? "1" : "0",
               opt->dnssecOk ? "Accepts DNSSEC security RRs" : "Cannot handle DNSSEC security RRs",
               "DNSSEC OK: the asker wants DNSSEC signatures included in the reply.");
        zl.add("Reserved", "dns.resp.z.reserved", at(typeAt + 6), 1, 15, hex16(opt->z), {},
               "Reserved flag bits that must be zero.");
    } else {
        f.bytes("Class", "dns.resp.class", at(typeAt + 2), 2, hex16(cls),
                std::string(className(cls)) + " (" + hex16(cls) + ")",
                "Which network family the record belongs to; IN (Internet) in practice.");
        f.bytes("Time to live", "dns.resp.ttl", at(typeAt + 4), 4, dec(rr.record.ttl),
                dec(rr.record.ttl) + " (" + wiresharkDuration(rr.record.ttl) + ")",
                "How long, in seconds, a resolver may keep this answer in its cache.");
    }
    f.bytes("Data length", "dns.resp.len", at(typeAt + 8), 2, dec(rr.rdataLength), {},
            "How many bytes of record data follow.");

    auto nameAt = [&](std::size_t p) { return readDnsName(m_msg, p).length; };
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, DnsARdata>) {
                const auto text = v.address.toString();
                f.bytes("Address", "dns.a", at(rd), 4, text, {},
                        "The IPv4 address the name stands for.");
                summary += ", addr " + text;
            } else if constexpr (std::is_same_v<T, DnsAaaaRdata>) {
                const auto text = v.address.toString();
                f.bytes("AAAA Address", "dns.aaaa", at(rd), 16, text, {},
                        "The IPv6 address the name stands for.");
                summary += ", addr " + text;
            } else if constexpr (std::is_same_v<T, DnsNsRdata>) {
                nameField(f, "Name Server", "dns.ns", rd, rr.rdataLength, v.host,
                          "A server that knows the answers for this domain.");
                summary += ", ns " + shownName(v.host);
            } else if constexpr (std::is_same_v<T, DnsCnameRdata>) {
                nameField(f, "CNAME", "dns.cname", rd, rr.rdataLength, v.target,
                          "The real (canonical) name this name is an alias for; the lookup "
                          "continues there.");
                summary += ", cname " + shownName(v.target);
            } else if constexpr (std::is_same_v<T, DnsPtrRdata>) {
                nameField(f, "Domain Name", "dns.ptr.domain_name", rd, rr.rdataLength, v.target,
                          "The name this address (or pointer) leads back to.");
                summary += ", " + shownName(v.target);
            } else if constexpr (std::is_same_v<T, DnsSoaRdata>) {
                const std::size_t m = nameAt(rd);
                const std::size_t r = nameAt(rd + m);
                const std::size_t n = rd + m + r;
                nameField(f, "Primary name server", "dns.soa.mname", rd, m, v.mname,
                          "The main server for this zone.");
                nameField(f, "Responsible authority's mailbox", "dns.soa.rname", rd + m, r, v.rname,
                          "The zone administrator's e-mail address, with the @ written as a dot.");
                f.bytes("Serial Number", "dns.soa.serial_number", at(n), 4, dec(v.serial), {},
                        "The zone's version number; secondaries copy the zone when it grows.");
                f.bytes("Refresh Interval", "dns.soa.refresh_interval", at(n + 4), 4,
                        dec(v.refresh), dec(v.refresh) + " (" + wiresharkDuration(v.refresh) + ")",
                        "How often secondary servers check for a new version, in seconds.");
                f.bytes("Retry Interval", "dns.soa.retry_interval", at(n + 8), 4, dec(v.retry),
                        dec(v.retry) + " (" + wiresharkDuration(v.retry) + ")",
                        "How long a secondary waits before retrying a failed check, in seconds.");
                f.bytes("Expire limit", "dns.soa.expire_limit", at(n + 12), 4, dec(v.expire),
                        dec(v.expire) + " (" + wiresharkDuration(v.expire) + ")",
                        "How long a secondary keeps answering without reaching the primary.");
                f.bytes("Minimum TTL", "dns.soa.minimum_ttl", at(n + 16), 4, dec(v.minimum),
                        dec(v.minimum) + " (" + wiresharkDuration(v.minimum) + ")",
                        "How long a resolver may cache a \"no such name\" answer, in seconds.");
                summary += ", mname " + shownName(v.mname);
            } else if constexpr (std::is_same_v<T, DnsMxRdata>) {
                f.bytes("Preference", "dns.mx.preference", at(rd), 2, dec(v.preference), {},
                        "Lower numbers are tried first when several mail servers are listed.");
                nameField(f, "Mail Exchange", "dns.mx.mail_exchange", rd + 2, rr.rdataLength - 2,
                          v.exchange, "A server that accepts mail for this domain.");
                summary += ", preference " + dec(v.preference) + ", mx " + shownName(v.exchange);
            } else if constexpr (std::is_same_v<T, DnsTxtRdata>) {
                std::size_t p = rd;
                for (const auto& s : v.strings) {
                    f.bytes("TXT Length", "dns.txt.length", at(p), 1, dec(s.size()), {},
                            "How many bytes the next text string has.");
                    f.bytes("TXT", "dns.txt", at(p + 1), s.size(),
                            wiresharkFieldEscape(wiresharkAsciiText(s)), {},
                            "Free-form text, often used to prove who owns a domain or for mail "
                            "policy (SPF).");
                    p += 1 + s.size();
                }
            } else if constexpr (std::is_same_v<T, DnsSrvRdata>) {
                f.bytes("Priority", "dns.srv.priority", at(rd), 2, dec(v.priority), {},
                        "Lower numbers are tried first.");
                f.bytes("Weight", "dns.srv.weight", at(rd + 2), 2, dec(v.weight), {},
                        "Among equal priorities, how much of the load this server should get.");
                f.bytes("Port", "dns.srv.port", at(rd + 4), 2, dec(v.port), {},
                        "The port the service listens on.");
                nameField(f, "Target", "dns.srv.target", rd + 6, rr.rdataLength - 6, v.target,
                          "The host that runs the service.");
                summary += ", priority " + dec(v.priority) + ", weight " + dec(v.weight) +
                           ", port " + dec(v.port) + ", target " + shownName(v.target);
            } else if constexpr (std::is_same_v<T, DnsOptRdata>) {
                std::size_t p = rd;
                for (const auto& o : v.options) {
                    Field& of = f.bytes("Option", "dns.opt", at(p), 4 + o.data.size(), "1",
                                        optionName(o.code),
                                        "One EDNS option: a code, a length and its data.");
                    FieldList ol(of.children);
                    ol.bytes("Option Code", "dns.opt.code", at(p), 2, dec(o.code),
                             optionName(o.code) + " (" + dec(o.code) + ")",
                             "Which EDNS option this is (10 is a cookie, 12 padding ...).");
                    ol.bytes("Option Length", "dns.opt.len", at(p + 2), 2, dec(o.data.size()), {},
                             "How many bytes of option data follow.");
                    ol.bytes("Option Data", "dns.opt.data", at(p + 4), o.data.size(),
                             o.data.empty() ? "<MISSING>" : FieldList::hexBytes(o.data), {},
                             "The option's contents.");
                    p += 4 + o.data.size();
                }
            } else {
                // RFC 3597: Wireshark still shows an address for A/AAAA outside class IN.
                if (v.type == 1 && v.bytes.size() == 4) {
                    const auto text =
                        Ipv4Address::fromBytes(v.bytes).value_or(Ipv4Address{}).toString();
                    f.bytes("Address", "dns.a", at(rd), 4, text, {},
                            "The IPv4 address the name stands for.");
                    summary += ", addr " + text;
                } else if (v.type == 28 && v.bytes.size() == 16) {
                    const auto text =
                        Ipv6Address::fromBytes(v.bytes).value_or(Ipv6Address{}).toString();
                    f.bytes("AAAA Address", "dns.aaaa", at(rd), 16, text, {},
                            "The IPv6 address the name stands for.");
                    summary += ", addr " + text;
                } else if (!v.bytes.empty()) {
                    f.bytes("Data", "", at(rd), v.bytes.size(), FieldList::hexBytes(v.bytes), {},
                            "Record data of a type this inspector does not break down.");
                }
            }
        },
        rr.record.rdata);
    node.display = summary;
}

std::string DnsLayerBuilder::build(std::string& info) {
    ByteReader r(m_msg);
    const auto id = r.u16be();
    const auto flags = r.u16be();
    const std::uint16_t counts[4] = {r.u16be(), r.u16be(), r.u16be(), r.u16be()};
    if (!r.ok()) {
        return "DNS header cut off: " + std::to_string(m_msg.size()) +
               " bytes where 12 are needed, at byte " + std::to_string(at(0));
    }
    if (m_full) {
        header(id, flags, counts);
    }
    DnsHeader h;
    h.setFlags(flags);
    const char* op = opcodeText(h.opcode);
    info = op ? op : "Unknown operation (" + dec(h.opcode) + ")";
    if (h.response) {
        info += " response";
    }
    info += ' ' + hex16(id);
    if (h.response && h.rcode != 0) {
        const char* rc = rcodeText(h.rcode);
        info += ' ' + (rc ? std::string(rc) : "Unknown error (" + dec(h.rcode) + ")");
    }

    // A section is a field whose length is known once its last entry is read; a summary
    // reads the entries for the info column and the checks, but keeps no fields.
    std::vector<Field> none;
    std::size_t pos = 12;
    auto openSection = [&](const char* name, const char* meaning) {
        return m_full ? &FieldList(m_layer.fields).bytes(name, "", at(pos), 0, {}, {}, meaning)
                      : nullptr;
    };
    auto closeSection = [&](Field* section, std::size_t start) {
        if (section != nullptr) {
            section->bitLength = (pos - start) * 8;
        }
    };

    if (counts[0] > 0) {
        Field* section = openSection(h.opcode == 5 ? "Zone" : "Queries",
                                     "The question section: what is being asked.");
        const std::size_t start = pos;
        FieldList list(section != nullptr ? section->children : none);
        for (std::size_t i = 0; i < counts[0]; ++i) {
            auto q = readDnsQuestion(m_msg, pos);
            if (!q.ok()) {
                closeSection(section, start);
                return "question " + std::to_string(i + 1) + ": " + q.problem +
                       " (DNS message starts at frame byte " + std::to_string(m_base) + ")";
            }
            if (m_full) {
                question(list, q, pos);
            }
            info += ' ';
            info += typeShort(static_cast<std::uint16_t>(q.question.type));
            info += ' ';
            info += shownName(q.question.name);
            pos += q.length;
        }
        closeSection(section, start);
    }
    static constexpr const char* kSections[] = {"Answers", "Authoritative nameservers",
                                                "Additional records"};
    static constexpr const char* kMeanings[] = {
        "The answer section: records that answer the question.",
        "The authority section: name servers (or the zone's SOA) closer to the answer.",
        "The additional section: helpful extras such as addresses of the name servers above."};
    for (int s = 0; s < 3; ++s) {
        if (counts[s + 1] == 0) {
            continue;
        }
        Field* section = openSection(kSections[s], kMeanings[s]);
        const std::size_t start = pos;
        FieldList list(section != nullptr ? section->children : none);
        for (std::size_t i = 0; i < counts[s + 1]; ++i) {
            auto rr = readDnsRecord(m_msg, pos);
            if (!rr.ok()) {
                closeSection(section, start);
                return std::string(kSections[s]) + " record " + std::to_string(i + 1) + ": " +
                       rr.problem + " (DNS message starts at frame byte " + std::to_string(m_base) +
                       ")";
            }
            if (m_full) {
                record(list, rr, pos);
            }
            appendRecordInfo(info, rr);
            pos += rr.length;
        }
        closeSection(section, start);
    }
    return {};
}

} // namespace

bool dissectDns(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                bool overTcp, Dissection& out, DissectDetail detail) {
    const bool full = detail == DissectDetail::Full;
    out.protocol = "DNS";
    if (offset > frame.size() || length > frame.size() - offset) {
        out.problem = "DNS payload of " + std::to_string(length) + " bytes at byte " +
                      std::to_string(offset) + " lies outside the " + std::to_string(frame.size()) +
                      "-byte frame";
        return false;
    }
    const auto payload = frame.subspan(offset, length);
    std::size_t pos = 0;
    std::string allInfo;
    // Over TCP one segment may carry several length-prefixed messages (RFC 7766 section 6.2.1.1).
    do {
        Layer layer;
        layer.protocol = "dns";
        layer.name = "Domain Name System";
        layer.osi = OsiLayer::Application;
        layer.tcpip = TcpIpLayer::Application;
        layer.byteOffset = offset + pos;
        std::span<const std::uint8_t> message = payload.subspan(pos);
        std::size_t base = offset + pos;
        std::string problem;
        if (overTcp) {
            if (message.size() < 2) {
                problem = "DNS-over-TCP length prefix cut off at byte " + std::to_string(base);
            } else {
                const std::size_t len = (static_cast<std::size_t>(message[0]) << 8) | message[1];
                if (full) {
                    FieldList(layer.fields)
                        .bytes("Length", "dns.length", base, 2, dec(len), {},
                               "Over TCP each DNS message is preceded by its length, because TCP "
                               "is a byte stream without message boundaries.");
                }
                if (message.size() - 2 < len) {
                    problem = "DNS message of " + std::to_string(len) + " bytes at byte " +
                              std::to_string(base + 2) + " continues past this segment (" +
                              std::to_string(message.size() - 2) + " bytes here)";
                    message = message.subspan(2);
                } else {
                    message = message.subspan(2, len);
                }
                base += 2;
            }
        }
        std::string info;
        if (problem.empty() || message.size() >= 12) {
            DnsLayerBuilder builder(message, base, layer, full);
            const std::string p = builder.build(info);
            if (problem.empty()) {
                problem = p;
            }
        }
        layer.byteLength = (base - layer.byteOffset) + message.size();
        if (full) {
            layer.summary = info;
        }
        if (!problem.empty()) {
            info += info.empty() ? "[Malformed Packet]" : " [Malformed Packet]";
        }
        out.layers.push_back(std::move(layer));
        // Each message rewrites the info column, so Wireshark shows the last one.
        allInfo = std::move(info);
        if (!problem.empty()) {
            out.info = std::move(allInfo);
            out.problem = std::move(problem);
            return false;
        }
        pos = base - offset + message.size();
    } while (overTcp && pos < payload.size());
    out.info = std::move(allInfo);
    return true;
}

bool looksLikeDnsOverUdp(std::span<const std::uint8_t> payload) {
    constexpr std::size_t kHeader = 12;
    constexpr unsigned kMaxRecords = 100;
    if (payload.size() <= kHeader) {
        return false;
    }
    auto u16 = [&payload](std::size_t at) {
        return static_cast<unsigned>(payload[at] << 8 | payload[at + 1]);
    };
    const unsigned flags = u16(2);
    if ((flags & 0x7800) != 0) {
        return false; // not a standard query (RFC 1035 section 4.1.1: opcode 0)
    }
    const unsigned questions = u16(4);
    const unsigned answers = u16(6);
    const unsigned authorities = u16(8);
    const unsigned additionals = u16(10);
    const bool response = (flags & 0x8000) != 0;
    if (!response && (questions != 1 || answers != 0 || authorities != 0)) {
        return false;
    }
    if (response && (questions > 1 || answers > kMaxRecords || authorities > kMaxRecords)) {
        return false;
    }
    if (additionals > kMaxRecords || questions + answers + authorities + additionals == 0) {
        return false;
    }
    return questions * 6 + (answers + authorities + additionals) * 11 <= payload.size() - kHeader;
}

} // namespace hopscope::wire
