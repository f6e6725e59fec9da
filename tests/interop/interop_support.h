// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "../support/peer_tool.h"
#include "cli/command.h"
#include "dns/scenario.h"
#include "engine/dns_server.h"
#include "engine/net/tcp_listener.h"
#include "engine/net/udp_socket.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

// Shared by the interop and CLI tests: servers of a scenario on one common port (the layout
// NSD instances use), running outside tools, and running our CLI in-process.
namespace hopscope::interop {

inline std::filesystem::path sourcePath(const std::string& relative) {
    return std::filesystem::path(HOPSCOPE_SOURCE_DIR) / relative;
}

inline dns::Scenario defaultScenario() {
    auto loaded = dns::Scenario::load(sourcePath("resources/scenarios/default.scenario"));
    return std::move(*loaded.scenario);
}

// The authoritative servers' loopback addresses.
inline std::vector<wire::Ipv4Address> serverAddresses(const dns::Scenario& scenario) {
    std::vector<wire::Ipv4Address> out;
    for (const auto& s : scenario.servers()) {
        if (s.role != dns::ServerRole::Resolver) {
            out.push_back(s.loopbackAddress);
        }
    }
    return out;
}

// For a server we do not run in this process (NSD), or for a port where nothing may listen: a
// port free for UDP and TCP on every one of `addresses`. Such a server binds it itself, so
// the port cannot be kept open for it; it is chosen below the kernel's ephemeral range
// (ip_local_port_range), where no program binding port 0 can be given it meanwhile, on the
// scenario's own 127.0.1.x addresses, which only these tests use.
inline std::optional<std::uint16_t>
portOutsideTheEphemeralRange(const std::vector<wire::Ipv4Address>& addresses) {
    int ephemeralLow = 32768;
    if (std::ifstream range("/proc/sys/net/ipv4/ip_local_port_range"); range) {
        range >> ephemeralLow;
    }
    if (ephemeralLow <= 10000) {
        return std::nullopt;
    }
    std::mt19937 random(std::random_device{}());
    std::uniform_int_distribution<int> pick(10000, ephemeralLow - 1);
    for (int attempt = 0; attempt < 50; ++attempt) {
        const auto port = static_cast<std::uint16_t>(pick(random));
        bool free = true;
        for (const auto& address : addresses) {
            auto udp = engine::net::UdpSocket::bind({address, port});
            auto tcp = engine::net::TcpListener::listen({address, port});
            if (!udp || !tcp) {
                free = false;
                break;
            }
        }
        if (free) {
            return port;
        }
    }
    return std::nullopt;
}

// Our own servers for every authoritative server of `scenario`, each at its loopback address,
// all on one port: the first binds port 0, and the port the kernel gave it is taken on every
// other address while the servers keep their sockets, so nothing is released and bound again.
// Returns the port, or nullopt with `problem` set.
inline std::optional<std::uint16_t>
startOnCommonPort(const dns::Scenario& scenario,
                  std::vector<std::unique_ptr<engine::DnsServer>>& servers, std::string& problem) {
    // Another program may hold the kernel's choice on one of the other addresses: then the
    // next choice, a few times.
    for (int attempt = 0; attempt < 8; ++attempt) {
        servers.clear();
        std::uint16_t port = 0;
        bool taken = false;
        for (const auto& s : scenario.servers()) {
            if (s.role == dns::ServerRole::Resolver) {
                continue;
            }
            auto authority = dns::Scenario::loadAuthority(s);
            if (!authority.ok()) {
                problem = authority.errors.front().toString();
                return std::nullopt;
            }
            engine::DnsServerOptions options;
            options.address = engine::net::SocketAddress(s.loopbackAddress, port);
            auto server = std::make_unique<engine::DnsServer>(
                s.name, std::make_shared<const dns::Authority>(std::move(*authority.authority)),
                options);
            if (auto error = server->start()) {
                problem = error->message;
                taken = port != 0;
                break;
            }
            port = server->address().port();
            servers.push_back(std::move(server));
        }
        if (!taken) {
            if (!problem.empty()) {
                servers.clear();
                return std::nullopt;
            }
            return port;
        }
        problem.clear();
    }
    servers.clear();
    problem = "no port free on every server address";
    return std::nullopt;
}

struct CommandResult {
    int code = -1;
    std::string out;
};

// Runs a shell command (stdout captured, stderr merged); the caller bounds its time with the
// tool's own timeout options.
inline CommandResult runTool(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) {
        return result;
    }
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        result.out.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// hopscope-cli in-process.
inline CommandResult runCli(std::vector<std::string> args) {
    args.insert(args.begin(), "hopscope-cli");
    std::ostringstream out;
    std::ostringstream err;
    cli::CommandIo io{out, err};
    CommandResult result;
    result.code = cli::runCli(args, io);
    result.out = out.str() + err.str();
    return result;
}

// The answer lines of `resolve` (without --trace), sorted, and its status word.
struct ShortAnswer {
    std::vector<std::string> records;
    std::string status;
    bool operator==(const ShortAnswer&) const = default;
};

inline ShortAnswer parseShort(const std::string& text) {
    ShortAnswer answer;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(";; status: ", 0) == 0) {
            const auto start = std::string(";; status: ").size();
            answer.status = line.substr(start, line.find(',', start) - start);
        } else if (!line.empty() && line[0] != ';') {
            answer.records.push_back(line);
        }
    }
    std::sort(answer.records.begin(), answer.records.end());
    return answer;
}

} // namespace hopscope::interop
