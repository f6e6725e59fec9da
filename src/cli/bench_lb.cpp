// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli bench lb`: our load balancer and HAProxy in front of the same backends with
// the same algorithm, each driven by wrk for the same time in one run.
#include "command.h"
#include "engine/load_balancer_stack.h"
#include "engine/parse_number.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iomanip>
#include <netinet/in.h>
#include <optional>
#include <ostream>
#include <spawn.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace hopscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: hopscope-cli bench lb [--duration S] [--connections C] [--threads T]\n"
    "                             [--algorithm NAME] [--backends N] [--workers W]\n"
    "                             [--rounds R]\n"
    "\n"
    "Starts N backends (default 3, no service time) and our load balancer with W worker\n"
    "threads (default 2), and HAProxy (if installed) with nbthread W, the same backends and\n"
    "the same algorithm; drives each with wrk -tT -cC for S seconds (defaults 2, 64, 10),\n"
    "one after the other in the same run, on loopback only; prints requests per second,\n"
    "latency percentiles and the ratio. With R rounds (default 1) the two alternate and the\n"
    "median round of each is compared.\n";

struct WrkResult {
    bool ok = false;
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p90Ms = 0;
    double p99Ms = 0;
    std::uint64_t non2xx = 0;
    std::uint64_t socketErrors = 0;
    std::uint64_t requests = 0;
    // 200 answers the backends gave during the run: wrk's requests plus the ones still in
    // flight when it stopped (at most one per connection).
    std::uint64_t served = 0;
    // CPU time of the proxy and the backends per request, in microseconds: unlike
    // throughput, it hardly moves when other programs compete for the cores.
    double cpuMicrosPerRequest = 0;
    std::string output;
};

// User plus system CPU seconds of a process, from /proc/PID/stat (fields 14 and 15).
double cpuSeconds(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto paren = text.rfind(')'); // the command name may contain spaces
    if (paren == std::string::npos) {
        return 0;
    }
    std::istringstream fields(text.substr(paren + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i >= 14) {
            ticks += std::strtod(field.c_str(), nullptr);
        }
    }
    return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

std::optional<std::string> findProgram(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string_view rest = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin:/usr/sbin";
    while (!rest.empty()) {
        const auto colon = rest.find(':');
        const std::string candidate = std::string(rest.substr(0, colon)) + '/' + name;
        if (::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
        rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    }
    return std::nullopt;
}

std::string capture(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return out;
    }
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        out.append(buffer, n);
    }
    ::pclose(pipe);
    return out;
}

// "1.23ms", "850.00us", "1.02s" -> milliseconds.
double toMillis(std::string_view text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc()) {
        return 0;
    }
    const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
    if (unit == "us") {
        return value / 1000.0;
    }
    if (unit == "s") {
        return value * 1000.0;
    }
    if (unit == "m") {
        return value * 60'000.0;
    }
    return value; // ms
}

WrkResult parseWrk(const std::string& output) {
    WrkResult result;
    result.output = output;
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string first;
        words >> first;
        if (line.find(" requests in ") != std::string::npos && !first.empty() &&
            first.find_first_not_of("0123456789") == std::string::npos) {
            // "  1234567 requests in 10.00s, 200.00MB read"
            result.requests = std::strtoull(first.c_str(), nullptr, 10);
        } else if (first == "Requests/sec:") {
            words >> result.requestsPerSecond;
            result.ok = true;
        } else if (first == "50%" || first == "90%" || first == "99%") {
            std::string value;
            words >> value;
            (first == "50%"   ? result.p50Ms
             : first == "90%" ? result.p90Ms
                              : result.p99Ms) = toMillis(value);
        } else if (first == "Non-2xx") {
            std::string skip;
            words >> skip >> skip >> skip >> result.non2xx; // "or 3xx responses: N"
        } else if (first == "Socket") {
            // "Socket errors: connect 0, read 0, write 0, timeout 0"
            std::string word;
            while (words >> word) {
                std::uint64_t n = 0;
                const auto [p, ec] = std::from_chars(word.data(), word.data() + word.size(), n);
                if (ec == std::errc()) {
                    result.socketErrors += n;
                }
            }
        }
    }
    return result;
}

std::uint64_t servedByBackends(const engine::LoadBalancerStack& stack) {
    std::uint64_t served = 0;
    for (const engine::BackendView& backend : stack.backends()) {
        served += backend.server.served;
    }
    return served;
}

// Waits (bounded) until `idle` holds: after wrk stops, the requests it left in flight are
// still answered by the backends, and must be counted in the run they belong to.
template <typename Idle> void waitUntilIdle(Idle idle) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!idle() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// One wrk run against `target`; `idle` tells when the proxy has finished what wrk left.
template <typename Idle>
WrkResult runWrk(const std::string& wrk, const engine::LoadBalancerStack& stack,
                 const engine::net::SocketAddress& target, int threads, int connections,
                 int seconds, Idle idle, pid_t proxy = -1) {
    const std::uint64_t servedBefore = servedByBackends(stack);
    const double before = cpuSeconds(::getpid()) + (proxy > 0 ? cpuSeconds(proxy) : 0.0);
    const std::string command = wrk + " -t" + std::to_string(threads) + " -c" +
                                std::to_string(connections) + " -d" + std::to_string(seconds) +
                                "s --timeout 2s --latency http://" + target.toString() + "/ 2>&1";
    WrkResult result = parseWrk(capture(command));
    waitUntilIdle(idle);
    const double after = cpuSeconds(::getpid()) + (proxy > 0 ? cpuSeconds(proxy) : 0.0);
    result.served = servedByBackends(stack) - servedBefore;
    if (result.requests > 0) {
        result.cpuMicrosPerRequest = (after - before) * 1e6 / static_cast<double>(result.requests);
    }
    return result;
}

// A listening loopback socket on a port the kernel picks, kept open and handed to HAProxy
// ("bind fd@N"), so that no other program can take the port between choosing and binding it.
class InheritedListener {
public:
    InheritedListener() {
        // Without SOCK_CLOEXEC: HAProxy inherits it.
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(m_fd, 1024) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            close();
            return;
        }
        m_address =
            engine::net::SocketAddress(wire::Ipv4Address(127, 0, 0, 1), ntohs(address.sin_port));
    }
    ~InheritedListener() { close(); }
    InheritedListener(const InheritedListener&) = delete;
    InheritedListener& operator=(const InheritedListener&) = delete;

    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] const engine::net::SocketAddress& address() const { return m_address; }
    void close() {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

private:
    int m_fd = -1;
    engine::net::SocketAddress m_address;
};

// HAProxy's "show stat" from its stats socket: one CSV row per proxy and server (pxname,
// svname, qcur, qmax, scur, ..., status in the 18th column); nullopt while it does not answer.
std::optional<std::vector<std::vector<std::string>>> showStat(const std::string& statsSocket) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, statsSocket.c_str(), sizeof address.sun_path - 1);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        return std::nullopt;
    }
    const std::string command = "show stat\n";
    if (::send(fd, command.data(), command.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(command.size())) {
        ::close(fd);
        return std::nullopt;
    }
    std::string text;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::vector<std::string> fields;
        std::istringstream cells(line);
        std::string cell;
        while (std::getline(cells, cell, ',')) {
            fields.push_back(cell);
        }
        if (fields.size() >= 18 && !line.starts_with('#')) {
            rows.push_back(std::move(fields));
        }
    }
    return rows;
}

// Whether every server of `backend` is fully up (its health checks passed: "UP", not "DOWN"
// or "UP 1/2" while rising).
bool allServersUp(const std::string& statsSocket, const std::string& backend) {
    const auto rows = showStat(statsSocket);
    if (!rows) {
        return false;
    }
    std::size_t servers = 0;
    for (const auto& row : *rows) {
        if (row[0] == backend && row[1] != "BACKEND") {
            ++servers;
            if (row[17] != "UP") {
                return false;
            }
        }
    }
    return servers > 0;
}

// Sessions HAProxy has open now (the scur column, summed over every proxy and server).
std::optional<std::uint64_t> haproxySessions(const std::string& statsSocket) {
    const auto rows = showStat(statsSocket);
    if (!rows) {
        return std::nullopt;
    }
    std::uint64_t sessions = 0;
    for (const auto& row : *rows) {
        sessions += std::strtoull(row[4].c_str(), nullptr, 10);
    }
    return sessions;
}

// HAProxy as a child process for the length of the benchmark.
class HaproxyProcess {
public:
    ~HaproxyProcess() { stop(); }

    // Starts HAProxy and waits until its health checks have found every server of `backend`
    // up: only then do both proxies start with the same backends to send to.
    std::optional<std::string> start(const std::string& binary, const std::string& config,
                                     const std::string& log, const std::string& statsSocket,
                                     const std::string& backend) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
        std::vector<std::string> args{binary, "-db", "-f", config};
        std::vector<char*> argv;
        for (std::string& arg : args) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        const int error =
            ::posix_spawn(&m_pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (error != 0) {
            m_pid = -1;
            return "cannot start " + binary + ": " + std::strerror(error);
        }
        // HAProxy has no way to announce this, so its stats are polled, within the time a few
        // rounds of health checks take on a loaded machine.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
        while (std::chrono::steady_clock::now() < deadline) {
            if (allServersUp(statsSocket, backend)) {
                return std::nullopt;
            }
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                std::ifstream in(log);
                std::stringstream text;
                text << in.rdbuf();
                return "haproxy exited at start:\n" + text.str();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return std::string("haproxy did not report every server up within 15 s");
    }

    void stop() {
        if (m_pid <= 0) {
            return;
        }
        ::kill(m_pid, SIGTERM);
        for (int i = 0; i < 100; ++i) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }

    [[nodiscard]] pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
};

std::string fixed(double value, int decimals) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

void printRow(std::ostream& out, const std::string& name, const WrkResult& r) {
    out << std::left << std::setw(18) << name << std::right << std::setw(12)
        << fixed(r.requestsPerSecond, 0) << std::setw(11) << fixed(r.p50Ms, 3) << std::setw(11)
        << fixed(r.p90Ms, 3) << std::setw(11) << fixed(r.p99Ms, 3) << std::setw(9) << r.non2xx
        << std::setw(9) << r.socketErrors << std::setw(12) << fixed(r.cpuMicrosPerRequest, 1)
        << std::setw(10) << r.requests << std::setw(10) << r.served << '\n';
}

// The round with the median throughput (the upper one of an even count).
WrkResult median(std::vector<WrkResult> results) {
    std::sort(results.begin(), results.end(), [](const WrkResult& a, const WrkResult& b) {
        return a.requestsPerSecond < b.requestsPerSecond;
    });
    return results[results.size() / 2];
}

} // namespace

int runBenchLb(const std::vector<std::string>& args, CommandIo& io) {
    int seconds = 10;
    int connections = 64;
    int threads = 2;
    int backends = 3;
    int workers = 2;
    int rounds = 1;
    balance::AlgorithmKind algorithm = balance::AlgorithmKind::RoundRobin;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == "--help" || arg == "-h") {
            io.out << kUsage;
            return 0;
        }
        if (arg == "--duration" && hasValue) {
            ok = engine::parseNumber(args[++i], seconds, 1, 300);
        } else if (arg == "--connections" && hasValue) {
            ok = engine::parseNumber(args[++i], connections, 1, 10000);
        } else if (arg == "--threads" && hasValue) {
            ok = engine::parseNumber(args[++i], threads, 1, 64);
        } else if (arg == "--backends" && hasValue) {
            ok = engine::parseNumber(args[++i], backends, 1, 16);
        } else if (arg == "--rounds" && hasValue) {
            ok = engine::parseNumber(args[++i], rounds, 1, 20);
        } else if (arg == "--workers" && hasValue) {
            ok = engine::parseNumber(args[++i], workers, 1, 64);
        } else if (arg == "--algorithm" && hasValue) {
            const auto kind = balance::algorithmFromName(args[++i]);
            if (!kind) {
                io.err << "hopscope-cli bench lb: unknown algorithm '" << args[i]
                       << "'; use one of: " << balance::algorithmNames() << '\n';
                return 2;
            }
            algorithm = *kind;
        } else {
            ok = false;
        }
        if (!ok) {
            io.err << "hopscope-cli bench lb: bad argument '" << args[i] << "'\n" << kUsage;
            return 2;
        }
    }
    const std::optional<std::string> wrk = findProgram("wrk");
    if (!wrk) {
        io.err << "hopscope-cli bench lb: wrk is not installed (apt-get install wrk)\n";
        return 1;
    }

    engine::LoadBalancerStackConfig config;
    config.algorithm = algorithm;
    config.backends =
        engine::LoadBalancerStackConfig::defaultBackends(static_cast<std::size_t>(backends));
    config.proxy.listen = engine::net::SocketAddress(wire::Ipv4Address(127, 0, 0, 1), 0);
    config.proxy.workers = static_cast<std::size_t>(workers);
    engine::LoadBalancerStack stack;
    if (auto error = stack.start(config)) {
        io.err << "hopscope-cli bench lb: " << *error << '\n';
        return 1;
    }

    io.out << "Load balancer benchmark: " << balance::algorithmName(algorithm) << ", " << backends
           << " backends (ours, no service time), " << workers << " worker threads each; wrk -t"
           << threads << " -c" << connections << " -d" << seconds << "s, loopback\n\n";

    std::string haproxyName = "haproxy";
    std::optional<std::string> haproxyBinary = findProgram("haproxy");
    if (!haproxyBinary && ::access("/usr/sbin/haproxy", X_OK) == 0) {
        haproxyBinary = "/usr/sbin/haproxy"; // not on a normal user's PATH
    }
    HaproxyProcess process;
    std::optional<engine::net::SocketAddress> haproxyAddress;
    std::string directory;
    std::string statsSocket;
    if (!haproxyBinary) {
        io.out << "HAProxy is not installed (apt-get install haproxy): measuring ours only.\n\n";
    } else {
        const std::string version = capture(*haproxyBinary + " -v 2>&1");
        const auto space = version.find("version ");
        if (space != std::string::npos) {
            // "2.6.12-1+deb12u4" -> "2.6.12": the upstream version is what matters here.
            const std::size_t start = space + 8;
            const std::size_t end = version.find_first_of(" -", start);
            haproxyName = "haproxy " + version.substr(start, end - start);
        }
        char pattern[] = "/tmp/hopscope-bench-lb-XXXXXX";
        if (::mkdtemp(pattern) == nullptr) {
            io.err << "hopscope-cli bench lb: cannot create a temporary directory\n";
            return 1;
        }
        directory = pattern;
        InheritedListener listener;
        if (listener.fd() < 0) {
            io.err << "hopscope-cli bench lb: cannot listen on loopback: " << std::strerror(errno)
                   << '\n';
            return 1;
        }
        {
            std::ofstream cfg(directory + "/haproxy.cfg");
            cfg << "# Written by hopscope-cli bench lb: the same backends and algorithm as ours.\n"
                << "global\n    maxconn 4096\n    nbthread " << workers << "\n"
                << "    stats socket " << directory << "/haproxy.sock level user\n\n"
                << "defaults\n    mode http\n    timeout client 30s\n"
                << "    timeout http-request 10s\n    timeout http-keep-alive 30s\n"
                << "    option http-keep-alive\n\n"
                << "frontend lb\n    bind fd@" << listener.fd() << "\n"
                << "    default_backend hopscope\n\n"
                << stack.haproxyConfig("hopscope");
        }
        statsSocket = directory + "/haproxy.sock";
        if (auto error = process.start(*haproxyBinary, directory + "/haproxy.cfg",
                                       directory + "/haproxy.log", statsSocket, "hopscope")) {
            io.err << "hopscope-cli bench lb: " << *error << '\n';
        } else {
            haproxyAddress = listener.address();
        }
    }

    // Alternating rounds (ours first in odd rounds, HAProxy first in even ones) so that a
    // change in what else the machine is doing hits both alike; the median round counts.
    std::vector<WrkResult> oursRounds;
    std::vector<WrkResult> haproxyRounds;
    for (int round = 0; round < rounds; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool oursNow = (turn == 0) == (round % 2 == 0);
            if (oursNow) {
                WrkResult result =
                    runWrk(*wrk, stack, stack.address(), threads, connections, seconds, [&stack] {
                        return stack.clientConnections() == 0 && stack.metrics().total.active == 0;
                    });
                if (!result.ok) {
                    io.err << "hopscope-cli bench lb: wrk failed against our load balancer:\n"
                           << result.output;
                    return 1;
                }
                oursRounds.push_back(std::move(result));
            } else if (haproxyAddress) {
                WrkResult result = runWrk(
                    *wrk, stack, *haproxyAddress, threads, connections, seconds,
                    [&] { return haproxySessions(statsSocket).value_or(0) == 0; }, process.pid());
                if (result.ok) {
                    haproxyRounds.push_back(std::move(result));
                } else {
                    io.err << "hopscope-cli bench lb: wrk failed against HAProxy:\n"
                           << result.output;
                }
            }
        }
        if (rounds > 1) {
            io.out << "round " << round + 1 << ": hopscope "
                   << fixed(oursRounds.back().requestsPerSecond, 0) << " req/s ("
                   << fixed(oursRounds.back().cpuMicrosPerRequest, 1) << " us CPU/req)";
            if (!haproxyRounds.empty()) {
                io.out << ", " << haproxyName << ' '
                       << fixed(haproxyRounds.back().requestsPerSecond, 0) << " req/s ("
                       << fixed(haproxyRounds.back().cpuMicrosPerRequest, 1) << " us CPU/req)";
            }
            io.out << '\n';
        }
    }
    process.stop();
    if (!directory.empty()) {
        std::remove((directory + "/haproxy.cfg").c_str());
        std::remove((directory + "/haproxy.log").c_str());
        std::remove((directory + "/haproxy.sock").c_str());
        ::rmdir(directory.c_str());
    }
    const WrkResult ours = median(oursRounds);
    std::optional<WrkResult> haproxyResult;
    if (!haproxyRounds.empty()) {
        haproxyResult = median(haproxyRounds);
    }
    if (rounds > 1) {
        io.out << "\nmedian of " << rounds << " rounds:\n";
    }

    const balance::LoadBalancerMetricsSnapshot metrics = stack.metrics();
    stack.stop();

    io.out << std::left << std::setw(18) << "" << std::right << std::setw(12) << "req/s"
           << std::setw(11) << "p50 ms" << std::setw(11) << "p90 ms" << std::setw(11) << "p99 ms"
           << std::setw(9) << "non-2xx" << std::setw(9) << "errors" << std::setw(12) << "CPU us/req"
           << std::setw(10) << "requests" << std::setw(10) << "served" << '\n';
    printRow(io.out, "hopscope", ours);
    if (haproxyResult) {
        printRow(io.out, haproxyName, *haproxyResult);
        io.out << "\nratio (hopscope / haproxy): "
               << fixed(ours.requestsPerSecond / haproxyResult->requestsPerSecond, 2)
               << " in requests per second; "
               << fixed(haproxyResult->cpuMicrosPerRequest / ours.cpuMicrosPerRequest, 2)
               << " in CPU per request (above 1: ours needs less)\n"
               << "CPU per request counts the proxy and the backends (ours in this process, "
                  "HAProxy in its own).\n";
    }
    io.out << "\nour counters: " << metrics.total.completed << " requests completed over "
           << metrics.backends.size() << " backends (";
    for (std::size_t i = 0; i < metrics.backends.size(); ++i) {
        io.out << (i > 0 ? ", " : "") << metrics.backends[i].name << ' '
               << metrics.backends[i].completed;
    }
    io.out << ")\n";
    return 0;
}

} // namespace hopscope::cli
