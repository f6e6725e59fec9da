// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <string>
#include <system_error>
#include <utility>
#include <variant>

namespace hopscope::engine::net {

// Why a socket could not be created, bound, connected or used: the errno as a code (so callers
// can test for std::errc::address_in_use) and a sentence naming the address.
struct NetError {
    std::error_code code;
    std::string message; // "cannot bind UDP 127.0.0.1:5353: port in use"
};

// A value or a NetError; C++20 has no std::expected yet.
template <typename T> class NetResult {
public:
    NetResult(T value) : m_value(std::move(value)) {}        // NOLINT(google-explicit-constructor)
    NetResult(NetError error) : m_value(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() { return std::get<T>(m_value); }
    [[nodiscard]] const T& value() const { return std::get<T>(m_value); }
    [[nodiscard]] T take() { return std::move(std::get<T>(m_value)); }
    [[nodiscard]] const NetError& error() const { return std::get<NetError>(m_value); }

private:
    std::variant<T, NetError> m_value;
};

// The outcome of one non-blocking read or write.
enum class IoStatus {
    Ok,         // `bytes` were transferred
    WouldBlock, // try again when the fd is ready
    Closed,     // the peer closed the connection (read returned 0, or EPIPE/ECONNRESET on write)
    Refused,    // the SendGuard refused the destination (nothing was sent)
    Error,      // see `error`
};

struct IoResult {
    IoStatus status = IoStatus::Ok;
    std::size_t bytes = 0;
    std::error_code error;

    [[nodiscard]] bool ok() const { return status == IoStatus::Ok; }
};

} // namespace hopscope::engine::net
