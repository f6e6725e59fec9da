// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "http/http_server_session.h"
#include "net/event_loop.h"
#include "stream_socket.h"

#include <cstdint>
#include <span>

namespace hopscope::engine {

// Reads what the socket has into an HTTP server session while it wants input (through
// `buffer`), ending the input at the client's FIN. Returns false when the connection broke and
// is to be closed. Shared, as the flush below, by the backends and the proxy's client side,
// which serve HTTP alike.
bool readServerSession(StreamSocket& socket, http::HttpServerSession& session,
                       std::span<std::uint8_t> buffer, std::int64_t nowNs);

// Writes what an HTTP server session has to send, as far as the socket takes it, then watches
// the connection for what it waits for next: more of a request while the session wants input,
// room to write while output is left (`interest` is what the loop watches now). Returns false
// when the connection is to be closed: the write failed or the session is done.
bool flushServerSession(StreamSocket& socket, http::HttpServerSession& session,
                        net::EventLoop& loop, net::IoEvent& interest, std::int64_t nowNs);

} // namespace hopscope::engine
