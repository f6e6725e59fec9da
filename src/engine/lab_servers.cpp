// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab_servers.h"

#include "resource_locator.h"

#include <system_error>

namespace hopscope::engine {

// Asks the lab's helper for each socket, made inside one node.
class LabServers::NodeSockets : public net::SocketSource {
public:
    NodeSockets(lab::LabSession& session, std::string node)
        : m_session(session), m_node(std::move(node)) {}

    [[nodiscard]] net::NetResult<net::FileDescriptor> open(int domain, int type,
                                                           int protocol) const override {
        auto result = m_session.openSocket(m_node, domain, type, protocol);
        if (auto* error = std::get_if<std::string>(&result)) {
            return net::NetError{std::make_error_code(std::errc::operation_not_permitted),
                                 "cannot make a socket in lab node " + m_node + ": " + *error};
        }
        return net::FileDescriptor(std::get<lab::OwnedFd>(result).release());
    }
    [[nodiscard]] bool insideLab() const override { return true; }

private:
    lab::LabSession& m_session;
    std::string m_node;
};

LabServers::LabServers(lab::LabSession& session) : m_session(session) {}

LabServers::~LabServers() {
    stop();
}

const net::SocketSource* LabServers::socketsOf(const std::string& node) {
    if (m_session.topology().node(node) == nullptr) {
        return nullptr;
    }
    auto& slot = m_sources[node];
    if (!slot) {
        slot = std::make_unique<NodeSockets>(m_session, node);
    }
    return slot.get();
}

std::optional<LbLabPlacement> LabServers::webPlacement() {
    const lab::Topology& topology = m_session.topology();
    constexpr std::uint16_t kHttpPort = 80;
    auto firstAddress = [](const lab::Node& node) -> std::optional<wire::Ipv4Address> {
        for (const auto& i : node.interfaces) {
            if (!i.addresses.empty()) {
                return i.addresses.front().address;
            }
        }
        return std::nullopt;
    };
    LbLabPlacement placement;
    for (const auto& node : topology.nodes) {
        const auto address = firstAddress(node);
        if (!address) {
            continue;
        }
        if (node.role == lab::NodeRole::LoadBalancer && placement.proxyNode.empty()) {
            placement.proxyNode = node.name;
            placement.proxyListen = net::SocketAddress(wire::Ipv4Address(), kHttpPort);
            placement.proxyAddress = net::SocketAddress(*address, kHttpPort);
            placement.proxySockets = socketsOf(node.name);
        } else if (node.role == lab::NodeRole::WebServer) {
            placement.backends.push_back(
                {node.name, net::SocketAddress(*address, kHttpPort), socketsOf(node.name)});
        }
    }
    if (placement.proxyNode.empty() || placement.backends.empty()) {
        return std::nullopt;
    }
    return placement;
}

std::vector<std::string> LabServers::startDefault() {
    const auto path = ResourceLocator::defaultScenario();
    if (!path) {
        return {"the default scenario is not installed (set HOPSCOPE_RESOURCE_DIR)"};
    }
    auto loaded = dns::Scenario::load(*path);
    if (!loaded.scenario) {
        std::vector<std::string> problems;
        for (const auto& error : loaded.errors) {
            problems.push_back(error.toString());
        }
        return problems;
    }
    return start(*loaded.scenario);
}

std::vector<std::string> LabServers::start(const dns::Scenario& scenario,
                                           LoadBalancerStackConfig web,
                                           std::shared_ptr<trace::Trace> dnsAccount) {
    const lab::Topology& topology = m_session.topology();
    // Sources are made up front: the servers' threads look them up while they start.
    for (const auto& node : topology.nodes) {
        static_cast<void>(socketsOf(node.name));
    }
    DnsLabPlacement placement;
    placement.socketsAt = [this, &topology](wire::Ipv4Address address) -> const net::SocketSource* {
        const auto owner = topology.ownerOf(address);
        if (!owner) {
            return nullptr;
        }
        const auto it = m_sources.find(owner->node);
        return it == m_sources.end() ? nullptr : it->second.get();
    };
    for (const auto& node : topology.nodes) {
        if (node.role == lab::NodeRole::Resolver && !node.interfaces.empty() &&
            !node.interfaces.front().addresses.empty()) {
            placement.resolverAddress = node.interfaces.front().addresses.front().address;
        }
    }
    if (placement.resolverAddress.isUnspecified()) {
        return {"the lab has no resolver node"};
    }
    DnsHierarchyOptions options = m_dns.options();
    options.lab = std::move(placement);
    // The capture holds the frames; the account only names the messages and says why.
    options.record = dnsAccount != nullptr;
    m_dns.setOptions(options);
    std::vector<std::string> problems = m_dns.start(scenario, std::move(dnsAccount));
    if (auto site = webPlacement()) {
        if (web.backends.size() > site->backends.size()) {
            web.backends.resize(site->backends.size());
        }
        web.lab = std::move(site);
        if (auto error = m_web.start(std::move(web))) {
            problems.push_back(*error);
        }
    }
    return problems;
}

void LabServers::stop() {
    m_web.stop();
    m_dns.stop();
}

} // namespace hopscope::engine
