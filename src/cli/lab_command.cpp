// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// hopscope-cli lab: the lab (a small internet of network namespaces) from a terminal.

#include "command.h"
#include "engine/running_lab.h"
#include "engine/parse_number.h"
#include "lab/fault.h"
#include "lab/lab_session.h"
#include "lab/topology.h"
#include "stop_signal.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <ostream>
#include <sstream>
#include <string>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace hopscope::cli {

namespace {

const char* const kLabUsage =
    "Usage: hopscope-cli lab up [--duration S] [--save FILE.pcapng|-]\n"
    "       hopscope-cli lab exec NODE -- PROGRAM [ARGS...]\n"
    "       hopscope-cli lab shell NODE\n"
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
    "  run     start a lab, run each --do command inside its node in order (output prefixed\n"
    "          with the node), stop, and write the capture; exits 1 if the lab cannot start,\n"
    "          else with the first failing command's status\n"
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

// The anchor of `node` in this user's newest running lab, or -1 with the reason printed.
pid_t findNode(const std::string& node, std::ostream& err) {
    const auto labs = lab::runningLabs();
    if (labs.empty()) {
        err << "hopscope-cli lab: no lab is running; start one with: hopscope-cli lab up\n";
        return -1;
    }
    const auto nodes = lab::queryLabNodes(labs.back());
    for (const auto& n : nodes) {
        if (n.name == node) {
            return n.anchor;
        }
    }
    err << "hopscope-cli lab: the lab has no node \"" << node << "\"; its nodes:";
    for (const auto& n : nodes) {
        err << ' ' << n.name;
    }
    err << '\n';
    return -1;
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
    const pid_t anchor = findNode(args[0], io.err);
    if (anchor < 0) {
        return 1;
    }
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
        io.err << "hopscope-cli lab run: cannot run " << raw[0] << ": "
               << std::strerror(spawnError) << '\n';
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
    Command{"run", "", labRun},
};

} // namespace

int runLab(const std::vector<std::string>& args, CommandIo& io) {
    static const std::string usage = std::string(kLabUsage) + lab::faultSpecHelp();
    return runSubcommand("lab", usage, kLabCommands, args, io);
}

} // namespace hopscope::cli
