// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// hopscope-lab-helper: builds the lab's network from namespaces and serves the app. It is a
// separate program because unshare(CLONE_NEWUSER) needs a single-threaded process and the app
// is not one. It talks to the app over the SOCK_SEQPACKET socket given as --control FD:
//
//   app -> helper  "start\n" TOPOLOGY-TEXT   [capture pipe's write end]
//   helper -> app  "ready MICROSECONDS\n" + "node NAME ROLE ANCHOR-PID" lines
//                  | "failed CODE DETAIL"
//   app -> helper  "socket NODE DOMAIN TYPE PROTOCOL"  -> "ok" [fd] | "error TEXT"
//                  "nft NODE\n" RULES                  -> "ok" | "error TEXT"
//                  "tc NODE\n" COMMANDS                -> "ok" | "error TEXT"
//                  "stats"                             -> "stats RECEIVED DROPPED"
//                  "stop"                              -> "stopped", then exit
//
// `hopscope-cli lab exec` in another terminal finds a running lab through the abstract UNIX
// socket "@hopscope-lab/UID/PID" (abstract: nothing left in the file system) and asks it
// "nodes", or (`lab tables`) "socket NODE DOMAIN TYPE PROTOCOL" as above; only the user who
// started the lab is answered, who could enter the nodes with nsenter anyway.

#include "lab/control_channel.h"
#include "lab/topology_text.h"
#include "lab_network.h"
#include "packet_capture.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace hopscope::lab;

namespace {

constexpr std::uint64_t kControlTag = 1ULL << 40;
constexpr std::uint64_t kListenerTag = 2ULL << 40;
constexpr std::uint64_t kSignalTag = 3ULL << 40;
constexpr std::uint64_t kQueryTag = 4ULL << 40;

OwnedFd listenForQueries(uid_t uid) {
    OwnedFd fd(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!fd.valid()) {
        return fd;
    }
    const std::string name =
        "hopscope-lab/" + std::to_string(uid) + '/' + std::to_string(::getpid());
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, name.data(), name.size());
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&address), length) != 0 ||
        ::listen(fd.get(), 8) != 0) {
        fd.reset();
    }
    return fd;
}

std::string nodesText(const LabNetwork& network, const Topology& topology) {
    std::string out;
    for (const auto& handle : network.nodes()) {
        out += "node " + handle.name + ' ' + nodeRoleName(topology.node(handle.name)->role) + ' ' +
               std::to_string(handle.anchor) + '\n';
    }
    return out;
}

std::optional<int> parseInt(std::string_view text) {
    try {
        std::size_t used = 0;
        const int value = std::stoi(std::string(text), &used);
        return used == text.size() ? std::optional<int>(value) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) {
            out.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

class Helper {
public:
    Helper(int control, uid_t uid) : m_control(control), m_uid(uid) {}

    int run();

private:
    void fail(const LabFailure& failure) {
        sendControlMessage(m_control, "failed " + failure.toText());
    }
    void handleControl(const ControlMessage& message);
    void handleQuery(int fd);
    // Answers "socket NODE DOMAIN TYPE PROTOCOL" (the words after "socket") on `fd`.
    void sendSocket(int fd, std::string_view request);
    void stop(bool reply);

    int m_control;
    uid_t m_uid;
    Topology m_topology;
    LabNetwork m_network;
    PacketCapture m_capture;
    bool m_capturing = false;
    OwnedFd m_captureOutput;
    bool m_running = true;
};

int Helper::run() {
    ControlMessage start;
    if (receiveControlMessage(m_control, start) != ReceiveStatus::Message ||
        firstWord(start.text) != "start") {
        return 2;
    }
    const auto parsed = parseTopologyText(afterFirstWord(start.text));
    auto problems = parsed.errors;
    if (parsed.ok()) {
        problems = parsed.topology.problems();
    }
    if (!problems.empty()) {
        std::string detail = "the topology cannot be built:";
        for (const auto& p : problems) {
            detail += ' ' + p + ';';
        }
        fail({LabFailureCode::SetupFailed, detail});
        return 1;
    }
    m_topology = parsed.topology;
    if (!start.fds.empty()) {
        m_captureOutput = std::move(start.fds.front());
    }
    const auto began = std::chrono::steady_clock::now();
    // The query socket is made before leaving the computer's namespaces, so `lab exec` run
    // there can reach it.
    OwnedFd listener = listenForQueries(m_uid);
    if (auto failure = LabNetwork::enterUserNamespace()) {
        fail(*failure);
        return 1;
    }
    if (auto failure = m_network.build(m_topology)) {
        m_network.tearDown();
        fail(*failure);
        return 1;
    }
    if (m_captureOutput.valid()) {
        if (auto problem = m_capture.open(m_network, m_topology, m_captureOutput.get())) {
            m_network.tearDown();
            fail({LabFailureCode::SetupFailed, *problem});
            return 1;
        }
        m_capturing = true;
    }
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - began)
                            .count();
    sendControlMessage(m_control,
                       "ready " + std::to_string(micros) + '\n' + nodesText(m_network, m_topology));

    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    OwnedFd signalFd(::signalfd(-1, &signals, SFD_CLOEXEC | SFD_NONBLOCK));

    OwnedFd epoll(::epoll_create1(EPOLL_CLOEXEC));
    auto watch = [&](int fd, std::uint64_t tag) {
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u64 = tag;
        ::epoll_ctl(epoll.get(), EPOLL_CTL_ADD, fd, &event);
    };
    watch(m_control, kControlTag);
    watch(signalFd.get(), kSignalTag);
    if (listener.valid()) {
        watch(listener.get(), kListenerTag);
    }
    const auto& sockets = m_capture.sockets();
    for (std::size_t i = 0; i < sockets.size(); ++i) {
        watch(sockets[i], i);
    }
    std::vector<epoll_event> events(256);
    while (m_running) {
        // Frames held for ordering come back out within a few milliseconds.
        const int timeout = m_capturing && m_capture.holding() ? 10 : -1;
        const int n =
            ::epoll_wait(epoll.get(), events.data(), static_cast<int>(events.size()), timeout);
        if (n < 0 && errno != EINTR) {
            break;
        }
        for (int k = 0; k < n && m_running; ++k) {
            const std::uint64_t tag = events[static_cast<std::size_t>(k)].data.u64;
            if (tag < kControlTag) {
                m_capture.drain(static_cast<std::size_t>(tag));
            } else if (tag == kControlTag) {
                ControlMessage message;
                const auto status = receiveControlMessage(m_control, message);
                if (status == ReceiveStatus::Message) {
                    handleControl(message);
                } else {
                    stop(false); // the app went away: the lab goes with it
                }
            } else if (tag == kSignalTag) {
                stop(false);
            } else if (tag == kListenerTag) {
                const int client = ::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC);
                if (client >= 0) {
                    handleQuery(client);
                    ::close(client);
                }
            }
        }
        if (m_capturing) {
            m_capture.flush();
        }
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    }
    return 0;
}

void Helper::handleControl(const ControlMessage& message) {
    const std::string_view verb = firstWord(message.text);
    if (verb == "socket") {
        sendSocket(m_control, afterFirstWord(message.text));
    } else if (verb == "nft" || verb == "tc") {
        const std::string_view rest = afterFirstWord(message.text);
        const auto newline = rest.find('\n');
        const std::string node(rest.substr(0, newline));
        const std::string input = newline == std::string_view::npos
                                      ? std::string{}
                                      : std::string(rest.substr(newline + 1));
        if (m_network.node(node) == nullptr) {
            sendControlMessage(m_control, "error no node \"" + node + "\"");
            return;
        }
        // Rules that count a connection's packets need the kernel to keep those counters.
        if (verb == "nft" && m_network.enter(node)) {
            LabNetwork::writeSysctl("/proc/sys/net/netfilter/nf_conntrack_acct", "1");
            m_network.enterRoot();
        }
        // Both read their commands from standard input: nft -f -, tc -batch - (tc(8)).
        const std::vector<std::string> program =
            verb == "nft" ? std::vector<std::string>{"nft", "-f", "-"}
                          : std::vector<std::string>{"tc", "-batch", "-"};
        std::string errors;
        const int status = m_network.run(node, program, input, errors);
        sendControlMessage(m_control, status == 0 ? std::string("ok") : "error " + errors);
    } else if (verb == "stats") {
        sendControlMessage(m_control, "stats " + std::to_string(m_capture.received()) + ' ' +
                                          std::to_string(m_capture.dropped()));
    } else if (verb == "stop") {
        stop(true);
    } else {
        sendControlMessage(m_control, "error unknown request \"" + std::string(verb) + "\"");
    }
}

void Helper::sendSocket(int fd, std::string_view request) {
    const auto args = split(request);
    if (args.size() != 4) {
        sendControlMessage(fd, "error socket NODE DOMAIN TYPE PROTOCOL");
        return;
    }
    const auto domain = parseInt(args[1]);
    const auto type = parseInt(args[2]);
    const auto protocol = parseInt(args[3]);
    const std::string node(args[0]);
    if (!domain || !type || !protocol || !m_network.enter(node)) {
        sendControlMessage(fd, "error no node \"" + node + "\" or bad numbers");
        return;
    }
    OwnedFd socket(::socket(*domain, *type | SOCK_CLOEXEC, *protocol));
    const int error = errno;
    m_network.enterRoot();
    if (!socket.valid()) {
        sendControlMessage(fd, std::string("error ") + std::strerror(error));
        return;
    }
    sendControlMessage(fd, "ok", {socket.get()});
}

void Helper::handleQuery(int fd) {
    ucred peer{};
    socklen_t length = sizeof peer;
    // Inside our user namespace the user who started the lab is uid 0.
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0 || peer.uid != 0) {
        return;
    }
    ControlMessage message;
    if (receiveControlMessage(fd, message) != ReceiveStatus::Message) {
        return;
    }
    const std::string_view verb = firstWord(message.text);
    if (verb == "nodes") {
        sendControlMessage(fd, nodesText(m_network, m_topology));
    } else if (verb == "socket") {
        sendSocket(fd, afterFirstWord(message.text));
    }
}

void Helper::stop(bool reply) {
    if (m_capturing) {
        m_capture.finish();
        m_capturing = false;
    }
    m_captureOutput.reset();
    m_network.tearDown();
    if (reply) {
        sendControlMessage(m_control, "stopped");
    }
    m_running = false;
}

} // namespace

int main(int argc, char** argv) {
    int control = -1;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--control") == 0) {
            control = parseInt(argv[i + 1]).value_or(-1);
        }
    }
    if (control < 0) {
        const char* usage = "hopscope-lab-helper is started by Hopscope (hopscope-cli lab up)\n";
        [[maybe_unused]] const ssize_t ignored = ::write(2, usage, std::strlen(usage));
        return 2;
    }
    // The lab goes when the app goes, even if the app is killed.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    std::signal(SIGPIPE, SIG_IGN);
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    sigprocmask(SIG_BLOCK, &signals, nullptr);
    if (::getppid() == 1) {
        return 1;
    }
    Helper helper(control, ::getuid());
    return helper.run();
}
