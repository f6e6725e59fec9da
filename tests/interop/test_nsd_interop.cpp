// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Our resolver against NSD: one NSD instance per server of the default scenario (root, TLD and
// authoritative), each on the server's loopback address, all on one port, serving the very
// zone files our servers serve. The resolver, pointed there with --root-hints, must give the
// same final answers as against our own servers. Skipped when nsd is not installed (failed
// under CI).
#include "interop_support.h"

#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace hopscope::interop {
namespace {

using namespace std::chrono_literals;

// One NSD process in the foreground (-d), with an unprivileged configuration in a temp folder.
class NsdInstance {
public:
    NsdInstance(const std::string& nsd, const std::filesystem::path& dir,
                const dns::ScenarioServer& server, std::uint16_t port)
        : m_name(server.name) {
        const std::string id = server.loopbackAddress.toString();
        const auto conf = dir / (id + ".conf");
        m_log = dir / (id + ".log");
        {
            std::ofstream out(conf);
            out << "server:\n"
                << "    ip-address: " << id << '@' << port << "\n"
                << "    port: " << port << "\n"
                << "    do-ip6: no\n"
                << "    username: \"\"\n"
                << "    chroot: \"\"\n"
                << "    zonesdir: \"" << dir.string() << "\"\n"
                << "    pidfile: \"" << (dir / (id + ".pid")).string() << "\"\n"
                << "    database: \"\"\n"
                << "    zonelistfile: \"" << (dir / (id + ".zonelist")).string() << "\"\n"
                << "    xfrdfile: \"" << (dir / (id + ".xfrd")).string() << "\"\n"
                << "    xfrdir: \"" << dir.string() << "\"\n"
                << "    logfile: \"" << m_log.string() << "\"\n"
                << "    server-count: 1\n"
                << "    verbosity: 1\n"
                << "remote-control:\n    control-enable: no\n";
            for (const auto& zone : server.zones) {
                out << "zone:\n    name: \"" << zone.origin.toText() << "\"\n    zonefile: \""
                    << zone.file.string() << "\"\n";
            }
        }
        m_pid = ::fork();
        if (m_pid == 0) {
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
            ::execl(nsd.c_str(), nsd.c_str(), "-d", "-c", conf.c_str(),
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
    }
    ~NsdInstance() {
        if (m_pid <= 0) {
            return;
        }
        ::kill(m_pid, SIGTERM);
        for (int i = 0; i < 100; ++i) {
            if (::waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
                return;
            }
            std::this_thread::sleep_for(50ms);
        }
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    NsdInstance(const NsdInstance&) = delete;
    NsdInstance& operator=(const NsdInstance&) = delete;

    [[nodiscard]] bool started() const { return m_pid > 0; }
    [[nodiscard]] std::string log() const {
        std::ifstream in(m_log);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    [[nodiscard]] const std::string& name() const { return m_name; }

private:
    std::string m_name;
    std::filesystem::path m_log;
    pid_t m_pid = -1;
};

// True once a server answers a query for its first zone's SOA.
bool answers(const engine::net::SocketAddress& where, const wire::DnsName& zone) {
    auto socket = engine::net::UdpSocket::bind({wire::Ipv4Address(127, 0, 0, 1), 0});
    if (!socket) {
        return false;
    }
    const auto query =
        *wire::DnsMessage::query(1, zone, wire::DnsType::SOA, wire::DnsClass::IN, false).encode();
    if (!socket.value().sendTo(query, where).ok()) {
        return false;
    }
    pollfd p{socket.value().fd(), POLLIN, 0};
    return ::poll(&p, 1, 200) == 1;
}

TEST(NsdInterop, ResolverGivesTheSameAnswersAgainstNsd) {
    HOPSCOPE_REQUIRE_PEER_TOOL("nsd");
    const std::string nsd = *testing::findPeerTool("nsd");
    const auto scenario = defaultScenario();
    // NSD binds its sockets itself, so the port cannot be held open for it.
    const auto port = portOutsideTheEphemeralRange(serverAddresses(scenario));
    ASSERT_TRUE(port);
    const auto dir =
        std::filesystem::temp_directory_path() / ("hopscope-nsd-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::vector<std::unique_ptr<NsdInstance>> instances;
    for (const auto& server : scenario.servers()) {
        if (server.role == dns::ServerRole::Resolver) {
            continue;
        }
        instances.push_back(std::make_unique<NsdInstance>(nsd, dir, server, *port));
        ASSERT_TRUE(instances.back()->started());
    }
    // Wait (bounded) until every instance has loaded its zones and answers.
    for (const auto& server : scenario.servers()) {
        if (server.role == dns::ServerRole::Resolver) {
            continue;
        }
        const engine::net::SocketAddress where(server.loopbackAddress, *port);
        const auto deadline = std::chrono::steady_clock::now() + 15s;
        while (!answers(where, server.zones.front().origin) &&
               std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(50ms);
        }
        ASSERT_TRUE(answers(where, server.zones.front().origin))
            << "NSD for " << server.name << " never answered";
    }

    const std::string hints = sourcePath("resources/zones/named.root").string();
    const std::vector<std::pair<std::string, std::string>> questions = {
        {"www.foobar.com", "A"},     // CNAME inside the zone, then three addresses
        {"foobar.com", "MX"},        // mail exchange
        {"mail.foobar.com", "A"},    //
        {"nope.foobar.com", "A"},    // NXDOMAIN
        {"mail.foobar.com", "AAAA"}, // NODATA
        {"shop.example.org", "A"},   // glueless delegation
        {"www.example.org", "A"},    // glueless, then a CNAME
        {"blog.foobar.com", "A"},    // CNAME into another zone
        {"info.foobar.com", "TXT"},  //
        {"_http._tcp.foobar.com", "SRV"},
        {"www.example.com", "AAAA"},
        {"nothing.invalid", "A"}, // NXDOMAIN from the root
    };
    for (const auto& [name, type] : questions) {
        const auto ours = runCli({"resolve", name, type});
        const auto viaNsd =
            runCli({"resolve", name, type, "--root-hints", hints, "--port", std::to_string(*port)});
        const ShortAnswer expected = parseShort(ours.out);
        const ShortAnswer actual = parseShort(viaNsd.out);
        EXPECT_FALSE(expected.status.empty()) << ours.out;
        EXPECT_EQ(actual, expected) << name << ' ' << type << "\nours:\n"
                                    << ours.out << "via NSD:\n"
                                    << viaNsd.out;
        EXPECT_EQ(viaNsd.code, ours.code);
    }
    // The transcript shows it was really NSD's endpoints that were asked.
    const auto traced = runCli({"resolve", "www.foobar.com", "--trace", "--root-hints", hints,
                                "--port", std::to_string(*port)});
    EXPECT_NE(traced.out.find("really 127.0.1.21:" + std::to_string(*port)), std::string::npos)
        << traced.out;

    for (const auto& instance : instances) {
        const std::string log = instance->log();
        EXPECT_EQ(log.find("error"), std::string::npos) << instance->name() << ":\n" << log;
    }
    instances.clear();
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace hopscope::interop
