// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "socket_address.h"

#include <cstddef>
#include <cstdint>
#include <netinet/in.h>
#include <span>
#include <sys/socket.h>
#include <vector>

namespace hopscope::engine::net {

// Pre-allocated slots for recvmmsg/sendmmsg, so the UDP fast path moves many datagrams per
// system call without allocating. Used for receiving (filled by UdpSocket::receiveBatch) or for
// sending (filled with push()).
class UdpBatch {
public:
    explicit UdpBatch(std::size_t capacity = 64, std::size_t slotBytes = 4096);

    [[nodiscard]] std::size_t capacity() const { return m_capacity; }
    [[nodiscard]] std::size_t slotBytes() const { return m_slotBytes; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool full() const { return m_size == m_capacity; }
    void clear() { m_size = 0; }

    [[nodiscard]] std::span<const std::uint8_t> payload(std::size_t index) const;
    [[nodiscard]] SocketAddress peer(std::size_t index) const;
    // True if the datagram did not fit its slot (MSG_TRUNC).
    [[nodiscard]] bool truncated(std::size_t index) const;

    // Copies a datagram in for sending; false when full or larger than a slot.
    bool push(std::span<const std::uint8_t> payload, const SocketAddress& peer);
    // The bytes of a datagram already in the batch, to patch in place (a reply's ID).
    [[nodiscard]] std::span<std::uint8_t> mutablePayload(std::size_t index);

private:
    friend class UdpSocket;
    void prepareReceive();
    void prepareSend();
    // Points slot `index` at its buffer (`length` bytes: the slot to receive, the datagram to
    // send).
    void prepareSlot(std::size_t index, std::size_t length);

    std::size_t m_capacity;
    std::size_t m_slotBytes;
    std::size_t m_size = 0;
    std::vector<std::uint8_t> m_buffer;
    std::vector<std::size_t> m_lengths;
    std::vector<sockaddr_in> m_peers;
    std::vector<iovec> m_iov;
    std::vector<mmsghdr> m_headers;
};

} // namespace hopscope::engine::net
