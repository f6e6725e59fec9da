// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "server_session_io.h"

#include <span>
#include <string_view>

namespace hopscope::engine {

bool readServerSession(StreamSocket& socket, http::HttpServerSession& session,
                       std::span<std::uint8_t> buffer, std::int64_t nowNs) {
    while (session.wantsInput()) {
        const net::IoResult result = socket.read(buffer);
        if (result.status == net::IoStatus::Ok) {
            session.receive(buffer.first(result.bytes), nowNs);
            if (result.bytes < buffer.size()) {
                break; // the socket is drained
            }
        } else if (result.status == net::IoStatus::WouldBlock) {
            break;
        } else if (result.status == net::IoStatus::Closed) {
            session.receiveEnd(nowNs);
            break;
        } else {
            return false;
        }
    }
    return true;
}

bool flushServerSession(StreamSocket& socket, http::HttpServerSession& session,
                        net::EventLoop& loop, net::IoEvent& interest, std::int64_t nowNs) {
    while (!session.output().empty()) {
        const std::string_view out = session.output();
        const net::IoResult result =
            socket.write(std::span(reinterpret_cast<const std::uint8_t*>(out.data()), out.size()));
        if (result.status == net::IoStatus::Ok) {
            session.consume(result.bytes, nowNs);
        } else if (result.status == net::IoStatus::WouldBlock) {
            break;
        } else {
            return false;
        }
    }
    if (session.finished()) {
        return false;
    }
    net::IoEvent want = net::IoEvent::None;
    if (session.wantsInput()) {
        want = want | net::IoEvent::Readable;
    }
    if (!session.output().empty()) {
        want = want | net::IoEvent::Writable;
    }
    if (want != interest) {
        interest = want;
        loop.modify(socket.fd(), want);
    }
    return true;
}

} // namespace hopscope::engine
