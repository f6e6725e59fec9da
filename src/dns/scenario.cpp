// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "scenario.h"

#include "wire/ascii_text.h"
#include "wire/input_file.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace hopscope::dns {

namespace {

// A line's blanks: a file written on Windows ends its lines with CR.
std::string_view trim(std::string_view text) {
    return wire::trimmed(text, " \t\r");
}

// Which section the parser is in.
enum class Section { None, Scenario, Server, Client };

} // namespace

const char* serverRoleName(ServerRole role) {
    switch (role) {
    case ServerRole::Root:
        return "root";
    case ServerRole::Tld:
        return "tld";
    case ServerRole::Authoritative:
        return "authoritative";
    case ServerRole::Resolver:
        return "resolver";
    }
    return "?";
}

std::optional<ServerRole> serverRoleFromName(std::string_view name) {
    const std::string lower = wire::asciiLowered(name);
    for (const auto role :
         {ServerRole::Root, ServerRole::Tld, ServerRole::Authoritative, ServerRole::Resolver}) {
        if (lower == serverRoleName(role)) {
            return role;
        }
    }
    return std::nullopt;
}

ScenarioLoadResult Scenario::parse(std::string_view text, std::string fileName,
                                   const std::filesystem::path& baseDir) {
    ScenarioLoadResult result;
    Scenario scenario;
    scenario.m_fileName = fileName;
    auto error = [&](std::size_t line, std::size_t column, std::string message) {
        result.errors.push_back({fileName, line, column, std::move(message)});
    };

    Section section = Section::None;
    std::map<std::string, std::size_t> seenKeys; // single-valued keys of the current section
    // Which required keys each section got; checked when the section ends.
    bool haveRole = false;
    bool roleKnown = false;
    bool haveZoneKey = false;
    bool haveDisplay = false;
    bool haveLoopback = false;
    bool scenarioSeen = false;

    auto closeSection = [&]() {
        if (section == Section::Server) {
            const ScenarioServer& s = scenario.m_servers.back();
            if (!haveRole) {
                error(s.line, 0,
                      "server " + s.name +
                          " has no role (root, tld, authoritative, "
                          "resolver)");
            }
            if (!haveDisplay) {
                error(s.line, 0, "server " + s.name + " has no display address");
            }
            if (!haveLoopback) {
                error(s.line, 0, "server " + s.name + " has no loopback address");
            }
            if (roleKnown && s.role == ServerRole::Resolver) {
                if (s.rootHints.empty()) {
                    error(s.line, 0, "resolver " + s.name + " needs root-hints = FILE");
                }
                if (!s.zones.empty()) {
                    error(s.zones.front().line, 0,
                          "resolver " + s.name + " serves no zones; use an authoritative server");
                }
            } else if (roleKnown) {
                if (!haveZoneKey) {
                    error(s.line, 0, "server " + s.name + " serves no zone (zone = ORIGIN FILE)");
                }
                if (!s.rootHints.empty()) {
                    error(s.line, 0, "root-hints only belongs to the resolver");
                }
            }
        } else if (section == Section::Client) {
            const ScenarioClient& c = *scenario.m_client;
            if (!haveDisplay) {
                error(c.line, 0, "client " + c.name + " has no display address");
            }
            if (!haveLoopback) {
                error(c.line, 0, "client " + c.name + " has no loopback address");
            }
        }
        seenKeys.clear();
        haveRole = roleKnown = haveZoneKey = haveDisplay = haveLoopback = false;
    };

    auto resolvePath = [&](std::string_view value) {
        std::filesystem::path p{std::string(value)};
        if (p.is_relative()) {
            p = baseDir / p;
        }
        return p.lexically_normal();
    };

    std::size_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view raw = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        const std::string_view line = trim(raw);
        const std::size_t indent = static_cast<std::size_t>(line.data() - raw.data()) + 1;
        if (line.empty() || line.front() == '#' || line.front() == ';') {
            continue;
        }
        if (line.front() == '[') {
            closeSection();
            if (line.back() != ']') {
                error(lineNumber, indent, "a section header ends with ']'");
                section = Section::None;
                continue;
            }
            const std::string_view inner = trim(line.substr(1, line.size() - 2));
            const std::size_t space = inner.find_first_of(" \t");
            const std::string kind = wire::asciiLowered(inner.substr(0, space));
            const std::string name = space == std::string_view::npos
                                         ? std::string()
                                         : std::string(trim(inner.substr(space)));
            if (kind == "scenario") {
                if (scenarioSeen) {
                    error(lineNumber, indent, "a second [scenario] section");
                }
                scenarioSeen = true;
                section = Section::Scenario;
            } else if (kind == "server") {
                if (name.empty()) {
                    error(lineNumber, indent, "[server NAME]: the server needs a name");
                }
                if (scenario.serverByName(name) != nullptr) {
                    error(lineNumber, indent, "a second server named " + name);
                }
                ScenarioServer server;
                server.name = name;
                server.line = lineNumber;
                scenario.m_servers.push_back(std::move(server));
                section = Section::Server;
            } else if (kind == "client") {
                if (scenario.m_client) {
                    error(lineNumber, indent, "a second [client] section: one client only");
                }
                scenario.m_client =
                    ScenarioClient{name.empty() ? "client" : name, {}, {}, lineNumber};
                section = Section::Client;
            } else {
                error(lineNumber, indent,
                      "unknown section [" + std::string(inner) +
                          "] (known: [scenario], [server NAME], [client NAME])");
                section = Section::None;
            }
            continue;
        }
        const std::size_t equals = line.find('=');
        if (equals == std::string_view::npos) {
            error(lineNumber, indent, "expected KEY = VALUE or [section]");
            continue;
        }
        const std::string key = wire::asciiLowered(trim(line.substr(0, equals)));
        const std::string_view value = trim(line.substr(equals + 1));
        const std::size_t valueColumn =
            indent + static_cast<std::size_t>(value.data() - line.data());
        if (section == Section::None) {
            error(lineNumber, indent, "\"" + key + "\" outside a section");
            continue;
        }
        if (value.empty()) {
            error(lineNumber, valueColumn, "\"" + key + "\" has no value");
            continue;
        }
        if (key != "zone") {
            if (const auto it = seenKeys.find(key); it != seenKeys.end()) {
                error(lineNumber, indent,
                      "\"" + key + "\" given twice (first on line " + std::to_string(it->second) +
                          ")");
                continue;
            }
            seenKeys[key] = lineNumber;
        }

        auto address = [&](bool loopback) -> std::optional<wire::Ipv4Address> {
            const auto parsed = wire::Ipv4Address::parse(value);
            if (!parsed) {
                error(lineNumber, valueColumn, "bad IPv4 address \"" + std::string(value) + "\"");
                return std::nullopt;
            }
            if (loopback && !parsed->isLoopback()) {
                error(lineNumber, valueColumn,
                      std::string(value) + " is not a loopback address (127.0.0.0/8); servers "
                                           "only ever listen on loopback");
                return std::nullopt;
            }
            return parsed;
        };

        if (section == Section::Scenario) {
            if (key == "title") {
                scenario.m_title = std::string(value);
            } else {
                error(lineNumber, indent,
                      "unknown key \"" + key + "\" in [scenario] (known: title)");
            }
            continue;
        }
        if (section == Section::Client) {
            ScenarioClient& client = *scenario.m_client;
            if (key == "display") {
                haveDisplay = true;
                if (auto a = address(false)) {
                    client.displayAddress = *a;
                }
            } else if (key == "loopback") {
                haveLoopback = true;
                if (auto a = address(true)) {
                    client.loopbackAddress = *a;
                }
            } else {
                error(lineNumber, indent,
                      "unknown key \"" + key + "\" in [client] (known: display, loopback)");
            }
            continue;
        }
        ScenarioServer& server = scenario.m_servers.back();
        if (key == "role") {
            haveRole = true;
            if (const auto role = serverRoleFromName(value)) {
                server.role = *role;
                roleKnown = true;
            } else {
                error(lineNumber, valueColumn,
                      "unknown role \"" + std::string(value) +
                          "\" (known: root, tld, authoritative, resolver)");
            }
        } else if (key == "display") {
            haveDisplay = true;
            if (auto a = address(false)) {
                server.displayAddress = *a;
            }
        } else if (key == "loopback") {
            haveLoopback = true;
            if (auto a = address(true)) {
                server.loopbackAddress = *a;
            }
        } else if (key == "port") {
            unsigned port = 0;
            bool ok = value.size() <= 5;
            for (const char c : value) {
                ok = ok && wire::isAsciiDigit(c);
                port = port * 10 + static_cast<unsigned>(c - '0');
            }
            if (!ok || port > 65535) {
                error(lineNumber, valueColumn,
                      "bad port \"" + std::string(value) + "\" (0 to 65535; 0 picks a free one)");
            } else {
                server.port = static_cast<std::uint16_t>(port);
            }
        } else if (key == "zone") {
            haveZoneKey = true;
            const std::size_t space = value.find_first_of(" \t");
            if (space == std::string_view::npos) {
                error(lineNumber, valueColumn, "zone = ORIGIN FILE: the file is missing");
                continue;
            }
            std::string why;
            const auto origin = wire::DnsName::parse(value.substr(0, space), &why);
            if (!origin) {
                error(lineNumber, valueColumn,
                      "bad zone origin \"" + std::string(value.substr(0, space)) + "\": " + why);
                continue;
            }
            server.zones.push_back({*origin, resolvePath(trim(value.substr(space))), lineNumber});
        } else if (key == "root-hints") {
            server.rootHints = resolvePath(value);
        } else {
            error(lineNumber, indent,
                  "unknown key \"" + key +
                      "\" in [server] (known: role, display, loopback, port, zone, root-hints)");
        }
    }
    closeSection();

    // Whole-scenario checks.
    std::size_t resolvers = 0;
    for (std::size_t i = 0; i < scenario.m_servers.size(); ++i) {
        const auto& s = scenario.m_servers[i];
        if (s.role == ServerRole::Resolver && ++resolvers == 2) {
            error(s.line, 0, "a second resolver: a scenario has at most one");
        }
        for (std::size_t j = 0; j < i; ++j) {
            const auto& other = scenario.m_servers[j];
            if (other.displayAddress == s.displayAddress && !s.displayAddress.isUnspecified()) {
                error(s.line, 0,
                      "server " + s.name + " has the display address of " + other.name + " (" +
                          s.displayAddress.toString() + ")");
            }
            if (other.loopbackAddress == s.loopbackAddress && other.port == s.port &&
                !s.loopbackAddress.isUnspecified()) {
                error(s.line, 0,
                      "server " + s.name + " listens where " + other.name + " does (" +
                          s.loopbackAddress.toString() + " port " + std::to_string(s.port) + ")");
            }
        }
    }
    if (result.errors.empty()) {
        result.scenario = std::move(scenario);
    }
    return result;
}

ScenarioLoadResult Scenario::load(const std::filesystem::path& path) {
    std::ifstream in;
    if (const std::string why = wire::openInputFile(path, in); !why.empty()) {
        ScenarioLoadResult result;
        result.errors.push_back({path.string(), 0, 0, "cannot open the file: " + why});
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), path.string(), path.parent_path());
}

const ScenarioServer* Scenario::resolver() const {
    const auto it = std::find_if(m_servers.begin(), m_servers.end(),
                                 [](const auto& s) { return s.role == ServerRole::Resolver; });
    return it == m_servers.end() ? nullptr : &*it;
}

const ScenarioServer* Scenario::serverByName(std::string_view name) const {
    const auto it = std::find_if(m_servers.begin(), m_servers.end(), [&](const auto& s) {
        return wire::equalsIgnoringCase(s.name, name);
    });
    return it == m_servers.end() ? nullptr : &*it;
}

const ScenarioServer* Scenario::serverByDisplayAddress(const wire::Ipv4Address& a) const {
    const auto it = std::find_if(m_servers.begin(), m_servers.end(),
                                 [&](const auto& s) { return s.displayAddress == a; });
    return it == m_servers.end() ? nullptr : &*it;
}

AuthorityLoadResult Scenario::loadAuthority(const ScenarioServer& server,
                                            AuthorityOptions options) {
    AuthorityLoadResult result;
    Authority authority(options);
    for (const auto& zone : server.zones) {
        auto loaded = Zone::fromFile(zone.file, zone.origin);
        result.errors.insert(result.errors.end(), loaded.errors.begin(), loaded.errors.end());
        result.warnings.insert(result.warnings.end(), loaded.warnings.begin(),
                               loaded.warnings.end());
        if (loaded.zone) {
            authority.addZone(std::move(*loaded.zone));
        }
    }
    if (result.errors.empty()) {
        result.authority = std::move(authority);
    }
    return result;
}

RootHintsResult Scenario::loadRootHints() const {
    const ScenarioServer* r = resolver();
    if (!r) {
        RootHintsResult result;
        result.errors.push_back({m_fileName, 0, 0, "the scenario has no resolver"});
        return result;
    }
    return RootHints::load(r->rootHints);
}

std::vector<ZoneFileError> Scenario::check() const {
    std::vector<ZoneFileError> errors;
    for (const auto& server : m_servers) {
        if (server.role == ServerRole::Resolver) {
            auto hints = RootHints::load(server.rootHints);
            errors.insert(errors.end(), hints.errors.begin(), hints.errors.end());
            continue;
        }
        auto loaded = loadAuthority(server);
        errors.insert(errors.end(), loaded.errors.begin(), loaded.errors.end());
    }
    return errors;
}

} // namespace hopscope::dns
