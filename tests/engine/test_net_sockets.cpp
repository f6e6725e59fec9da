// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/net/send_guard.h"
#include "engine/net/tcp_connection.h"
#include "engine/net/tcp_listener.h"
#include "engine/net/udp_batch.h"
#include "engine/net/udp_socket.h"
#include "loopback_dns_client.h"

#include <gtest/gtest.h>
#include <poll.h>

namespace hopscope::engine::net {
namespace {

const wire::Ipv4Address kLoopback(127, 0, 0, 1);

TEST(NetSocketAddress, ParsesAndPrints) {
    const auto a = SocketAddress::parse("127.0.1.21:5353");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->address(), wire::Ipv4Address(127, 0, 1, 21));
    EXPECT_EQ(a->port(), 5353);
    EXPECT_EQ(a->toString(), "127.0.1.21:5353");
    EXPECT_TRUE(a->isLoopback());
    EXPECT_EQ(SocketAddress::fromSockaddr(a->toSockaddr()), *a);
    EXPECT_FALSE(SocketAddress::parse("127.0.0.1"));
    EXPECT_FALSE(SocketAddress::parse("127.0.0.1:65536"));
    EXPECT_FALSE(SocketAddress::parse("127.0.0.1:12x"));
    EXPECT_FALSE(SocketAddress::parse("localhost:53"));
}

TEST(NetUdpSocket, PortZeroGetsAKernelChosenPort) {
    auto socket = UdpSocket::bind({kLoopback, 0});
    ASSERT_TRUE(socket) << socket.error().message;
    EXPECT_NE(socket.value().localAddress().port(), 0);
    EXPECT_EQ(socket.value().localAddress().address(), kLoopback);
}

TEST(NetUdpSocket, PortInUseIsReportedClearly) {
    auto first = UdpSocket::bind({kLoopback, 0});
    ASSERT_TRUE(first);
    auto second = UdpSocket::bind(first.value().localAddress());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, std::errc::address_in_use);
    EXPECT_NE(second.error().message.find("port in use"), std::string::npos);
    EXPECT_NE(second.error().message.find(first.value().localAddress().toString()),
              std::string::npos);
}

TEST(NetUdpSocket, DatagramRoundTrip) {
    auto a = UdpSocket::bind({kLoopback, 0});
    auto b = UdpSocket::bind({wire::Ipv4Address(127, 0, 0, 2), 0});
    ASSERT_TRUE(a && b);
    const std::vector<std::uint8_t> payload{1, 2, 3, 4, 5};
    ASSERT_TRUE(a.value().sendTo(payload, b.value().localAddress()).ok());
    ASSERT_TRUE(testing::waitReadable(b.value().fd(), 2000));
    std::vector<std::uint8_t> buffer(100);
    SocketAddress from;
    const auto r = b.value().receiveFrom(buffer, from);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(std::vector<std::uint8_t>(buffer.begin(), buffer.begin() + 5), payload);
    EXPECT_EQ(from, a.value().localAddress());
    // Nothing more: non-blocking read says so instead of waiting.
    EXPECT_EQ(b.value().receiveFrom(buffer, from).status, IoStatus::WouldBlock);
}

TEST(NetUdpSocket, BatchesMoveManyDatagramsPerCall) {
    auto sender = UdpSocket::bind({kLoopback, 0});
    auto receiver = UdpSocket::bind({kLoopback, 0});
    ASSERT_TRUE(sender && receiver);
    UdpBatch out(8, 64);
    for (std::uint8_t i = 0; i < 5; ++i) {
        const std::vector<std::uint8_t> payload(i + 1u, i);
        ASSERT_TRUE(out.push(payload, receiver.value().localAddress()));
    }
    EXPECT_FALSE(out.push(std::vector<std::uint8_t>(65, 0), receiver.value().localAddress()));
    const auto sent = sender.value().sendBatch(out);
    ASSERT_TRUE(sent.ok());
    EXPECT_EQ(sent.bytes, 5u);
    ASSERT_TRUE(testing::waitReadable(receiver.value().fd(), 2000));
    UdpBatch in(8, 64);
    std::size_t total = 0;
    for (int round = 0; round < 50 && total < 5; ++round) {
        testing::waitReadable(receiver.value().fd(), 20);
        const auto r = receiver.value().receiveBatch(in);
        if (!r.ok()) {
            continue;
        }
        for (std::size_t i = 0; i < in.size(); ++i) {
            const auto p = in.payload(i);
            EXPECT_EQ(p.size(), total + 1);
            EXPECT_EQ(p[0], total);
            EXPECT_EQ(in.peer(i), sender.value().localAddress());
            ++total;
        }
    }
    EXPECT_EQ(total, 5u);
}

TEST(NetTcp, ListenConnectAcceptAndExchange) {
    auto listener = TcpListener::listen({kLoopback, 0});
    ASSERT_TRUE(listener) << listener.error().message;
    const SocketAddress where = listener.value().localAddress();
    EXPECT_NE(where.port(), 0);
    auto client = TcpConnection::connect(where);
    ASSERT_TRUE(client);
    ASSERT_TRUE(testing::waitReadable(listener.value().fd(), 2000));
    std::error_code error;
    auto server = listener.value().accept(error);
    ASSERT_TRUE(server) << error.message();
    pollfd p{client.value().fd(), POLLOUT, 0};
    ASSERT_EQ(::poll(&p, 1, 2000), 1);
    EXPECT_FALSE(client.value().connectError());
    EXPECT_EQ(server->peerAddress(), client.value().localAddress());

    const std::vector<std::uint8_t> hello{'h', 'i'};
    ASSERT_TRUE(client.value().write(hello).ok());
    ASSERT_TRUE(testing::waitReadable(server->fd(), 2000));
    std::vector<std::uint8_t> buffer(10);
    const auto r = server->read(buffer);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.bytes, 2u);
    client.value().close();
    ASSERT_TRUE(testing::waitReadable(server->fd(), 2000));
    EXPECT_EQ(server->read(buffer).status, IoStatus::Closed);
}

TEST(NetTcp, SecondListenerOnTheSamePortIsPortInUse) {
    auto first = TcpListener::listen({kLoopback, 0});
    ASSERT_TRUE(first);
    auto second = TcpListener::listen(first.value().localAddress());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, std::errc::address_in_use);
    EXPECT_NE(second.error().message.find("port in use"), std::string::npos);
}

TEST(NetTcp, ConnectCanChooseItsSourcePort) {
    auto listener = TcpListener::listen({kLoopback, 0});
    auto probe = UdpSocket::bind({wire::Ipv4Address(127, 0, 0, 3), 0}); // a port likely free
    ASSERT_TRUE(listener && probe);
    const SocketAddress local{wire::Ipv4Address(127, 0, 0, 3), probe.value().localAddress().port()};
    auto client = TcpConnection::connect(listener.value().localAddress(), false, local);
    ASSERT_TRUE(client) << client.error().message;
    EXPECT_EQ(client.value().localAddress(), local);
}

TEST(NetSendGuard, OnlyLoopbackUnlessLiveInternet) {
    const SocketAddress loopback{wire::Ipv4Address(127, 9, 8, 7), 53};
    const SocketAddress outside{wire::Ipv4Address(192, 0, 2, 1), 53};
    EXPECT_TRUE(SendGuard::allows(loopback, false));
    EXPECT_FALSE(SendGuard::allows(outside, false));
    EXPECT_TRUE(SendGuard::allows(outside, true));
    EXPECT_TRUE(SendGuard::refusal(loopback, false).empty());
    EXPECT_NE(SendGuard::refusal(outside, false).find("live-internet mode is off"),
              std::string::npos);
}

TEST(NetSendGuard, UdpRefusesNonLoopbackDestinations) {
    auto socket = UdpSocket::bind({kLoopback, 0});
    ASSERT_TRUE(socket);
    const std::vector<std::uint8_t> payload{1};
    const auto r = socket.value().sendTo(payload, {wire::Ipv4Address(192, 0, 2, 1), 53});
    EXPECT_EQ(r.status, IoStatus::Refused);
    EXPECT_EQ(r.bytes, 0u);

    // A batch drops the refused destination and still sends the rest.
    auto receiver = UdpSocket::bind({kLoopback, 0});
    ASSERT_TRUE(receiver);
    UdpBatch batch(4, 16);
    batch.push(payload, {wire::Ipv4Address(8, 8, 8, 8), 53});
    batch.push(payload, receiver.value().localAddress());
    const auto sent = socket.value().sendBatch(batch);
    ASSERT_TRUE(sent.ok());
    EXPECT_EQ(sent.bytes, 1u);
    EXPECT_TRUE(testing::waitReadable(receiver.value().fd(), 2000));
}

TEST(NetSendGuard, TcpRefusesToConnectOutside) {
    auto c = TcpConnection::connect({wire::Ipv4Address(192, 0, 2, 1), 80});
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, std::errc::permission_denied);
    EXPECT_NE(c.error().message.find("live-internet"), std::string::npos);
}

} // namespace
} // namespace hopscope::engine::net
