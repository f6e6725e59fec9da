// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_lookup_runner.h"

#include "dns/scenario.h"
#include "engine/lab_dns_capture.h"
#include "engine/resource_locator.h"
#include "engine/running_lab.h"
#include "gui/text/dns_message_text.h"
#include "gui/text/lab_failure_text.h"
#include "lab/lab_session.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

namespace hopscope::gui {

namespace {

constexpr std::uint16_t kEdnsPayload = 1232;

QHostAddress hostAddress(const wire::Ipv4Address& address) {
    return QHostAddress(static_cast<quint32>(address.value()));
}

} // namespace

// The lab with the servers inside it, the frames it captured that carry DNS, and the laptop's
// socket.
struct DnsLookupRunner::LabParts {
    std::shared_ptr<engine::LabDnsCapture> capture = std::make_shared<engine::LabDnsCapture>();
    std::unique_ptr<engine::RunningLab> lab;
    engine::net::FileDescriptor laptopSocket; // bound inside the laptop's node
    std::string laptopNode;
};

// What the worker hands back to the GUI thread: a running hierarchy, or why there is none.
struct DnsLookupRunner::StartOutcome {
    std::unique_ptr<engine::DnsHierarchy> hierarchy;
    std::unique_ptr<LabParts> lab;
    QString labProblem; // why the lab was asked for and not used
    std::shared_ptr<trace::Trace> trace;
    QStringList problems;
    QString path;
    QString title;
    std::optional<dns::ScenarioClient> client;
    std::int64_t durationNs = 0;
};

namespace {

// Starts the lab with the scenario's servers inside it and a socket in the laptop's node that
// the lesson asks from. A lab that cannot start is not an error of the scenario: the lesson
// then runs on loopback and says why.
std::unique_ptr<DnsLookupRunner::LabParts> startLab(const dns::Scenario& scenario,
                                                    const std::shared_ptr<trace::Trace>& account,
                                                    QStringList& problems, QString& labProblem) {
    auto parts = std::make_unique<DnsLookupRunner::LabParts>();
    engine::RunningLab::Options options;
    options.onPacket = [capture = parts->capture](const wire::CapturePacket& packet,
                                                  const wire::CaptureInterface& interface) {
        capture->add(packet, interface);
    };
    auto started = engine::RunningLab::start(std::move(options));
    if (const auto* failure = std::get_if<lab::LabFailure>(&started)) {
        labProblem = LabFailureText::sentence(*failure);
        spdlog::warn("DNS lesson: the lab cannot start ({}): {}",
                     lab::labFailureCodeName(failure->code), failure->detail);
        return nullptr;
    }
    parts->lab = std::move(std::get<std::unique_ptr<engine::RunningLab>>(started));
    for (const auto& problem : parts->lab->servers().start(scenario, {}, account)) {
        problems << QString::fromStdString(problem);
    }
    const auto& client = scenario.client();
    const auto owner =
        client ? parts->lab->session().topology().ownerOf(client->displayAddress) : std::nullopt;
    if (!owner) {
        problems << DnsLookupRunner::tr("No node of the lab holds the laptop's address %1.")
                        .arg(client ? QString::fromStdString(client->displayAddress.toString())
                                    : QStringLiteral("?"));
        return parts;
    }
    parts->laptopNode = owner->node;
    auto socket =
        parts->lab->servers().socketsOf(owner->node)->open(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (!socket) {
        problems << QString::fromStdString(socket.error().message);
        return parts;
    }
    sockaddr_in any{};
    any.sin_family = AF_INET;
    if (::bind(socket.value().get(), reinterpret_cast<const sockaddr*>(&any), sizeof any) != 0) {
        problems << DnsLookupRunner::tr("The laptop cannot open its socket in the lab: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return parts;
    }
    parts->laptopSocket = socket.take();
    return parts;
}

} // namespace

DnsLookupRunner::DnsLookupRunner(engine::LessonNetwork network, QObject* parent)
    : QObject(parent), m_starter(QStringLiteral("dns-lesson-starter")), m_askedNetwork(network),
      m_network(network) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &DnsLookupRunner::onTimeout);
    m_captureWait.setSingleShot(true);
    connect(&m_captureWait, &QTimer::timeout, this, &DnsLookupRunner::checkCapture);
}

DnsLookupRunner::~DnsLookupRunner() {
    // A start under way finishes first; its posted outcome is dropped with this object,
    // stopping its servers. The lab stops before this object goes: its capture thread calls
    // back into it.
    m_starter.stop();
    m_accountWake.reset();
    m_captureWake.reset();
    if (m_hierarchy) {
        m_hierarchy->stop();
    }
    m_lab.reset();
}

const lab::LabSession* DnsLookupRunner::labSession() const {
    return m_lab ? &m_lab->lab->session() : nullptr;
}

engine::DnsHierarchy* DnsLookupRunner::hierarchy() const {
    if (m_lab) {
        return &m_lab->lab->servers().dns();
    }
    return m_hierarchy.get();
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
    m_captureWait.stop();
    m_others.clear();
    m_scanned = 0;
    delete m_socket;
    m_socket = nullptr;
    m_servers.clear();
    m_problems.clear();
    m_labNodeOf.clear();
    setState(State::Starting);

    // Stopping the old servers and lab joins their threads, and loading zones reads files:
    // all on the worker, so the window keeps painting.
    std::shared_ptr<engine::DnsHierarchy> old = std::move(m_hierarchy);
    std::shared_ptr<LabParts> oldLab = std::move(m_lab);
    m_accountWake.reset(); // the old servers may still append while they stop
    m_captureWake.reset();
    m_hierarchyTrace.reset();
    const bool wantLab = m_askedNetwork == engine::LessonNetwork::Lab;
    m_starter.post([this, old = std::move(old), oldLab = std::move(oldLab), scenarioPath,
                    wantLab]() mutable {
        const auto began = std::chrono::steady_clock::now();
        old.reset();
        oldLab.reset();
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
                if (wantLab) {
                    outcome->lab = startLab(*loaded.scenario, outcome->trace, outcome->problems,
                                            outcome->labProblem);
                }
                engine::DnsHierarchy* started = nullptr;
                if (outcome->lab) {
                    started = &outcome->lab->lab->servers().dns();
                } else {
                    outcome->hierarchy = std::make_unique<engine::DnsHierarchy>();
                    for (const auto& problem :
                         outcome->hierarchy->start(*loaded.scenario, outcome->trace)) {
                        outcome->problems << QString::fromStdString(problem);
                    }
                    started = outcome->hierarchy.get();
                }
                if (outcome->problems.isEmpty() && started->resolver() == nullptr) {
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
    m_labProblem = outcome->labProblem;
    m_network = outcome->lab ? engine::LessonNetwork::Lab : engine::LessonNetwork::Loopback;
    if (m_problems.isEmpty()) {
        m_hierarchy = std::move(outcome->hierarchy);
        m_lab = std::move(outcome->lab);
        m_hierarchyTrace = outcome->trace;
        m_accountWake = std::make_unique<ThreadWake>(this, [this] { onAccountGrew(); });
        m_hierarchyTrace->setAppendListener(
            [wake = m_accountWake->wake()](std::size_t) { wake(); });
        m_servers = hierarchy()->servers();
        if (m_lab) {
            // In the lab the resolver is a node of its own at its real address; the views
            // draw what the frames say.
            for (auto& info : m_servers) {
                if (info.role == dns::ServerRole::Resolver) {
                    info.displayAddress = info.endpoint.address();
                }
            }
        }
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
        if (m_lab) {
            labNodes();
            const int fd = m_lab->laptopSocket.get();
            if (m_socket->setSocketDescriptor(fd, QAbstractSocket::BoundState)) {
                static_cast<void>(m_lab->laptopSocket.release()); // the QUdpSocket owns it now
                connect(m_socket, &QUdpSocket::readyRead, this, &DnsLookupRunner::onReadyRead);
            } else {
                m_problems << tr("The laptop cannot use its socket in the lab: %1")
                                  .arg(m_socket->errorString());
            }
        } else if (!m_socket->bind(hostAddress(m_clientLoopback), 0)) {
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
        m_accountWake.reset();
        m_captureWake.reset();
        if (m_lab) {
            // Stopping the lab waits for its capture to end: on the worker.
            m_starter.post([lab = std::shared_ptr<LabParts>(std::move(m_lab))] {});
        }
        m_hierarchyTrace.reset();
        m_servers.clear();
        for (const QString& problem : std::as_const(m_problems)) {
            spdlog::error("DNS lesson: {}", problem.toStdString());
        }
        setState(State::Failed);
    } else {
        spdlog::info("DNS lesson: the servers of '{}' started {} in {:.1f} ms (on a worker thread)",
                     m_scenarioPath.toStdString(), m_lab ? "in the lab" : "on loopback",
                     static_cast<double>(m_startDurationNs) / 1e6);
        setState(State::Running);
    }
    if (m_restartPath) {
        const QString path = *m_restartPath;
        m_restartPath.reset();
        start(path);
    }
}

void DnsLookupRunner::labNodes() {
    // Who sent each message, by the name the accounts give it, to the lab node it runs in.
    m_labNodeOf.clear();
    const lab::Topology& topology = m_lab->lab->session().topology();
    for (const auto& info : m_servers) {
        const auto address =
            info.role == dns::ServerRole::Resolver ? info.endpoint.address() : info.displayAddress;
        if (const auto owner = topology.ownerOf(address)) {
            m_labNodeOf[info.name] = owner->node;
        }
    }
    m_labNodeOf[m_client.name] = m_lab->laptopNode;
    // Each frame the capture keeps may be one a finished lookup waits for.
    m_captureWake = std::make_unique<ThreadWake>(this, [this] { checkCapture(); });
    m_lab->capture->setOnFrame(m_captureWake->wake());
}

bool DnsLookupRunner::resolve(const wire::DnsName& name, wire::DnsType type) {
    engine::DnsHierarchy* servers = hierarchy();
    if (m_state != State::Running || m_pending || m_socket == nullptr || servers == nullptr ||
        servers->resolver() == nullptr) {
        return false;
    }
    const auto id = static_cast<std::uint16_t>(QRandomGenerator::global()->bounded(1, 65536));
    const auto bytes =
        wire::DnsMessage::query(id, name, type, wire::DnsClass::IN, true, kEdnsPayload).encode();
    if (!bytes) {
        return false;
    }
    const engine::net::SocketAddress door = servers->resolver()->address();
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
        if (!m_pending || m_pending->reply) {
            continue; // a reply to a lookup given up on, or a second copy
        }
        const QByteArray data = datagram.data();
        const auto decoded = wire::DnsMessage::decode(
            std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(data.constData()),
                                          static_cast<std::size_t>(data.size())));
        if (!decoded.ok() || !decoded.message->header.response ||
            decoded.message->header.id != m_pending->id) {
            continue;
        }
        m_timeout.stop();
        answered(*m_pending, *decoded.message);
        checkCapture();
    }
}

void DnsLookupRunner::onTimeout() {
    if (!m_pending || m_pending->reply) {
        return;
    }
    // No answer: the lookup ends with what the accounts (and the capture) hold of it.
    if (m_lab) {
        completeWithCapture(*m_pending, true);
    } else {
        complete(*m_pending, lookupEvents(*m_pending));
    }
    m_pending.reset();
    emit lookupFinished(m_lookups.size() - 1);
}

void DnsLookupRunner::answered(Pending& lookup, const wire::DnsMessage& reply) {
    lookup.reply = reply;
    lookup.answeredAt.start();
}

void DnsLookupRunner::onAccountGrew() {
    if (!m_hierarchyTrace) {
        return;
    }
    // Another program on the laptop (dig in the lab's terminal) asking the resolver: its lookup
    // becomes a run of the animation too, from its question to the resolver's reply.
    const std::size_t end = m_hierarchyTrace->size();
    for (; m_scanned < end; ++m_scanned) {
        const trace::Event& e = m_hierarchyTrace->at(m_scanned);
        const bool question = e.from() == m_client.name && e.to() == m_resolver.name;
        const bool reply = e.from() == m_resolver.name && e.to() == m_client.name;
        if (!question && !reply) {
            continue;
        }
        const auto message = DnsMessageText::messageOf(e);
        if (!message || message->questions.empty()) {
            continue;
        }
        const std::uint16_t id = message->header.id;
        if (m_pending && m_pending->id == id) {
            continue; // the lesson's own
        }
        if (question && !message->header.response) {
            Pending other;
            other.id = id;
            other.name = message->questions.front().name;
            other.type = message->questions.front().type;
            other.firstEvent = m_scanned;
            other.askedByOther = true;
            other.sent.start();
            m_others.push_back(std::move(other));
        } else if (reply && message->header.response) {
            for (auto& other : m_others) {
                if (other.id == id && !other.reply) {
                    answered(other, *message);
                    break;
                }
            }
        }
    }
    // A question whose answer never came (dig gave up) is forgotten.
    std::erase_if(m_others, [](const Pending& p) {
        return !p.reply && p.sent.elapsed() > 2 * kLookupTimeoutMs;
    });
    checkCapture();
}

void DnsLookupRunner::checkCapture() {
    std::vector<std::size_t> finished;
    if (m_pending && m_pending->reply && completeWithCapture(*m_pending, false)) {
        m_pending.reset();
        finished.push_back(m_lookups.size() - 1);
    }
    for (auto it = m_others.begin(); it != m_others.end();) {
        if (it->reply && completeWithCapture(*it, false)) {
            finished.push_back(m_lookups.size() - 1);
            it = m_others.erase(it);
        } else {
            ++it;
        }
    }
    // Look again when the first answered lookup still waiting has waited long enough.
    qint64 wait = -1;
    auto consider = [&wait](const Pending& p) {
        if (p.reply) {
            const qint64 left = std::max<qint64>(1, kCaptureWaitMs - p.answeredAt.elapsed());
            wait = wait < 0 ? left : std::min(wait, left);
        }
    };
    if (m_pending) {
        consider(*m_pending);
    }
    for (const auto& other : m_others) {
        consider(other);
    }
    if (wait >= 0) {
        m_captureWait.start(static_cast<int>(wait));
    } else {
        m_captureWait.stop();
    }
    for (const std::size_t index : finished) {
        emit lookupFinished(index);
    }
}

std::vector<trace::EventData> DnsLookupRunner::lookupEvents(const Pending& lookup) const {
    // The reply was recorded before it was sent, so the account already holds it.
    const std::size_t end = m_hierarchyTrace->size();
    std::vector<trace::EventData> events;
    for (std::size_t i = lookup.firstEvent; i < end; ++i) {
        const trace::Event& e = m_hierarchyTrace->at(i);
        const bool laptop = e.from() == m_client.name || e.to() == m_client.name;
        if (laptop) {
            // Another program asking the resolver at the same time is not this lookup.
            const auto message = DnsMessageText::messageOf(e);
            if (!message || message->header.id != lookup.id) {
                continue;
            }
        }
        events.push_back(e.data());
        if (laptop && e.from() == m_resolver.name) {
            break; // the reply: the lookup is over
        }
    }
    return events;
}

std::shared_ptr<trace::Trace> DnsLookupRunner::cutTrace(std::vector<trace::EventData> events,
                                                        DnsLookupResult& result) const {
    auto cut = std::make_shared<trace::Trace>();
    for (const auto& e : events) {
        if (e.from == m_resolver.name && e.to != m_client.name) {
            ++result.queries;
        }
    }
    result.fromCache = result.status == DnsLookupResult::Status::Answered && result.queries == 0;
    if (events.empty()) {
        return cut;
    }
    const std::int64_t origin = events.front().timeNs;
    for (auto& data : events) {
        data.timeNs -= origin;
        const bool reply = data.from == m_resolver.name && data.to == m_client.name;
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

bool DnsLookupRunner::completeWithCapture(Pending& lookup, bool final) {
    if (!m_lab) {
        complete(lookup, lookupEvents(lookup));
        return true;
    }
    final = final || (lookup.reply && lookup.answeredAt.elapsed() >= kCaptureWaitMs);
    auto events = lookupEvents(lookup);
    const auto placeOf =
        [this](const trace::EventData& e) -> std::optional<engine::LabDnsCapture::Place> {
        // The laptop's messages as the laptop sent and got them; the others as their sender
        // sent them.
        const bool toLaptop = e.to == m_client.name;
        const auto it = m_labNodeOf.find(toLaptop ? e.to : e.from);
        if (it == m_labNodeOf.end()) {
            return std::nullopt;
        }
        return engine::LabDnsCapture::Place{it->second, toLaptop ? wire::PacketDirection::Inbound
                                                                 : wire::PacketDirection::Outbound};
    };
    if (!m_lab->capture->pair(events, placeOf, final)) {
        return false; // more frames to come
    }
    complete(lookup, std::move(events));
    return true;
}

void DnsLookupRunner::complete(const Pending& lookup, std::vector<trace::EventData> events) {
    DnsLookupResult result;
    result.name = DnsMessageText::bareName(lookup.name);
    result.type = lookup.type;
    result.askedByOther = lookup.askedByOther;
    const wire::DnsMessage* reply = lookup.reply ? &*lookup.reply : nullptr;
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
    result.trace = cutTrace(std::move(events), result);
    if (result.trace->size() < 2) {
        // Recording missed the exchange: the wall clock is all there is.
        result.durationNs = lookup.sent.nsecsElapsed();
    }
    m_lookups.push_back(std::move(result));
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
    engine::DnsHierarchy* servers = hierarchy();
    if (m_state != State::Running || servers == nullptr || servers->resolver() == nullptr) {
        return {};
    }
    return servers->resolver()->cacheSnapshot();
}

void DnsLookupRunner::flushCache() {
    engine::DnsHierarchy* servers = hierarchy();
    if (m_state == State::Running && servers != nullptr && servers->resolver() != nullptr) {
        servers->resolver()->flushCache();
    }
}

} // namespace hopscope::gui
