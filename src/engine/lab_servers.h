// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/scenario.h"
#include "dns_hierarchy.h"
#include "engine/net/socket_source.h"
#include "lab/lab_session.h"
#include "load_balancer_stack.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hopscope::engine {

// Hopscope's own servers inside a running lab: the scenario's DNS servers in the nodes that hold
// their display addresses (the root server really answers on 198.41.0.4:53 there) and the
// caching resolver on the lab's resolver node, the load balancer in its node and one HTTP
// backend in each web server node, each on sockets the lab's helper made inside that node.
// `dig` and `curl` typed on the lab's laptop reach them through the switch, the NAT router and
// the routers, and the lab's capture shows every frame.
class LabServers {
public:
    explicit LabServers(lab::LabSession& session);
    ~LabServers();
    LabServers(const LabServers&) = delete;
    LabServers& operator=(const LabServers&) = delete;

    // Starts the DNS hierarchy of `scenario` and the web site (`web`, placed in the lab's load
    // balancer and web server nodes) in the lab; every problem, one sentence each. With
    // `dnsAccount`, the DNS servers also record each message they send there, with who sent it
    // to whom and why (frames drawn for the display addresses: a lesson pairs each with the
    // frame the lab captured).
    [[nodiscard]] std::vector<std::string>
    start(const dns::Scenario& scenario, LoadBalancerStackConfig web = {},
          std::shared_ptr<trace::Trace> dnsAccount = nullptr);
    // start() with the installed default scenario (the app's and the CLI's lab): its problems,
    // or that the scenario is not installed, one sentence each.
    [[nodiscard]] std::vector<std::string> startDefault();
    void stop();

    [[nodiscard]] DnsHierarchy& dns() { return m_dns; }
    [[nodiscard]] const lab::Topology& topology() const { return m_session.topology(); }
    [[nodiscard]] LoadBalancerStack& web() { return m_web; }
    // Where the web site runs in this lab (the load balancer's and web servers' nodes), or
    // nullopt when the topology has no load balancer or no web server.
    [[nodiscard]] std::optional<LbLabPlacement> webPlacement();
    // The sockets of one node (for tests and for clients run by the app inside the lab).
    [[nodiscard]] const net::SocketSource* socketsOf(const std::string& node);

private:
    class NodeSockets;
    lab::LabSession& m_session;
    std::map<std::string, std::unique_ptr<NodeSockets>> m_sources;
    DnsHierarchy m_dns;
    LoadBalancerStack m_web;
};

} // namespace hopscope::engine
