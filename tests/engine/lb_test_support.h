// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/net/socket_address.h"
#include "http/http_client_session.h"
#include "trace/clock.h"

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <netinet/in.h>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace hopscope::engine::testing {

// A blocking loopback TCP client with a receive timeout, so a test can never hang on a
// server that does not answer.
class BlockingClient {
public:
    explicit BlockingClient(const net::SocketAddress& server, int timeoutMs = 3000) {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        const sockaddr_in native = server.toSockaddr();
        m_connected =
            ::connect(m_fd, reinterpret_cast<const sockaddr*>(&native), sizeof native) == 0;
    }
    ~BlockingClient() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    BlockingClient(const BlockingClient&) = delete;
    BlockingClient& operator=(const BlockingClient&) = delete;

    [[nodiscard]] bool connected() const { return m_connected; }

    bool sendRaw(std::string_view bytes) {
        while (!bytes.empty()) {
            const ssize_t n = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }

    // Sends the request and waits for its response; nullopt on close, error or timeout.
    std::optional<wire::HttpResponse> request(const wire::HttpRequest& request) {
        m_session.send(request);
        const std::string out(m_session.output());
        m_session.consume(out.size());
        if (!sendRaw(out)) {
            return std::nullopt;
        }
        return readResponse();
    }

    // Sends every request in one write (pipelining) and reads as many responses.
    std::vector<wire::HttpResponse> pipeline(const std::vector<wire::HttpRequest>& requests) {
        for (const wire::HttpRequest& request : requests) {
            m_session.send(request);
        }
        const std::string out(m_session.output());
        m_session.consume(out.size());
        std::vector<wire::HttpResponse> responses;
        if (!sendRaw(out)) {
            return responses;
        }
        while (responses.size() < requests.size()) {
            auto response = readResponse();
            if (!response) {
                break;
            }
            responses.push_back(std::move(*response));
        }
        return responses;
    }

    std::optional<wire::HttpResponse> get(const std::string& target) {
        wire::HttpRequest request;
        request.target = target;
        request.headers.add("Host", "127.0.0.1");
        return this->request(request);
    }

    std::optional<wire::HttpResponse> readResponse() {
        if (!m_ready.empty()) {
            wire::HttpResponse first = std::move(m_ready.front());
            m_ready.erase(m_ready.begin());
            return first;
        }
        char buffer[16384];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            http::ClientReceive received =
                n > 0 ? m_session.receive(std::string_view(buffer, static_cast<std::size_t>(n)))
                      : m_session.receiveEnd();
            for (auto& response : received.responses) {
                m_ready.push_back(std::move(response.response));
            }
            if (!m_ready.empty()) {
                wire::HttpResponse first = std::move(m_ready.front());
                m_ready.erase(m_ready.begin());
                return first;
            }
            if (n <= 0 || received.failed) {
                return std::nullopt;
            }
        }
    }

    // Reads raw bytes until the peer closes or the timeout passes.
    std::string readUntilClose() {
        std::string all;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                m_closedByPeer = n == 0;
                return all;
            }
            all.append(buffer, static_cast<std::size_t>(n));
        }
    }
    [[nodiscard]] bool closedByPeer() const { return m_closedByPeer; }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_closedByPeer = false;
    http::HttpClientSession m_session;
    std::vector<wire::HttpResponse> m_ready; // parsed, not yet returned
};

// A test clock that moves only when the test says, read safely from the loops' threads.
class SteppedClock final : public trace::Clock {
public:
    [[nodiscard]] std::int64_t nowNs() const override { return m_now.load(); }
    void advanceNs(std::int64_t ns) { m_now.fetch_add(ns); }

private:
    std::atomic<std::int64_t> m_now{1'000'000'000};
};

// Polls `condition` every 10 ms until it holds or `timeout` passes. It returns as soon as the
// condition holds, so a generous bound (10 s, which holds under ThreadSanitizer on a loaded
// machine) costs a passing run nothing.
template <typename Condition>
bool eventually(Condition condition, std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        if (condition()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return condition();
}

} // namespace hopscope::engine::testing
