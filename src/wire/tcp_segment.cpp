// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_segment.h"

#include "field_list.h"
#include "ipv4_packet.h"

#include <algorithm>
#include <iterator>

namespace hopscope::wire {

namespace {

// One row per option kind: Wireshark's tree label and display filter, and its meaning.
struct OptionText {
    std::uint8_t kind;
    const char* filter;
    const char* name;
    const char* meaning;
};

constexpr OptionText kOptionTexts[] = {
    {0, "tcp.options.eol", "TCP Option - End of Option List (EOL)",
     "Marks the end of the options; the rest of the header is padding."},
    {1, "tcp.options.nop", "TCP Option - No-Operation (NOP)",
     "Does nothing: a filler byte that lines the next option up on a 4-byte boundary."},
    {2, "tcp.options.mss", "TCP Option - Maximum segment size",
     "The largest chunk of data the sender is willing to receive in one segment."},
    {3, "tcp.options.wscale", "TCP Option - Window scale",
     "Multiplies the Window field so a connection can have more than 64 KiB in flight."},
    {4, "tcp.options.sack_perm", "TCP Option - SACK permitted",
     "Says the sender understands selective acknowledgments (SACK), so only lost pieces need "
     "resending."},
    {5, "tcp.options.sack", "TCP Option - SACK",
     "Lists ranges of data the receiver already has beyond a gap, so the sender resends only "
     "what is missing."},
    {8, "tcp.options.timestamp", "TCP Option - Timestamps",
     "A clock value and the echo of the peer's, used to measure the round-trip time and to "
     "reject very old segments."},
    {253, "tcp.options.experimental", "TCP Option - Experimental",
     "An option reserved for experiments (RFC 6994), tagged with an experiment identifier."},
    {254, "tcp.options.experimental", "TCP Option - Experimental",
     "An option reserved for experiments (RFC 6994), tagged with an experiment identifier."},
};

constexpr OptionText kUnknownOption = {
    0, "tcp.options.unknown", "TCP Option - Unknown",
    "An option this program does not know; its bytes are shown as they are."};

const OptionText& optionText(std::uint8_t kind) {
    const auto* it = std::find_if(std::begin(kOptionTexts), std::end(kOptionTexts),
                                  [kind](const OptionText& t) { return t.kind == kind; });
    return it != std::end(kOptionTexts) ? *it : kUnknownOption;
}

struct FlagBit {
    TcpFlag flag;
    const char* info;   // name in Wireshark's Info column
    const char* name;   // tree label
    const char* filter; // display filter
    std::size_t bit;    // bit index counted from the first bit of header byte 12
    const char* meaning;
};

constexpr FlagBit kFlagBits[] = {
    {TcpFlag::Ae, "AE", "Accurate ECN", "tcp.flags.ae", 7,
     "Accurate ECN: part of a counter of congestion marks, when both ends use AccECN."},
    {TcpFlag::Cwr, "CWR", "Congestion Window Reduced", "tcp.flags.cwr", 8,
     "The sender says it has slowed down after being told about congestion."},
    {TcpFlag::Ece, "ECE", "ECN-Echo", "tcp.flags.ece", 9,
     "The receiver reports that a router marked a packet as congested (or, on a SYN, that it "
     "supports ECN)."},
    {TcpFlag::Urg, "URG", "Urgent", "tcp.flags.urg", 10,
     "The Urgent Pointer field is meaningful (rarely used today)."},
    {TcpFlag::Ack, "ACK", "Acknowledgment", "tcp.flags.ack", 11,
     "The Acknowledgment Number field is valid: it confirms data received from the other "
     "side."},
    {TcpFlag::Psh, "PSH", "Push", "tcp.flags.push", 12,
     "Asks the receiver to hand the data to the application right away instead of waiting "
     "for more."},
    {TcpFlag::Rst, "RST", "Reset", "tcp.flags.reset", 13,
     "Aborts the connection at once, for example because nothing listens on that port."},
    {TcpFlag::Syn, "SYN", "Syn", "tcp.flags.syn", 14,
     "Synchronize: opens a connection and sets the starting sequence number (the first two "
     "steps of the handshake)."},
    {TcpFlag::Fin, "FIN", "Fin", "tcp.flags.fin", 15,
     "Finish: the sender has no more data to send and starts closing its side of the "
     "connection."},
};

std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
           (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}

// The option as it sits on the wire, in hex (tshark prints an option's FT_PROTOCOL item that
// way).
void appendOptionHex(std::string& out, const TcpOption& opt) {
    const std::uint8_t head[2] = {opt.kind, static_cast<std::uint8_t>(opt.wireSize())};
    FieldList::appendHexBytes(out, std::span<const std::uint8_t>(head, opt.isSingleByte() ? 1 : 2));
    FieldList::appendHexBytes(out, opt.data());
}

void addOptionFields(FieldList& list, std::size_t at, const TcpOption& opt) {
    const std::size_t size = opt.wireSize();
    const auto data = opt.data();
    std::string raw;
    raw.reserve(size * 2);
    appendOptionHex(raw, opt);
    std::string shown;
    if (const auto mss = opt.mss()) {
        shown = std::to_string(*mss) + " bytes";
    } else if (const auto shift = opt.shift()) {
        shown = std::to_string(*shift) + " (multiply by " +
                std::to_string(1u << std::min<unsigned>(*shift, 14)) + ")";
    } else if (const auto ts = opt.timestampValues()) {
        shown = "TSval " + std::to_string(ts->first) + ", TSecr " + std::to_string(ts->second);
    }
    const OptionText& text = optionText(opt.kind);
    Field& parent = list.bytes(text.name, text.filter, at, size, std::move(raw), std::move(shown),
                               text.meaning);
    FieldList c(parent.children);
    c.reserve(opt.isSingleByte() ? 1 : 3 + data.size() / 4);
    c.bytes("Kind", "tcp.option_kind", at, 1, FieldList::dec(opt.kind), {},
            "Which option this is (2 MSS, 3 window scale, 4 SACK permitted, 8 timestamps ...).");
    if (opt.isSingleByte()) {
        return;
    }
    c.bytes("Length", "tcp.option_len", at + 1, 1, FieldList::dec(size), {},
            "How many bytes this option takes, kind and length bytes included.");
    const std::size_t d = at + 2;
    if (const auto mss = opt.mss()) {
        c.bytes("MSS Value", "tcp.options.mss_val", d, 2, FieldList::dec(*mss), {},
                "The largest segment payload, in bytes, the sender can receive (1460 on "
                "Ethernet).");
    } else if (const auto shift = opt.shift()) {
        c.bytes("Shift count", "tcp.options.wscale.shift", d, 1, FieldList::dec(*shift), {},
                "The receive window is shifted left by this many bits (multiplied by 2 to this "
                "power).");
        const unsigned multiplier = 1u << std::min<unsigned>(*shift, 14);
        c.bytes("Multiplier", "tcp.options.wscale.multiplier", d, 1, FieldList::dec(multiplier), {},
                "The factor every later Window value from this side is multiplied by.");
    } else if (const auto ts = opt.timestampValues()) {
        c.bytes("Timestamp value", "tcp.options.timestamp.tsval", d, 4, FieldList::dec(ts->first),
                {}, "The sender's clock when it sent this segment (in its own units).");
        c.bytes("Timestamp echo reply", "tcp.options.timestamp.tsecr", d + 4, 4,
                FieldList::dec(ts->second), {},
                "The last timestamp value received from the other side, echoed back to measure "
                "the round trip.");
    } else if (opt.is(TcpOption::Kind::Sack)) {
        for (std::size_t b = 0; b + 8 <= data.size(); b += 8) {
            c.bytes("TCP SACK Left Edge", "tcp.options.sack_le", d + b, 4,
                    FieldList::dec(be32(data, b)), {},
                    "First sequence number of a block of data already received.");
            c.bytes("TCP SACK Right Edge", "tcp.options.sack_re", d + b + 4, 4,
                    FieldList::dec(be32(data, b + 4)), {},
                    "Sequence number just after that block.");
        }
    } else if ((opt.kind == 253 || opt.kind == 254) && data.size() >= 2) {
        c.bytes("Experiment Identifier", "tcp.options.experimental.exid", d, 2,
                FieldList::hex((unsigned{data[0]} << 8) | data[1], 4), {},
                "Which experiment the option belongs to (RFC 6994).");
        if (data.size() > 2) {
            c.bytes("Data", "tcp.options.experimental.data", d + 2, data.size() - 2,
                    FieldList::hexBytes(data.subspan(2)), {}, "The experiment's own bytes.");
        }
    } else if (!data.empty() && !opt.is(TcpOption::Kind::SackPermitted)) {
        const bool known = opt.kind <= 8 || opt.kind == 253 || opt.kind == 254;
        c.bytes("Payload", known ? "" : "tcp.options.unknown.payload", d, data.size(),
                FieldList::hexBytes(data), {}, "The option's data bytes.");
    }
}

} // namespace

std::size_t TcpSegment::optionsSize() const {
    std::size_t n = optionPadding.size();
    for (const auto& o : options) {
        n += o.wireSize();
    }
    return n;
}

std::string TcpSegment::decodeOptions(std::span<const std::uint8_t> area, std::size_t frameOffset,
                                      std::vector<TcpOption>& options,
                                      std::vector<std::uint8_t>& padding) {
    std::size_t i = 0;
    while (i < area.size()) {
        const std::uint8_t kind = area[i];
        if (kind == 0) {
            options.push_back(TcpOption::endOfList());
            padding.assign(area.begin() + static_cast<std::ptrdiff_t>(i + 1), area.end());
            return {};
        }
        if (kind == 1) {
            options.push_back(TcpOption::noOperation());
            ++i;
            continue;
        }
        const std::size_t at = frameOffset + i;
        if (i + 1 >= area.size()) {
            return "TCP option at byte " + std::to_string(at) + " (kind " + std::to_string(kind) +
                   ") has no room for its length byte.";
        }
        const std::size_t len = area[i + 1];
        if (len < 2) {
            return "TCP option at byte " + std::to_string(at) + " (kind " + std::to_string(kind) +
                   ") has an invalid length of " + std::to_string(len) + "; the minimum is 2.";
        }
        if (i + len > area.size()) {
            return "TCP option at byte " + std::to_string(at) + " (kind " + std::to_string(kind) +
                   ") claims " + std::to_string(len) + " bytes but only " +
                   std::to_string(area.size() - i) + " are left in the header.";
        }
        options.push_back(TcpOption::raw(kind, area.subspan(i + 2, len - 2)));
        i += len;
    }
    return {};
}

DecodeResult<TcpSegment> TcpSegment::decodeHeader(ByteReader& reader, std::string* optionProblem) {
    const std::size_t start = reader.offset();
    const std::size_t available = reader.remaining();
    if (available < kMinHeaderSize) {
        return DecodeResult<TcpSegment>::failure(
            truncatedProblem("TCP header", start, kMinHeaderSize, available));
    }
    TcpSegment s;
    s.sourcePort = reader.u16be();
    s.destinationPort = reader.u16be();
    s.sequenceNumber = reader.u32be();
    s.acknowledgmentNumber = reader.u32be();
    const std::uint16_t offsetFlags = reader.u16be();
    s.flags = offsetFlags & 0x0fff;
    s.window = reader.u16be();
    s.checksum = reader.u16be();
    s.urgentPointer = reader.u16be();
    const std::size_t headerLength = static_cast<std::size_t>(offsetFlags >> 12) * 4;
    if (headerLength < kMinHeaderSize) {
        return DecodeResult<TcpSegment>::failure(
            "TCP header at byte " + std::to_string(start) + " gives a header length of " +
            std::to_string(headerLength) + " bytes; the minimum is 20.");
    }
    if (available < headerLength) {
        return DecodeResult<TcpSegment>::failure(
            truncatedProblem("TCP header", start, headerLength, available));
    }
    const auto area = reader.bytes(headerLength - kMinHeaderSize);
    std::string problem = decodeOptions(area, start + kMinHeaderSize, s.options, s.optionPadding);
    if (!problem.empty()) {
        if (optionProblem == nullptr) {
            return DecodeResult<TcpSegment>::failure(std::move(problem));
        }
        std::size_t used = 0;
        for (const auto& o : s.options) {
            used += o.wireSize();
        }
        s.optionPadding.assign(area.begin() + static_cast<std::ptrdiff_t>(used), area.end());
        *optionProblem = std::move(problem);
    }
    return DecodeResult<TcpSegment>::success(std::move(s));
}

DecodeResult<TcpSegment> TcpSegment::decode(std::span<const std::uint8_t> bytes) {
    ByteReader reader(bytes);
    auto result = decodeHeader(reader);
    if (result) {
        const auto rest = reader.rest();
        result->payload.assign(rest.begin(), rest.end());
    }
    return result;
}

std::uint16_t TcpSegment::computeChecksum(Checksum pseudoHeader,
                                          std::span<const std::uint8_t> segment) {
    pseudoHeader.add(segment.first(std::min<std::size_t>(16, segment.size())));
    if (segment.size() > 18) {
        pseudoHeader.add(segment.subspan(18));
    }
    return pseudoHeader.finish();
}

void TcpSegment::encodeTo(ByteWriter& out, std::span<const std::uint8_t> data,
                          Checksum pseudoHeader) const {
    const std::size_t start = out.size();
    const std::size_t hl = headerLength();
    out.u16be(sourcePort);
    out.u16be(destinationPort);
    out.u32be(sequenceNumber);
    out.u32be(acknowledgmentNumber);
    out.u16be(static_cast<std::uint16_t>(((hl / 4) << 12) | (flags & 0x0fff)));
    out.u16be(window);
    out.u16be(0);
    out.u16be(urgentPointer);
    for (const auto& o : options) {
        out.u8(o.kind);
        if (!o.isSingleByte()) {
            out.u8(static_cast<std::uint8_t>(o.wireSize()));
            out.bytes(o.data());
        }
    }
    out.bytes(optionPadding);
    out.zeros(hl - kMinHeaderSize - optionsSize());
    out.bytes(data);
    const std::span<const std::uint8_t> header(out.data().data() + start, hl);
    pseudoHeader.add(header);
    pseudoHeader.add(data);
    out.patch16be(start + 16, pseudoHeader.finish());
}

std::vector<std::uint8_t> TcpSegment::encode(const Ipv4Address& src, const Ipv4Address& dst) const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(headerLength() + payload.size());
    ByteWriter out(bytes);
    const auto len = static_cast<std::uint16_t>(headerLength() + payload.size());
    encodeTo(out, payload,
             Checksum::pseudoHeader(src, dst, static_cast<std::uint8_t>(IpProtocol::Tcp), len));
    return bytes;
}

std::vector<std::uint8_t> TcpSegment::encode(const Ipv6Address& src, const Ipv6Address& dst) const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(headerLength() + payload.size());
    ByteWriter out(bytes);
    const auto len = static_cast<std::uint32_t>(headerLength() + payload.size());
    encodeTo(out, payload,
             Checksum::pseudoHeader(src, dst, static_cast<std::uint8_t>(IpProtocol::Tcp), len));
    return bytes;
}

std::string TcpSegment::flagNames() const {
    // Wireshark lists the flags from the lowest bit up.
    static constexpr const char* kNames[] = {"FIN", "SYN", "RST", "PSH", "ACK",
                                             "URG", "ECE", "CWR", "AE"};
    std::string s;
    for (unsigned i = 0; i < 9; ++i) {
        if ((flags & (1u << i)) != 0) {
            if (!s.empty()) {
                s += ", ";
            }
            s += kNames[i];
        }
    }
    if ((flags & static_cast<std::uint16_t>(TcpFlag::Reserved)) != 0) {
        if (!s.empty()) {
            s += ", ";
        }
        s += "Reserved";
    }
    if (s.empty()) {
        s = "<None>";
    }
    return s;
}

std::string TcpSegment::info(std::size_t payloadLength) const {
    std::string s;
    s.reserve(96);
    FieldList::appendDec(s, sourcePort);
    s += " → ";
    FieldList::appendDec(s, destinationPort);
    s += " [";
    s += flagNames();
    s += "] Seq=";
    FieldList::appendDec(s, sequenceNumber);
    if (has(TcpFlag::Ack)) {
        s += " Ack=";
        FieldList::appendDec(s, acknowledgmentNumber);
    }
    s += " Win=";
    FieldList::appendDec(s, window);
    if (has(TcpFlag::Urg)) {
        s += " Urg=";
        FieldList::appendDec(s, urgentPointer);
    }
    s += " Len=";
    FieldList::appendDec(s, payloadLength);
    for (const auto& o : options) {
        if (const auto mss = o.mss()) {
            s += " MSS=";
            FieldList::appendDec(s, *mss);
        } else if (const auto shift = o.shift()) {
            s += " WS=";
            FieldList::appendDec(s, 1u << std::min<unsigned>(*shift, 14));
        } else if (o.is(TcpOption::Kind::SackPermitted) && o.data().empty()) {
            s += " SACK_PERM";
        } else if (const auto ts = o.timestampValues()) {
            s += " TSval=";
            FieldList::appendDec(s, ts->first);
            s += " TSecr=";
            FieldList::appendDec(s, ts->second);
        } else if (o.is(TcpOption::Kind::Sack)) {
            const auto d = o.data();
            for (std::size_t b = 0; b + 8 <= d.size(); b += 8) {
                s += " SLE=";
                FieldList::appendDec(s, be32(d, b));
                s += " SRE=";
                FieldList::appendDec(s, be32(d, b + 4));
            }
        } else if ((o.kind == 253 || o.kind == 254) && o.data().size() >= 2) {
            // Wireshark prints the experiment identifier in upper-case hex without "0x".
            static constexpr char kUpperHex[] = "0123456789ABCDEF";
            const auto d = o.data();
            s += " ExID=";
            s += kUpperHex[d[0] >> 4];
            s += kUpperHex[d[0] & 0xf];
            s += kUpperHex[d[1] >> 4];
            s += kUpperHex[d[1] & 0xf];
        }
    }
    return s;
}

Layer TcpSegment::toLayer(std::size_t byteOffset, std::size_t payloadLength,
                          std::optional<std::uint16_t> expectedChecksum) const {
    Layer layer;
    layer.protocol = "tcp";
    layer.name = "Transmission Control Protocol";
    layer.osi = OsiLayer::Transport;
    layer.tcpip = TcpIpLayer::Transport;
    layer.byteOffset = byteOffset;
    const std::size_t hl = headerLength();
    layer.byteLength = hl;
    layer.summary = std::to_string(sourcePort) + " → " + std::to_string(destinationPort) + " [" +
                    flagNames() + "] Seq=" + std::to_string(sequenceNumber) +
                    " Len=" + std::to_string(payloadLength);
    const std::size_t o = byteOffset;
    layer.fields.reserve(13);
    FieldList f(layer.fields);
    f.bytes("Source Port", "tcp.srcport", o, 2, FieldList::dec(sourcePort), {},
            "The sending program's port number: where replies should go.");
    f.bytes("Destination Port", "tcp.dstport", o + 2, 2, FieldList::dec(destinationPort), {},
            "The port of the program that should receive the data (80 is HTTP).");
    f.bytes("Sequence Number (raw)", "tcp.seq_raw", o + 4, 4, FieldList::dec(sequenceNumber), {},
            "The number of the first data byte in this segment (a SYN uses one number itself); "
            "it lets the receiver put data in order.");
    f.bytes("Acknowledgment number (raw)", "tcp.ack_raw", o + 8, 4,
            FieldList::dec(acknowledgmentNumber), {},
            has(TcpFlag::Ack) ? "The next byte the sender expects from the other side: "
                                "everything before it has arrived."
                              : "Not used here because the ACK flag is off.");
    f.add("Header Length", "tcp.hdr_len", o + 12, 0, 4, FieldList::dec(hl),
          std::to_string(hl) + " bytes (" + std::to_string(hl / 4) + ")",
          "Where the data starts: the header size in 4-byte words (5 means 20 bytes, no "
          "options).");

    std::string flagsShown = FieldList::hex(flags, 3) + " (" + flagNames() + ")";
    Field& fl =
        f.add("Flags", "tcp.flags", o + 12, 4, 12, FieldList::hex(flags, 4), std::move(flagsShown),
              "Control bits that say what this segment does: open (SYN), acknowledge "
              "(ACK), close (FIN), abort (RST) ...");
    {
        FieldList c(fl.children);
        c.reserve(1 + std::size(kFlagBits));
        const unsigned reserved = (flags >> 9) & 0x7;
        c.add("Reserved", "tcp.flags.res", o + 12, 4, 3, reserved != 0 ? "1" : "0",
              reserved != 0 ? "Set" : "Not set", "Reserved for future use; must be zero.");
        for (const auto& fb : kFlagBits) {
            c.flag(fb.name, fb.filter, o + 12 + fb.bit / 8, fb.bit % 8, has(fb.flag), fb.meaning);
        }
    }
    f.bytes("Window", "tcp.window_size_value", o + 14, 2, FieldList::dec(window), {},
            "How many more bytes the sender can accept right now (flow control); may be scaled "
            "by the window scale option.");
    std::string ck = FieldList::hex(checksum, 4);
    if (expectedChecksum) {
        ck += *expectedChecksum == checksum
                  ? " [correct]"
                  : " [incorrect, should be " + FieldList::hex(*expectedChecksum, 4) +
                        " (maybe checksum offload)]";
    }
    f.bytes("Checksum", "tcp.checksum", o + 16, 2, FieldList::hex(checksum, 4), std::move(ck),
            "Detects damaged segments; it also covers the IP addresses so a misdelivered "
            "segment is caught.");
    f.bytes("Urgent Pointer", "tcp.urgent_pointer", o + 18, 2, FieldList::dec(urgentPointer), {},
            "With the URG flag, where urgent data ends; almost always 0.");
    if (hl > kMinHeaderSize) {
        const std::size_t areaSize = hl - kMinHeaderSize;
        std::string raw;
        raw.reserve(areaSize * 2);
        for (const auto& opt : options) {
            appendOptionHex(raw, opt);
        }
        FieldList::appendHexBytes(raw, optionPadding);
        raw.resize(areaSize * 2, '0');
        Field& opts = f.bytes("Options", "tcp.options", o + kMinHeaderSize, areaSize,
                              std::move(raw), std::to_string(areaSize) + " bytes",
                              "Extras agreed mostly during the handshake: segment size, window "
                              "scaling, selective acknowledgments, timestamps.");
        FieldList c(opts.children);
        c.reserve(options.size() + optionPadding.size());
        std::size_t at = o + kMinHeaderSize;
        for (const auto& opt : options) {
            addOptionFields(c, at, opt);
            at += opt.wireSize();
        }
        // Wireshark keeps reading after End of Option List, so zero padding shows as more EOLs
        // (and anything else as whatever option it looks like); do the same for parity.
        std::vector<TcpOption> rest;
        std::vector<std::uint8_t> tail;
        const std::span<const std::uint8_t> pad(optionPadding);
        std::size_t p = 0;
        while (p < pad.size()) {
            rest.clear();
            tail.clear();
            if (!decodeOptions(pad.subspan(p), at, rest, tail).empty() || rest.empty()) {
                const bool zeros = std::all_of(pad.begin() + static_cast<std::ptrdiff_t>(p),
                                               pad.end(), [](std::uint8_t b) { return b == 0; });
                c.bytes(zeros ? "Padding" : "Malformed options", {}, at, pad.size() - p,
                        FieldList::hexBytes(pad.subspan(p)), {},
                        zeros ? "Bytes after the end of the option list, filling the header to "
                                "a multiple of 4 bytes."
                              : "Bytes that do not form a valid option; the rest of the "
                                "options cannot be read.");
                break;
            }
            for (const auto& opt : rest) {
                addOptionFields(c, at, opt);
                at += opt.wireSize();
                p += opt.wireSize();
            }
        }
    }
    // Worked out, not on the wire: Wireshark places it at the header's start with no length.
    f.add("TCP Segment Len", "tcp.len", o, 0, 0, FieldList::dec(payloadLength),
          std::to_string(payloadLength) + " bytes",
          "How many bytes of application data this segment carries (worked out from the IP "
          "length; not a header field).");
    return layer;
}

} // namespace hopscope::wire
