// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// Test helpers shared by the wire, trace and cli suites: run external tools (tcpdump, tshark,
// editcap) with bounded time, and make real loopback captures with tcpdump.

#include "../support/peer_tool.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace hopscope::testing {

// A scratch directory removed at the end of the test. World-writable, because tcpdump drops
// root privileges to its own user before it creates the capture file.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "hopscope-XXXXXX").string();
        if (::mkdtemp(pattern.data()) != nullptr) {
            m_path = pattern;
            ::chmod(m_path.c_str(), 0777);
        }
    }
    ~TempDir() {
        std::error_code ec;
        if (!m_path.empty()) {
            std::filesystem::remove_all(m_path, ec);
        }
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] std::string file(const std::string& name) const {
        return (std::filesystem::path(m_path) / name).string();
    }
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

inline std::vector<std::uint8_t> readFileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeFileBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

// A child process with its stdout and stderr read through pipes.
class Process {
public:
    explicit Process(const std::vector<std::string>& argv) {
        // Looked up before fork(): the child of a threaded test may only exec. The sbin
        // folders count too, as tcpdump is not on an ordinary user's PATH.
        const std::string program = findPeerTool(argv.front()).value_or(argv.front());
        std::vector<char*> args;
        for (const auto& a : argv) {
            args.push_back(const_cast<char*>(a.c_str()));
        }
        args.push_back(nullptr);
        int out[2];
        int err[2];
        if (::pipe(out) != 0) {
            return;
        }
        if (::pipe(err) != 0) {
            ::close(out[0]);
            ::close(out[1]);
            return;
        }
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(out[1], 1);
            ::dup2(err[1], 2);
            ::close(out[0]);
            ::close(err[0]);
            ::close(out[1]);
            ::close(err[1]);
            ::execv(program.c_str(), args.data());
            ::_exit(127);
        }
        ::close(out[1]);
        ::close(err[1]);
        m_out = out[0];
        m_err = err[0];
        ::fcntl(m_out, F_SETFL, O_NONBLOCK);
        ::fcntl(m_err, F_SETFL, O_NONBLOCK);
    }
    ~Process() {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
        if (m_out >= 0) {
            ::close(m_out);
        }
        if (m_err >= 0) {
            ::close(m_err);
        }
    }
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    [[nodiscard]] bool started() const { return m_pid > 0; }

    // Reads output until `needle` shows up on stderr, the process exits or time runs out.
    bool waitForStderr(const std::string& needle, int timeoutMs) {
        return waitFor(m_errText, needle, timeoutMs);
    }
    // The same on stdout.
    bool waitForStdout(const std::string& needle, int timeoutMs) {
        return waitFor(m_outText, needle, timeoutMs);
    }

    // Waits for exit (SIGTERM, then SIGKILL, after the timeout); returns the exit code or -1.
    int wait(int timeoutMs) {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (!m_exited) {
            pump(20);
            reap();
            if (!m_exited && std::chrono::steady_clock::now() >= deadline) {
                terminate();
                const auto grace = std::chrono::steady_clock::now() + std::chrono::seconds(3);
                while (!m_exited && std::chrono::steady_clock::now() < grace) {
                    pump(20);
                    reap();
                }
                if (!m_exited) {
                    ::kill(m_pid, SIGKILL);
                    int status = 0;
                    ::waitpid(m_pid, &status, 0);
                    m_exited = true;
                    m_code = -1;
                }
            }
        }
        while (pump(0)) {
        }
        return m_code;
    }

    void terminate() { signal(SIGTERM); }
    void signal(int number) {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, number);
        }
    }

    [[nodiscard]] const std::string& out() const { return m_outText; }
    [[nodiscard]] const std::string& err() const { return m_errText; }

private:
    bool waitFor(const std::string& text, const std::string& needle, int timeoutMs) {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (std::chrono::steady_clock::now() < deadline) {
            if (text.find(needle) != std::string::npos) {
                return true;
            }
            if (!pump(50)) {
                break;
            }
        }
        return text.find(needle) != std::string::npos;
    }

    // Reads what is available; false once both pipes are closed.
    bool pump(int timeoutMs) {
        pollfd fds[2] = {{m_out, POLLIN, 0}, {m_err, POLLIN, 0}};
        if (m_out < 0 && m_err < 0) {
            if (timeoutMs > 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(timeoutMs));
            }
            return false;
        }
        ::poll(fds, 2, timeoutMs);
        readInto(m_out, m_outText);
        readInto(m_err, m_errText);
        return m_out >= 0 || m_err >= 0;
    }
    static void readInto(int& fd, std::string& text) {
        if (fd < 0) {
            return;
        }
        char buf[65536];
        for (;;) {
            const auto n = ::read(fd, buf, sizeof buf);
            if (n > 0) {
                text.append(buf, static_cast<std::size_t>(n));
                continue;
            }
            if (n == 0) {
                ::close(fd);
                fd = -1;
            }
            return;
        }
    }
    void reap() {
        if (m_exited || m_pid <= 0) {
            return;
        }
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_exited = true;
            m_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
    }

    pid_t m_pid = -1;
    int m_out = -1;
    int m_err = -1;
    bool m_exited = false;
    int m_code = -1;
    std::string m_outText;
    std::string m_errText;
};

struct ToolResult {
    int code = -1;
    std::string out;
    std::string err;
};

inline ToolResult runTool(const std::vector<std::string>& argv, int timeoutMs = 60000) {
    Process p(argv);
    ToolResult r;
    if (!p.started()) {
        return r;
    }
    r.code = p.wait(timeoutMs);
    r.out = p.out();
    r.err = p.err();
    return r;
}

// The loopback addresses of the captured conversations: no other test talks between these
// two, so a capture filtered on them holds this conversation only, however many tests run at
// once (a port alone is not enough: another test's client may be given the same number).
inline constexpr std::uint32_t kCaptureServer = 0x7f4d0001; // 127.77.0.1
inline constexpr std::uint32_t kCaptureClient = 0x7f4d0002; // 127.77.0.2
inline std::string captureFilter(const char* protocol, std::uint16_t port) {
    return std::string(protocol) + " port " + std::to_string(port) +
           " and host 127.77.0.1 and host 127.77.0.2";
}

// A socket of the capture's client address, port 0 (the kernel's choice).
inline int captureClientSocket(int type) {
    const int fd = ::socket(AF_INET, type, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(kCaptureClient);
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A bound loopback UDP socket at the capture's server address; its port is where the test
// sends.
class UdpSink {
public:
    UdpSink() {
        m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(kCaptureServer);
        a.sin_port = 0;
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
            return;
        }
        m_port = ntohs(a.sin_port);
    }
    ~UdpSink() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    UdpSink(const UdpSink&) = delete;
    UdpSink& operator=(const UdpSink&) = delete;
    [[nodiscard]] std::uint16_t port() const { return m_port; }

    // From the capture's client address.
    static bool send(std::uint16_t port, const std::string& payload) {
        const int fd = captureClientSocket(SOCK_DGRAM);
        if (fd < 0) {
            return false;
        }
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(kCaptureServer);
        a.sin_port = htons(port);
        const auto n = ::sendto(fd, payload.data(), payload.size(), 0,
                                reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::close(fd);
        return n == static_cast<ssize_t>(payload.size());
    }

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

// tcpdump writing every packet on lo to `file` as it comes. In immediate mode each packet
// takes a block of the kernel's capture ring, so the default 2 MB ring holds only 16 of them:
// a tcpdump that a busy machine schedules late would lose the rest ("dropped by kernel").
inline std::vector<std::string> tcpdumpArguments(const std::string& file) {
    return {"tcpdump", "-i", "lo", "--immediate-mode", "-B", "32768", "-U", "-w", file};
}

// Waits for tcpdump to end and checks it captured everything; else `why` says what happened.
inline bool tcpdumpFinished(Process& tcpdump, const std::string& file, std::string& why) {
    const int code = tcpdump.wait(10000);
    if (code != 0 || !std::filesystem::exists(file)) {
        why = "tcpdump failed (exit " + std::to_string(code) + "): " + tcpdump.err();
        return false;
    }
    if (tcpdump.err().find("\n0 packets dropped by kernel") == std::string::npos) {
        why = "tcpdump lost packets: " + tcpdump.err();
        return false;
    }
    return true;
}

// Captures `payloads` sent as UDP datagrams from 127.77.0.2 to 127.77.0.1 with tcpdump on lo.
// Returns the capture file, or nullopt with `why` set when tcpdump is missing, not permitted,
// too slow or lost packets (the caller then skips, or fails under CI).
inline std::optional<std::string> tcpdumpUdp(const TempDir& dir, const std::string& name,
                                             const std::vector<std::string>& payloads,
                                             const std::vector<std::string>& extraArgs,
                                             std::string& why) {
    if (auto missing = missingPeerTool("tcpdump")) {
        why = *missing;
        return std::nullopt;
    }
    if (dir.path().empty()) {
        why = "no temporary directory";
        return std::nullopt;
    }
    UdpSink sink;
    if (sink.port() == 0) {
        why = "cannot bind a loopback UDP socket";
        return std::nullopt;
    }
    const std::string file = dir.file(name);
    std::vector<std::string> argv = tcpdumpArguments(file);
    argv.insert(argv.end(), {"-c", std::to_string(payloads.size())});
    argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
    argv.push_back(captureFilter("udp", sink.port()));
    Process tcpdump(argv);
    if (!tcpdump.started() || !tcpdump.waitForStderr("listening on", 10000)) {
        tcpdump.terminate();
        tcpdump.wait(3000);
        why = "tcpdump cannot capture on lo here: " + tcpdump.err();
        return std::nullopt;
    }
    for (const auto& p : payloads) {
        UdpSink::send(sink.port(), p);
    }
    if (!tcpdumpFinished(tcpdump, file, why)) {
        return std::nullopt;
    }
    return file;
}

// Whether the pcap file tcpdump is writing holds the whole close of `connections` TCP
// connections to `port`: both FINs of each and the ACK of the second. Read from the bytes
// (Ethernet, IPv4, TCP), without the code the tests check.
inline bool capturedEveryClose(const std::string& file, std::uint16_t port, int connections) {
    const auto bytes = readFileBytes(file);
    if (bytes.size() < 24) {
        return false;
    }
    const bool swapped = bytes[0] == 0xa1; // a big-endian magic number
    const auto u32 = [&](std::size_t at) {
        const std::uint32_t v = static_cast<std::uint32_t>(bytes[at]) |
                                static_cast<std::uint32_t>(bytes[at + 1]) << 8 |
                                static_cast<std::uint32_t>(bytes[at + 2]) << 16 |
                                static_cast<std::uint32_t>(bytes[at + 3]) << 24;
        return swapped ? __builtin_bswap32(v) : v;
    };
    struct Close {
        int fins = 0;
        bool acked = false;
    };
    std::map<std::uint16_t, Close> byClientPort;
    for (std::size_t at = 24; at + 16 <= bytes.size();) {
        const std::size_t length = u32(at + 8);
        const std::size_t data = at + 16;
        if (data + length > bytes.size()) {
            break; // still being written
        }
        at = data + length;
        if (length < 14 + 20 + 20 || bytes[data + 12] != 0x08 || bytes[data + 13] != 0x00 ||
            bytes[data + 14 + 9] != 6) {
            continue;
        }
        const std::size_t tcp = data + 14 + (bytes[data + 14] & 0x0f) * 4;
        if (tcp + 14 > data + length) {
            continue;
        }
        const std::uint16_t source = static_cast<std::uint16_t>(bytes[tcp] << 8 | bytes[tcp + 1]);
        const std::uint16_t destination =
            static_cast<std::uint16_t>(bytes[tcp + 2] << 8 | bytes[tcp + 3]);
        Close& close = byClientPort[source == port ? destination : source];
        const std::uint8_t flags = bytes[tcp + 13];
        if ((flags & 0x01) != 0) {
            ++close.fins;
        } else if ((flags & 0x10) != 0 && close.fins == 2) {
            close.acked = true;
        }
    }
    int closed = 0;
    for (const auto& [clientPort, close] : byClientPort) {
        closed += close.fins == 2 && close.acked ? 1 : 0;
    }
    return closed == connections;
}

// Captures `connections` real loopback TCP conversations from 127.77.0.2 to 127.77.0.1
// (connect, send `request`, answer `response`, close) with tcpdump on lo: handshakes, data,
// FINs as the kernel sends them.
inline std::optional<std::string> tcpdumpTcp(const TempDir& dir, const std::string& name,
                                             int connections, const std::string& request,
                                             const std::string& response, std::string& why) {
    if (auto missing = missingPeerTool("tcpdump")) {
        why = *missing;
        return std::nullopt;
    }
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(kCaptureServer);
    socklen_t len = sizeof a;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::listen(listener, 8) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        if (listener >= 0) {
            ::close(listener);
        }
        why = "cannot listen on loopback";
        return std::nullopt;
    }
    const std::uint16_t port = ntohs(a.sin_port);
    const std::string file = dir.file(name);
    std::vector<std::string> argv = tcpdumpArguments(file);
    argv.push_back(captureFilter("tcp", port));
    Process tcpdump(argv);
    if (!tcpdump.started() || !tcpdump.waitForStderr("listening on", 10000)) {
        ::close(listener);
        tcpdump.terminate();
        tcpdump.wait(3000);
        why = "tcpdump cannot capture on lo here: " + tcpdump.err();
        return std::nullopt;
    }
    timeval timeout{5, 0};
    std::thread server([&] {
        for (int i = 0; i < connections; ++i) {
            const int c = ::accept(listener, nullptr, nullptr);
            if (c < 0) {
                return;
            }
            ::setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
            std::string got;
            char buf[4096];
            while (got.size() < request.size()) {
                const auto n = ::recv(c, buf, sizeof buf, 0);
                if (n <= 0) {
                    break;
                }
                got.append(buf, static_cast<std::size_t>(n));
            }
            ::send(c, response.data(), response.size(), MSG_NOSIGNAL);
            ::close(c);
        }
    });
    for (int i = 0; i < connections; ++i) {
        const int c = captureClientSocket(SOCK_STREAM);
        ::setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        if (::connect(c, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
            ::send(c, request.data(), request.size(), MSG_NOSIGNAL);
            char buf[4096];
            while (::recv(c, buf, sizeof buf, 0) > 0) {
            }
        }
        ::close(c);
    }
    server.join();
    ::close(listener);
    // Stop once the capture holds the last ACK of every close (tcpdump -U writes each packet
    // as it comes).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!capturedEveryClose(file, port, connections) &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    tcpdump.terminate();
    if (!tcpdumpFinished(tcpdump, file, why)) {
        return std::nullopt;
    }
    return file;
}

} // namespace hopscope::testing
