// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "layer.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace hopscope::wire {

// Application-layer dissectors the transport dissectors hand payloads to. `offset` and
// `length` locate the payload inside `frame`, so field bit offsets stay frame-relative.
// Each appends its layer(s) to `out`, sets out.protocol/out.info, and returns false (with
// out.problem set) when the payload is not a well-formed message of that protocol.

// DNS message (RFC 1035 section 4). Over TCP the payload starts with the two-byte length
// prefix of RFC 1035 section 4.2.2 / RFC 7766.
bool dissectDns(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                bool overTcp, Dissection& out);

// HTTP/1.1 request or response head (and body when the segment holds it), RFC 9112.
bool dissectHttp(std::span<const std::uint8_t> frame, std::size_t offset, std::size_t length,
                 Dissection& out);

// True when a TCP payload starts like an HTTP/1.x request or status line.
bool looksLikeHttp(std::span<const std::uint8_t> payload);

} // namespace hopscope::wire
