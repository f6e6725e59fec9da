// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "control_channel.h"
#include "lab_failure.h"
#include "topology.h"
#include "wire/capture_packet.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <sys/types.h>
#include <thread>
#include <variant>
#include <vector>

namespace hopscope::lab {

struct LabNode {
    std::string name;
    NodeRole role = NodeRole::Host;
    pid_t anchor = -1; // the process `lab exec` enters (nsenter --target)
};

// Parses the helper's "node NAME ROLE PID" lines.
[[nodiscard]] std::vector<LabNode> parseLabNodes(std::string_view text);

// A running lab, seen from the app: it starts the helper program, hands it the topology,
// asks it for sockets made inside a node (which the app's own servers then use) and reads the
// capture of every interface as a pcapng stream. The lab is gone when this object is, or when
// the app dies (the helper notices its control socket closing, and its parent dying).
class LabSession {
public:
    // The exact pcapng bytes as they arrive (for --save and pipes into Wireshark).
    using StreamSink = std::function<void(std::span<const std::uint8_t>)>;
    // Each captured frame, with the interface ("node:interface") it was seen on.
    using PacketSink =
        std::function<void(const wire::CapturePacket&, const wire::CaptureInterface&)>;

    struct Options {
        Topology topology;
        StreamSink onStream;
        PacketSink onPacket;
        std::string helperPath; // empty: find it (labHelperPath())
        std::chrono::milliseconds startTimeout{30000};
    };

    using StartResult = std::variant<std::unique_ptr<LabSession>, LabFailure>;
    [[nodiscard]] static StartResult start(Options options);

    LabSession(const LabSession&) = delete;
    LabSession& operator=(const LabSession&) = delete;
    ~LabSession();

    // A socket created inside `node` (socket(2) arguments), or the helper's error sentence.
    std::variant<OwnedFd, std::string> openSocket(const std::string& node, int domain, int type,
                                                  int protocol);
    // Loads nftables rules (nft -f) inside `node`; an error sentence on failure.
    std::optional<std::string> loadRules(const std::string& node, const std::string& rules);
    // Runs tc commands (tc -batch, one a line: "qdisc replace dev eth0 root netem delay 50ms")
    // inside `node`; an error sentence (tc's own) on failure.
    std::optional<std::string> runQdiscCommands(const std::string& node,
                                                const std::string& commands);

    struct CaptureStats {
        std::uint64_t received = 0;
        std::uint64_t dropped = 0; // by the kernel, summed over every interface
    };
    std::optional<CaptureStats> captureStats();

    // Stops the lab and waits until the capture stream has ended (every frame delivered).
    void stop();

    [[nodiscard]] const Topology& topology() const { return m_options.topology; }
    [[nodiscard]] const std::vector<LabNode>& nodes() const { return m_nodes; }
    [[nodiscard]] std::chrono::microseconds buildTime() const { return m_buildTime; }
    [[nodiscard]] pid_t helperPid() const { return m_helper; }
    // A capture stream that ended in damage (empty when it ended cleanly or still runs).
    [[nodiscard]] std::string captureError() const;

private:
    explicit LabSession(Options options);
    std::optional<std::string> request(std::string_view text, ControlMessage& reply);
    void readCapture(int fd);

    Options m_options;
    OwnedFd m_control;
    pid_t m_helper = -1;
    std::vector<LabNode> m_nodes;
    std::chrono::microseconds m_buildTime{0};
    std::mutex m_requestMutex;
    std::thread m_reader;
    bool m_stopped = false;
    mutable std::mutex m_errorMutex;
    std::string m_captureError;
};

// Where the helper program is: $HOPSCOPE_LAB_HELPER, else beside the running program
// (../libexec/hopscope/), else the build tree, else the install prefix. Empty when none exists.
[[nodiscard]] std::string labHelperPath();

// Running labs of this user that `lab exec` can reach: the helper pids, newest last.
[[nodiscard]] std::vector<pid_t> runningLabs();
// Asks a running lab's helper for its nodes; empty on failure.
[[nodiscard]] std::vector<LabNode> queryLabNodes(pid_t helper);
// Asks a running lab's helper for a socket made inside `node` (another process's
// LabSession::openSocket), or a sentence saying why there is none.
[[nodiscard]] std::variant<OwnedFd, std::string>
queryLabSocket(pid_t helper, const std::string& node, int domain, int type, int protocol);

} // namespace hopscope::lab
