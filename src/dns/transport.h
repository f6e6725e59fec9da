// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

namespace hopscope::dns {

// How a DNS message travels. Over UDP a reply must fit 512 bytes or the EDNS payload size
// (RFC 1035 section 4.2.1, RFC 6891 section 6.2.5); over TCP it may take up to 65535 bytes and
// each message is preceded by a two-byte length (RFC 1035 section 4.2.2, RFC 7766 section 8),
// which wire::DnsTcpDeframer adds and removes. Everything in src/dns works on the bare message.
enum class Transport { Udp, Tcp };

} // namespace hopscope::dns
