// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli bench ...`: throughput measurements that tests/bench/*.sh compare with
// tshark and tcpdump.
#include "command.h"
#include "engine/parse_number.h"
#include "synthetic_capture.h"
#include "wire/capture_reader.h"
#include "wire/dissector.h"
#include "wire/pcap_writer.h"
#include "wire/pcapng_writer.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <ostream>

namespace hopscope::cli {

// `bench dns` serves one authoritative server of a scenario for a load generator
// (bench_dns.cpp); `bench lb` runs our load balancer against HAProxy under wrk (bench_lb.cpp).
int runBenchDns(const std::vector<std::string>& args, CommandIo& io);
int runBenchLb(const std::vector<std::string>& args, CommandIo& io);

namespace {

constexpr const char* kUsage =
    "Usage: hopscope-cli bench pcap FILE [--read-only | --full]\n"
    "       hopscope-cli bench make-pcap OUT N [--pcapng] [--seed S]\n"
    "       hopscope-cli bench dns ...   (bench dns --help)\n"
    "       hopscope-cli bench lb ...    (bench lb --help)\n"
    "\n"
    "pcap       read every packet, decode it to the application layer and build a trace\n"
    "           index (time and file offset per packet); print packets, seconds and\n"
    "           packets/s. --read-only skips decoding, to see what the reader alone costs;\n"
    "           --full builds every field too, as the packet inspector and `pcap fields` do\n"
    "make-pcap  write N packets of synthetic but realistic traffic (DNS lookups over UDP\n"
    "           and HTTP/1.1 fetches over TCP, correct checksums) as a nanosecond pcap,\n"
    "           or pcapng with --pcapng; the same seed gives the same file\n";

int runMakePcap(const std::vector<std::string>& args, CommandIo& io) {
    std::vector<std::string> positional;
    bool pcapng = false;
    std::uint64_t seed = 1;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--pcapng") {
            pcapng = true;
        } else if (args[i] == "--seed" && i + 1 < args.size()) {
            if (!engine::parseNumber(args[++i], seed)) {
                io.err << "hopscope-cli bench make-pcap: bad seed '" << args[i] << "'\n";
                return 2;
            }
        } else if (!args[i].starts_with("--")) {
            positional.push_back(args[i]);
        } else {
            io.err << "hopscope-cli bench make-pcap: unexpected argument '" << args[i] << "'\n"
                   << kUsage;
            return 2;
        }
    }
    std::uint64_t count = 0;
    if (positional.size() != 2 || !engine::parseNumber(positional[1], count)) {
        io.err << kUsage;
        return 2;
    }
    const std::string& path = positional[0];
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        io.err << "hopscope-cli: cannot create " << path << '\n';
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    SyntheticCapture traffic(seed);
    std::uint64_t written = 0;
    if (pcapng) {
        wire::PcapngWriter writer(out);
        written = traffic.generate(count, [&](std::int64_t t, std::span<const std::uint8_t> f) {
            return writer.write(wire::LinkType::Ethernet, t, f);
        });
    } else {
        wire::PcapWriter writer(
            out, wire::LinkType::Ethernet,
            {wire::TimeResolution::Nanoseconds, wire::ByteOrder::Little, 262144});
        written = traffic.generate(count, [&](std::int64_t t, std::span<const std::uint8_t> f) {
            return writer.write(t, f);
        });
    }
    out.close();
    if (!out || written != count) {
        io.err << "hopscope-cli: writing " << path << " failed after " << written << " packets\n";
        return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[64];
    std::snprintf(line, sizeof line, "%.3f", seconds);
    io.out << "wrote " << written << " packets to " << path << " in " << line << " s\n";
    return 0;
}

// What a trace keeps to seek in a capture without holding its packets.
struct IndexEntry {
    std::int64_t timeNs;
    std::uint64_t fileOffset;
};

int runBenchPcap(const std::vector<std::string>& args, CommandIo& io) {
    std::string path;
    bool decode = true;
    auto detail = wire::DissectDetail::Summary;
    for (const auto& a : args) {
        if (a == "--read-only") {
            decode = false;
        } else if (a == "--full") {
            detail = wire::DissectDetail::Full;
        } else if (path.empty() && !a.starts_with("-")) {
            path = a;
        } else {
            io.err << "hopscope-cli bench pcap: unexpected argument '" << a << "'\n" << kUsage;
            return 2;
        }
    }
    if (path.empty()) {
        io.err << kUsage;
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    wire::CaptureReader reader(path);
    if (!reader.isOpen()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    std::vector<IndexEntry> index;
    if (reader.totalBytes() > 0) {
        index.reserve(static_cast<std::size_t>(reader.totalBytes() / 64));
    }
    wire::CapturePacket packet;
    std::uint64_t layers = 0;
    std::uint64_t problems = 0;
    std::uint64_t bytes = 0;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        index.push_back({packet.timeNs, packet.fileOffset});
        bytes += packet.data.size();
        if (decode) {
            // By default what a packet list needs; the fields wait until a packet is inspected.
            const auto d = wire::dissect(packet.linkType, packet.data, detail);
            layers += d.layers.size();
            problems += d.problem.empty() ? 0 : 1;
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[128];
    const auto packets = static_cast<double>(index.size());
    io.out << "file:        " << path << '\n';
    io.out << "packets:     " << index.size() << '\n';
    io.out << "bytes:       " << bytes << '\n';
    if (decode) {
        std::snprintf(line, sizeof line, "%.2f",
                      packets > 0 ? static_cast<double>(layers) / packets : 0.0);
        io.out << "layers/pkt:  " << line << '\n';
        io.out << "malformed:   " << problems << '\n';
    }
    std::snprintf(line, sizeof line, "%.3f", seconds);
    io.out << "seconds:     " << line << '\n';
    std::snprintf(line, sizeof line, "%.0f", seconds > 0 ? packets / seconds : 0.0);
    io.out << "packets/s:   " << line << '\n';
    std::snprintf(line, sizeof line, "%.1f",
                  seconds > 0 ? static_cast<double>(bytes) / seconds / 1e6 : 0.0);
    io.out << "MB/s:        " << line << '\n';
    io.out << "index:       " << index.size() << " entries, " << index.size() * sizeof(IndexEntry)
           << " bytes\n";
    if (!reader.error().empty()) {
        io.err << "hopscope-cli: " << path << ": " << reader.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int runBench(const std::vector<std::string>& args, CommandIo& io) {
    static constexpr std::array kSubcommands{
        Command{"pcap", {}, runBenchPcap}, Command{"make-pcap", {}, runMakePcap},
        Command{"dns", {}, runBenchDns}, Command{"lb", {}, runBenchLb}};
    return runSubcommand("bench", kUsage, kSubcommands, args, io);
}

} // namespace hopscope::cli
