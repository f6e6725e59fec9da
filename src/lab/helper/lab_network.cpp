// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_network.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <linux/ethtool.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <sched.h>
#include <sstream>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hopscope::lab {

namespace {

std::string errnoText(const std::string& what) {
    return what + ": " + std::strerror(errno);
}

std::string readSmallFile(const char* path) {
    std::ifstream in(path);
    std::string text;
    std::getline(in, text);
    return text;
}

bool writeFile(const std::string& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const ssize_t n = ::write(fd, text.data(), text.size());
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return n == static_cast<ssize_t>(text.size());
}

bool createFile(const std::string& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return false;
    }
    const ssize_t n = ::write(fd, text.data(), text.size());
    ::close(fd);
    return n == static_cast<ssize_t>(text.size());
}

// Why unshare(CLONE_NEWUSER) failed, told apart by what the system shows.
LabFailureCode classifyUnshareFailure(int error) {
    if (error == ENOSPC || error == EUSERS) {
        return LabFailureCode::UserNamespacesLimitZero;
    }
    if (readSmallFile("/proc/sys/kernel/unprivileged_userns_clone") == "0") {
        return LabFailureCode::UserNamespacesDisabled;
    }
    if (readSmallFile("/proc/sys/user/max_user_namespaces") == "0") {
        return LabFailureCode::UserNamespacesLimitZero;
    }
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("Seccomp:", 0) == 0 && line.find('2') != std::string::npos) {
            return LabFailureCode::UserNamespacesBlockedBySandbox;
        }
    }
    return LabFailureCode::UserNamespacesRefused;
}

// Switches off the checksum and segmentation offloads of one interface through the ethtool
// ioctls. With them on, a veth leaves the TCP/UDP checksum as the partial value meant for a
// NIC, and every captured segment would show a wrong checksum.
std::optional<std::string> disableOffloads(const std::string& interface) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return errnoText("socket for ethtool");
    }
    constexpr std::array kCommands{ETHTOOL_STXCSUM, ETHTOOL_SRXCSUM, ETHTOOL_SSG,
                                   ETHTOOL_STSO,    ETHTOOL_SGSO,    ETHTOOL_SGRO};
    std::optional<std::string> failure;
    for (const auto command : kCommands) {
        ethtool_value value{};
        value.cmd = command;
        value.data = 0;
        ifreq request{};
        std::strncpy(request.ifr_name, interface.c_str(), IFNAMSIZ - 1);
        request.ifr_data = reinterpret_cast<char*>(&value);
        // Some settings do not exist on some devices (EOPNOTSUPP): nothing to switch off then.
        if (::ioctl(fd, SIOCETHTOOL, &request) != 0 && errno != EOPNOTSUPP) {
            failure = errnoText("ethtool offloads off on " + interface);
            break;
        }
    }
    ::close(fd);
    return failure;
}

std::string programSearchPath() {
    const char* path = std::getenv("PATH");
    std::string out = path != nullptr ? path : "";
    // ip and nft live in sbin, which an ordinary user's PATH often lacks.
    out += out.empty() ? "" : ":";
    out += "/usr/local/sbin:/usr/sbin:/sbin:/usr/bin:/bin";
    return out;
}

} // namespace

std::optional<LabFailure> LabNetwork::enterUserNamespace() {
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
        const int error = errno;
        return LabFailure{classifyUnshareFailure(error),
                          std::string("unshare(CLONE_NEWUSER): ") + std::strerror(error)};
    }
    // setgroups must be denied before an unprivileged process may write gid_map.
    if (!writeFile("/proc/self/setgroups", "deny") && errno != ENOENT) {
        return LabFailure{LabFailureCode::UserNamespacesRefused, errnoText("/proc/self/setgroups")};
    }
    if (!writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1") ||
        !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1")) {
        const int error = errno;
        const bool appArmor =
            readSmallFile("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == "1";
        return LabFailure{appArmor ? LabFailureCode::UserNamespacesRestrictedByAppArmor
                                   : LabFailureCode::UserNamespacesRefused,
                          std::string("writing /proc/self/uid_map: ") + std::strerror(error)};
    }
    // A private mount namespace with its own /run: `ip netns` keeps its names there, and the
    // nodes' resolv.conf files live there too. None of it is visible outside the helper.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        return LabFailure{LabFailureCode::SetupFailed, errnoText("making / private")};
    }
    if (::mount("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") != 0) {
        return LabFailure{LabFailureCode::SetupFailed, errnoText("mounting a private /run")};
    }
    ::mkdir("/run/netns", 0755);
    ::mkdir("/run/hopscope", 0755);
    return std::nullopt;
}

std::optional<LabFailure> LabNetwork::build(const Topology& topology) {
    m_topology = &topology;
    // The lab's own root network namespace: veth pairs are created from here, so nothing is
    // ever added to the computer's namespace.
    if (::unshare(CLONE_NEWNET) != 0) {
        return LabFailure{LabFailureCode::SetupFailed, errnoText("unshare(CLONE_NEWNET)")};
    }
    m_rootNetns.reset(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
    for (const auto& node : topology.nodes) {
        if (auto failure = createNode(node)) {
            return failure;
        }
    }
    if (auto failure = wireLinks(topology)) {
        return failure;
    }
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (auto failure = configureNode(topology.nodes[i])) {
            return failure;
        }
    }
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (auto failure = startAnchor(topology.nodes[i], m_nodes[i])) {
            return failure;
        }
    }
    enterRoot();
    return std::nullopt;
}

std::optional<LabFailure> LabNetwork::createNode(const Node& node) {
    if (::unshare(CLONE_NEWNET) != 0) {
        return LabFailure{LabFailureCode::SetupFailed,
                          errnoText("new network namespace for " + node.name)};
    }
    NodeHandle handle;
    handle.name = node.name;
    handle.netns.reset(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
    const std::string named = "/run/netns/" + node.name;
    if (!createFile(named, "") ||
        ::mount("/proc/self/ns/net", named.c_str(), nullptr, MS_BIND, nullptr) != 0) {
        return LabFailure{LabFailureCode::SetupFailed, errnoText("naming namespace " + node.name)};
    }
    // IPv6 off unless wanted: router solicitations and MLD reports would clutter every capture.
    writeFile("/proc/sys/net/ipv6/conf/all/disable_ipv6", "1");
    writeFile("/proc/sys/net/ipv6/conf/default/disable_ipv6", "1");
    writeFile("/proc/sys/net/ipv4/ip_forward", node.forwards() ? "1" : "0");
    // Our servers bind 53 and 80 from the app, which is not root.
    writeFile("/proc/sys/net/ipv4/ip_unprivileged_port_start", "0");
    m_nodes.push_back(std::move(handle));
    enterRoot();
    return std::nullopt;
}

std::optional<LabFailure> LabNetwork::wireLinks(const Topology& topology) {
    std::ostringstream batch;
    for (const auto& link : topology.links) {
        const Interface* a = topology.node(link.a.node)->interface(link.a.interface);
        const Interface* b = topology.node(link.b.node)->interface(link.b.interface);
        batch << "link add " << a->name << " address " << a->mac.toString() << " netns "
              << link.a.node << " type veth peer name " << b->name << " address "
              << b->mac.toString() << " netns " << link.b.node << '\n';
    }
    std::string errors;
    enterRoot();
    const int status = run({}, {"ip", "-batch", "-"}, batch.str(), errors);
    if (status == 127) {
        return LabFailure{LabFailureCode::ToolMissing, "ip (iproute2): " + errors};
    }
    if (status != 0) {
        return LabFailure{LabFailureCode::SetupFailed, "creating the links: " + errors};
    }
    return std::nullopt;
}

std::optional<LabFailure> LabNetwork::configureNode(const Node& node) {
    if (!enter(node.name)) {
        return LabFailure{LabFailureCode::SetupFailed, errnoText("entering " + node.name)};
    }
    for (const auto& i : node.interfaces) {
        if (auto failure = disableOffloads(i.name)) {
            return LabFailure{LabFailureCode::SetupFailed, node.name + ": " + *failure};
        }
    }
    std::ostringstream batch;
    batch << "link set lo up\n";
    if (node.role == NodeRole::Switch) {
        // STP off (the default): ports forward as soon as they are up.
        batch << "link add br0 type bridge\n";
        for (const auto& i : node.interfaces) {
            batch << "link set " << i.name << " master br0\n";
        }
        batch << "link set br0 up\n";
    }
    for (const auto& i : node.interfaces) {
        for (const auto& a : i.addresses) {
            batch << "address add " << a.toString() << " dev " << i.name << '\n';
        }
        batch << "link set " << i.name << " up\n";
    }
    for (const auto& r : node.routes) {
        batch << "route add " << r.destination.toString() << " via " << r.gateway.toString()
              << '\n';
    }
    std::string errors;
    if (run(node.name, {"ip", "-batch", "-"}, batch.str(), errors) != 0) {
        return LabFailure{LabFailureCode::SetupFailed, "configuring " + node.name + ": " + errors};
    }
    if (node.role == NodeRole::NatGateway) {
        std::ostringstream rules;
        rules << "table ip hopscope_nat {\n"
              << "  chain postrouting {\n"
              << "    type nat hook postrouting priority srcnat; policy accept;\n"
              << "    oifname \"" << node.natOutside << "\" masquerade\n"
              << "  }\n"
              << "}\n";
        const int status = run(node.name, {"nft", "-f", "-"}, rules.str(), errors);
        if (status == 127) {
            return LabFailure{LabFailureCode::ToolMissing, "nft (nftables): " + errors};
        }
        if (status != 0) {
            return LabFailure{LabFailureCode::SetupFailed, "NAT on " + node.name + ": " + errors};
        }
    }
    return std::nullopt;
}

std::optional<LabFailure> LabNetwork::startAnchor(const Node& node, NodeHandle& handle) {
    const std::string folder = "/run/hopscope/" + node.name;
    ::mkdir(folder.c_str(), 0755);
    const std::string resolvConf = folder + "/resolv.conf";
    const std::string text = node.resolver ? "nameserver " + node.resolver->toString() + "\n"
                                           : "# " + node.name + " has no resolver in this lab\n";
    if (!createFile(resolvConf, text)) {
        return LabFailure{LabFailureCode::SetupFailed, errnoText("writing " + resolvConf)};
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        return LabFailure{LabFailureCode::SetupFailed, errnoText("fork for " + node.name)};
    }
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(1);
        }
        if (::setns(handle.netns.get(), CLONE_NEWNET) != 0 ||
            ::unshare(CLONE_NEWNS | CLONE_NEWUTS) != 0) {
            ::_exit(1);
        }
        ::sethostname(node.name.c_str(), node.name.size());
        // The node's own resolver for dig, curl and getaddrinfo. When /etc/resolv.conf is a
        // link into the host's /run (systemd-resolved), put a private folder where it points.
        char target[4096] = {};
        const ssize_t n = ::readlink("/etc/resolv.conf", target, sizeof target - 1);
        std::string destination = "/etc/resolv.conf";
        if (n > 0) {
            std::string link(target, static_cast<std::size_t>(n));
            if (link.front() != '/') {
                link = "/etc/" + link;
            }
            destination = link;
            const std::string dir = link.substr(0, link.rfind('/'));
            std::string partial;
            std::istringstream parts(dir);
            std::string part;
            while (std::getline(parts, part, '/')) {
                if (!part.empty()) {
                    partial += '/' + part;
                    ::mkdir(partial.c_str(), 0755);
                }
            }
            ::mount("tmpfs", dir.c_str(), "tmpfs", 0, "mode=0755");
            createFile(destination, "");
        }
        ::mount(resolvConf.c_str(), destination.c_str(), nullptr, MS_BIND, nullptr);
        const int devNull = ::open("/dev/null", O_RDWR);
        for (int fd = 0; fd < 3; ++fd) {
            ::dup2(devNull, fd);
        }
        ::closefrom(3);
        for (;;) {
            ::pause();
        }
    }
    handle.anchor = pid;
    return std::nullopt;
}

bool LabNetwork::writeSysctl(const std::string& path, const std::string& value) {
    return writeFile(path, value);
}

bool LabNetwork::enter(const std::string& node) const {
    const NodeHandle* handle = this->node(node);
    return handle != nullptr && ::setns(handle->netns.get(), CLONE_NEWNET) == 0;
}

bool LabNetwork::enterRoot() const {
    return ::setns(m_rootNetns.get(), CLONE_NEWNET) == 0;
}

const LabNetwork::NodeHandle* LabNetwork::node(const std::string& name) const {
    for (const auto& n : m_nodes) {
        if (n.name == name) {
            return &n;
        }
    }
    return nullptr;
}

int LabNetwork::run(const std::string& node, const std::vector<std::string>& argv,
                    const std::string& input, std::string& errors) const {
    errors.clear();
    int inPipe[2];
    int errPipe[2];
    if (::pipe2(inPipe, O_CLOEXEC) != 0) {
        errors = errnoText("pipe");
        return -1;
    }
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        errors = errnoText("pipe");
        ::close(inPipe[0]);
        ::close(inPipe[1]);
        return -1;
    }
    const NodeHandle* handle = node.empty() ? nullptr : this->node(node);
    const int netns = handle != nullptr ? handle->netns.get() : m_rootNetns.get();
    const std::string path = programSearchPath();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setns(netns, CLONE_NEWNET);
        ::dup2(inPipe[0], 0);
        ::dup2(errPipe[1], 2);
        const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        ::dup2(devNull, 1);
        ::setenv("PATH", path.c_str(), 1);
        std::vector<char*> args;
        for (const auto& a : argv) {
            args.push_back(const_cast<char*>(a.c_str()));
        }
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        const std::string message = "cannot run " + argv[0] + ": " + std::strerror(errno);
        [[maybe_unused]] const ssize_t ignored = ::write(2, message.data(), message.size());
        ::_exit(127);
    }
    ::close(inPipe[0]);
    ::close(errPipe[1]);
    if (pid < 0) {
        errors = errnoText("fork");
        ::close(inPipe[1]);
        ::close(errPipe[0]);
        return -1;
    }
    std::size_t written = 0;
    while (written < input.size()) {
        const ssize_t n = ::write(inPipe[1], input.data() + written, input.size() - written);
        if (n <= 0) {
            break;
        }
        written += static_cast<std::size_t>(n);
    }
    ::close(inPipe[1]);
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(errPipe[0], buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        errors.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(errPipe[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) {
        errors.pop_back();
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void LabNetwork::tearDown() {
    // Processes a user started in a node with `lab exec` are not our children; find them by
    // the network namespace they are in.
    std::vector<std::pair<dev_t, ino_t>> namespaces;
    for (const auto& n : m_nodes) {
        struct stat info {};
        if (::fstat(n.netns.get(), &info) == 0) {
            namespaces.emplace_back(info.st_dev, info.st_ino);
        }
    }
    const pid_t self = ::getpid();
    if (DIR* proc = ::opendir("/proc")) {
        while (const dirent* entry = ::readdir(proc)) {
            const pid_t pid = static_cast<pid_t>(std::atoi(entry->d_name));
            if (pid <= 0 || pid == self) {
                continue;
            }
            struct stat info {};
            const std::string path = "/proc/" + std::to_string(pid) + "/ns/net";
            if (::stat(path.c_str(), &info) != 0) {
                continue;
            }
            for (const auto& [dev, ino] : namespaces) {
                if (info.st_dev == dev && info.st_ino == ino) {
                    ::kill(pid, SIGKILL);
                }
            }
        }
        ::closedir(proc);
    }
    for (auto& n : m_nodes) {
        if (n.anchor > 0) {
            ::kill(n.anchor, SIGKILL);
            while (::waitpid(n.anchor, nullptr, 0) < 0 && errno == EINTR) {
            }
            n.anchor = -1;
        }
    }
}

} // namespace hopscope::lab
