// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/net/event_loop.h"
#include "engine/net/socket_address.h"
#include "engine/net/tcp_listener.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

namespace hopscope::engine {

struct DnsTcpFrontDoorOptions {
    // RFC 7766 section 6.2.3: servers close idle connections; BIND and NSD use seconds.
    std::int64_t idleTimeoutNs = 10'000'000'000;
    std::size_t maxConnections = 256;
    std::size_t maxOutputBytes = 1 << 20; // stop reading a client that does not read
    bool liveInternet = false;            // accept non-loopback peers (live mode only)
};

// DNS over TCP on the server side (RFC 7766): accepts connections, splits each byte stream into
// messages at their two-byte lengths, hands every query to a handler and writes replies back,
// in any order, as the handler produces them (section 6.2.1.1 lets replies overtake). Closes
// idle connections, bounds how many there are and how much output may pile up. Runs on a
// loop it does not own; every method is for that loop's thread.
class DnsTcpFrontDoor {
public:
    using ConnectionId = std::uint64_t;
    struct Query {
        ConnectionId connection = 0;
        net::SocketAddress peer;
        net::SocketAddress local;
        std::vector<std::uint8_t> bytes; // the bare message, length prefix removed
    };
    using Handler = std::function<void(Query query)>;

    DnsTcpFrontDoor(net::EventLoop& loop, net::TcpListener listener, Handler handler,
                    DnsTcpFrontDoorOptions options = {});
    ~DnsTcpFrontDoor();
    DnsTcpFrontDoor(const DnsTcpFrontDoor&) = delete;
    DnsTcpFrontDoor& operator=(const DnsTcpFrontDoor&) = delete;

    void start();
    // Closes the listener and every connection.
    void close();
    [[nodiscard]] net::SocketAddress address() const { return m_listener.localAddress(); }

    // Queues a reply (the bare message) on the connection; false when it has gone away.
    bool reply(ConnectionId connection, std::span<const std::uint8_t> message);

private:
    struct Connection;

    void accept();
    void armIdleTimer(ConnectionId id, std::int64_t delayNs);
    void closeConnection(ConnectionId id);
    void onEvents(ConnectionId id, net::IoEvent events);
    bool readMessages(ConnectionId id);
    bool flush(Connection& c);
    void updateInterest(ConnectionId id);

    net::EventLoop& m_loop;
    net::TcpListener m_listener;
    Handler m_handler;
    DnsTcpFrontDoorOptions m_options;
    bool m_open = false;
    ConnectionId m_nextId = 1;
    std::unordered_map<ConnectionId, std::unique_ptr<Connection>> m_connections;
};

} // namespace hopscope::engine
