// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/scenario.h"
#include "engine/net/socket_address.h"
#include "engine/net/tcp_connection.h"
#include "engine/net/udp_socket.h"
#include "wire/dns_message.h"
#include "wire/dns_tcp_deframer.h"

#include <chrono>
#include <filesystem>
#include <linux/sockios.h>
#include <optional>
#include <poll.h>
#include <stdexcept>
#include <string>
#include <sys/ioctl.h>
#include <thread>
#include <vector>

// Helpers shared by the engine's DNS tests: a tiny stub client over real loopback sockets
// (every wait bounded) and the shipped default scenario.
namespace hopscope::engine::testing {

inline std::filesystem::path defaultScenarioPath() {
    return std::filesystem::path(HOPSCOPE_SOURCE_DIR) / "resources" / "scenarios" /
           "default.scenario";
}

inline dns::Scenario loadDefaultScenario() {
    auto loaded = dns::Scenario::load(defaultScenarioPath());
    if (!loaded.ok()) {
        throw std::runtime_error("default scenario: " + loaded.errors.front().toString());
    }
    return std::move(*loaded.scenario);
}

inline wire::DnsName name(const std::string& text) {
    return *wire::DnsName::parse(text);
}

inline std::vector<std::uint8_t> queryBytes(std::uint16_t id, const std::string& qname,
                                            wire::DnsType type, bool rd = false,
                                            std::optional<std::uint16_t> edns = {}) {
    return *wire::DnsMessage::query(id, name(qname), type, wire::DnsClass::IN, rd, edns).encode();
}

inline bool waitReadable(int fd, int timeoutMs) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

// One UDP exchange from a fresh loopback socket; nullopt after `timeoutMs` without a reply.
inline std::optional<std::vector<std::uint8_t>> udpExchange(const net::SocketAddress& server,
                                                            const std::vector<std::uint8_t>& query,
                                                            int timeoutMs = 2000) {
    auto socket = net::UdpSocket::bind({wire::Ipv4Address(127, 0, 0, 1), 0});
    if (!socket || !socket.value().sendTo(query, server).ok()) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> buffer(65535);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (!waitReadable(socket.value().fd(), 50)) {
            continue;
        }
        net::SocketAddress from;
        const auto r = socket.value().receiveFrom(buffer, from);
        if (r.ok()) {
            buffer.resize(r.bytes);
            return buffer;
        }
    }
    return std::nullopt;
}

inline std::optional<wire::DnsMessage> decode(const std::optional<std::vector<std::uint8_t>>& b) {
    if (!b) {
        return std::nullopt;
    }
    auto decoded = wire::DnsMessage::decode(*b);
    return decoded.message;
}

// A blocking-with-deadline DNS-over-TCP client connection.
class TcpClient {
public:
    explicit TcpClient(const net::SocketAddress& server, int timeoutMs = 2000)
        : m_timeoutMs(timeoutMs) {
        auto c = net::TcpConnection::connect(server);
        if (!c) {
            throw std::runtime_error(c.error().message);
        }
        m_connection.emplace(c.take());
        pollfd p{m_connection->fd(), POLLOUT, 0};
        if (::poll(&p, 1, timeoutMs) <= 0 || m_connection->connectError()) {
            throw std::runtime_error("TCP connect to " + server.toString() + " failed");
        }
    }

    bool sendRaw(const std::vector<std::uint8_t>& bytes) {
        std::size_t offset = 0;
        while (offset < bytes.size()) {
            const auto w = m_connection->write(std::span(bytes).subspan(offset));
            if (w.status == net::IoStatus::WouldBlock) {
                pollfd p{m_connection->fd(), POLLOUT, 0};
                ::poll(&p, 1, m_timeoutMs);
                continue;
            }
            if (!w.ok()) {
                return false;
            }
            offset += w.bytes;
        }
        return true;
    }
    bool send(const std::vector<std::uint8_t>& message) {
        return sendRaw(*wire::DnsTcpDeframer::frame(message));
    }

    // Waits until the peer has acknowledged everything sent so far, so the next write goes out
    // as a segment of its own.
    bool waitAcknowledged() {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(m_timeoutMs);
        int unacknowledged = 0;
        while (::ioctl(m_connection->fd(), SIOCOUTQ, &unacknowledged) == 0 && unacknowledged > 0) {
            if (std::chrono::steady_clock::now() >= deadline) {
                return false;
            }
            std::this_thread::yield();
        }
        return unacknowledged == 0;
    }

    // The next message, or nullopt on timeout or when the server closed the connection.
    std::optional<std::vector<std::uint8_t>> receive() {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(m_timeoutMs);
        std::vector<std::uint8_t> buffer(16384);
        while (std::chrono::steady_clock::now() < deadline) {
            if (auto message = m_deframer.next()) {
                return message;
            }
            if (!waitReadable(m_connection->fd(), 50)) {
                continue;
            }
            const auto r = m_connection->read(buffer);
            if (r.status == net::IoStatus::Closed || r.status == net::IoStatus::Error) {
                m_closed = true;
                return m_deframer.next();
            }
            if (r.ok()) {
                m_deframer.feed(std::span(buffer.data(), r.bytes));
            }
        }
        return std::nullopt;
    }
    [[nodiscard]] bool closed() const { return m_closed; }

private:
    int m_timeoutMs;
    std::optional<net::TcpConnection> m_connection;
    wire::DnsTcpDeframer m_deframer;
    bool m_closed = false;
};

} // namespace hopscope::engine::testing
