// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// Fuzz target for the sock_diag answer parser (TcpSocketTable::parseReply): the input is one
// datagram of the kernel's answer, answering the request whose sequence number its first
// message carries (as a real answer does). Nothing may crash; every record it keeps must have
// come from a whole inet_diag_msg in the datagram and say consistent things.
#include "tcp/tcp_socket_table.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <span>
#include <vector>

namespace {

using namespace hopscope::tcp;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_sock_diag: %s\n", what);
    std::abort();
}

void check(bool condition, const char* what) {
    if (!condition) {
        fail(what);
    }
}

// The sequence number of the datagram's first message (nlmsghdr's nlmsg_seq), or 0.
std::uint32_t firstSequence(std::span<const std::uint8_t> datagram) {
    std::uint32_t sequence = 0;
    if (datagram.size() >= sizeof(nlmsghdr)) {
        std::memcpy(&sequence, datagram.data() + offsetof(nlmsghdr, nlmsg_seq), sizeof sequence);
    }
    return sequence;
}

void parse(std::span<const std::uint8_t> datagram, std::uint32_t sequence) {
    // Records already there (an earlier datagram's) must stay untouched.
    std::vector<TcpSocketInfo> sockets(1);
    sockets[0].localPort = 4242;
    const auto part = TcpSocketTable::parseReply(datagram, sequence, sockets);
    check(!sockets.empty() && sockets[0].localPort == 4242, "earlier records were changed");
    const std::size_t added = sockets.size() - 1;
    check(added <= datagram.size() / (sizeof(nlmsghdr) + sizeof(inet_diag_msg)),
          "more records than whole inet_diag_msgs in the datagram");
    for (std::size_t i = 1; i < sockets.size(); ++i) {
        const TcpSocketInfo& s = sockets[i];
        check(s.state == TcpSocketTable::stateFromKernel(s.kernelState),
              "a record's state disagrees with its kernel state");
        check(!s.localText().empty() && !s.remoteText().empty(), "a record prints empty");
    }
    if (!part.error.empty()) {
        // An error is a sentence, not a stray byte.
        check(part.error.size() > 10, "an error too short to be a sentence");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> datagram(data, size);
    const std::uint32_t sequence = firstSequence(datagram);
    parse(datagram, sequence);
    // The same bytes answering another request: every message is someone else's.
    parse(datagram, sequence + 1);
    return 0;
}
