// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/net/socket_address.h"
#include "lab_servers.h"
#include "tcp/tcp_socket_table.h"
#include "tcp/tcp_state.h"
#include "trace/trace.h"
#include "wire/capture_packet.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hopscope::engine {

// The IPv4 TCP (and, if asked, UDP) frames the lab captured at one interface (the client's), so
// that the TCP lesson shows the kernel's own segments exactly once each. add() runs on the lab's
// capture thread.
class LabTcpCapture {
public:
    struct Frame {
        std::int64_t timeNs = 0;
        wire::PacketDirection direction = wire::PacketDirection::Unknown;
        std::vector<std::uint8_t> bytes; // Ethernet
    };
    using Done = std::function<bool(const std::vector<Frame>&)>;

    // What is kept besides TCP: UDP too, for a lesson that compares the two.
    enum class Keep : std::uint8_t { Tcp, TcpAndUdp };

    explicit LabTcpCapture(std::string interface, Keep keep = Keep::Tcp)
        : m_interface(std::move(interface)), m_keep(keep) {}

    // The lab's packet sink.
    void add(const wire::CapturePacket& packet, const wire::CaptureInterface& interface);
    // The frames kept so far once `done` says they are enough, or when `timeout` has passed.
    [[nodiscard]] std::vector<Frame> waitFor(const Done& done, std::chrono::milliseconds timeout);
    void clear();
    [[nodiscard]] const std::string& interface() const { return m_interface; }

private:
    std::string m_interface;
    Keep m_keep;
    std::mutex m_mutex;
    std::condition_variable m_grew;
    std::vector<Frame> m_frames;
};

// One HTTP request over a fresh TCP connection in the lab.
struct TcpConversationOptions {
    std::string clientNode = "laptop";
    std::string clientName = "laptop"; // as the trace names the two ends
    std::string serverName = "www.foobar.com";
    net::SocketAddress server; // where it connects (the load balancer's address)
    std::string host = "www.foobar.com";
    std::string path = "/";
    std::chrono::milliseconds timeout{20000}; // for connect and for the answer
    // The frames at the server's interface (the load balancer's "lb:eth0"), so the server's
    // state comes from what its own kernel sent and received; none: the server's state is
    // not followed.
    LabTcpCapture* serverCapture = nullptr;
};

// Both ends' RFC 9293 states once one event of the conversation's trace was captured: the
// client's from the segments at its interface, the server's from those at its own.
struct TcpEndStates {
    tcp::TcpState client = tcp::TcpState::Closed;
    tcp::TcpState server = tcp::TcpState::Listen;
};

struct TcpConversation {
    std::shared_ptr<trace::Trace> trace = std::make_shared<trace::Trace>();
    int connectError = 0;      // connect()'s errno; 0 when the connection opened
    std::optional<int> status; // the HTTP status of the answer
    std::size_t responseBytes = 0;
    std::uint16_t clientPort = 0;
    // Whether the capture held the whole conversation (its close, or the refusal) in time.
    bool captureComplete = false;
    std::string problem; // what went wrong on the client's side, if anything
    // One per trace event (empty without a server capture).
    std::vector<TcpEndStates> states;
    // Whether a socket listened on the server's port (false: its kernel refused with RST).
    bool serverListening = true;
    // What the client's kernel said of the connection's socket once the capture held its end
    // (sock_diag in the client's node): nullopt when it has no such socket any more.
    std::optional<tcp::TcpSocketInfo> kernelClientSocket;
    std::string kernelProblem; // why the kernel could not be asked, if it could not
};

// Opens a TCP connection from the client node to `options.server` with the kernel's own TCP,
// sends one GET, reads the whole answer, closes first (so the client goes through FIN-WAIT and
// TIME-WAIT), then waits for the capture to hold the connection's last segment and cuts its
// frames, as `capture` saw them at the client's interface, into a trace: each event the
// kernel's frame, its kernel time (from the first segment), source Lab, a summary with the
// relative numbers ("SYN seq=0 win=64240 MSS=1460 WS=128 SACK_PERM TSval") and one sentence on
// why. With a server capture, also both ends' states at every event; and what the client's
// kernel reports of its socket at the end. Blocks the calling thread: run it on a worker.
[[nodiscard]] TcpConversation runLabTcpConversation(LabServers& servers, LabTcpCapture& capture,
                                                    const TcpConversationOptions& options);

} // namespace hopscope::engine
