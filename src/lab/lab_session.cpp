// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_session.h"

#include "topology_text.h"
#include "wire/buffered_input.h"
#include "wire/pcapng_reader.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <future>
#include <istream>
#include <poll.h>
#include <sstream>
#include <streambuf>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hopscope::lab {

namespace {

constexpr auto kReplyTimeout = std::chrono::seconds(20);
constexpr auto kStopTimeout = std::chrono::seconds(10);

// Reads a pipe for the pcapng reader: underflow returns whatever one read() gives, so every
// block reaches the reader as soon as it is written; every byte read is also handed to the
// stream sink unchanged.
class PipeInputBuffer : public std::streambuf {
public:
    PipeInputBuffer(int fd, const LabSession::StreamSink& sink) : m_fd(fd), m_sink(sink) {}

protected:
    int_type underflow() override {
        ssize_t n = 0;
        do {
            n = ::read(m_fd, m_buffer, sizeof m_buffer);
        } while (n < 0 && errno == EINTR);
        if (n <= 0) {
            return traits_type::eof();
        }
        if (m_sink) {
            m_sink({reinterpret_cast<const std::uint8_t*>(m_buffer), static_cast<std::size_t>(n)});
        }
        setg(m_buffer, m_buffer, m_buffer + n);
        return traits_type::to_int_type(m_buffer[0]);
    }
    std::streamsize showmanyc() override { return egptr() - gptr(); }

private:
    int m_fd;
    const LabSession::StreamSink& m_sink;
    char m_buffer[64 * 1024];
};

bool waitReadable(int fd, std::chrono::milliseconds timeout) {
    pollfd p{fd, POLLIN, 0};
    int n = 0;
    do {
        n = ::poll(&p, 1, static_cast<int>(timeout.count()));
    } while (n < 0 && errno == EINTR);
    return n > 0;
}

bool isExecutable(const std::string& path) {
    return !path.empty() && ::access(path.c_str(), X_OK) == 0;
}

std::string abstractName(uid_t uid, pid_t helper) {
    return "hopscope-lab/" + std::to_string(uid) + '/' + std::to_string(helper);
}

} // namespace

std::vector<LabNode> parseLabNodes(std::string_view text) {
    std::vector<LabNode> nodes;
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string keyword;
        std::string name;
        std::string role;
        long pid = -1;
        if (words >> keyword >> name >> role >> pid && keyword == "node") {
            nodes.push_back(LabNode{name, parseNodeRole(role).value_or(NodeRole::Host),
                                    static_cast<pid_t>(pid)});
        }
    }
    return nodes;
}

std::string labHelperPath() {
    if (const char* path = std::getenv("HOPSCOPE_LAB_HELPER"); path != nullptr && *path != 0) {
        return isExecutable(path) ? std::string(path) : std::string{};
    }
    char self[4096] = {};
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        std::string dir(self, static_cast<std::size_t>(n));
        dir = dir.substr(0, dir.rfind('/'));
        const std::string beside = dir + "/../libexec/hopscope/hopscope-lab-helper";
        if (isExecutable(beside)) {
            return beside;
        }
    }
#ifdef HOPSCOPE_BUILD_LAB_HELPER
    if (isExecutable(HOPSCOPE_BUILD_LAB_HELPER)) {
        return HOPSCOPE_BUILD_LAB_HELPER;
    }
#endif
#ifdef HOPSCOPE_INSTALL_LAB_HELPER
    if (isExecutable(HOPSCOPE_INSTALL_LAB_HELPER)) {
        return HOPSCOPE_INSTALL_LAB_HELPER;
    }
#endif
    return {};
}

LabSession::LabSession(Options options) : m_options(std::move(options)) {}

LabSession::StartResult LabSession::start(Options options) {
    const std::string helper = options.helperPath.empty() ? labHelperPath() : options.helperPath;
    if (!isExecutable(helper)) {
        return LabFailure{LabFailureCode::HelperMissing,
                          helper.empty() ? "hopscope-lab-helper not found" : helper};
    }
    std::unique_ptr<LabSession> session(new LabSession(std::move(options)));
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        return LabFailure{LabFailureCode::SetupFailed,
                          std::string("socketpair: ") + std::strerror(errno)};
    }
    OwnedFd helperEnd(pair[1]);
    session->m_control.reset(pair[0]);
    int capture[2];
    if (::pipe2(capture, O_CLOEXEC) != 0) {
        return LabFailure{LabFailureCode::SetupFailed,
                          std::string("pipe: ") + std::strerror(errno)};
    }
    OwnedFd captureRead(capture[0]);
    OwnedFd captureWrite(capture[1]);

    // The helper is started from the capture thread, which lives exactly as long as the lab:
    // PR_SET_PDEATHSIG fires when the thread that forked the helper ends, not the process.
    std::promise<pid_t> spawned;
    auto spawnedFuture = spawned.get_future();
    const std::string controlArg = "3";
    session->m_reader = std::thread([s = session.get(), &spawned, &helper, &helperEnd, &controlArg,
                                     readFd = captureRead.release()]() mutable {
        const char* argv[] = {"hopscope-lab-helper", "--control", controlArg.c_str(), nullptr};
        const pid_t pid = ::fork();
        if (pid == 0) {
            // dup2 clears close-on-exec, except when the descriptor already is 3.
            if (helperEnd.get() == 3) {
                ::fcntl(3, F_SETFD, 0);
            } else {
                ::dup2(helperEnd.get(), 3);
            }
            ::closefrom(4);
            ::execv(helper.c_str(), const_cast<char* const*>(argv));
            ::_exit(127);
        }
        spawned.set_value(pid);
        if (pid > 0) {
            s->readCapture(readFd);
        }
        ::close(readFd);
    });
    session->m_helper = spawnedFuture.get();
    helperEnd.reset();
    if (session->m_helper < 0) {
        session->m_control.reset();
        session->m_reader.join();
        return LabFailure{LabFailureCode::SetupFailed,
                          std::string("fork: ") + std::strerror(errno)};
    }
    auto giveUp = [&](LabFailure failure) -> StartResult {
        captureWrite.reset();
        session->m_control.reset();
        ::kill(session->m_helper, SIGKILL);
        ::waitpid(session->m_helper, nullptr, 0);
        session->m_helper = -1;
        session->m_reader.join();
        session->m_stopped = true;
        return failure;
    };
    const std::string startText = "start\n" + topologyToText(session->m_options.topology);
    if (!sendControlMessage(session->m_control.get(), startText, {captureWrite.get()})) {
        return giveUp({LabFailureCode::HelperDied,
                       std::string("sending the topology: ") + std::strerror(errno)});
    }
    captureWrite.reset();
    if (!waitReadable(session->m_control.get(), session->m_options.startTimeout)) {
        return giveUp({LabFailureCode::SetupFailed, "the helper did not finish building in time"});
    }
    ControlMessage reply;
    if (receiveControlMessage(session->m_control.get(), reply) != ReceiveStatus::Message) {
        int status = 0;
        std::string detail = "the helper ended before the lab was ready";
        if (::waitpid(session->m_helper, &status, 0) == session->m_helper) {
            session->m_helper = -1;
            if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
                return giveUp({LabFailureCode::HelperMissing, "cannot run " + helper});
            }
        }
        return giveUp({LabFailureCode::HelperDied, detail});
    }
    if (firstWord(reply.text) == "failed") {
        return giveUp(LabFailure::fromText(afterFirstWord(reply.text)));
    }
    if (firstWord(reply.text) != "ready") {
        return giveUp({LabFailureCode::HelperDied, "unexpected answer: " + reply.text});
    }
    const std::string_view rest = afterFirstWord(reply.text);
    session->m_buildTime =
        std::chrono::microseconds(std::atoll(std::string(firstWord(rest)).c_str()));
    session->m_nodes = parseLabNodes(afterFirstWord(rest));
    return session;
}

LabSession::~LabSession() {
    stop();
}

std::optional<std::string> LabSession::request(std::string_view text, ControlMessage& reply) {
    std::lock_guard lock(m_requestMutex);
    if (m_stopped || !m_control.valid()) {
        return "the lab has stopped";
    }
    if (!sendControlMessage(m_control.get(), text)) {
        return std::string("the lab helper is gone: ") + std::strerror(errno);
    }
    if (!waitReadable(m_control.get(), kReplyTimeout)) {
        return "the lab helper did not answer";
    }
    if (receiveControlMessage(m_control.get(), reply) != ReceiveStatus::Message) {
        return "the lab helper is gone";
    }
    if (firstWord(reply.text) == "error") {
        return std::string(afterFirstWord(reply.text));
    }
    return std::nullopt;
}

std::variant<OwnedFd, std::string> LabSession::openSocket(const std::string& node, int domain,
                                                          int type, int protocol) {
    ControlMessage reply;
    const std::string text = "socket " + node + ' ' + std::to_string(domain) + ' ' +
                             std::to_string(type) + ' ' + std::to_string(protocol);
    if (auto error = request(text, reply)) {
        return *error;
    }
    if (reply.fds.empty()) {
        return std::string("the helper sent no socket");
    }
    return std::move(reply.fds.front());
}

std::optional<std::string> LabSession::loadRules(const std::string& node,
                                                 const std::string& rules) {
    ControlMessage reply;
    return request("nft " + node + '\n' + rules, reply);
}

std::optional<std::string> LabSession::runQdiscCommands(const std::string& node,
                                                        const std::string& commands) {
    ControlMessage reply;
    return request("tc " + node + '\n' + commands, reply);
}

std::optional<LabSession::CaptureStats> LabSession::captureStats() {
    ControlMessage reply;
    if (request("stats", reply)) {
        return std::nullopt;
    }
    std::istringstream words(reply.text);
    std::string keyword;
    CaptureStats stats;
    if (!(words >> keyword >> stats.received >> stats.dropped)) {
        return std::nullopt;
    }
    return stats;
}

void LabSession::stop() {
    {
        std::lock_guard lock(m_requestMutex);
        if (m_stopped) {
            return;
        }
        m_stopped = true;
        if (m_control.valid() && sendControlMessage(m_control.get(), "stop") &&
            waitReadable(m_control.get(), kStopTimeout)) {
            ControlMessage reply;
            receiveControlMessage(m_control.get(), reply);
        }
        m_control.reset();
    }
    if (m_helper > 0) {
        // The helper exits right after "stopped"; if it hangs, it is killed.
        const auto deadline = std::chrono::steady_clock::now() + kStopTimeout;
        int status = 0;
        while (::waitpid(m_helper, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(m_helper, SIGKILL);
                ::waitpid(m_helper, &status, 0);
                break;
            }
            ::usleep(1000);
        }
        m_helper = -1;
    }
    if (m_reader.joinable()) {
        m_reader.join();
    }
}

std::string LabSession::captureError() const {
    std::lock_guard lock(m_errorMutex);
    return m_captureError;
}

void LabSession::readCapture(int fd) {
    PipeInputBuffer buffer(fd, m_options.onStream);
    std::istream in(&buffer);
    wire::BufferedInput input(in, 256 * 1024);
    if (input.atEnd()) {
        return; // the lab never started capturing
    }
    wire::PcapngReader reader(input);
    if (!reader.headerOk()) {
        std::lock_guard lock(m_errorMutex);
        m_captureError = reader.error();
        return;
    }
    wire::CapturePacket packet;
    for (;;) {
        const auto status = reader.next(packet);
        if (status == wire::ReadStatus::End) {
            return;
        }
        if (status == wire::ReadStatus::Error) {
            std::lock_guard lock(m_errorMutex);
            m_captureError = reader.error();
            // Keep draining so the helper never blocks on a full pipe.
            char sink[4096];
            while (::read(fd, sink, sizeof sink) > 0) {
            }
            return;
        }
        if (m_options.onPacket) {
            m_options.onPacket(packet, reader.interfaces()[packet.interfaceId]);
        }
    }
}

std::vector<pid_t> runningLabs() {
    // Abstract sockets show in /proc/net/unix as "@name".
    std::ifstream table("/proc/net/unix");
    const std::string prefix = "@hopscope-lab/" + std::to_string(::getuid()) + '/';
    std::vector<pid_t> pids;
    std::string line;
    while (std::getline(table, line)) {
        const auto at = line.find(prefix);
        if (at != std::string::npos) {
            const pid_t pid = static_cast<pid_t>(std::atol(line.c_str() + at + prefix.size()));
            if (pid > 0 && std::find(pids.begin(), pids.end(), pid) == pids.end()) {
                pids.push_back(pid);
            }
        }
    }
    std::sort(pids.begin(), pids.end());
    return pids;
}

namespace {

// A connection to the query socket of the running lab whose helper is `helper`.
OwnedFd connectToLab(pid_t helper) {
    OwnedFd fd(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
    const std::string name = abstractName(::getuid(), helper);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, name.data(), name.size());
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
    if (fd.valid() &&
        ::connect(fd.get(), reinterpret_cast<const sockaddr*>(&address), length) != 0) {
        const int error = errno; // close() may change it; the caller tells it
        fd.reset();
        errno = error;
    }
    return fd;
}

constexpr std::chrono::milliseconds kQueryTimeout{5000};

} // namespace

std::vector<LabNode> queryLabNodes(pid_t helper) {
    OwnedFd fd = connectToLab(helper);
    if (!fd.valid() || !sendControlMessage(fd.get(), "nodes") ||
        !waitReadable(fd.get(), kQueryTimeout)) {
        return {};
    }
    ControlMessage reply;
    if (receiveControlMessage(fd.get(), reply) != ReceiveStatus::Message) {
        return {};
    }
    return parseLabNodes(reply.text);
}

std::variant<OwnedFd, std::string> queryLabSocket(pid_t helper, const std::string& node, int domain,
                                                  int type, int protocol) {
    OwnedFd fd = connectToLab(helper);
    if (!fd.valid()) {
        return "cannot reach the lab of helper " + std::to_string(helper) + ": " +
               std::strerror(errno);
    }
    const std::string text = "socket " + node + ' ' + std::to_string(domain) + ' ' +
                             std::to_string(type) + ' ' + std::to_string(protocol);
    if (!sendControlMessage(fd.get(), text)) {
        return std::string("cannot ask the lab for a socket: ") + std::strerror(errno);
    }
    if (!waitReadable(fd.get(), kQueryTimeout)) {
        return "the lab did not answer within " + std::to_string(kQueryTimeout.count() / 1000) +
               " s";
    }
    ControlMessage reply;
    if (receiveControlMessage(fd.get(), reply) != ReceiveStatus::Message) {
        return std::string("the lab closed the connection without an answer");
    }
    if (firstWord(reply.text) != "ok") {
        return "the lab could not make the socket: " + std::string(afterFirstWord(reply.text));
    }
    if (reply.fds.empty()) {
        return std::string("the lab sent no socket");
    }
    return std::move(reply.fds.front());
}

} // namespace hopscope::lab
