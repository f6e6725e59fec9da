// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// hopscope-cli lab: the lab (a small internet of network namespaces) from a terminal.

#include "command.h"
#include "engine/parse_number.h"
#include "engine/running_lab.h"
#include "lab/bridge_fdb.h"
#include "lab/conntrack_table.h"
#include "lab/fault.h"
#include "lab/interface_table.h"
#include "lab/lab_session.h"
#include "lab/neighbour_table.h"
#include "lab/route_table.h"
#include "lab/topology.h"
#include "lab_tables_text.h"
#include "stop_signal.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <linux/netlink.h>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace hopscope::cli {

namespace {

const char* const kLabUsage =
    "Usage: hopscope-cli lab up [--duration S] [--save FILE.pcapng|-]\n"
    "       hopscope-cli lab exec NODE -- PROGRAM [ARGS...]\n"
    "       hopscope-cli lab shell NODE\n"
    "       hopscope-cli lab tables NODE [neigh|routes|fdb|nat]\n"
    "       hopscope-cli lab run [--fault SPEC ...] --do \"NODE: COMMAND\" [--do ...]\n"
    "                            [--save FILE.pcapng]\n"
    "\n"
    "The lab is a small internet inside this computer, built from the Linux kernel's own\n"
    "network namespaces without root: a laptop on a home switch behind a NAT router, the ISP's\n"
    "router and resolver, a core router, the DNS servers at their real addresses, and a data\n"
    "centre with a load balancer and web servers. It has no link to this computer's network.\n"
    "\n"
    "  up      start the lab with Hopscope's DNS servers inside (the root server on\n"
    "          198.41.0.4:53 in node root-a, the resolver the laptop uses on 198.18.1.53),\n"
    "          print its nodes, run until Ctrl-C or --duration seconds;\n"
    "          --save writes every frame seen at every interface as pcapng ('-': standard\n"
    "          output, e.g. | wireshark -k -i -)\n"
    "  exec    run a program inside a node of the running lab (dig, curl, ping, traceroute,\n"
    "          ip route, nft list ruleset, ss -tan ...)\n"
    "  shell   an interactive shell inside a node of the running lab\n"
    "  tables  a node's own state tables, as its kernel holds them: neigh (the ARP cache:\n"
    "          address, MAC, state, interface), routes (its interfaces and addresses, and the\n"
    "          main routing table), fdb (a switch's MAC table: which port each MAC was\n"
    "          learned on, and when it ages out), nat (connection tracking: each connection's\n"
    "          original and reply addresses, so a NAT router's rewrite shows); all of them\n"
    "          when none is named (fdb only on a switch, nat only on a NAT gateway)\n"
    "  run     start a lab, run each --do command inside its node in order (output prefixed\n"
    "          with the node), stop, and write the capture; exits 1 if the lab cannot start,\n"
    "          else with the first failing command's status\n"
    "\n"
    "exec, shell and tables use this user's newest running lab, or the one whose helper has\n"
    "the pid in $HOPSCOPE_LAB.\n"
    "\n"
    "Faults (lab run --fault SPEC):\n";

// Writes the capture stream to a file or standard output, from the capture thread.
class CaptureFile {
public:
    bool open(const std::string& path, std::ostream& err) {
        if (path.empty()) {
            return true;
        }
        if (path == "-") {
            m_out = &std::cout;
            return true;
        }
        m_file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
        if (!*m_file) {
            err << "hopscope-cli lab: cannot write " << path << ": " << std::strerror(errno)
                << '\n';
            return false;
        }
        m_out = m_file.get();
        return true;
    }
    lab::LabSession::StreamSink sink() {
        if (m_out == nullptr) {
            return {};
        }
        return [this](std::span<const std::uint8_t> bytes) {
            std::lock_guard lock(m_mutex);
            m_out->write(reinterpret_cast<const char*>(bytes.data()),
                         static_cast<std::streamsize>(bytes.size()));
            m_out->flush();
        };
    }
    bool close() {
        std::lock_guard lock(m_mutex);
        if (m_file) {
            m_file->close();
            return !m_file->fail();
        }
        return true;
    }

private:
    std::mutex m_mutex;
    std::ostream* m_out = nullptr;
    std::unique_ptr<std::ofstream> m_file;
};

using engine::RunningLab;

std::unique_ptr<RunningLab> startLab(lab::LabSession::StreamSink sink, std::ostream& err) {
    RunningLab::Options options;
    options.onStream = std::move(sink);
    auto result = RunningLab::start(std::move(options));
    if (auto* failure = std::get_if<lab::LabFailure>(&result)) {
        err << "hopscope-cli lab: the lab cannot start. " << lab::labFailureAdvice(*failure)
            << '\n';
        return nullptr;
    }
    auto running = std::move(std::get<std::unique_ptr<RunningLab>>(result));
    const auto problems = running->servers().startDefault();
    if (!problems.empty()) {
        for (const auto& p : problems) {
            err << "hopscope-cli lab: " << p << '\n';
        }
        return nullptr;
    }
    return running;
}

// startLab() with its capture going to `savePath` (none when empty, '-' standard output).
std::unique_ptr<RunningLab> startSavingLab(const std::string& savePath, CaptureFile& capture,
                                           std::ostream& err) {
    if (!capture.open(savePath, err)) {
        return nullptr;
    }
    return startLab(capture.sink(), err);
}

void printNodes(const lab::LabSession& session, std::ostream& out) {
    const lab::Topology& topology = session.topology();
    for (const auto& node : topology.nodes) {
        out << node.name << std::string(node.name.size() < 15 ? 15 - node.name.size() : 1, ' ')
            << lab::nodeRoleName(node.role) << '\n';
        for (const auto& i : node.interfaces) {
            out << "    " << i.name << "  " << i.mac.toString();
            for (const auto& a : i.addresses) {
                out << "  " << a.toString();
            }
            if (const auto peer = topology.peerOf({node.name, i.name})) {
                out << "  -> " << peer->toString();
            }
            out << '\n';
        }
        for (const auto& r : node.routes) {
            out << "    route " << r.destination.toString() << " via " << r.gateway.toString()
                << '\n';
        }
    }
}

// nsenter's arguments to run `program` inside the node whose anchor is `anchor`: its user,
// network, mount (its resolv.conf) and UTS (its host name) namespaces.
std::vector<std::string> nsenterArgs(pid_t anchor, const std::vector<std::string>& program) {
    std::vector<std::string> argv = {
        "nsenter", "--target", std::to_string(anchor),   "--user", "--net",
        "--mount", "--uts",    "--preserve-credentials", "--"};
    argv.insert(argv.end(), program.begin(), program.end());
    return argv;
}

[[noreturn]] void execOrDie(const std::vector<std::string>& argv) {
    std::vector<char*> raw;
    for (const auto& a : argv) {
        raw.push_back(const_cast<char*>(a.c_str()));
    }
    raw.push_back(nullptr);
    ::execvp(raw[0], raw.data());
    std::fprintf(stderr, "hopscope-cli lab: cannot run %s: %s\n", raw[0], std::strerror(errno));
    std::_Exit(127);
}

// A node of a running lab: the lab's helper and the process to enter.
struct FoundNode {
    pid_t helper = -1;
    lab::LabNode node;
};

// `node` in this user's newest running lab (or the one $HOPSCOPE_LAB names), or nullopt with
// the reason printed.
std::optional<FoundNode> findNode(const std::string& node, std::ostream& err) {
    const auto labs = lab::runningLabs();
    if (labs.empty()) {
        err << "hopscope-cli lab: no lab is running; start one with: hopscope-cli lab up\n";
        return std::nullopt;
    }
    pid_t helper = labs.back();
    if (const char* chosen = std::getenv("HOPSCOPE_LAB"); chosen != nullptr && *chosen != 0) {
        const auto it = std::find_if(labs.begin(), labs.end(),
                                     [&](pid_t pid) { return std::to_string(pid) == chosen; });
        if (it == labs.end()) {
            err << "hopscope-cli lab: HOPSCOPE_LAB=" << chosen
                << " is not the helper pid of a running lab of this user; running:";
            for (const pid_t pid : labs) {
                err << ' ' << pid;
            }
            err << '\n';
            return std::nullopt;
        }
        helper = *it;
    }
    const auto nodes = lab::queryLabNodes(helper);
    for (const auto& n : nodes) {
        if (n.name == node) {
            return FoundNode{helper, n};
        }
    }
    err << "hopscope-cli lab: the lab has no node \"" << node << "\"; its nodes:";
    for (const auto& n : nodes) {
        err << ' ' << n.name;
    }
    err << '\n';
    return std::nullopt;
}

int labUp(const std::vector<std::string>& args, CommandIo& io) {
    double duration = 0;
    std::string savePath;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--duration" && i + 1 < args.size()) {
            if (!engine::parseNumber(args[++i], duration, 0.0, 1e9)) {
                io.err << "hopscope-cli lab up: --duration wants seconds, not '" << args[i]
                       << "'\n";
                return 2;
            }
        } else if (args[i] == "--save" && i + 1 < args.size()) {
            savePath = args[++i];
        } else {
            io.err << "hopscope-cli lab up: unknown argument '" << args[i] << "'\n" << kLabUsage;
            return 2;
        }
    }
    // With the capture on standard output, everything said goes to standard error.
    std::ostream& say = savePath == "-" ? io.err : io.out;
    CaptureFile capture;
    auto lab = startSavingLab(savePath, capture, io.err);
    if (!lab) {
        return 1;
    }
    lab::LabSession* session = &lab->session();
    printNodes(*session, say);
    say << "The lab is up (built in " << session->buildTime().count() / 1000.0
        << " ms). In another terminal: hopscope-cli lab shell laptop\n";
    if (duration > 0) {
        say << "Running for " << duration << " s (Ctrl-C stops earlier).\n";
    } else {
        say << "Press Ctrl-C to stop.\n";
    }
    say << std::flush;
    waitForStopSignal(duration);
    const auto stats = session->captureStats();
    const auto began = std::chrono::steady_clock::now();
    lab->stop();
    const auto stopMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
    if (stats) {
        say << "Captured " << stats->received << " frames; the kernel dropped " << stats->dropped
            << ".\n";
    }
    say << "The lab is gone (stopped in " << stopMs << " ms).\n";
    if (!session->captureError().empty()) {
        io.err << "hopscope-cli lab up: the capture stream was damaged: " << session->captureError()
               << '\n';
        return 1;
    }
    return capture.close() ? 0 : 1;
}

int labExec(const std::vector<std::string>& args, CommandIo& io, bool shell) {
    if (args.empty() || (!shell && (args.size() < 3 || args[1] != "--"))) {
        io.err << kLabUsage;
        return 2;
    }
    const auto found = findNode(args[0], io.err);
    if (!found) {
        return 1;
    }
    const pid_t anchor = found->node.anchor;
    std::vector<std::string> program;
    if (shell) {
        const char* userShell = std::getenv("SHELL");
        program = {userShell != nullptr && *userShell != 0 ? userShell : "/bin/sh", "-i"};
    } else {
        program.assign(args.begin() + 2, args.end());
    }
    io.out.flush();
    io.err.flush();
    execOrDie(nsenterArgs(anchor, program));
}

// Runs `command` through sh inside the node; each output line goes out prefixed "node| ".
// posix_spawnp, not fork: the lab's servers run threads here, and a forked child that
// allocates before exec can hang forever on a lock one of them held.
int runInside(pid_t anchor, const std::string& node, const std::string& command, CommandIo& io) {
    int output[2];
    if (::pipe2(output, O_CLOEXEC) != 0) {
        io.err << "hopscope-cli lab run: pipe: " << std::strerror(errno) << '\n';
        return 127;
    }
    const auto argv = nsenterArgs(anchor, {"/bin/sh", "-c", command});
    std::vector<char*> raw;
    for (const auto& a : argv) {
        raw.push_back(const_cast<char*>(a.c_str()));
    }
    raw.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDERR_FILENO);
    pid_t pid = -1;
    const int spawnError = ::posix_spawnp(&pid, raw[0], &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(output[1]);
    if (spawnError != 0) {
        ::close(output[0]);
        io.err << "hopscope-cli lab run: cannot run " << raw[0] << ": " << std::strerror(spawnError)
               << '\n';
        return 127;
    }
    std::string pending;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(output[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        pending.append(buffer, static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
        std::size_t newline = 0;
        while ((newline = pending.find('\n')) != std::string::npos) {
            io.out << node << "| " << pending.substr(0, newline + 1);
            pending.erase(0, newline + 1);
        }
    }
    if (!pending.empty()) {
        io.out << node << "| " << pending << '\n';
    }
    ::close(output[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    io.out.flush();
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int labRun(const std::vector<std::string>& args, CommandIo& io) {
    std::vector<std::pair<std::string, std::string>> steps;
    std::vector<lab::FaultSpec> faults;
    std::string savePath;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--fault" && i + 1 < args.size()) {
            const auto parsed = lab::parseFaultSpec(args[++i]);
            if (!parsed.spec) {
                io.err << "hopscope-cli lab run: " << parsed.error << '\n';
                return 2;
            }
            faults.push_back(*parsed.spec);
        } else if (args[i] == "--do" && i + 1 < args.size()) {
            const std::string& step = args[++i];
            const auto colon = step.find(':');
            if (colon == std::string::npos || colon == 0) {
                io.err << "hopscope-cli lab run: --do wants \"NODE: COMMAND\", not '" << step
                       << "'\n";
                return 2;
            }
            std::string command = step.substr(colon + 1);
            command.erase(0, command.find_first_not_of(' '));
            steps.emplace_back(step.substr(0, colon), command);
        } else if (args[i] == "--save" && i + 1 < args.size()) {
            savePath = args[++i];
        } else {
            io.err << "hopscope-cli lab run: unknown argument '" << args[i] << "'\n" << kLabUsage;
            return 2;
        }
    }
    CaptureFile capture;
    auto lab = startSavingLab(savePath, capture, io.err);
    if (!lab) {
        return 1;
    }
    lab::LabSession* session = &lab->session();
    for (std::size_t i = 0; i < faults.size(); ++i) {
        const std::string node = lab::faultNode(faults[i], session->topology());
        if (node.empty()) {
            io.err << "hopscope-cli lab run: the lab has no node \"" << faults[i].node << "\"\n";
            lab->stop();
            return 2;
        }
        if (auto error = lab::putInFault(*session, faults[i], i)) {
            io.err << "hopscope-cli lab run: cannot put in " << faults[i].toString() << ": "
                   << *error << '\n';
            lab->stop();
            return 1;
        }
        io.out << "Fault " << faults[i].toString() << " in " << node << ".\n";
    }
    int result = 0;
    for (const auto& [node, command] : steps) {
        const auto it = std::find_if(session->nodes().begin(), session->nodes().end(),
                                     [&](const lab::LabNode& n) { return n.name == node; });
        if (it == session->nodes().end()) {
            io.err << "hopscope-cli lab run: the lab has no node \"" << node << "\"\n";
            result = result == 0 ? 2 : result;
            break;
        }
        io.out << node << "$ " << command << '\n';
        const int status = runInside(it->anchor, node, command, io);
        if (status != 0) {
            io.out << node << "| (exit status " << status << ")\n";
            result = result == 0 ? status : result;
        }
    }
    const auto stats = session->captureStats();
    lab->stop();
    if (stats) {
        io.out << "Captured " << stats->received << " frames; the kernel dropped " << stats->dropped
               << ".\n";
    }
    if (!capture.close()) {
        io.err << "hopscope-cli lab run: writing " << savePath << " failed\n";
        return 1;
    }
    return result;
}

// One table of `lab tables`: read over a netlink socket the helper makes inside the node.
template <typename Row, typename Read, typename Print>
bool printTable(const FoundNode& found, int protocol, Read read, Print print, CommandIo& io) {
    auto socket =
        lab::queryLabSocket(found.helper, found.node.name, AF_NETLINK, SOCK_RAW, protocol);
    if (auto* error = std::get_if<std::string>(&socket)) {
        io.err << "hopscope-cli lab tables: no netlink socket in " << found.node.name << ": "
               << *error << '\n';
        return false;
    }
    const auto rows = read(std::get<lab::OwnedFd>(socket).get());
    if (const auto* error = std::get_if<std::string>(&rows)) {
        io.err << "hopscope-cli lab tables: " << found.node.name << ": " << *error << '\n';
        return false;
    }
    io.out << print(std::get<std::vector<Row>>(rows));
    return true;
}

int labTables(const std::vector<std::string>& args, CommandIo& io) {
    static const std::array<std::string, 4> kKinds{"neigh", "routes", "fdb", "nat"};
    if (args.empty() || args.size() > 2 ||
        (args.size() == 2 && std::find(kKinds.begin(), kKinds.end(), args[1]) == kKinds.end())) {
        if (args.size() == 2) {
            io.err << "hopscope-cli lab tables: unknown table '" << args[1]
                   << "'; accepted: neigh, routes, fdb, nat\n";
        } else {
            io.err << kLabUsage;
        }
        return 2;
    }
    const auto found = findNode(args[0], io.err);
    if (!found) {
        return 1;
    }
    const std::string kind = args.size() == 2 ? args[1] : "";
    const bool all = kind.empty();
    bool ok = true;
    if (all || kind == "routes") {
        ok = ok &&
             printTable<lab::NetworkInterface>(*found, NETLINK_ROUTE, lab::InterfaceTable::read,
                                               LabTablesText::interfaces, io);
        ok = ok && printTable<lab::RouteEntry>(*found, NETLINK_ROUTE, lab::RouteTable::read,
                                               LabTablesText::routes, io);
    }
    if (all || kind == "neigh") {
        ok = ok && printTable<lab::NeighbourEntry>(*found, NETLINK_ROUTE, lab::NeighbourTable::read,
                                                   LabTablesText::neighbours, io);
    }
    if ((all && found->node.role == lab::NodeRole::Switch) || kind == "fdb") {
        ok = ok && printTable<lab::FdbEntry>(*found, NETLINK_ROUTE, lab::BridgeFdb::read,
                                             LabTablesText::fdb, io);
    }
    if ((all && found->node.role == lab::NodeRole::NatGateway) || kind == "nat") {
        ok = ok &&
             printTable<lab::ConntrackEntry>(*found, NETLINK_NETFILTER, lab::ConntrackTable::read,
                                             LabTablesText::conntrack, io);
    }
    return ok ? 0 : 1;
}

int labExecCommand(const std::vector<std::string>& args, CommandIo& io) {
    return labExec(args, io, false);
}

int labShellCommand(const std::vector<std::string>& args, CommandIo& io) {
    return labExec(args, io, true);
}

constexpr std::array kLabCommands{
    Command{"up", "", labUp},
    Command{"exec", "", labExecCommand},
    Command{"shell", "", labShellCommand},
    Command{"tables", "", labTables},
    Command{"run", "", labRun},
};

} // namespace

int runLab(const std::vector<std::string>& args, CommandIo& io) {
    static const std::string usage = std::string(kLabUsage) + lab::faultSpecHelp();
    return runSubcommand("lab", usage, kLabCommands, args, io);
}

} // namespace hopscope::cli
