// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "http/http_server_session.h"
#include "net/event_loop.h"
#include "stream_socket.h"

#include <cstdint>

namespace hopscope::engine {

// Writes what an HTTP server session has to send, as far as the socket takes it, then watches
// the connection for what it waits for next: more of a request while the session wants input,
// room to write while output is left (`interest` is what the loop watches now). Returns false
// when the connection is to be closed: the write failed or the session is done. Shared by the
// backends and the proxy's client side, which serve HTTP alike.
bool flushServerSession(StreamSocket& socket, http::HttpServerSession& session,
                        net::EventLoop& loop, net::IoEvent& interest, std::int64_t nowNs);

} // namespace hopscope::engine
