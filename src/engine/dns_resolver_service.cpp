// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_resolver_service.h"

#include "dns_tcp_front_door.h"
#include "engine/net/send_guard.h"
#include "engine/net/tcp_connection.h"
#include "engine/net/tcp_listener.h"
#include "engine/net/udp_socket.h"
#include "wire/dns_tcp_deframer.h"

#include <array>
#include <cstring>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <sys/random.h>

namespace hopscope::engine {

namespace {

constexpr std::size_t kMaxDatagram = 65535;
constexpr std::size_t kRandomPoolBytes = 4096;

dns::Endpoint toEndpoint(const net::SocketAddress& address) {
    return dns::Endpoint{address.address(), address.port()};
}

net::SocketAddress toSocketAddress(const dns::Endpoint& endpoint) {
    return {endpoint.address, endpoint.port};
}

} // namespace

// One resolution in flight and the socket of its outstanding query.
struct ResolverService::Job {
    std::uint64_t id = 0;
    Resolution resolution;
    std::unique_ptr<dns::IterativeResolver> resolver;
    ResultCallback done;
    std::size_t stepsPublished = 0;

    std::optional<net::UdpSocket> prepared; // bound when the state machine asked for a port
    std::optional<net::UdpSocket> udp;
    std::optional<net::TcpConnection> tcp;
    bool tcpConnected = false;
    wire::DnsTcpDeframer deframer;
    std::vector<std::uint8_t> tcpOut;
    std::size_t tcpOutOffset = 0;
    std::optional<dns::ResolverQuery> query;
    net::EventLoop::TimerId timer = 0;
};

// The resolver's own endpoint for clients: recursive queries over UDP and TCP.
class ResolverService::FrontDoor {
public:
    FrontDoor(ResolverService& service, net::UdpSocket udp, net::TcpListener listener)
        : m_service(service), m_udp(std::move(udp)),
          m_tcp(
              service.m_loop, std::move(listener),
              [this](DnsTcpFrontDoor::Query q) { onTcpQuery(std::move(q)); },
              DnsTcpFrontDoorOptions{10'000'000'000, 256, 1 << 20,
                                     service.m_options.reachesBeyondLoopback()}) {
        m_udp.setLiveInternet(service.m_options.liveInternet);
    }

    void open() {
        m_service.m_loop.watch(m_udp.fd(), net::IoEvent::Readable,
                               [this](net::IoEvent) { onUdpReadable(); });
        m_tcp.start();
    }
    void close() {
        m_service.m_loop.unwatch(m_udp.fd());
        m_tcp.close();
    }

private:
    void onUdpReadable() {
        std::vector<std::uint8_t> buffer(kMaxDatagram);
        for (int round = 0; round < 64; ++round) {
            net::SocketAddress peer;
            const net::IoResult r = m_udp.receiveFrom(buffer, peer);
            if (!r.ok()) {
                return;
            }
            handle(dns::Transport::Udp, peer, m_udp.localAddress(),
                   std::vector<std::uint8_t>(buffer.begin(),
                                             buffer.begin() + static_cast<std::ptrdiff_t>(r.bytes)),
                   0);
        }
    }

    void onTcpQuery(DnsTcpFrontDoor::Query query) {
        handle(dns::Transport::Tcp, query.peer, query.local, std::move(query.bytes),
               query.connection);
    }

    void handle(dns::Transport transport, const net::SocketAddress& peer,
                const net::SocketAddress& local, std::vector<std::uint8_t> bytes,
                DnsTcpFrontDoor::ConnectionId connection) {
        if (!net::SendGuard::allows(peer, m_service.m_options.reachesBeyondLoopback())) {
            return;
        }
        const auto& hooks = m_service.m_hooks;
        if (hooks.onClientMessage) {
            hooks.onClientMessage({transport, peer, local, bytes, false, nullptr, {}});
        }
        dns::RecursiveRequest request = dns::IterativeResolver::acceptRecursiveQuery(
            bytes, transport, m_service.m_options.resolver.ednsPayloadSize);
        if (request.drop) {
            return;
        }
        if (!request.immediateResponse.empty()) {
            std::string problem = "refused before resolving";
            send(transport, peer, local, request.immediateResponse, connection, nullptr,
                 std::move(problem));
            return;
        }
        if (m_service.m_jobs.size() >= m_service.m_options.maxConcurrent) {
            spdlog::warn("resolver: {} resolutions in flight; dropping a query from {}",
                         m_service.m_jobs.size(), peer.toString());
            return;
        }
        auto job = std::make_unique<Job>();
        job->id = m_service.m_nextJob.fetch_add(1);
        job->resolution.question = request.question;
        const std::uint16_t payloadSize = m_service.m_options.resolver.ednsPayloadSize;
        job->done = [this, transport, peer, local, connection, payloadSize,
                     query = std::move(*request.query)](const Resolution& resolution) {
            const auto reply = dns::IterativeResolver::recursiveResponse(query, resolution.result,
                                                                         transport, payloadSize);
            send(transport, peer, local, reply, connection, &resolution, {});
        };
        m_service.startJob(std::move(job));
    }

    void send(dns::Transport transport, const net::SocketAddress& peer,
              const net::SocketAddress& local, const std::vector<std::uint8_t>& reply,
              DnsTcpFrontDoor::ConnectionId connection, const Resolution* resolution,
              std::string problem) {
        if (reply.empty()) {
            return;
        }
        const auto& hooks = m_service.m_hooks;
        if (hooks.onClientMessage) {
            hooks.onClientMessage(
                {transport, peer, local, reply, true, resolution, std::move(problem)});
        }
        if (transport == dns::Transport::Udp) {
            m_udp.sendTo(reply, peer);
        } else {
            m_tcp.reply(connection, reply);
        }
    }

    ResolverService& m_service;
    net::UdpSocket m_udp;
    DnsTcpFrontDoor m_tcp;
};

ResolverService::ResolverService(dns::RootHints hints,
                                 std::shared_ptr<const dns::AddressMap> addresses,
                                 ResolverServiceOptions options, const trace::Clock& clock)
    : m_hints(std::move(hints)), m_addresses(std::move(addresses)), m_options(options),
      m_clock(clock), m_cache(std::make_unique<dns::DnsCache>(clock, options.cache)),
      m_loop("resolver", clock) {
    if (!m_addresses) {
        throw std::invalid_argument("ResolverService needs an address map");
    }
}

ResolverService::~ResolverService() {
    stop();
}

std::optional<net::NetError> ResolverService::start() {
    if (m_running) {
        return std::nullopt;
    }
    if (m_options.serveClients) {
        const int attempts = m_options.address.port() == 0 ? 8 : 1;
        std::optional<net::NetError> lastError;
        for (int attempt = 0; attempt < attempts && !m_frontDoor; ++attempt) {
            auto udp = net::UdpSocket::bind(m_options.address, false, m_options.sockets);
            if (!udp) {
                return udp.error();
            }
            auto listener =
                net::TcpListener::listen(udp.value().localAddress(), 128, m_options.sockets);
            if (!listener) {
                lastError = listener.error();
                continue;
            }
            m_address = udp.value().localAddress();
            m_frontDoor = std::make_unique<FrontDoor>(*this, udp.take(), listener.take());
        }
        if (!m_frontDoor) {
            return lastError;
        }
        m_frontDoor->open();
    }
    m_running = true;
    m_loop.start();
    if (m_options.serveClients) {
        spdlog::info("resolver: serving recursive queries on {} (UDP and TCP)",
                     m_address.toString());
    }
    return std::nullopt;
}

void ResolverService::stop() {
    if (!m_running.exchange(false)) {
        return;
    }
    m_loop.runSync([this] {
        for (auto& [id, job] : m_jobs) {
            closeTransport(*job);
        }
        m_jobs.clear();
        if (m_frontDoor) {
            m_frontDoor->close();
        }
    });
    m_loop.stop();
    m_frontDoor.reset();
}

std::uint64_t ResolverService::resolve(const wire::DnsName& name, wire::DnsType type,
                                       ResultCallback done) {
    if (!m_running) {
        return 0;
    }
    const std::uint64_t id = m_nextJob.fetch_add(1);
    m_loop.post([this, id, name, type, done = std::move(done)]() mutable {
        if (!m_running) {
            return;
        }
        auto job = std::make_unique<Job>();
        job->id = id;
        job->resolution.question = wire::DnsQuestion{name, type, wire::DnsClass::IN};
        job->done = std::move(done);
        startJob(std::move(job));
    });
    return id;
}

std::vector<dns::DnsCacheEntry> ResolverService::cacheSnapshot() const {
    return m_cache->snapshot();
}

void ResolverService::flushCache() {
    m_cache->flush();
}

void ResolverService::startJob(std::unique_ptr<Job> owned) {
    Job& job = *owned;
    job.resolution.id = job.id;
    job.resolution.startedNs = m_clock.nowNs();
    job.resolver = std::make_unique<dns::IterativeResolver>(
        m_hints, *m_cache, *m_addresses, m_options.resolver, [this] { return secureRandom(); },
        [this, &job] { return bindSourcePort(job); });
    m_jobs.emplace(job.id, std::move(owned));
    const dns::ResolverAction action =
        job.resolver->start(job.resolution.question.name, job.resolution.question.type);
    perform(job, action);
}

void ResolverService::perform(Job& job, const dns::ResolverAction& action) {
    if (action.kind != dns::ResolverAction::Kind::Wait) {
        closeTransport(job);
    }
    publishSteps(job);
    switch (action.kind) {
    case dns::ResolverAction::Kind::Wait:
        return;
    case dns::ResolverAction::Kind::Done:
        finish(job.id);
        return;
    case dns::ResolverAction::Kind::Send:
        break;
    }
    job.query = action.query;
    const std::uint64_t id = job.id;
    const std::uint64_t serial = action.query.serial;
    job.timer =
        m_loop.addTimer(action.query.timeoutNs, [this, id, serial] { onTimeout(id, serial); });
    if (action.query.transport == dns::Transport::Udp) {
        sendUdp(job, action.query);
    } else {
        sendTcp(job, action.query);
    }
}

std::uint16_t ResolverService::bindSourcePort(Job& job) {
    auto socket = net::UdpSocket::bind({m_options.outgoingAddress, 0}, false, m_options.sockets);
    if (!socket) {
        spdlog::error("resolver: {}", socket.error().message);
        job.prepared.reset();
        return 0;
    }
    job.prepared = socket.take();
    job.prepared->setLiveInternet(m_options.liveInternet);
    return job.prepared->localAddress().port();
}

void ResolverService::sendUdp(Job& job, const dns::ResolverQuery& query) {
    if (!job.prepared || job.prepared->localAddress().port() != query.sourcePort) {
        spdlog::error("resolver: no socket on port {} for the query to {}; waiting for the "
                      "timeout",
                      query.sourcePort, query.endpoint.toString());
        return;
    }
    job.udp = std::move(job.prepared);
    job.prepared.reset();
    const net::IoResult sent = job.udp->sendTo(query.bytes, toSocketAddress(query.endpoint));
    if (!sent.ok()) {
        spdlog::warn("resolver: cannot send to {}: {}", query.endpoint.toString(),
                     sent.error.message());
        return; // the timeout moves on to the next server
    }
    const std::uint64_t id = job.id;
    m_loop.watch(job.udp->fd(), net::IoEvent::Readable,
                 [this, id](net::IoEvent) { onUdpReadable(id); });
}

void ResolverService::sendTcp(Job& job, const dns::ResolverQuery& query) {
    // Same port number as the state machine chose, now in TCP's port space.
    job.prepared.reset();
    const net::SocketAddress remote = toSocketAddress(query.endpoint);
    auto connection = net::TcpConnection::connect(
        remote, m_options.liveInternet,
        net::SocketAddress{m_options.outgoingAddress, query.sourcePort}, m_options.sockets);
    if (!connection) {
        connection = net::TcpConnection::connect(remote, m_options.liveInternet,
                                                 net::SocketAddress{m_options.outgoingAddress, 0},
                                                 m_options.sockets);
    }
    if (!connection) {
        spdlog::warn("resolver: {}", connection.error().message);
        return; // the timeout moves on
    }
    job.tcp = connection.take();
    job.tcpConnected = false;
    job.tcpOut = wire::DnsTcpDeframer::frame(query.bytes).value_or(std::vector<std::uint8_t>{});
    job.tcpOutOffset = 0;
    const std::uint64_t id = job.id;
    m_loop.watch(job.tcp->fd(), net::IoEvent::Writable,
                 [this, id](net::IoEvent events) { onTcpEvents(id, events); });
}

void ResolverService::onUdpReadable(std::uint64_t jobId) {
    std::vector<std::uint8_t> buffer(kMaxDatagram);
    for (;;) {
        const auto it = m_jobs.find(jobId);
        if (it == m_jobs.end() || !it->second->udp) {
            return;
        }
        Job& job = *it->second;
        net::SocketAddress from;
        const net::IoResult r = job.udp->receiveFrom(buffer, from);
        if (!r.ok()) {
            return;
        }
        const dns::ResolverAction action =
            job.resolver->onResponse(std::span(buffer.data(), r.bytes), toEndpoint(from),
                                     job.udp->localAddress().port(), dns::Transport::Udp);
        perform(job, action);
        if (action.kind != dns::ResolverAction::Kind::Wait) {
            return;
        }
    }
}

void ResolverService::onTcpEvents(std::uint64_t jobId, net::IoEvent events) {
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || !it->second->tcp || !it->second->query) {
        return;
    }
    Job& job = *it->second;
    const std::uint64_t serial = job.query->serial;
    if (!job.tcpConnected) {
        if (const std::error_code error = job.tcp->connectError()) {
            // No reply will come; the state machine's only word for that is a timeout.
            spdlog::info("resolver: TCP connect to {} failed: {}",
                         job.tcp->peerAddress().toString(), error.message());
            onTimeout(jobId, serial);
            return;
        }
        job.tcpConnected = true;
    }
    while (job.tcpOutOffset < job.tcpOut.size()) {
        const net::IoResult w = job.tcp->write(std::span(job.tcpOut).subspan(job.tcpOutOffset));
        if (w.status == net::IoStatus::WouldBlock) {
            m_loop.modify(job.tcp->fd(), net::IoEvent::Writable);
            return;
        }
        if (!w.ok()) {
            onTimeout(jobId, serial);
            return;
        }
        job.tcpOutOffset += w.bytes;
    }
    m_loop.modify(job.tcp->fd(), net::IoEvent::Readable);
    if (!net::has(events, net::IoEvent::Readable) && !net::has(events, net::IoEvent::Hangup)) {
        return;
    }
    std::array<std::uint8_t, 16384> buffer{};
    for (;;) {
        const net::IoResult r = job.tcp->read(buffer);
        if (r.status == net::IoStatus::WouldBlock) {
            return;
        }
        if (!r.ok()) {
            onTimeout(jobId, serial); // closed before replying
            return;
        }
        job.deframer.feed(std::span(buffer.data(), r.bytes));
        while (auto message = job.deframer.next()) {
            // The connection itself ties the reply to our query; report the port the state
            // machine chose (the kernel gave us that same port unless it was taken).
            const dns::ResolverAction action =
                job.resolver->onResponse(*message, toEndpoint(job.tcp->peerAddress()),
                                         job.query->sourcePort, dns::Transport::Tcp);
            perform(job, action);
            if (action.kind != dns::ResolverAction::Kind::Wait) {
                return;
            }
        }
    }
}

void ResolverService::onTimeout(std::uint64_t jobId, std::uint64_t serial) {
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end()) {
        return;
    }
    Job& job = *it->second;
    const dns::ResolverAction action = job.resolver->onTimeout(serial);
    if (action.kind == dns::ResolverAction::Kind::Wait) {
        return; // a stale timer
    }
    perform(job, action);
}

void ResolverService::closeTransport(Job& job) {
    if (job.timer != 0) {
        m_loop.cancelTimer(job.timer);
        job.timer = 0;
    }
    if (job.udp) {
        m_loop.unwatch(job.udp->fd());
        job.udp.reset();
    }
    if (job.tcp) {
        m_loop.unwatch(job.tcp->fd());
        job.tcp.reset();
    }
    job.deframer = wire::DnsTcpDeframer{};
    job.tcpOut.clear();
    job.tcpOutOffset = 0;
    job.query.reset();
}

void ResolverService::publishSteps(Job& job) {
    const auto& steps = job.resolver->steps();
    const std::int64_t elapsed = m_clock.nowNs() - job.resolution.startedNs;
    for (; job.stepsPublished < steps.size(); ++job.stepsPublished) {
        job.resolution.steps.push_back(steps[job.stepsPublished]);
        job.resolution.stepTimesNs.push_back(elapsed);
        if (m_hooks.onStep) {
            m_hooks.onStep(job.resolution, job.resolution.steps.back());
        }
    }
}

void ResolverService::finish(std::uint64_t jobId) {
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end()) {
        return;
    }
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    closeTransport(*job);
    job->resolution.result = job->resolver->result();
    job->resolution.durationNs = m_clock.nowNs() - job->resolution.startedNs;
    if (job->done) {
        job->done(job->resolution);
    }
}

std::uint32_t ResolverService::secureRandom() {
    // IDs and ports an off-path attacker must guess (RFC 5452 section 9): straight from the
    // kernel's CSPRNG, read in blocks to keep system calls rare.
    if (m_randomOffset + sizeof(std::uint32_t) > m_randomPool.size()) {
        m_randomPool.resize(kRandomPoolBytes);
        std::size_t filled = 0;
        while (filled < m_randomPool.size()) {
            const ssize_t n =
                ::getrandom(m_randomPool.data() + filled, m_randomPool.size() - filled, 0);
            if (n <= 0) {
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                throw std::runtime_error("getrandom failed");
            }
            filled += static_cast<std::size_t>(n);
        }
        m_randomOffset = 0;
    }
    std::uint32_t value = 0;
    std::memcpy(&value, m_randomPool.data() + m_randomOffset, sizeof value);
    m_randomOffset += sizeof value;
    return value;
}

} // namespace hopscope::engine
