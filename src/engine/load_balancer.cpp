// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "load_balancer.h"

#include "balance/sticky_cookie.h"
#include "server_session_io.h"
#include "wire/ascii_text.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <unordered_map>

namespace hopscope::engine {

namespace {

constexpr std::int64_t kSweepIntervalNs = 50'000'000;
constexpr std::size_t kReadBufferSize = 64 * 1024;
constexpr std::uint16_t kLastFallbackPort = 8179;

std::uint64_t pack(const net::SocketAddress& address) {
    return (std::uint64_t{address.address().value()} << 16) | address.port() | (1ULL << 48);
}

net::SocketAddress unpack(std::uint64_t packed) {
    return {wire::Ipv4Address(static_cast<std::uint32_t>((packed >> 16) & 0xffffffffULL)),
            static_cast<std::uint16_t>(packed & 0xffff)};
}

// RFC 9110 section 9.2.2.
bool isIdempotent(std::string_view method) {
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE" ||
           method == "PUT" || method == "DELETE";
}

// RFC 9110 section 7.6.1: fields meant for one connection only, never forwarded. One pass over
// the fields (this runs twice per proxied request).
void removeHopByHop(wire::HttpHeaders& headers) {
    // The names the Connection field lists point into fields about to go: copied first.
    const std::vector<std::string_view> listed = headers.tokens("Connection");
    const std::vector<std::string> names(listed.begin(), listed.end());
    headers.removeIf([&names](const wire::HttpHeaders::Entry& e) {
        static constexpr std::string_view kAlways[] = {"Connection", "Keep-Alive",
                                                       "Proxy-Connection", "TE", "Upgrade"};
        auto named = [&e](std::string_view n) { return wire::equalsIgnoringCase(e.name, n); };
        return std::any_of(std::begin(kAlways), std::end(kAlways), named) ||
               std::any_of(names.begin(), names.end(), named);
    });
}

std::string cookieValue(const wire::HttpHeaders& headers, std::string_view name) {
    for (const wire::HttpHeaders::Entry& e : headers.entries()) {
        if (!wire::equalsIgnoringCase(e.name, "Cookie")) {
            continue;
        }
        std::string_view rest = e.value;
        while (!rest.empty()) {
            const auto semicolon = rest.find(';');
            std::string_view pair = rest.substr(0, semicolon);
            while (!pair.empty() && pair.front() == ' ') {
                pair.remove_prefix(1);
            }
            const auto equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
                return std::string(pair.substr(equals + 1));
            }
            rest = semicolon == std::string_view::npos ? std::string_view()
                                                       : rest.substr(semicolon + 1);
        }
    }
    return {};
}

std::span<const std::uint8_t> asBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string seconds(std::int64_t ns) {
    const double s = static_cast<double>(ns) / 1e9;
    char text[32];
    std::snprintf(text, sizeof text, "%.3g s", s);
    return text;
}

} // namespace

struct LoadBalancer::Exchange {
    std::uint64_t id = 0;
    std::uint64_t client = 0;  // ClientConnection id
    std::uint64_t request = 0; // id in the client's session
    net::SocketAddress clientAddress;
    std::string method;
    std::string target;
    std::string hashKey;
    std::string cookie;
    std::string forwarded; // the request as sent to backends
    bool idempotent = true;
    bool sampled = false;
    std::uint64_t tried = 0; // bit per backend index
    std::uint32_t attempts = 0;
    std::size_t backend = kNoBackend; // of the latest attempt
    std::string setCookie;
    std::int64_t arrivedNs = 0;
    std::int64_t attemptNs = 0;
    int lastStatus = 0;
    std::string lastBackend;
    std::string lastDetail;

    // What every report of this request carries; each hop adds its own fields.
    [[nodiscard]] LbMessage report(LbHop hop, std::string_view bytes) const {
        LbMessage message;
        message.hop = hop;
        message.exchange = id;
        message.client = clientAddress;
        message.bytes = bytes;
        message.method = method;
        message.target = target;
        return message;
    }
};

struct LoadBalancer::ClientConnection {
    std::uint64_t id = 0;
    StreamSocket socket;
    http::HttpServerSession session;
    net::IoEvent interest = net::IoEvent::Readable;
    std::string ip; // for X-Forwarded-For
};

struct LoadBalancer::BackendConnection {
    std::uint64_t id = 0;
    std::size_t backend = 0;
    StreamSocket socket;
    http::HttpClientSession session;
    bool connecting = true;
    net::IoEvent interest = net::IoEvent::None;
    std::int64_t deadlineNs = 0;
    std::int64_t idleSinceNs = 0;
    std::unique_ptr<Exchange> exchange;

    // A report of the hop between the proxy and this connection's backend.
    [[nodiscard]] LbMessage report(const Exchange& of, LbHop hop, std::string_view bytes) const {
        LbMessage message = of.report(hop, bytes);
        message.backend = backend;
        message.backendAddress = socket.peerAddress();
        message.backendLocal = socket.localAddress();
        return message;
    }
};

struct LoadBalancer::Worker {
    explicit Worker(std::size_t index)
        : loop("lb-worker-" + std::to_string(index + 1)), buffer(kReadBufferSize),
          nextExchange((std::uint64_t{index} + 1) << 48) {}

    net::EventLoop loop;
    std::unordered_map<std::uint64_t, std::unique_ptr<ClientConnection>> clients;
    std::unordered_map<std::uint64_t, std::unique_ptr<BackendConnection>> backends;
    std::array<std::vector<std::uint64_t>, balance::kMaxBackends> idle;
    std::vector<std::uint8_t> buffer;
    std::uint64_t nextId = 1;
    std::uint64_t busyClient = 0; // the client whose input is being handled (no flush inside)
    std::uint64_t nextExchange;   // worker number in the top bits: unique without sharing
    // The clock read once when the loop hands the worker an event (as HAProxy reads it once a
    // poll): every step of that event's handling uses it, instead of a clock read per step.
    std::int64_t now = 0;
};

LoadBalancer::LoadBalancer(balance::SwitchableBalancer& balancer, LoadBalancerConfig config,
                           LoadBalancerObserver* observer)
    : m_balancer(balancer), m_config(std::move(config)), m_observer(observer) {}

LoadBalancer::~LoadBalancer() {
    stop();
}

void LoadBalancer::setBackendAddress(std::size_t index, net::SocketAddress address) {
    if (index < m_backendAddresses.size()) {
        m_backendAddresses[index].store(pack(address), std::memory_order_release);
    }
}

std::optional<net::SocketAddress> LoadBalancer::backendAddress(std::size_t index) const {
    if (index >= m_backendAddresses.size()) {
        return std::nullopt;
    }
    const std::uint64_t packed = m_backendAddresses[index].load(std::memory_order_acquire);
    if (packed == 0) {
        return std::nullopt;
    }
    return unpack(packed);
}

std::optional<net::NetError> LoadBalancer::openListener() {
    std::vector<std::uint16_t> ports{m_config.listen.port()};
    if (m_config.firstFreePort && m_config.listen.port() != 0) {
        for (std::uint32_t p = m_config.listen.port() + 1U; p <= kLastFallbackPort; ++p) {
            ports.push_back(static_cast<std::uint16_t>(p));
        }
        ports.push_back(0);
    }
    std::optional<net::NetError> lastError;
    for (const std::uint16_t port : ports) {
        auto listener =
            StreamSocket::listen(net::SocketAddress(m_config.listen.address(), port), 1024, false,
                                 m_config.sockets);
        if (listener) {
            m_listener = listener.take();
            m_address = m_listener.localAddress();
            return std::nullopt;
        }
        lastError = listener.error();
    }
    return lastError;
}

std::optional<net::NetError> LoadBalancer::start() {
    if (m_running.load()) {
        return std::nullopt;
    }
    if (auto error = openListener()) {
        return error;
    }
    const std::size_t count = std::max<std::size_t>(1, m_config.workers);
    for (std::size_t i = 0; i < count; ++i) {
        m_workers.push_back(std::make_unique<Worker>(i));
    }
    Worker* acceptor = m_workers.front().get();
    acceptor->loop.watch(m_listener.fd(), net::IoEvent::Readable,
                         [this, acceptor](net::IoEvent) { onAccept(*acceptor); });
    for (auto& worker : m_workers) {
        Worker* w = worker.get();
        w->loop.start();
        w->loop.post([this, w] { sweep(*w); });
    }
    m_running.store(true);
    spdlog::info("load balancer listening on {} with {} workers", m_address.toString(),
                 m_workers.size());
    return std::nullopt;
}

void LoadBalancer::stop() {
    if (!m_running.exchange(false)) {
        return;
    }
    // The acceptor first, so no connection is handed to a worker after it has been cleared.
    m_workers.front()->loop.runSync([this] {
        m_workers.front()->loop.unwatch(m_listener.fd());
        m_listener.close();
    });
    for (auto& worker : m_workers) {
        Worker* w = worker.get();
        w->loop.runSync([this, w] {
            const std::int64_t now = w->loop.nowNs();
            for (auto& [id, connection] : w->backends) {
                if (connection->exchange) {
                    // Every start is finished exactly once, so the counters still add up.
                    m_balancer.onFinish(
                        connection->backend,
                        std::chrono::nanoseconds(now - connection->exchange->attemptNs),
                        balance::Outcome::BadGateway);
                }
                w->loop.unwatch(connection->socket.fd());
            }
            w->backends.clear();
            for (auto& [id, client] : w->clients) {
                w->loop.unwatch(client->socket.fd());
            }
            m_clientConnections.fetch_sub(w->clients.size());
            w->clients.clear();
        });
        w->loop.stop();
    }
    m_workers.clear();
}

void LoadBalancer::onAccept(Worker& acceptor) {
    for (;;) {
        std::error_code error;
        std::optional<StreamSocket> socket = m_listener.accept(error);
        if (!socket) {
            if (error) {
                spdlog::warn("load balancer: accept failed: {}", error.message());
            }
            return;
        }
        // Connections go to the workers in turn: wrk and browsers open their connections at
        // the start and keep them, so an even split at accept is an even split of the work.
        Worker* target = m_workers[m_nextWorker++ % m_workers.size()].get();
        if (target == &acceptor) {
            adopt(acceptor, std::move(*socket));
        } else {
            auto handed = std::make_shared<StreamSocket>(std::move(*socket));
            target->loop.post([this, target, handed] { adopt(*target, std::move(*handed)); });
        }
    }
}

void LoadBalancer::adopt(Worker& worker, StreamSocket socket) {
    worker.now = worker.loop.nowNs();
    auto client = std::make_unique<ClientConnection>(
        ClientConnection{worker.nextId++, std::move(socket),
                         http::HttpServerSession(m_config.clientLimits, worker.now),
                         net::IoEvent::Readable, std::string()});
    client->ip = client->socket.peerAddress().address().toString();
    const std::uint64_t id = client->id;
    const int fd = client->socket.fd();
    worker.clients.emplace(id, std::move(client));
    m_clientConnections.fetch_add(1, std::memory_order_relaxed);
    Worker* w = &worker;
    worker.loop.watch(fd, net::IoEvent::Readable,
                      [this, w, id](net::IoEvent events) { onClient(*w, id, events); });
}

void LoadBalancer::onClient(Worker& worker, std::uint64_t id, net::IoEvent events) {
    const auto it = worker.clients.find(id);
    if (it == worker.clients.end()) {
        return;
    }
    ClientConnection& client = *it->second;
    worker.now = worker.loop.nowNs();
    const std::int64_t now = worker.now;
    if (net::has(events, net::IoEvent::Readable) || net::has(events, net::IoEvent::Hangup)) {
        if (!readServerSession(client.socket, client.session, worker.buffer, now)) {
            closeClient(worker, id);
            return;
        }
        worker.busyClient = id;
        while (auto request = client.session.next(now)) {
            startExchange(worker, client, std::move(*request));
        }
        worker.busyClient = 0;
    }
    flushClient(worker, client);
}

void LoadBalancer::startExchange(Worker& worker, ClientConnection& client,
                                 http::ServerRequest request) {
    auto exchange = std::make_unique<Exchange>();
    exchange->id = worker.nextExchange++;
    exchange->client = client.id;
    exchange->request = request.id;
    exchange->clientAddress = client.socket.peerAddress();
    exchange->arrivedNs = worker.now;
    wire::HttpRequest& message = request.request;
    exchange->method = message.method;
    exchange->target = message.target;
    exchange->idempotent = isIdempotent(message.method);
    exchange->hashKey = message.target.substr(0, message.target.find('?'));
    exchange->cookie = cookieValue(message.headers, balance::kStickyCookieName);
    exchange->sampled = m_observer != nullptr && m_observer->sample();
    if (exchange->sampled) {
        std::string bytes;
        message.encodeTo(bytes);
        LbMessage report = exchange->report(LbHop::ClientToLb, bytes);
        report.lb = client.socket.localAddress();
        m_observer->message(report);
    }

    removeHopByHop(message.headers);
    message.version = wire::HttpVersion{1, 1};
    if (const auto forwarded = message.headers.get("X-Forwarded-For")) {
        message.headers.set("X-Forwarded-For", std::string(*forwarded) + ", " + client.ip);
    } else {
        message.headers.add("X-Forwarded-For", client.ip);
    }
    message.encodeTo(exchange->forwarded);
    dispatch(worker, std::move(exchange));
}

void LoadBalancer::dispatch(Worker& worker, std::unique_ptr<Exchange> exchange) {
    const balance::BackendPool& pool = m_balancer.pool();
    balance::RequestContext context;
    context.client = balance::ClientAddress::v4(exchange->clientAddress.address().value());
    context.hashKey = exchange->hashKey;
    context.stickyCookie = exchange->cookie;

    std::optional<balance::Choice> choice;
    bool unrouted = false;
    // A retry must land on a backend not tried yet; the algorithm is asked again (for round
    // robin that is simply the next in turn) a bounded number of times.
    const std::size_t asks = exchange->attempts == 0 ? 1 : 2 * pool.size() + 2;
    for (std::size_t i = 0; i < asks; ++i) {
        std::optional<balance::Choice> candidate = m_balancer.pick(context);
        if (!candidate) {
            unrouted = true;
            break;
        }
        if (((exchange->tried >> candidate->backend) & 1U) == 0) {
            choice = std::move(candidate);
            break;
        }
    }
    if (!choice) {
        if (unrouted || exchange->attempts == 0) {
            answerError(worker, *exchange, 503, {});
        } else {
            answerError(worker, *exchange, exchange->lastStatus, exchange->lastDetail);
        }
        return;
    }

    const std::size_t backend = choice->backend;
    const std::int64_t now = worker.now;
    exchange->tried |= std::uint64_t{1} << backend;
    ++exchange->attempts;
    exchange->attemptNs = now;
    exchange->setCookie = std::move(choice->setCookie);
    exchange->lastBackend = pool.at(backend).name();
    exchange->backend = backend;
    m_balancer.onStart(backend);

    BackendConnection* connection = nullptr;
    auto& idle = worker.idle[backend];
    while (!idle.empty() && connection == nullptr) {
        const std::uint64_t id = idle.back();
        idle.pop_back();
        const auto it = worker.backends.find(id);
        if (it != worker.backends.end() && !it->second->exchange &&
            it->second->session.reusable()) {
            connection = it->second.get();
        }
    }
    if (connection == nullptr) {
        const std::optional<net::SocketAddress> address = backendAddress(backend);
        net::NetResult<StreamSocket> socket =
            address ? StreamSocket::connect(*address, std::nullopt, m_config.sockets)
                    : net::NetResult<StreamSocket>(
                          net::NetError{std::make_error_code(std::errc::address_not_available),
                                        "no address is known for " + exchange->lastBackend});
        if (!socket) {
            m_balancer.onFinish(backend, std::chrono::nanoseconds(0),
                                balance::Outcome::ConnectFailed);
            if (m_observer != nullptr) {
                m_observer->attemptResult(backend, false);
            }
            exchange->lastStatus = 503;
            exchange->lastDetail = socket.error().message;
            if (exchange->attempts <= m_config.retries) {
                dispatch(worker, std::move(exchange));
            } else {
                answerError(worker, *exchange, 503, exchange->lastDetail);
            }
            return;
        }
        auto fresh = std::make_unique<BackendConnection>();
        fresh->id = worker.nextId++;
        fresh->backend = backend;
        fresh->socket = socket.take();
        fresh->connecting = true;
        fresh->interest = net::IoEvent::Readable | net::IoEvent::Writable;
        connection = fresh.get();
        const std::uint64_t id = fresh->id;
        const int fd = fresh->socket.fd();
        worker.backends.emplace(id, std::move(fresh));
        Worker* w = &worker;
        worker.loop.watch(fd, connection->interest,
                          [this, w, id](net::IoEvent events) { onBackend(*w, id, events); });
    }
    connection->session.sendEncoded(exchange->method, exchange->forwarded);
    connection->deadlineNs =
        now + (connection->connecting ? m_config.connectTimeoutNs : m_config.responseTimeoutNs);
    if (exchange->sampled) {
        LbMessage report = connection->report(*exchange, LbHop::LbToBackend, exchange->forwarded);
        report.attempt = exchange->attempts;
        m_observer->message(report);
    }
    connection->exchange = std::move(exchange);
    if (!connection->connecting) {
        flushBackend(worker, *connection);
    }
}

void LoadBalancer::onBackend(Worker& worker, std::uint64_t id, net::IoEvent events) {
    auto it = worker.backends.find(id);
    if (it == worker.backends.end()) {
        return;
    }
    BackendConnection* connection = it->second.get();
    worker.now = worker.loop.nowNs();
    const std::int64_t now = worker.now;
    if (connection->connecting) {
        if (!net::has(events, net::IoEvent::Writable) && !net::has(events, net::IoEvent::Hangup)) {
            return;
        }
        if (const std::error_code error = connection->socket.connectError()) {
            failAttempt(worker, id, balance::Outcome::ConnectFailed,
                        "could not connect to " + connection->socket.peerAddress().toString() +
                            " (" + error.message() + ")");
            return;
        }
        connection->connecting = false;
        connection->deadlineNs = now + m_config.responseTimeoutNs;
        flushBackend(worker, *connection);
        if (!worker.backends.contains(id)) {
            return;
        }
    }
    if (net::has(events, net::IoEvent::Readable) || net::has(events, net::IoEvent::Hangup)) {
        for (;;) {
            const net::IoResult result = connection->socket.read(worker.buffer);
            http::ClientReceive received;
            bool ended = false;
            if (result.status == net::IoStatus::Ok) {
                received =
                    connection->session.receive(std::span(worker.buffer.data(), result.bytes));
            } else if (result.status == net::IoStatus::WouldBlock) {
                break;
            } else {
                received = connection->session.receiveEnd();
                ended = true;
            }
            for (http::ClientResponse& response : received.responses) {
                // One request at a time per backend connection, so at most one response.
                completeAttempt(worker, *connection, std::move(response.response));
                if (!worker.backends.contains(id)) {
                    return;
                }
            }
            if (received.failed || ended) {
                if (connection->exchange) {
                    failAttempt(worker, id, balance::Outcome::BadGateway,
                                connection->exchange->lastBackend + " " +
                                    (received.problem.empty() ? "closed the connection"
                                                              : received.problem));
                } else {
                    closeBackend(worker, id);
                }
                return;
            }
            if (result.bytes < worker.buffer.size()) {
                break;
            }
        }
    }
    if (net::has(events, net::IoEvent::Writable)) {
        flushBackend(worker, *connection);
    }
}

void LoadBalancer::completeAttempt(Worker& worker, BackendConnection& connection,
                                   wire::HttpResponse response) {
    std::unique_ptr<Exchange> exchange = std::move(connection.exchange);
    if (!exchange) {
        closeBackend(worker, connection.id);
        return;
    }
    const std::int64_t now = worker.now;
    const std::size_t backend = connection.backend;
    m_balancer.onFinish(backend, std::chrono::nanoseconds(now - exchange->attemptNs),
                        balance::Outcome::Ok);
    if (m_observer != nullptr) {
        m_observer->attemptResult(backend, response.status < 502 || response.status > 504);
        if (exchange->sampled) {
            std::string bytes;
            response.encodeTo(bytes);
            LbMessage report = connection.report(*exchange, LbHop::BackendToLb, bytes);
            report.status = response.status;
            report.latencyNs = now - exchange->attemptNs;
            m_observer->message(report);
        }
    }
    release(worker, connection); // may destroy `connection`

    removeHopByHop(response.headers);
    response.version = wire::HttpVersion{1, 1};
    if (!exchange->setCookie.empty()) {
        response.headers.add("Set-Cookie", std::string(balance::kStickyCookieName) + '=' +
                                               exchange->setCookie + "; Path=/");
    }
    answer(worker, *exchange, std::move(response), {});
}

void LoadBalancer::release(Worker& worker, BackendConnection& connection) {
    auto& idle = worker.idle[connection.backend];
    if (!connection.session.reusable() || idle.size() >= m_config.maxIdlePerBackend ||
        !m_running.load(std::memory_order_relaxed)) {
        closeBackend(worker, connection.id);
        return;
    }
    connection.idleSinceNs = worker.now;
    idle.push_back(connection.id);
}

void LoadBalancer::failAttempt(Worker& worker, std::uint64_t connectionId, balance::Outcome outcome,
                               std::string detail) {
    const auto it = worker.backends.find(connectionId);
    if (it == worker.backends.end()) {
        return;
    }
    std::unique_ptr<Exchange> exchange = std::move(it->second->exchange);
    const std::size_t backend = it->second->backend;
    closeBackend(worker, connectionId);
    if (!exchange) {
        return;
    }
    const std::int64_t now = worker.now;
    m_balancer.onFinish(backend, std::chrono::nanoseconds(now - exchange->attemptNs), outcome);
    if (m_observer != nullptr) {
        m_observer->attemptResult(backend, false);
    }
    int status = 502;
    bool retry = exchange->idempotent;
    if (outcome == balance::Outcome::ConnectFailed) {
        status = 503;
        retry = true; // nothing reached the backend, so any request may go elsewhere
    } else if (outcome == balance::Outcome::GatewayTimeout) {
        status = 504;
        retry = false; // the backend may still be acting on it
    }
    exchange->lastStatus = status;
    exchange->lastDetail = std::move(detail);
    if (retry && exchange->attempts <= m_config.retries) {
        spdlog::debug("retrying {} {} after: {}", exchange->method, exchange->target,
                      exchange->lastDetail);
        dispatch(worker, std::move(exchange));
        return;
    }
    answerError(worker, *exchange, status, exchange->lastDetail);
}

std::string LoadBalancer::explain(int status, std::string_view backend, std::string_view detail) {
    std::string text =
        std::to_string(status) + ' ' + std::string(wire::httpReasonPhrase(status)) + "\n\n";
    switch (status) {
    case 502:
        text += "The load balancer sent your request to " + std::string(backend) +
                ", but the connection broke before a complete answer came back";
        text += detail.empty() ? std::string(".") : " (" + std::string(detail) + ").";
        text += " Requests that are safe to repeat (GET, HEAD, PUT, DELETE, OPTIONS) are retried "
                "on another backend; this one was not, or every retry failed too.\n";
        break;
    case 503:
        if (backend.empty()) {
            text += "No backend can take this request: every backend is down (its health checks "
                    "failed) or removed, and no backup server is up.\n";
        } else {
            text += "The load balancer could not reach " + std::string(backend);
            text += detail.empty() ? std::string() : " (" + std::string(detail) + ")";
            text += ", and no other backend could take the request.\n";
        }
        break;
    case 504:
        text += std::string(backend) + " did not answer in time";
        text += detail.empty() ? std::string() : " (" + std::string(detail) + ")";
        text += ", so the load balancer gave up. The request was not retried, because the "
                "backend may still be working on it.\n";
        break;
    default:
        text += std::string(detail) + '\n';
        break;
    }
    return text;
}

void LoadBalancer::answerError(Worker& worker, Exchange& exchange, int status, std::string detail) {
    const std::string backend = exchange.attempts == 0 ? std::string() : exchange.lastBackend;
    if (status == 503 && exchange.attempts == 0) {
        detail.clear();
    }
    wire::HttpResponse response =
        wire::HttpResponse::make(status, explain(status, backend, detail));
    response.headers.add("Cache-Control", "no-store");
    answer(worker, exchange, std::move(response), detail.empty() ? "no backend is up" : detail);
}

void LoadBalancer::answer(Worker& worker, Exchange& exchange, wire::HttpResponse response,
                          std::string_view detail) {
    const auto it = worker.clients.find(exchange.client);
    if (it == worker.clients.end()) {
        return; // the client left; the backend's work is counted all the same
    }
    ClientConnection& client = *it->second;
    const std::int64_t now = worker.now;
    if (exchange.sampled && m_observer != nullptr) {
        std::string bytes;
        response.encodeTo(bytes);
        LbMessage report = exchange.report(LbHop::LbToClient, bytes);
        report.lb = client.socket.localAddress();
        report.status = response.status;
        report.latencyNs = now - exchange.arrivedNs;
        report.detail = detail;
        report.setCookie = !exchange.setCookie.empty();
        report.backend = exchange.backend;
        report.attempt = exchange.attempts;
        m_observer->message(report);
    }
    client.session.respond(exchange.request, std::move(response), now);
    if (worker.busyClient != client.id) {
        flushClient(worker, client);
    }
}

void LoadBalancer::flushClient(Worker& worker, ClientConnection& client) {
    if (!flushServerSession(client.socket, client.session, worker.loop, client.interest,
                            worker.now)) {
        closeClient(worker, client.id);
    }
}

void LoadBalancer::flushBackend(Worker& worker, BackendConnection& connection) {
    while (!connection.session.output().empty()) {
        const net::IoResult result = connection.socket.write(asBytes(connection.session.output()));
        if (result.status == net::IoStatus::Ok) {
            connection.session.consume(result.bytes);
        } else if (result.status == net::IoStatus::WouldBlock) {
            break;
        } else {
            failAttempt(worker, connection.id, balance::Outcome::BadGateway,
                        "the connection to the backend broke while sending the request");
            return;
        }
    }
    const net::IoEvent want = connection.session.output().empty()
                                  ? net::IoEvent::Readable
                                  : net::IoEvent::Readable | net::IoEvent::Writable;
    if (want != connection.interest) {
        connection.interest = want;
        worker.loop.modify(connection.socket.fd(), want);
    }
}

void LoadBalancer::closeClient(Worker& worker, std::uint64_t id) {
    const auto it = worker.clients.find(id);
    if (it == worker.clients.end()) {
        return;
    }
    worker.loop.unwatch(it->second->socket.fd());
    worker.clients.erase(it);
    m_clientConnections.fetch_sub(1, std::memory_order_relaxed);
}

void LoadBalancer::closeBackend(Worker& worker, std::uint64_t id) {
    const auto it = worker.backends.find(id);
    if (it == worker.backends.end()) {
        return;
    }
    worker.loop.unwatch(it->second->socket.fd());
    worker.backends.erase(it); // a stale id left in the idle list is skipped when popped
}

void LoadBalancer::sweep(Worker& worker) {
    worker.now = worker.loop.nowNs();
    const std::int64_t now = worker.now;
    std::vector<std::pair<std::uint64_t, bool>> expired; // id, still connecting
    std::vector<std::uint64_t> stale;
    for (const auto& [id, connection] : worker.backends) {
        if (connection->exchange) {
            if (now >= connection->deadlineNs) {
                expired.emplace_back(id, connection->connecting);
            }
        } else if (now - connection->idleSinceNs >= m_config.poolIdleTimeoutNs) {
            stale.push_back(id);
        }
    }
    for (const auto& [id, connecting] : expired) {
        if (connecting) {
            failAttempt(worker, id, balance::Outcome::ConnectFailed,
                        "no connection within " + seconds(m_config.connectTimeoutNs));
        } else {
            failAttempt(worker, id, balance::Outcome::GatewayTimeout,
                        "no answer within " + seconds(m_config.responseTimeoutNs));
        }
    }
    for (const std::uint64_t id : stale) {
        closeBackend(worker, id);
    }
    std::vector<std::uint64_t> due;
    for (const auto& [id, client] : worker.clients) {
        const auto deadline = client->session.deadlineNs();
        if (deadline && now >= *deadline) {
            due.push_back(id);
        }
    }
    for (const std::uint64_t id : due) {
        const auto it = worker.clients.find(id);
        if (it != worker.clients.end() && it->second->session.onTimer(now)) {
            flushClient(worker, *it->second);
        }
    }
    Worker* w = &worker;
    worker.loop.addTimer(kSweepIntervalNs, [this, w] { sweep(*w); });
}

} // namespace hopscope::engine
