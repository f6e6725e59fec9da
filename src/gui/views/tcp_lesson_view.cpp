// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_lesson_view.h"

#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/text/time_format.h"
#include "gui/widgets/caption_label.h"
#include "gui/widgets/ladder_scene.h"
#include "gui/widgets/ladder_view.h"
#include "tcp/tcp_state.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <cerrno>
#include <chrono>
#include <cstring>

namespace hopscope::gui {

TcpLessonView::TcpLessonView(PlaybackController& controller, engine::Engine& engine,
                             QWidget* parent)
    : LessonView(parent), m_controller(controller), m_engine(engine),
      m_runner(new TcpLessonRunner(engine.lessonNetwork(), this)) {
    // The stage: the ladder of the connection with the current segment's sentence below.
    auto* stage = new QWidget(this);
    m_scene = new LadderScene(controller, this);
    m_view = new LadderView(controller, m_scene, stage);
    m_scene->setParent(m_view); // the scene goes with its view, never before it
    m_caption = new CaptionLabel(stage);
    m_caption->setObjectName(QStringLiteral("tcpCaption"));
    auto* stageLayout = new QVBoxLayout(stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->setSpacing(0);
    stageLayout->addWidget(m_view, 1);
    stageLayout->addWidget(m_caption);

    // The side panel: what to make happen, what happened, earlier runs.
    auto* side = new QWidget(this);
    m_intro = new QLabel(side);
    m_intro->setWordWrap(true);
    auto* buttons = new QGridLayout;
    int row = 0;
    for (const TcpExperiment experiment : experiments()) {
        auto* button = new QPushButton(side);
        button->setObjectName(QStringLiteral("tcp_") + experimentId(experiment));
        connect(button, &QPushButton::clicked, this,
                [this, experiment] { runExperiment(experiment); });
        buttons->addWidget(button, row / 2, row % 2);
        m_buttons[experiment] = button;
        ++row;
    }
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("tcpStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kernel = new QLabel(side);
    m_kernel->setObjectName(QStringLiteral("tcpKernel"));
    m_kernel->setTextFormat(Qt::PlainText);
    m_kernel->setWordWrap(true);
    // The kernel's TIME-WAIT timer, counted down once a second while the page shows it.
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] { m_kernel->setText(kernelText()); });
    m_historyLabel = new QLabel(side);
    m_history = new QComboBox(side);
    m_history->setObjectName(QStringLiteral("tcpHistory"));
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_history->setMinimumContentsLength(8);
    m_historyLabel->setBuddy(m_history);

    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 4, 8);
    sideLayout->addWidget(m_intro);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_status);
    sideLayout->addWidget(m_kernel);
    sideLayout->addSpacing(10);
    sideLayout->addWidget(m_historyLabel);
    sideLayout->addWidget(m_history);
    sideLayout->addStretch(1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(stage);
    // The side panel scrolls rather than cut its sentences at small sizes.
    auto* sideScroll = new QScrollArea(this);
    m_sideScroll = sideScroll;
    m_side = side;
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(sideScroll);
    m_splitter->setStretchFactor(0, 72);
    m_splitter->setStretchFactor(1, 28);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);

    connect(m_history, &QComboBox::activated, this, &TcpLessonView::onHistoryActivated);
    connect(m_runner, &TcpLessonRunner::stateChanged, this, &TcpLessonView::onRunnerStateChanged);
    connect(m_runner, &TcpLessonRunner::finished, this, &TcpLessonView::onRunFinished);
    connect(&m_controller, &PlaybackController::positionChanged, this, &TcpLessonView::refresh);
    connect(&m_controller, &PlaybackController::traceGrew, this, &TcpLessonView::refresh);
    connect(&m_controller, &PlaybackController::traceReplaced, this, [this] {
        refreshHistory();
        showStates();
        refresh();
    });
    retranslate();
}

TcpLessonView::~TcpLessonView() = default;

QList<TcpExperiment> TcpLessonView::experiments() {
    return {TcpExperiment::Normal,      TcpExperiment::LostSyn,    TcpExperiment::LostSynAck,
            TcpExperiment::LostRequest, TcpExperiment::ClosedPort, TcpExperiment::Reset,
            TcpExperiment::ResetMidway, TcpExperiment::UdpVsTcp};
}

QString TcpLessonView::experimentId(TcpExperiment experiment) {
    switch (experiment) {
    case TcpExperiment::Normal:
        return QStringLiteral("normal");
    case TcpExperiment::LostSyn:
        return QStringLiteral("lost-syn");
    case TcpExperiment::LostRequest:
        return QStringLiteral("lost-request");
    case TcpExperiment::ClosedPort:
        return QStringLiteral("closed-port");
    case TcpExperiment::Reset:
        return QStringLiteral("reset");
    case TcpExperiment::UdpVsTcp:
        return QStringLiteral("udp-vs-tcp");
    case TcpExperiment::LostSynAck:
        return QStringLiteral("lost-synack");
    case TcpExperiment::ResetMidway:
        return QStringLiteral("reset-midway");
    }
    return {};
}

std::optional<TcpExperiment> TcpLessonView::experimentFromId(const QString& id) {
    for (const TcpExperiment experiment : experiments()) {
        if (experimentId(experiment) == id) {
            return experiment;
        }
    }
    return std::nullopt;
}

QString TcpLessonView::experimentTitle(TcpExperiment experiment) const {
    switch (experiment) {
    case TcpExperiment::Normal:
        return tr("Connect");
    case TcpExperiment::LostSyn:
        return tr("Lose the SYN");
    case TcpExperiment::LostRequest:
        return tr("Lose the request");
    case TcpExperiment::ClosedPort:
        return tr("Closed port");
    case TcpExperiment::Reset:
        return tr("Router resets");
    case TcpExperiment::UdpVsTcp:
        return tr("UDP or TCP?");
    case TcpExperiment::LostSynAck:
        return tr("Lose the SYN-ACK");
    case TcpExperiment::ResetMidway:
        return tr("Reset midway");
    }
    return {};
}

QString TcpLessonView::experimentToolTip(TcpExperiment experiment) const {
    switch (experiment) {
    case TcpExperiment::Normal:
        return tr("Open a connection to www.foobar.com, ask for / and close it again.");
    case TcpExperiment::LostSyn:
        return tr("The home router drops the laptop's first SYN: watch the kernel send it again "
                  "after its retransmission timer runs out.");
    case TcpExperiment::LostRequest:
        return tr("The home router drops the segment carrying the GET: the laptop's kernel "
                  "retransmits it when no acknowledgement comes.");
    case TcpExperiment::ClosedPort:
        return tr("Connect to port 81, where nothing listens: the server's kernel answers RST.");
    case TcpExperiment::Reset:
        return tr("The home router answers every SYN with a reset, as a firewall that rejects "
                  "connections does.");
    case TcpExperiment::LostSynAck:
        return tr("The home router drops the server's first SYN-ACK: both kernels' timers run "
                  "out and each sends its part of the handshake again.");
    case TcpExperiment::ResetMidway:
        return tr("The connection opens, then the home router answers the GET with a reset in "
                  "the server's name: the laptop gives up, the server never knows.");
    case TcpExperiment::UdpVsTcp:
        return tr("Ask the resolver for www.foobar.com over UDP, then the same over TCP: packets, "
                  "bytes and round trips side by side.");
    }
    return {};
}

QPushButton* TcpLessonView::experimentButton(TcpExperiment experiment) const {
    const auto it = m_buttons.find(experiment);
    return it == m_buttons.end() ? nullptr : it->second;
}

QGraphicsScene* TcpLessonView::exportScene() const {
    return m_scene;
}

QRectF TcpLessonView::exportRect() const {
    return m_view->visibleSceneRect();
}

void TcpLessonView::setExportingWhole(bool exporting) {
    m_scene->setHeaderTop(exporting ? 0.0 : m_view->visibleSceneRect().top());
}

void TcpLessonView::setDisplayScale(double scale) {
    m_scale = scale;
    m_scene->setScale(scale);
    m_view->scrollToLeft();
    const int width = std::max(m_splitter->width(), 640);
    m_splitter->setSizes({width * 72 / 100, width * 28 / 100});
}

ZoomableView* TcpLessonView::zoomView() const {
    return m_view;
}

void TcpLessonView::showEvent(QShowEvent* event) {
    LessonView::showEvent(event);
    ensureStarted();
}

void TcpLessonView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        fitSidePanel();
    }
    LessonView::changeEvent(event);
}

void TcpLessonView::ensureStarted() {
    if (m_runner->state() == TcpLessonRunner::State::Stopped) {
        m_runner->start();
    }
}

bool TcpLessonView::runExperiment(TcpExperiment experiment) {
    if (m_runner->state() == TcpLessonRunner::State::Failed) {
        setStatus(tr("The lab is not running: %1").arg(m_runner->problem()));
        return false;
    }
    m_autoConnect = false;
    m_queue.append(experiment);
    ensureStarted();
    runQueued();
    return true;
}

void TcpLessonView::runQueued() {
    if (m_queue.isEmpty() || m_runner->state() != TcpLessonRunner::State::Ready) {
        return;
    }
    const TcpExperiment experiment = m_queue.takeFirst();
    if (m_runner->run(experiment)) {
        setStatus(experiment == TcpExperiment::UdpVsTcp
                      ? tr("Asking the resolver over UDP, then over TCP…")
                  : experiment == TcpExperiment::LostSyn
                      ? tr("Connecting from the laptop; the first SYN will be lost, so this "
                           "takes about a second…")
                      : tr("Connecting from the laptop to www.foobar.com…"));
    }
    updateButtons();
}

void TcpLessonView::onRunnerStateChanged() {
    switch (m_runner->state()) {
    case TcpLessonRunner::State::Stopped:
    case TcpLessonRunner::State::Starting:
        setStatus(tr("Starting the lab: the laptop, the routers and the web site, each in a "
                     "network namespace of its own…"));
        break;
    case TcpLessonRunner::State::Failed:
        m_queue.clear();
        setStatus(tr("This lesson shows the segments the Linux kernel sends in the lab, and the "
                     "lab is not running: %1")
                      .arg(m_runner->problem()));
        emit experimentsDone();
        break;
    case TcpLessonRunner::State::Ready:
        if (m_runner->runs().empty() && m_queue.isEmpty() && m_autoConnect) {
            m_queue.append(TcpExperiment::Normal);
        }
        if (m_queue.isEmpty() && m_runner->runs().empty()) {
            setStatus(tr("The lab runs. Press a button to open a connection from the laptop."));
        }
        break;
    case TcpLessonRunner::State::Running:
        break;
    }
    updateButtons();
    runQueued();
}

void TcpLessonView::onRunFinished(std::size_t index) {
    const TcpLessonRun& run = m_runner->runs()[index];
    m_engine.setTrace(run.conversation.trace);
    refreshHistory();
    setStatus(resultText(run));
    m_controller.home();
    if (m_autoPlay) {
        m_controller.play();
    }
    if (!m_queue.isEmpty()) {
        runQueued();
    } else {
        emit experimentsDone();
    }
}

void TcpLessonView::onHistoryActivated(int index) {
    const auto& runs = m_runner->runs();
    if (index < 0 || static_cast<std::size_t>(index) >= runs.size()) {
        return;
    }
    const TcpLessonRun& run = runs[static_cast<std::size_t>(index)];
    if (run.conversation.trace != m_controller.traceHandle()) {
        m_engine.setTrace(run.conversation.trace);
        m_controller.end();
    }
    setStatus(resultText(run));
}

const TcpLessonRun* TcpLessonView::shownRun() const {
    for (const TcpLessonRun& run : m_runner->runs()) {
        if (run.conversation.trace == m_controller.traceHandle()) {
            return &run;
        }
    }
    return nullptr;
}

QString TcpLessonView::resultText(const TcpLessonRun& run) const {
    const engine::TcpConversation& c = run.conversation;
    const int segments = static_cast<int>(c.trace->size());
    QString text;
    if (run.comparison) {
        const engine::DnsTransportComparison& d = *run.comparison;
        if (!d.udp.problem.empty() || !d.tcp.problem.empty()) {
            return tr("%1: it did not work: %2")
                .arg(experimentTitle(run.experiment),
                     QString::fromStdString(d.udp.problem.empty() ? d.tcp.problem : d.udp.problem));
        }
        return tr("%1: the same question for %2. UDP: %3 packets, %4 bytes, %5 round trip(s), "
                  "answered after %6. TCP: %7 packets, %8 bytes, %9 round trip(s), answered "
                  "after %10.")
            .arg(experimentTitle(run.experiment), QString::fromStdString(d.name))
            .arg(d.udp.packets)
            .arg(d.udp.bytes)
            .arg(d.udp.roundTrips)
            .arg(TimeFormat::realTime(d.udp.answerNs))
            .arg(d.tcp.packets)
            .arg(d.tcp.bytes)
            .arg(d.tcp.roundTrips)
            .arg(TimeFormat::realTime(d.tcp.answerNs));
    }
    if (!c.problem.empty() && c.trace->size() == 0) {
        text = tr("%1: it did not work: %2")
                   .arg(experimentTitle(run.experiment), QString::fromStdString(c.problem));
    } else if (c.connectError != 0) {
        text = tr("%1: the connection was refused (%2); the capture holds %Ln segment(s).", nullptr,
                  segments)
                   .arg(experimentTitle(run.experiment),
                        QString::fromLocal8Bit(std::strerror(c.connectError)));
    } else if (c.status) {
        text = tr("%1: HTTP %2 with %3 bytes over port %4; the laptop's kernel sent and received "
                  "%Ln segment(s).",
                  nullptr, segments)
                   .arg(experimentTitle(run.experiment))
                   .arg(*c.status)
                   .arg(c.responseBytes)
                   .arg(c.clientPort);
    } else {
        text = tr("%1: no answer came (%2); the capture holds %Ln segment(s).", nullptr, segments)
                   .arg(experimentTitle(run.experiment), QString::fromStdString(c.problem));
    }
    if (!c.captureComplete) {
        text += QLatin1Char(' ') +
                tr("The capture did not show the end of the connection in time: what is drawn "
                   "stops where the capture stopped.");
    }
    return text;
}

void TcpLessonView::refreshHistory() {
    const auto& runs = m_runner->runs();
    m_history->clear();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        m_history->addItem(tr("%1. %2 (%Ln segment(s))", nullptr,
                              static_cast<int>(runs[i].conversation.trace->size()))
                               .arg(i + 1)
                               .arg(experimentTitle(runs[i].experiment)));
    }
    m_history->setEnabled(!runs.empty());
    const TcpLessonRun* shown = shownRun();
    m_history->setCurrentIndex(shown != nullptr ? static_cast<int>(shown - runs.data()) : -1);
}

void TcpLessonView::updateButtons() {
    const bool ready = m_runner->state() == TcpLessonRunner::State::Ready;
    for (const auto& [experiment, button] : m_buttons) {
        button->setEnabled(ready);
    }
}

void TcpLessonView::setStatus(const QString& text) {
    m_statusText = text;
    m_status->setText(text);
}

QString TcpLessonView::captionText() const {
    if (shownRun() == nullptr) {
        return tr("Each segment the laptop's kernel sends or receives appears here, one sentence "
                  "each on why it was sent.");
    }
    const auto k = m_controller.currentIndex();
    if (!k) {
        return tr("Press Space to play, or step with the arrow keys.");
    }
    const trace::Event& e = m_controller.event(*k);
    return tr("%1. %2 → %3: %4")
        .arg(*k + 1)
        .arg(QString::fromStdString(e.from()), QString::fromStdString(e.to()),
             QString::fromStdString(e.note().empty() ? e.summary() : e.note()));
}

void TcpLessonView::showStates() {
    const TcpLessonRun* run = shownRun();
    m_countdown->stop();
    m_kernel->clear();
    if (run == nullptr || run->conversation.states.empty()) {
        return;
    }
    const engine::TcpConversation& c = run->conversation;
    std::vector<QString> client;
    std::vector<QString> server;
    for (const engine::TcpEndStates& states : c.states) {
        client.push_back(QString::fromUtf8(tcp::tcpStateName(states.client)));
        // A refused connection had no socket on the server's side at all.
        server.push_back(QString::fromUtf8(
            tcp::tcpStateName(c.serverListening ? states.server : tcp::TcpState::Closed)));
    }
    std::unordered_map<std::string, std::vector<QString>> byNode;
    const trace::Event& first = c.trace->at(0);
    const bool clientFirst = first.from() == "laptop";
    byNode[clientFirst ? first.from() : first.to()] = std::move(client);
    byNode[clientFirst ? first.to() : first.from()] = std::move(server);
    m_scene->setLifelineStates(std::move(byNode));
    m_kernel->setText(kernelText());
    if (c.kernelClientSocket && c.kernelClientSocket->timerExpiresMs > 0) {
        m_countdown->start();
    }
}

QString TcpLessonView::kernelText() const {
    const TcpLessonRun* run = shownRun();
    if (run == nullptr || run->conversation.states.empty()) {
        return {};
    }
    const engine::TcpConversation& c = run->conversation;
    if (!c.kernelProblem.empty()) {
        return tr("The laptop's kernel could not be asked about its socket: %1")
            .arg(QString::fromStdString(c.kernelProblem));
    }
    const tcp::TcpState tracked = c.states.back().client;
    const QString trackedName = QString::fromUtf8(tcp::tcpStateName(tracked));
    if (!c.kernelClientSocket) {
        if (tracked == tcp::TcpState::Closed) {
            return tr("The laptop's kernel (sock_diag) has no socket left for this connection: "
                      "CLOSED, as the segments say.");
        }
        return tr("The segments say the laptop is in %1, but its kernel (sock_diag) has no "
                  "socket left for this connection.")
            .arg(trackedName);
    }
    const tcp::TcpSocketInfo& socket = *c.kernelClientSocket;
    const QString kernelName = socket.state ? QString::fromUtf8(tcp::tcpStateName(*socket.state))
                                            : tr("state %1").arg(socket.kernelState);
    if (socket.state != tracked) {
        return tr("The segments say the laptop is in %1, but its kernel (sock_diag) says %2.")
            .arg(trackedName, kernelName);
    }
    if (socket.timerExpiresMs == 0) {
        return tr("The laptop's kernel (sock_diag) agrees: its socket is in %1.").arg(kernelName);
    }
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    const std::int64_t left =
        static_cast<std::int64_t>(socket.timerExpiresMs) - (now - run->finishedAtMs);
    if (left <= 0) {
        return tr("The laptop's kernel said %1; its timer has run out since, so the socket is "
                  "CLOSED now.")
            .arg(kernelName);
    }
    return tr("The laptop's kernel (sock_diag) agrees: %1, and its own timer closes the socket "
              "in %2 s.")
        .arg(kernelName)
        .arg((left + 999) / 1000);
}

void TcpLessonView::refresh() {
    const QString caption = captionText();
    if (m_caption->text() != caption) {
        m_caption->setText(caption);
    }
}

void TcpLessonView::fitSidePanel() {
    // As wide as its widest button row in this language and font; the sentences wrap, and
    // only the height scrolls.
    m_sideScroll->setMinimumWidth(m_side->minimumSizeHint().width() +
                                  m_sideScroll->verticalScrollBar()->sizeHint().width());
}

void TcpLessonView::retranslate() {
    m_intro->setText(tr("Open a real TCP connection from the lab's laptop to the web server, or "
                        "make it go wrong on purpose. Every segment on the ladder is one the "
                        "laptop's Linux kernel sent or received, as captured on its network "
                        "interface."));
    for (const auto& [experiment, button] : m_buttons) {
        button->setText(experimentTitle(experiment));
        button->setToolTip(experimentToolTip(experiment));
    }
    m_historyLabel->setText(tr("Connections so far:"));
    refreshHistory();
    if (const TcpLessonRun* run = shownRun()) {
        setStatus(resultText(*run));
    } else {
        onRunnerStateChanged();
    }
    refresh();
    fitSidePanel();
}

} // namespace hopscope::gui
