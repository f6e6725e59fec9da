// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/dns_cache.h"
#include "engine/dns_hierarchy.h"
#include "engine/engine.h"
#include "gui/jobs/thread_wake.h"
#include "gui/jobs/worker_thread.h"
#include "trace/trace.h"
#include "wire/dns_message.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QUdpSocket;

namespace hopscope::lab {
class LabSession;
} // namespace hopscope::lab

namespace hopscope::gui {

// One lookup the DNS lesson made: its own trace, from the laptop's question to the resolver's
// reply, and what came back.
struct DnsLookupResult {
    enum class Status { Answered, TimedOut };

    QString name; // as asked, without the trailing dot
    wire::DnsType type = wire::DnsType::A;
    Status status = Status::Answered;
    std::shared_ptr<trace::Trace> trace;
    wire::DnsRcode rcode = wire::DnsRcode::NoError;
    std::vector<wire::DnsRecord> answers;
    bool fromCache = false;      // the resolver asked no server
    bool askedByOther = false;   // asked by another program on the laptop (dig in a terminal)
    std::size_t queries = 0;     // queries the resolver sent to servers
    std::int64_t durationNs = 0; // from the question leaving the laptop to the reply
    std::uint32_t cachedTtl = 0; // fromCache: seconds the answer has left in the cache
};

// Runs the DNS lesson's mini-internet: starts the scenario's servers and resolver (a
// DnsHierarchy on its own threads) on a worker thread so the window never waits, sends each
// lookup as a real recursive query from the laptop to the resolver, and cuts the events of that
// lookup out of the hierarchy's account into a fresh trace of its own, so every lookup is a run
// of the animation and earlier ones are kept. On the Lab network the servers run inside the
// lab's nodes, the laptop asks from the lab's laptop, and each event carries the frame the lab
// captured; on Loopback (or when the lab cannot start) they run on loopback sockets and the
// frames around the real DNS bytes are drawn.
class DnsLookupRunner : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Failed };
    static constexpr int kLookupTimeoutMs = 8000;
    // How long a finished lookup waits for the lab's capture to deliver its frames (they come
    // some tens of milliseconds after the packets).
    static constexpr int kCaptureWaitMs = 2000;

    struct LabParts; // the lab and the servers inside it (dns_lookup_runner.cpp)

    explicit DnsLookupRunner(engine::LessonNetwork network = engine::LessonNetwork::Loopback,
                             QObject* parent = nullptr);
    ~DnsLookupRunner() override;

    // Starts the servers of the scenario file at `path` (empty: the shipped default), after
    // stopping the running ones, on a worker thread; stateChanged() follows.
    void start(const QString& scenarioPath = {});
    [[nodiscard]] State state() const { return m_state; }
    // Why the last start failed (zone file errors with file:line, sockets that would not bind).
    [[nodiscard]] const QStringList& problems() const { return m_problems; }
    [[nodiscard]] const QString& scenarioPath() const { return m_scenarioPath; }
    [[nodiscard]] const QString& scenarioTitle() const { return m_scenarioTitle; }
    // How long the last start took on the worker (zones loaded, sockets bound, threads up).
    [[nodiscard]] std::int64_t startDurationNs() const { return m_startDurationNs; }

    // Where the servers run now: the Lab, or Loopback when asked or when the lab could not
    // start (then labProblem() says why).
    [[nodiscard]] engine::LessonNetwork network() const { return m_network; }
    [[nodiscard]] const QString& labProblem() const { return m_labProblem; }
    // The running lab (its nodes, for a terminal on the laptop); null on Loopback.
    [[nodiscard]] const lab::LabSession* labSession() const;

    // While running: the servers then the resolver, and the laptop that asks.
    [[nodiscard]] const std::vector<engine::DnsServerInfo>& servers() const { return m_servers; }
    [[nodiscard]] const engine::DnsNode& client() const { return m_client; }
    [[nodiscard]] const engine::DnsNode& resolver() const { return m_resolver; }

    // Asks the resolver for (name, type) as the laptop would. False when not running or while
    // another lookup is in flight; lookupFinished() follows otherwise.
    bool resolve(const wire::DnsName& name, wire::DnsType type);
    [[nodiscard]] bool busy() const { return m_pending.has_value(); }
    // Finished lookups, oldest first.
    [[nodiscard]] const std::vector<DnsLookupResult>& lookups() const { return m_lookups; }
    // The lookup whose trace this is, if any.
    [[nodiscard]] const DnsLookupResult* lookupFor(const trace::Trace* trace) const;

    // The resolver's cache, TTLs counted down on the engine's clock; empty when not running.
    [[nodiscard]] std::vector<dns::DnsCacheEntry> cacheSnapshot() const;
    void flushCache();

signals:
    void stateChanged(hopscope::gui::DnsLookupRunner::State state);
    void lookupFinished(std::size_t index);

private:
    struct StartOutcome;
    struct Pending {
        std::uint16_t id = 0;
        wire::DnsName name;
        wire::DnsType type = wire::DnsType::A;
        std::size_t firstEvent = 0; // the hierarchy trace's size when the question left
        QElapsedTimer sent;
        std::optional<wire::DnsMessage> reply; // answered; in the lab, waiting for its frames
        QElapsedTimer answeredAt;
        bool askedByOther = false;
    };

    void setState(State state);
    void labNodes();
    void onStarted(const std::shared_ptr<StartOutcome>& outcome);
    void onReadyRead();
    void onTimeout();
    static void answered(Pending& lookup, const wire::DnsMessage& reply);
    void onAccountGrew();
    // Finishes the answered lookups whose frames the capture now holds (or that waited long
    // enough), then emits lookupFinished for each.
    void checkCapture();
    // True when `lookup` became a finished lookup (its trace paired with the capture).
    bool completeWithCapture(Pending& lookup, bool final);
    void complete(const Pending& lookup, std::vector<trace::EventData> events);
    [[nodiscard]] engine::DnsHierarchy* hierarchy() const;
    // The events of `lookup` in the hierarchy's account, in order.
    [[nodiscard]] std::vector<trace::EventData> lookupEvents(const Pending& lookup) const;
    [[nodiscard]] std::shared_ptr<trace::Trace> cutTrace(std::vector<trace::EventData> events,
                                                         DnsLookupResult& result) const;

    State m_state = State::Stopped;
    QStringList m_problems;
    QString m_scenarioPath;
    QString m_scenarioTitle;
    std::int64_t m_startDurationNs = 0;
    std::optional<QString> m_restartPath; // a start asked for while one was running
    WorkerThread m_starter;               // stops old servers, loads zones, starts new ones

    engine::LessonNetwork m_askedNetwork;
    engine::LessonNetwork m_network;
    QString m_labProblem;
    std::unique_ptr<LabParts> m_lab; // on the Lab network: the lab and the servers inside it
    std::map<std::string, std::string> m_labNodeOf;    // account name -> the lab node it runs in
    std::unique_ptr<engine::DnsHierarchy> m_hierarchy; // on Loopback
    std::shared_ptr<trace::Trace> m_hierarchyTrace;
    std::vector<engine::DnsServerInfo> m_servers;
    engine::DnsNode m_client;
    engine::DnsNode m_resolver;
    wire::Ipv4Address m_clientLoopback;
    QUdpSocket* m_socket = nullptr;

    std::optional<Pending> m_pending; // the lesson's own lookup
    std::vector<Pending> m_others;    // other programs' lookups, seen in the account
    std::size_t m_scanned = 0;        // account events looked at for other programs' lookups
    std::unique_ptr<ThreadWake> m_accountWake;
    std::unique_ptr<ThreadWake> m_captureWake;
    QTimer m_timeout;
    QTimer m_captureWait;
    std::vector<DnsLookupResult> m_lookups;
};

} // namespace hopscope::gui
