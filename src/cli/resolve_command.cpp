// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli resolve NAME [TYPE]`: our iterative resolver, against the scenario's servers
// started in-process or against any servers named by a root-hints file, with a transcript
// like `dig +trace`.
#include "command.h"
#include "dns/address_map.h"
#include "dns/root_hints.h"
#include "dns/scenario.h"
#include "engine/dns_hierarchy.h"
#include "engine/dns_resolver_service.h"
#include "engine/parse_number.h"
#include "engine/resource_locator.h"
#include "trace/trace_file.h"
#include "wire/dns_message.h"

#include <chrono>
#include <cstdio>
#include <future>
#include <iomanip>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

namespace hopscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: hopscope-cli resolve NAME [TYPE] [--trace] [--scenario FILE]\n"
    "                            [--root-hints FILE [--port PORT]] [--timeout MS]\n"
    "                            [--live-internet] [--save FILE]\n"
    "\n"
    "Resolves NAME (TYPE: A, AAAA, MX, TXT, ... default A) with Hopscope's iterative\n"
    "resolver and prints the answer like `dig +short`, then a status line.\n"
    "\n"
    "  --trace            print every step like `dig +trace`: the server asked, the\n"
    "                     question, the records that came back, timings and a note\n"
    "  --scenario FILE    start the DNS servers of FILE in-process (default: the shipped\n"
    "                     default scenario) and resolve through them\n"
    "  --root-hints FILE  start no servers: begin at the root servers FILE names (the\n"
    "                     named.root format). Servers there and in referrals are reached\n"
    "                     on loopback: a 127.x.y.z address as it is, a scenario display\n"
    "                     address (198.41.0.4) at that server's loopback address from the\n"
    "                     scenario. named.root has no ports, so all of them must listen on\n"
    "  --port PORT        (default 53), e.g. NSD instances on 127.0.1.x@PORT\n"
    "  --timeout MS       give up after MS milliseconds in all (default 30000)\n"
    "  --save FILE        write every query and response the in-process servers and the\n"
    "                     resolver exchanged as pcapng (each note as the packet comment)\n"
    "  --live-internet    LIVE INTERNET: start at the real root servers and send queries\n"
    "                     over the internet. Off unless given; never used by the tests\n";

// Servers outside the process: loopback hints as they are, scenario display addresses at
// their scenario loopback address, every one on the same port (as NSD instances would be).
class HintsAddressMap final : public dns::AddressMap {
public:
    HintsAddressMap(std::uint16_t port, std::map<wire::Ipv4Address, wire::Ipv4Address> display)
        : m_port(port), m_display(std::move(display)) {}

    [[nodiscard]] std::optional<dns::Endpoint>
    endpointFor(const wire::Ipv4Address& address) const override {
        if (address.isLoopback()) {
            return dns::Endpoint{address, m_port};
        }
        const auto it = m_display.find(address);
        if (it != m_display.end()) {
            return dns::Endpoint{it->second, m_port};
        }
        return std::nullopt;
    }

private:
    std::uint16_t m_port;
    std::map<wire::Ipv4Address, wire::Ipv4Address> m_display;
};

std::string millis(std::int64_t ns) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << static_cast<double>(ns) / 1e6 << " ms";
    return out.str();
}

std::string hex16(std::uint16_t value) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%04x", value);
    return text;
}

std::string transportName(dns::Transport transport) {
    return transport == dns::Transport::Tcp ? "TCP" : "UDP";
}

std::string recordLine(const wire::DnsRecord& record) {
    return record.name.toText() + '\t' + std::to_string(record.ttl) + '\t' +
           wire::dnsClassName(record.rclass) + '\t' + wire::dnsTypeName(record.type()) + '\t' +
           record.rdataToPresentation();
}

void printRecords(std::ostream& out, const std::vector<wire::DnsRecord>& records) {
    for (const auto& record : records) {
        if (record.type() != wire::DnsType::OPT) {
            out << recordLine(record) << '\n';
        }
    }
}

std::string statusName(const dns::ResolverResult& result) {
    return wire::dnsRcodeName(result.rcode);
}

bool isReply(dns::ResolverStepKind kind) {
    switch (kind) {
    case dns::ResolverStepKind::Referral:
    case dns::ResolverStepKind::Answer:
    case dns::ResolverStepKind::CnameRestart:
    case dns::ResolverStepKind::NxDomain:
    case dns::ResolverStepKind::NoData:
    case dns::ResolverStepKind::Truncated:
    case dns::ResolverStepKind::ServerFailure:
    case dns::ResolverStepKind::Lame:
        return true;
    default:
        return false;
    }
}

void printTrace(std::ostream& out, const engine::Resolution& r) {
    std::int64_t sentAt = 0;
    bool replyShown = true;
    std::size_t queryNumber = 0;
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const dns::ResolverStep& step = r.steps[i];
        const std::int64_t at = i < r.stepTimesNs.size() ? r.stepTimesNs[i] : 0;
        const std::string indent(step.depth * 2, ' ');
        if (step.kind == dns::ResolverStepKind::QuerySent) {
            sentAt = at;
            replyShown = false;
            ++queryNumber;
            out << '\n'
                << indent << ";; " << queryNumber << ". " << step.question.name.toText() << " IN "
                << wire::dnsTypeName(step.question.type) << " -> " << step.serverName.toText()
                << " (" << (step.server ? step.server->toString() : std::string("?"));
            if (step.endpoint) {
                out << ", really " << step.endpoint->toString();
            }
            out << ") over " << transportName(step.transport) << ", id " << hex16(step.queryId)
                << ", source port " << step.sourcePort << ", at +" << millis(at) << '\n';
            continue;
        }
        if (isReply(step.kind) && !step.bytes.empty() && !replyShown) {
            replyShown = true;
            const auto decoded = wire::DnsMessage::decode(step.bytes);
            if (decoded.ok()) {
                const auto& m = *decoded.message;
                printRecords(out, m.answers);
                printRecords(out, m.authorities);
                printRecords(out, m.additionals);
                out << indent << ";; Received " << step.bytes.size() << " bytes from "
                    << (step.server ? step.server->toString() : std::string("?")) << "#53("
                    << step.serverName.toText() << ") in " << millis(at - sentAt) << ": "
                    << wire::dnsRcodeName(m.rcode()) << (m.header.authoritative ? ", aa" : "")
                    << (m.header.truncated ? ", tc" : "") << '\n';
            }
        }
        out << indent << ";; " << step.note << '\n';
    }
}

void printResult(std::ostream& out, const engine::Resolution& r, bool trace) {
    const dns::ResolverResult& result = r.result;
    if (trace) {
        out << "\n;; ANSWER for " << result.question.name.toText() << " IN "
            << wire::dnsTypeName(result.question.type) << ": " << statusName(result) << '\n';
        printRecords(out, result.answers);
        if (!result.authorities.empty()) {
            out << ";; AUTHORITY:\n";
            printRecords(out, result.authorities);
        }
    } else {
        for (const auto& record : result.answers) {
            out << record.rdataToPresentation() << '\n';
        }
    }
    out << ";; status: " << statusName(result) << ", " << result.answers.size()
        << (result.answers.size() == 1 ? " answer" : " answers") << ", " << result.queriesSent
        << (result.queriesSent == 1 ? " query" : " queries")
        << (result.fromCache ? " (from the cache)" : "") << ", " << millis(r.durationNs);
    if (result.outcome == dns::ResolverResult::Outcome::ServFail && !result.failure.empty()) {
        out << ": " << result.failure;
    }
    out << '\n';
}

} // namespace

int runResolve(const std::vector<std::string>& args, CommandIo& io) {
    std::vector<std::string> positional;
    bool trace = false;
    bool live = false;
    std::optional<std::string> scenarioPath;
    std::optional<std::string> hintsPath;
    std::optional<std::string> savePath;
    std::uint16_t port = 53;
    bool portGiven = false;
    std::int64_t timeoutMs = 30000;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "--trace") {
            trace = true;
        } else if (a == "--live-internet") {
            live = true;
        } else if (a == "--scenario" && hasValue) {
            scenarioPath = args[++i];
        } else if (a == "--save" && hasValue) {
            savePath = args[++i];
        } else if (a == "--root-hints" && hasValue) {
            hintsPath = args[++i];
        } else if (a == "--port" && hasValue) {
            if (!engine::parseNumber<std::uint16_t>(args[++i], port, 1)) {
                io.err << "hopscope-cli resolve: bad port '" << args[i] << "'\n";
                return 2;
            }
            portGiven = true;
        } else if (a == "--timeout" && hasValue) {
            if (!engine::parseNumber<std::int64_t>(args[++i], timeoutMs, 1)) {
                io.err << "hopscope-cli resolve: bad timeout '" << args[i] << "'\n";
                return 2;
            }
        } else if (a == "--help") {
            io.out << kUsage;
            return 0;
        } else if (!a.starts_with("--")) {
            positional.push_back(a);
        } else {
            io.err << "hopscope-cli resolve: unexpected argument '" << a << "'\n" << kUsage;
            return 2;
        }
    }
    if (positional.empty() || positional.size() > 2) {
        io.err << kUsage;
        return 2;
    }
    if (portGiven && !hintsPath) {
        io.err << "hopscope-cli resolve: --port goes with --root-hints\n";
        return 2;
    }
    if (live && hintsPath) {
        io.err << "hopscope-cli resolve: --live-internet and --root-hints exclude each other\n";
        return 2;
    }
    if (savePath && (live || hintsPath)) {
        io.err << "hopscope-cli resolve: --save records the servers started in-process; it does "
                  "not go with --root-hints or --live-internet\n";
        return 2;
    }
    std::string problem;
    const auto name = wire::DnsName::parse(positional[0], &problem);
    if (!name) {
        io.err << "hopscope-cli resolve: bad name '" << positional[0] << "': " << problem << '\n';
        return 2;
    }
    const auto type =
        positional.size() > 1 ? wire::dnsTypeFromName(positional[1]) : wire::DnsType::A;
    if (!type) {
        io.err << "hopscope-cli resolve: unknown type '" << positional[1] << "'\n";
        return 2;
    }

    // The scenario: servers to start, or (with --root-hints) the display -> loopback table.
    std::optional<dns::Scenario> scenario;
    if (!live) {
        std::filesystem::path path;
        if (scenarioPath) {
            path = *scenarioPath;
        } else if (auto found = engine::ResourceLocator::defaultScenario()) {
            path = *found;
        }
        if (!path.empty()) {
            dns::ScenarioLoadResult loaded = dns::Scenario::load(path);
            if (!loaded.ok()) {
                for (const auto& error : loaded.errors) {
                    io.err << error.toString() << '\n';
                }
                return 1;
            }
            scenario = std::move(loaded.scenario);
        } else if (!hintsPath) {
            io.err << "hopscope-cli resolve: cannot find the default scenario (set "
                      "HOPSCOPE_RESOURCE_DIR or pass --scenario FILE)\n";
            return 1;
        }
    }

    engine::DnsHierarchy hierarchy;
    std::unique_ptr<engine::ResolverService> standalone;
    engine::ResolverService* resolver = nullptr;
    std::vector<dns::RootServerHint> hintsShown;
    engine::ResolverServiceOptions options;
    options.serveClients = false;
    if (hintsPath || live) {
        dns::RootHints hints;
        std::shared_ptr<const dns::AddressMap> addresses;
        if (live) {
            io.err << ";; LIVE INTERNET MODE: queries go to the real root servers and beyond\n";
            hints = engine::DnsHierarchy::internetRootHints();
            addresses = std::make_shared<dns::IdentityAddressMap>();
            options.outgoingAddress = wire::Ipv4Address{};
            options.liveInternet = true;
        } else {
            dns::RootHintsResult loaded = dns::RootHints::load(*hintsPath);
            if (!loaded.ok()) {
                for (const auto& error : loaded.errors) {
                    io.err << error.toString() << '\n';
                }
                return 1;
            }
            hints = std::move(*loaded.hints);
            std::map<wire::Ipv4Address, wire::Ipv4Address> display;
            if (scenario) {
                for (const auto& server : scenario->servers()) {
                    display[server.displayAddress] = server.loopbackAddress;
                }
            }
            addresses = std::make_shared<HintsAddressMap>(port, std::move(display));
        }
        hintsShown = hints.servers();
        standalone =
            std::make_unique<engine::ResolverService>(std::move(hints), addresses, options);
        if (auto error = standalone->start()) {
            io.err << "hopscope-cli resolve: " << error->message << '\n';
            return 1;
        }
        resolver = standalone.get();
    } else {
        engine::DnsHierarchyOptions hierarchyOptions;
        hierarchyOptions.record = savePath.has_value();
        hierarchy.setOptions(hierarchyOptions);
        const auto problems = hierarchy.start(*scenario);
        if (!problems.empty()) {
            for (const auto& p : problems) {
                io.err << "hopscope-cli resolve: " << p << '\n';
            }
            return 1;
        }
        resolver = hierarchy.resolver();
        if (resolver == nullptr) {
            io.err << "hopscope-cli resolve: the scenario has no resolver\n";
            return 1;
        }
        if (auto hints = scenario->loadRootHints(); hints.hints) {
            hintsShown = hints.hints->servers();
        }
    }

    if (trace) {
        io.out << "; <<>> hopscope-cli resolve <<>> " << name->toText() << ' '
               << wire::dnsTypeName(*type) << '\n';
        io.out << ";; starting at the root hints:";
        for (const auto& hint : hintsShown) {
            io.out << ' ' << hint.name.toText();
            for (const auto& address : hint.ipv4) {
                io.out << ' ' << address.toString();
            }
            io.out << ';';
        }
        io.out << '\n';
        if (!hierarchy.servers().empty()) {
            io.out << ";; servers started in-process (display address -> real endpoint):\n";
            for (const auto& info : hierarchy.servers()) {
                io.out << ";;   " << info.name << ' ' << info.displayAddress.toString() << " -> "
                       << info.endpoint.toString() << '\n';
            }
        }
    }

    auto promise = std::make_shared<std::promise<engine::Resolution>>();
    auto future = promise->get_future();
    resolver->resolve(*name, *type,
                      [promise](const engine::Resolution& r) { promise->set_value(r); });
    if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready) {
        io.err << "hopscope-cli resolve: no result within " << timeoutMs << " ms\n";
        return 1;
    }
    const engine::Resolution resolution = future.get();
    if (trace) {
        printTrace(io.out, resolution);
    }
    printResult(io.out, resolution, trace);
    if (savePath) {
        const std::shared_ptr<hopscope::trace::Trace> events = hierarchy.trace();
        // `trace` is the --trace flag here.
        const hopscope::trace::TraceFileResult saved =
            hopscope::trace::TraceFile::save(*events, *savePath);
        if (!saved.ok()) {
            io.err << "hopscope-cli resolve: " << *savePath << ": " << saved.error << '\n';
            return 1;
        }
        io.out << ";; saved " << events->size() << " messages to " << *savePath << '\n';
    }
    return resolution.result.outcome == dns::ResolverResult::Outcome::ServFail ? 1 : 0;
}

} // namespace hopscope::cli
