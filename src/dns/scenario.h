// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "authority.h"
#include "root_hints.h"
#include "wire/dns_name.h"
#include "wire/ipv4_address.h"
#include "zone_file.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::dns {

// What a server is for; decides its icon and how notes name it.
enum class ServerRole { Root, Tld, Authoritative, Resolver };

// "root", "tld", "authoritative", "resolver" (the words the scenario file uses).
[[nodiscard]] const char* serverRoleName(ServerRole role);
[[nodiscard]] std::optional<ServerRole> serverRoleFromName(std::string_view name);

// A zone a server serves: its origin and file (absolute, resolved against the scenario file).
struct ScenarioZone {
    wire::DnsName origin;
    std::filesystem::path file;
    std::size_t line = 0; // where the scenario file names it
};

// One name server of the scenario (authoritative or the resolver).
struct ScenarioServer {
    std::string name; // "a.root-servers.net"
    ServerRole role = ServerRole::Authoritative;
    wire::Ipv4Address displayAddress;  // what the views show: 198.41.0.4
    wire::Ipv4Address loopbackAddress; // where the socket is: 127.0.1.1
    std::uint16_t port = 0;            // 0: the engine picks a free port
    std::vector<ScenarioZone> zones;   // authoritative roles
    std::filesystem::path rootHints;   // resolver: named.root-format file
    std::size_t line = 0;              // the section header's line
};

// The client (the laptop that asks the resolver).
struct ScenarioClient {
    std::string name;
    wire::Ipv4Address displayAddress;
    wire::Ipv4Address loopbackAddress;
    std::size_t line = 0;
};

struct ScenarioLoadResult;
struct AuthorityLoadResult;

// A mini-internet: which DNS servers exist, their display and loopback addresses, the zones
// they serve, the resolver and the client. Read from an INI-like file documented in
// docs/scenario-format.md; errors name the file and line.
class Scenario {
public:
    // `baseDir` resolves relative zone and hints paths (the scenario file's folder).
    [[nodiscard]] static ScenarioLoadResult parse(std::string_view text, std::string fileName,
                                                  const std::filesystem::path& baseDir);
    [[nodiscard]] static ScenarioLoadResult load(const std::filesystem::path& path);

    [[nodiscard]] const std::string& title() const { return m_title; }
    [[nodiscard]] const std::string& fileName() const { return m_fileName; }
    [[nodiscard]] const std::vector<ScenarioServer>& servers() const { return m_servers; }
    // The one server with role Resolver, if any.
    [[nodiscard]] const ScenarioServer* resolver() const;
    [[nodiscard]] const std::optional<ScenarioClient>& client() const { return m_client; }
    [[nodiscard]] const ScenarioServer* serverByName(std::string_view name) const;
    [[nodiscard]] const ScenarioServer* serverByDisplayAddress(const wire::Ipv4Address& a) const;

    // Loads every zone of an authoritative server into an Authority; errors name zone files.
    [[nodiscard]] static AuthorityLoadResult loadAuthority(const ScenarioServer& server,
                                                           AuthorityOptions options = {});
    // Loads the resolver's root hints.
    [[nodiscard]] RootHintsResult loadRootHints() const;
    // Loads every zone and the hints: all errors at once (for "check scenario" and tests).
    [[nodiscard]] std::vector<ZoneFileError> check() const;

private:
    std::string m_title;
    std::string m_fileName;
    std::vector<ScenarioServer> m_servers;
    std::optional<ScenarioClient> m_client;
};

struct ScenarioLoadResult {
    std::optional<Scenario> scenario; // set exactly when errors is empty
    std::vector<ZoneFileError> errors;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

struct AuthorityLoadResult {
    std::optional<Authority> authority; // set exactly when errors is empty
    std::vector<ZoneFileError> errors;
    std::vector<ZoneFileError> warnings;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

} // namespace hopscope::dns
