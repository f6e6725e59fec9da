// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_lookup_runner.h"

#include "dns/scenario.h"
#include "engine/resource_locator.h"
#include "gui/text/dns_message_text.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <chrono>
#include <spdlog/spdlog.h>

namespace hopscope::gui {

namespace {

constexpr std::uint16_t kEdnsPayload = 1232;

QHostAddress hostAddress(const wire::Ipv4Address& address) {
    return QHostAddress(static_cast<quint32>(address.value()));
}

} // namespace

// What the worker hands back to the GUI thread: a running hierarchy, or why there is none.
struct DnsLookupRunner::StartOutcome {
    std::unique_ptr<engine::DnsHierarchy> hierarchy;
    std::shared_ptr<trace::Trace> trace;
    QStringList problems;
    QString path;
    QString title;
    std::optional<dns::ScenarioClient> client;
    std::int64_t durationNs = 0;
};

DnsLookupRunner::DnsLookupRunner(QObject* parent)
    : QObject(parent), m_starter(QStringLiteral("dns-lesson-starter")) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &DnsLookupRunner::onTimeout);
}

DnsLookupRunner::~DnsLookupRunner() {
    // A start under way finishes first; its posted outcome is dropped with this object,
    // stopping its servers.
    m_starter.stop();
    if (m_hierarchy) {
        m_hierarchy->stop();
    }
}

void DnsLookupRunner::setState(State state) {
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void DnsLookupRunner::start(const QString& scenarioPath) {
    if (m_state == State::Starting) {
        m_restartPath = scenarioPath;
        return;
    }
    if (m_pending) {
        m_timeout.stop();
        m_pending.reset();
    }
    delete m_socket;
    m_socket = nullptr;
    m_servers.clear();
    m_problems.clear();
    setState(State::Starting);

    // Stopping the old servers joins their threads and loading zones reads files: both on the
    // worker, so the window keeps painting.
    std::shared_ptr<engine::DnsHierarchy> old = std::move(m_hierarchy);
    m_hierarchyTrace.reset();
    m_starter.post([this, old = std::move(old), scenarioPath]() mutable {
        const auto began = std::chrono::steady_clock::now();
        old.reset();
        auto outcome = std::make_shared<StartOutcome>();
        std::filesystem::path path;
        if (!scenarioPath.isEmpty()) {
            path = scenarioPath.toStdString();
        } else if (auto found = engine::ResourceLocator::defaultScenario()) {
            path = *found;
        }
        if (path.empty()) {
            outcome->problems << tr("The default scenario was not found (set HOPSCOPE_RESOURCE_DIR "
                                    "or open a scenario file).");
        } else {
            outcome->path = QString::fromStdString(path.string());
            dns::ScenarioLoadResult loaded = dns::Scenario::load(path);
            for (const auto& error : loaded.errors) {
                outcome->problems << QString::fromStdString(error.toString());
            }
            if (loaded.scenario) {
                outcome->title = QString::fromStdString(loaded.scenario->title());
                outcome->client = loaded.scenario->client();
                outcome->trace = std::make_shared<trace::Trace>();
                outcome->hierarchy = std::make_unique<engine::DnsHierarchy>();
                for (const auto& problem :
                     outcome->hierarchy->start(*loaded.scenario, outcome->trace)) {
                    outcome->problems << QString::fromStdString(problem);
                }
                if (outcome->problems.isEmpty() && outcome->hierarchy->resolver() == nullptr) {
                    outcome->problems << tr("The scenario has no resolver.");
                }
            }
        }
        outcome->durationNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  std::chrono::steady_clock::now() - began)
                                  .count();
        QMetaObject::invokeMethod(
            this, [this, outcome] { onStarted(outcome); }, Qt::QueuedConnection);
    });
}

void DnsLookupRunner::onStarted(const std::shared_ptr<StartOutcome>& outcome) {
    m_startDurationNs = outcome->durationNs;
    m_scenarioPath = outcome->path;
    m_scenarioTitle = outcome->title;
    m_problems = outcome->problems;
    if (m_problems.isEmpty()) {
        m_hierarchy = std::move(outcome->hierarchy);
        m_hierarchyTrace = outcome->trace;
        m_servers = m_hierarchy->servers();
        for (const auto& info : m_servers) {
            if (info.role == dns::ServerRole::Resolver) {
                m_resolver = engine::DnsNode{info.name, info.displayAddress};
            }
        }
        // The laptop asks from its own loopback address, as the scenario places it; the
        // hierarchy then names it in the trace.
        if (outcome->client) {
            m_client = engine::DnsNode{outcome->client->name, outcome->client->displayAddress};
            m_clientLoopback = outcome->client->loopbackAddress;
        } else {
            m_clientLoopback = wire::Ipv4Address(127, 0, 0, 1);
            m_client = engine::DnsNode{"client", m_clientLoopback};
        }
        m_socket = new QUdpSocket(this);
        if (!m_socket->bind(hostAddress(m_clientLoopback), 0)) {
            m_problems << tr("The laptop cannot open its socket on %1: %2")
                              .arg(QString::fromStdString(m_clientLoopback.toString()),
                                   m_socket->errorString());
        } else {
            connect(m_socket, &QUdpSocket::readyRead, this, &DnsLookupRunner::onReadyRead);
        }
    }
    if (!m_problems.isEmpty()) {
        delete m_socket;
        m_socket = nullptr;
        m_hierarchy.reset();
        m_hierarchyTrace.reset();
        m_servers.clear();
        for (const QString& problem : std::as_const(m_problems)) {
            spdlog::error("DNS lesson: {}", problem.toStdString());
        }
        setState(State::Failed);
    } else {
        spdlog::info("DNS lesson: the servers of '{}' started in {:.1f} ms (on a worker thread)",
                     m_scenarioPath.toStdString(), static_cast<double>(m_startDurationNs) / 1e6);
        setState(State::Running);
    }
    if (m_restartPath) {
        const QString path = *m_restartPath;
        m_restartPath.reset();
        start(path);
    }
}

bool DnsLookupRunner::resolve(const wire::DnsName& name, wire::DnsType type) {
    if (m_state != State::Running || m_pending || m_socket == nullptr || !m_hierarchy ||
        m_hierarchy->resolver() == nullptr) {
        return false;
    }
    const auto id = static_cast<std::uint16_t>(QRandomGenerator::global()->bounded(1, 65536));
    const auto bytes =
        wire::DnsMessage::query(id, name, type, wire::DnsClass::IN, true, kEdnsPayload).encode();
    if (!bytes) {
        return false;
    }
    const engine::net::SocketAddress door = m_hierarchy->resolver()->address();
    Pending pending;
    pending.id = id;
    pending.name = name;
    pending.type = type;
    pending.firstEvent = m_hierarchyTrace->size();
    const QByteArray datagram(reinterpret_cast<const char*>(bytes->data()),
                              static_cast<qsizetype>(bytes->size()));
    if (m_socket->writeDatagram(datagram, hostAddress(door.address()), door.port()) !=
        datagram.size()) {
        spdlog::warn("DNS lesson: the query could not be sent: {}",
                     m_socket->errorString().toStdString());
        return false;
    }
    pending.sent.start();
    m_pending = std::move(pending);
    m_timeout.start(kLookupTimeoutMs);
    return true;
}

void DnsLookupRunner::onReadyRead() {
    while (m_socket != nullptr && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!m_pending) {
            continue; // a reply to a lookup given up on
        }
        const QByteArray data = datagram.data();
        const auto decoded = wire::DnsMessage::decode(
            std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(data.constData()),
                                          static_cast<std::size_t>(data.size())));
        if (!decoded.ok() || !decoded.message->header.response ||
            decoded.message->header.id != m_pending->id) {
            continue;
        }
        finish(&*decoded.message);
    }
}

void DnsLookupRunner::onTimeout() {
    if (m_pending) {
        finish(nullptr);
    }
}

std::shared_ptr<trace::Trace> DnsLookupRunner::cutTrace(std::size_t first,
                                                        DnsLookupResult& result) const {
    auto cut = std::make_shared<trace::Trace>();
    // The reply was recorded before it was sent, so the trace already holds it.
    const std::size_t end = m_hierarchyTrace->size();
    std::vector<trace::Event> events;
    for (std::size_t i = first; i < end; ++i) {
        const trace::Event& e = m_hierarchyTrace->at(i);
        const bool laptop = e.from() == m_client.name || e.to() == m_client.name;
        if (laptop) {
            // Another program asking the resolver at the same time is not this lookup.
            const auto message = DnsMessageText::messageOf(e);
            if (!message || message->header.id != m_pending->id) {
                continue;
            }
        }
        events.push_back(e);
        if (laptop && e.from() == m_resolver.name) {
            break; // the reply: the lookup is over
        }
    }
    for (const auto& e : events) {
        if (e.from() == m_resolver.name && e.to() != m_client.name) {
            ++result.queries;
        }
    }
    result.fromCache = result.status == DnsLookupResult::Status::Answered && result.queries == 0;
    if (events.empty()) {
        return cut;
    }
    const std::int64_t origin = events.front().timeNs();
    for (const auto& e : events) {
        trace::EventData data = e.data();
        data.timeNs -= origin;
        const bool reply = e.from() == m_resolver.name && e.to() == m_client.name;
        if (reply && result.fromCache) {
            // Say how long the cached answer has left, as the TTL in the reply shows it.
            const std::string phrase = "from its cache";
            const auto at = data.note.find(phrase);
            if (at != std::string::npos && data.note.find("TTL") == std::string::npos) {
                data.note.insert(at + phrase.size(),
                                 " (TTL " + std::to_string(result.cachedTtl) + " s left)");
            }
        }
        cut->append(std::move(data));
    }
    result.durationNs = cut->at(cut->size() - 1).timeNs();
    return cut;
}

void DnsLookupRunner::finish(const wire::DnsMessage* reply) {
    m_timeout.stop();
    DnsLookupResult result;
    result.name = DnsMessageText::bareName(m_pending->name);
    result.type = m_pending->type;
    result.status =
        reply != nullptr ? DnsLookupResult::Status::Answered : DnsLookupResult::Status::TimedOut;
    if (reply != nullptr) {
        result.rcode = reply->rcode();
        for (const auto& record : reply->answers) {
            if (record.type() != wire::DnsType::OPT) {
                result.answers.push_back(record);
            }
        }
        result.cachedTtl = DnsMessageText::smallestTtl(*reply).value_or(0);
    }
    result.trace = cutTrace(m_pending->firstEvent, result);
    if (result.trace->size() < 2) {
        // Recording missed the exchange: the wall clock is all there is.
        result.durationNs = m_pending->sent.nsecsElapsed();
    }
    m_pending.reset();
    m_lookups.push_back(std::move(result));
    emit lookupFinished(m_lookups.size() - 1);
}

const DnsLookupResult* DnsLookupRunner::lookupFor(const trace::Trace* trace) const {
    for (const auto& lookup : m_lookups) {
        if (lookup.trace.get() == trace) {
            return &lookup;
        }
    }
    return nullptr;
}

std::vector<dns::DnsCacheEntry> DnsLookupRunner::cacheSnapshot() const {
    if (m_state != State::Running || !m_hierarchy || m_hierarchy->resolver() == nullptr) {
        return {};
    }
    return m_hierarchy->resolver()->cacheSnapshot();
}

void DnsLookupRunner::flushCache() {
    if (m_state == State::Running && m_hierarchy && m_hierarchy->resolver() != nullptr) {
        m_hierarchy->resolver()->flushCache();
    }
}

} // namespace hopscope::gui
