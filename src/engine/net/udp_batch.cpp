// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "udp_batch.h"

#include <algorithm>
#include <cstring>

namespace hopscope::engine::net {

UdpBatch::UdpBatch(std::size_t capacity, std::size_t slotBytes)
    : m_capacity(std::max<std::size_t>(capacity, 1)),
      m_slotBytes(std::max<std::size_t>(slotBytes, 1)), m_buffer(m_capacity * m_slotBytes),
      m_lengths(m_capacity), m_peers(m_capacity), m_iov(m_capacity), m_headers(m_capacity) {}

std::span<const std::uint8_t> UdpBatch::payload(std::size_t index) const {
    if (index >= m_size) {
        return {};
    }
    return {m_buffer.data() + index * m_slotBytes, std::min(m_lengths[index], m_slotBytes)};
}

std::span<std::uint8_t> UdpBatch::mutablePayload(std::size_t index) {
    if (index >= m_size) {
        return {};
    }
    return {m_buffer.data() + index * m_slotBytes, std::min(m_lengths[index], m_slotBytes)};
}

SocketAddress UdpBatch::peer(std::size_t index) const {
    if (index >= m_size) {
        return {};
    }
    return SocketAddress::fromSockaddr(m_peers[index]);
}

bool UdpBatch::truncated(std::size_t index) const {
    return index < m_size && (m_headers[index].msg_hdr.msg_flags & MSG_TRUNC) != 0;
}

bool UdpBatch::push(std::span<const std::uint8_t> payload, const SocketAddress& peer) {
    if (full() || payload.size() > m_slotBytes) {
        return false;
    }
    if (!payload.empty()) {
        std::memcpy(m_buffer.data() + m_size * m_slotBytes, payload.data(), payload.size());
    }
    m_lengths[m_size] = payload.size();
    m_peers[m_size] = peer.toSockaddr();
    ++m_size;
    return true;
}

void UdpBatch::prepareSlot(std::size_t index, std::size_t length) {
    m_iov[index] = iovec{m_buffer.data() + index * m_slotBytes, length};
    msghdr& header = m_headers[index].msg_hdr;
    header = msghdr{};
    header.msg_name = &m_peers[index];
    header.msg_namelen = sizeof(sockaddr_in);
    header.msg_iov = &m_iov[index];
    header.msg_iovlen = 1;
    m_headers[index].msg_len = 0;
}

void UdpBatch::prepareReceive() {
    for (std::size_t i = 0; i < m_capacity; ++i) {
        prepareSlot(i, m_slotBytes);
    }
}

void UdpBatch::prepareSend() {
    for (std::size_t i = 0; i < m_size; ++i) {
        prepareSlot(i, m_lengths[i]);
    }
}

} // namespace hopscope::engine::net
