// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lab/control_channel.h"
#include "lab/lab_failure.h"
#include "lab/topology.h"

#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace hopscope::lab {

// The lab's network as the helper builds and holds it: a user namespace (so no root is needed),
// a private mount namespace with its own /run, and one network namespace per node, wired with
// veth pairs (fixed MACs, offloads off, IPv6 off), bridges for switches, forwarding and routes
// on routers and nftables masquerade on the NAT gateway. Each node also gets an anchor process
// (its own UTS namespace named after the node, its own /etc/resolv.conf) that `lab exec` and
// `lab shell` enter with nsenter. Everything vanishes when the helper exits: the namespaces
// live only as long as the helper's descriptors, mounts and anchors.
class LabNetwork {
public:
    struct NodeHandle {
        std::string name;
        OwnedFd netns; // /proc/self/ns/net of the node
        pid_t anchor = -1;
    };

    // Must run while the process is single-threaded (unshare(CLONE_NEWUSER) refuses otherwise).
    static std::optional<LabFailure> enterUserNamespace();

    // Builds every node and link of `topology`; on failure says which step.
    std::optional<LabFailure> build(const Topology& topology);

    // Enters the node's network namespace (the calling thread only).
    bool enter(const std::string& node) const;
    bool enterRoot() const;

    [[nodiscard]] const std::vector<NodeHandle>& nodes() const { return m_nodes; }
    [[nodiscard]] const NodeHandle* node(const std::string& name) const;

    // Runs `program args...` inside `node` with `input` on its standard input; returns the exit
    // status and puts its standard error into `errors`.
    int run(const std::string& node, const std::vector<std::string>& argv, const std::string& input,
            std::string& errors) const;

    // Writes a /proc/sys file of the namespace the calling thread is in; false if it failed.
    static bool writeSysctl(const std::string& path, const std::string& value);

    // Kills the anchors and every other process still inside a node (a `lab exec` the user left
    // running), so nothing outlives the lab.
    void tearDown();

private:
    std::optional<LabFailure> createNode(const Node& node);
    std::optional<LabFailure> wireLinks(const Topology& topology);
    std::optional<LabFailure> configureNode(const Node& node);
    std::optional<LabFailure> startAnchor(const Node& node, NodeHandle& handle);

    const Topology* m_topology = nullptr;
    OwnedFd m_rootNetns;
    std::vector<NodeHandle> m_nodes;
};

} // namespace hopscope::lab
