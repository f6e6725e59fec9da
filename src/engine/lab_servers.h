// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/scenario.h"
#include "dns_hierarchy.h"
#include "engine/net/socket_source.h"
#include "lab/lab_session.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hopscope::engine {

// Hopscope's own servers inside a running lab: the scenario's DNS servers in the nodes that hold
// their display addresses (the root server really answers on 198.41.0.4:53 there) and the
// caching resolver on the lab's resolver node, each on sockets the lab's helper made inside
// that node. `dig` typed on the lab's laptop reaches them through the switch, the NAT router
// and the routers, and the lab's capture shows every frame.
class LabServers {
public:
    explicit LabServers(lab::LabSession& session);
    ~LabServers();
    LabServers(const LabServers&) = delete;
    LabServers& operator=(const LabServers&) = delete;

    // Starts the DNS hierarchy of `scenario` in the lab; every problem, one sentence each.
    [[nodiscard]] std::vector<std::string> start(const dns::Scenario& scenario);
    void stop();

    [[nodiscard]] DnsHierarchy& dns() { return m_dns; }
    // The sockets of one node (for tests and for clients run by the app inside the lab).
    [[nodiscard]] const net::SocketSource* socketsOf(const std::string& node);

private:
    class NodeSockets;
    lab::LabSession& m_session;
    std::map<std::string, std::unique_ptr<NodeSockets>> m_sources;
    DnsHierarchy m_dns;
};

} // namespace hopscope::engine
