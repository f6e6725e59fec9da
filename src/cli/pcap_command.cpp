// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli pcap info|fields`: summarise a capture, or print fields the way
// `tshark -T fields` does. Both stream the file: memory grows with conversations, not packets.
#include "command.h"
#include "engine/parse_number.h"
#include "field_extractor.h"
#include "pcap_flows.h"
#include "pcap_hops.h"
#include "wire/capture_reader.h"
#include "wire/dissector.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <map>
#include <ostream>
#include <unordered_map>

namespace hopscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: hopscope-cli pcap info FILE [--conversations N]\n"
    "       hopscope-cli pcap fields FILE -e FIELD [-e FIELD ...] [-E OPTION=VALUE ...]\n"
    "       hopscope-cli pcap flows FILE\n"
    "       hopscope-cli pcap hops FILE [--packet N]\n"
    "\n"
    "info    packets, time span, link types, protocols and conversations of a pcap or\n"
    "        pcapng file (the busiest N conversations, default 20, 0 for all)\n"
    "fields  one line per packet, as `tshark -r FILE -T fields -e FIELD ...` prints it;\n"
    "        -E header=y|n, separator=/t|/s|C, occurrence=f|l|a, aggregator=,|/s|C,\n"
    "        quote=d|s|n as in tshark\n"
    "flows   one line per IPv4 TCP connection: its two ends (A sent the first SYN), the\n"
    "        RFC 9293 states each end went through, the handshake time (from the SYN that\n"
    "        was answered to the ACK of the SYN-ACK), payload bytes each way, segments sent\n"
    "        again, and how it ended (closed by A|B, reset by A|B, refused (RST to SYN),\n"
    "        open at end of capture); a connection is followed on the first interface it\n"
    "        was seen on\n"
    "hops    each packet captured at several interfaces (a lab capture: one interface per\n"
    "        node:interface), matched through switches, routers and NAT by what they leave\n"
    "        alone (TCP sequence numbers, flags, options and data; UDP and ICMP data; not\n"
    "        addresses, ports, TTL, checksums or IP ID), in time order; tab-separated lines:\n"
    "          journey J HOPS SOURCE DESTINATION PROTOCOL INFO\n"
    "          hop     J K FRAME TIME INTERFACE DIRECTION  (TIME as frame.time_relative;\n"
    "                  DIRECTION 'out of NODE' or 'into NODE' from epb_flags, else empty)\n"
    "          change  J K FIELD BEFORE AFTER  (each field hop K changed since hop K-1, by\n"
    "                  its Wireshark name, values as tshark -T fields prints them; FIELD#2 is\n"
    "                  the second one of that name, e.g. in an ICMP error's quoted header)\n"
    "        --packet N: only the journey of frame N (journey 0 if it was seen only once)\n"
    "\n"
    "Fields: every field the dissectors decode, plus what tshark works out over the file:\n"
    "  frame.number .len .cap_len .time_epoch .time_relative .time_delta .protocols\n"
    "  udp.stream, tcp.stream .seq .ack .nxtseq .window_size .window_size_scalefactor\n"
    "  tcp.time_relative .time_delta (per TCP conversation; tshark's default\n"
    "    tcp.calculate_timestamps:TRUE)\n"
    "  tcp.analysis .flags .acks_frame .ack_rtt .initial_rtt .bytes_in_flight\n"
    "    .push_bytes_sent .retransmission .fast_retransmission .spurious_retransmission\n"
    "    .out_of_order .lost_segment .ack_lost_segment .duplicate_ack .duplicate_ack_num\n"
    "    .duplicate_ack_frame .rto .rto_frame .reused_ports .window_update .window_full\n"
    "    .keep_alive .keep_alive_ack .zero_window .zero_window_probe .zero_window_probe_ack\n"
    "    (Wireshark 4.0's sequence analysis, on by default in tshark)\n";

std::string utc(std::int64_t ns) {
    const std::time_t secs = static_cast<std::time_t>(ns / 1'000'000'000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);
    char frac[16];
    std::snprintf(frac, sizeof frac, ".%09lld", static_cast<long long>(ns % 1'000'000'000));
    return std::string(date) + frac + " UTC";
}

std::string formatName(const wire::CaptureReader& reader) {
    const auto order =
        reader.section().byteOrder == wire::ByteOrder::Little ? "little-endian" : "big-endian";
    if (reader.format() == wire::CaptureFormat::Pcapng) {
        return std::string("pcapng (") + order + ")";
    }
    const auto ifaces = reader.interfaces();
    const bool nano = !ifaces.empty() && ifaces.front().unitsPerSecond == 1'000'000'000;
    return std::string("pcap (") + (nano ? "nanoseconds, " : "microseconds, ") + order + ")";
}

struct ConversationStats {
    FieldExtractor::Conversation conversation;
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
    std::uint64_t firstPacket = 0;
};

int runInfo(const std::vector<std::string>& args, CommandIo& io) {
    std::string path;
    std::size_t top = 20;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--conversations" && i + 1 < args.size()) {
            const auto& v = args[++i];
            if (!engine::parseNumber(v, top)) {
                io.err << "hopscope-cli pcap info: bad number '" << v << "'\n";
                return 2;
            }
        } else if (path.empty() && !args[i].starts_with("-")) {
            path = args[i];
        } else {
            io.err << "hopscope-cli pcap info: unexpected argument '" << args[i] << "'\n" << kUsage;
            return 2;
        }
    }
    if (path.empty()) {
        io.err << kUsage;
        return 2;
    }
    wire::CaptureReader reader(path);
    if (!reader.isOpen()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    FieldExtractor fields;
    wire::CapturePacket packet;
    std::uint64_t packets = 0;
    std::uint64_t wireBytes = 0;
    std::uint64_t capturedBytes = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
    std::int64_t earliest = 0;
    std::int64_t latest = 0;
    bool anyTime = false;
    std::map<std::string, std::uint64_t> protocols;
    std::unordered_map<std::string, ConversationStats> conversations;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        const auto d = wire::dissect(packet.linkType, packet.data);
        fields.next(packet, d);
        ++packets;
        wireBytes += packet.originalLength;
        capturedBytes += packet.data.size();
        if (packet.hasTime) {
            if (!anyTime) {
                first = earliest = latest = packet.timeNs;
                anyTime = true;
            }
            last = packet.timeNs;
            earliest = std::min(earliest, packet.timeNs);
            latest = std::max(latest, packet.timeNs);
        }
        ++protocols[d.protocol.empty() ? "(none)" : d.protocol];
        std::optional<FieldExtractor::Conversation> c = fields.conversation();
        if (!c) {
            const auto src = fields.values("ip.src");
            const auto dst = fields.values("ip.dst");
            const auto src6 = fields.values("ipv6.src");
            const auto dst6 = fields.values("ipv6.dst");
            std::string a = !src.empty() ? src.front() : !src6.empty() ? src6.front() : "";
            std::string b = !dst.empty() ? dst.front() : !dst6.empty() ? dst6.front() : "";
            if (!a.empty() && !b.empty()) {
                if (b < a) {
                    std::swap(a, b);
                }
                c = FieldExtractor::Conversation{"IP", a, 0, b, 0};
            }
        }
        if (c) {
            const std::string key = c->protocol + '|' + c->addressA + '|' +
                                    std::to_string(c->portA) + '|' + c->addressB + '|' +
                                    std::to_string(c->portB);
            auto [it, inserted] = conversations.try_emplace(key);
            if (inserted) {
                it->second.conversation = *c;
                it->second.firstPacket = packets;
            }
            ++it->second.packets;
            it->second.bytes += packet.originalLength;
        }
    }

    auto& out = io.out;
    out << "File:          " << path << '\n';
    out << "Format:        " << formatName(reader) << '\n';
    out << "Packets:       " << packets << '\n';
    out << "Bytes:         " << wireBytes << " on the wire, " << capturedBytes << " captured\n";
    if (anyTime) {
        out << "First packet:  " << utc(first) << '\n';
        out << "Last packet:   " << utc(last) << '\n';
        out << "Duration:      " << FieldExtractor::seconds(latest - earliest) << " s\n";
    }
    out << "Link types:   ";
    for (std::size_t i = 0; i < reader.linkTypes().size(); ++i) {
        const auto t = reader.linkTypes()[i];
        out << (i ? ", " : " ") << wire::linkTypeName(t) << " (" << static_cast<unsigned>(t) << ")";
    }
    out << '\n';

    std::vector<std::pair<std::string, std::uint64_t>> byCount(protocols.begin(), protocols.end());
    std::stable_sort(byCount.begin(), byCount.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    out << "Protocols (highest layer per packet):\n";
    for (const auto& [name, count] : byCount) {
        out << "  " << name << std::string(name.size() < 12 ? 12 - name.size() : 1, ' ') << count
            << '\n';
    }

    std::vector<const ConversationStats*> convs;
    convs.reserve(conversations.size());
    for (const auto& [key, stats] : conversations) {
        convs.push_back(&stats);
    }
    std::sort(convs.begin(), convs.end(), [](const auto* a, const auto* b) {
        return a->packets != b->packets ? a->packets > b->packets : a->firstPacket < b->firstPacket;
    });
    out << "Conversations: " << convs.size() << '\n';
    const std::size_t shown = top == 0 ? convs.size() : std::min(top, convs.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& c = convs[i]->conversation;
        const auto endpoint = [&](const std::string& a, std::uint16_t port) {
            if (c.protocol == "IP") {
                return a;
            }
            return (a.find(':') != std::string::npos ? "[" + a + "]" : a) + ":" +
                   std::to_string(port);
        };
        out << "  " << c.protocol << ' ' << endpoint(c.addressA, c.portA) << " <-> "
            << endpoint(c.addressB, c.portB) << "  " << convs[i]->packets << " packets  "
            << convs[i]->bytes << " bytes\n";
    }
    if (shown < convs.size()) {
        out << "  ... " << convs.size() - shown << " more (--conversations 0 lists all)\n";
    }
    if (!reader.error().empty()) {
        out << "Read error:    " << reader.error() << '\n';
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    return 0;
}

struct FieldOptions {
    bool header = false;
    std::string separator = "\t";
    char occurrence = 'a';
    std::string aggregator = ",";
    char quote = 'n';
};

// tshark's -E values: "/t" and "/s" name tab and space.
std::string separatorValue(const std::string& v) {
    if (v == "/t") {
        return "\t";
    }
    if (v == "/s") {
        return " ";
    }
    return v;
}

bool parseFieldOption(const std::string& option, FieldOptions& o, std::string& problem) {
    const auto eq = option.find('=');
    if (eq == std::string::npos) {
        problem = "invalid -E option '" + option + "'";
        return false;
    }
    const std::string key = option.substr(0, eq);
    const std::string value = option.substr(eq + 1);
    if (key == "header" && (value == "y" || value == "n")) {
        o.header = value == "y";
    } else if (key == "separator" && !value.empty()) {
        o.separator = separatorValue(value);
    } else if (key == "occurrence" && (value == "f" || value == "l" || value == "a")) {
        o.occurrence = value[0];
    } else if (key == "aggregator" && !value.empty()) {
        o.aggregator = separatorValue(value);
    } else if (key == "quote" && (value == "d" || value == "s" || value == "n")) {
        o.quote = value[0];
    } else {
        problem = "invalid -E option '" + option + "'";
        return false;
    }
    return true;
}

int runFields(const std::vector<std::string>& args, CommandIo& io) {
    std::string path;
    std::vector<std::string> names;
    FieldOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if ((a == "-e" || a == "-E" || a == "-r") && i + 1 < args.size()) {
            const std::string& v = args[++i];
            if (a == "-e") {
                names.push_back(v);
            } else if (a == "-r") {
                path = v;
            } else {
                std::string problem;
                if (!parseFieldOption(v, options, problem)) {
                    io.err << "hopscope-cli pcap fields: " << problem << '\n' << kUsage;
                    return 2;
                }
            }
        } else if (path.empty() && !a.starts_with("-")) {
            path = a;
        } else {
            io.err << "hopscope-cli pcap fields: unexpected argument '" << a << "'\n" << kUsage;
            return 2;
        }
    }
    if (path.empty() || names.empty()) {
        io.err << kUsage;
        return 2;
    }
    // As tshark does, before the file is read: every name that is not a field, one a line.
    std::vector<std::string> unknown;
    for (const std::string& name : names) {
        if (!FieldExtractor::knowsProtocolOf(name)) {
            unknown.push_back(name);
        }
    }
    if (!unknown.empty()) {
        io.err << "hopscope-cli pcap fields: Some fields aren't valid:\n";
        for (const std::string& name : unknown) {
            io.err << '\t' << name << '\n';
        }
        return 2;
    }
    wire::CaptureReader reader(path);
    if (!reader.isOpen()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    const auto quoted = [&](const std::string& v) {
        if (options.quote == 'n') {
            return v;
        }
        const char q = options.quote == 'd' ? '"' : '\'';
        return q + v + q;
    };
    std::string line;
    if (options.header) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            line += (i ? options.separator : "") + names[i];
        }
        io.out << line << '\n';
    }
    FieldExtractor fields;
    wire::CapturePacket packet;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        const auto d = wire::dissect(packet.linkType, packet.data);
        fields.next(packet, d);
        line.clear();
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (i) {
                line += options.separator;
            }
            auto values = fields.values(names[i]);
            if (values.empty()) {
                continue;
            }
            if (options.occurrence == 'f') {
                values.resize(1);
            } else if (options.occurrence == 'l') {
                values.erase(values.begin(), values.end() - 1);
            }
            std::string joined;
            for (std::size_t k = 0; k < values.size(); ++k) {
                joined += (k ? options.aggregator : "") + values[k];
            }
            line += quoted(joined);
        }
        line += '\n';
        io.out << line;
    }
    if (!reader.error().empty()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int runPcap(const std::vector<std::string>& args, CommandIo& io) {
    static constexpr std::array kSubcommands{
        Command{"info", {}, runInfo}, Command{"fields", {}, runFields},
        Command{"flows", {}, runPcapFlows}, Command{"hops", {}, runPcapHops}};
    return runSubcommand("pcap", kUsage, kSubcommands, args, io);
}

} // namespace hopscope::cli
