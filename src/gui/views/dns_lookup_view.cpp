// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_lookup_view.h"

#include "engine/engine.h"
#include "gui/controllers/dns_lookup_runner.h"
#include "gui/controllers/playback_controller.h"
#include "gui/models/dns_cache_model.h"
#include "gui/text/dns_message_text.h"
#include "gui/text/time_format.h"
#include "gui/widgets/caption_label.h"
#include "gui/widgets/dns_diagram_view.h"
#include "gui/widgets/dns_lookup_scene.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hopscope::gui {

namespace {

// Notes are plain English sentences from the engine; the caption starts them with a capital.
QString sentence(const std::string& note) {
    QString text = QString::fromStdString(note).trimmed();
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
        if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char(')'))) {
            text += QLatin1Char('.');
        }
    }
    return text;
}

QString typeName(wire::DnsType type) {
    return QString::fromStdString(wire::dnsTypeName(type));
}

} // namespace

DnsLookupView::DnsLookupView(PlaybackController& controller, engine::Engine& engine,
                             QWidget* parent)
    : LessonView(parent), m_controller(controller), m_engine(engine),
      m_runner(new DnsLookupRunner(engine.lessonNetwork(), this)) {
    // The stage: the diagram with its caption, as tall as the page allows.
    m_scene = new DnsLookupScene(controller, this);
    auto* stage = new QWidget(this);
    m_diagram = new DnsDiagramView(controller, m_scene, stage);
    // The view keeps a pointer to its scene: the scene goes with the view, never before it.
    m_scene->setParent(m_diagram);
    m_caption = new CaptionLabel(stage);
    m_caption->setObjectName(QStringLiteral("dnsCaption"));
    auto* stageLayout = new QVBoxLayout(stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->setSpacing(0);
    stageLayout->addWidget(m_diagram, 1);
    stageLayout->addWidget(m_caption);

    // The side panel: the question (name, type, Resolve), what came back, earlier lookups, and
    // the resolver's cache. Beside the stage rather than above it, so a projector's few lines
    // go to the diagram.
    auto* side = new QWidget(this);
    m_nameLabel = new QLabel(side);
    m_name = new QLineEdit(QStringLiteral("www.foobar.com"), side);
    m_name->setObjectName(QStringLiteral("dnsName"));
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_typeLabel = new QLabel(side);
    m_type = new QComboBox(side);
    m_type->setObjectName(QStringLiteral("dnsType"));
    for (const wire::DnsType type : recordTypes()) {
        m_type->addItem(typeName(type), static_cast<int>(type));
    }
    m_typeLabel->setBuddy(m_type);
    m_resolve = new QPushButton(side);
    m_resolve->setObjectName(QStringLiteral("dnsResolve"));
    m_resolve->setDefault(true);
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("dnsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyLabel = new QLabel(side);
    m_history = new QComboBox(side);
    m_history->setObjectName(QStringLiteral("dnsHistory"));
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_history->setMinimumContentsLength(8);
    m_historyLabel->setBuddy(m_history);
    auto* question = new QGridLayout;
    question->addWidget(m_nameLabel, 0, 0);
    question->addWidget(m_name, 0, 1, 1, 2);
    question->addWidget(m_typeLabel, 1, 0);
    question->addWidget(m_type, 1, 1);
    question->addWidget(m_resolve, 1, 2);
    question->addWidget(m_status, 2, 0, 1, 3);
    question->addWidget(m_historyLabel, 3, 0);
    question->addWidget(m_history, 3, 1, 1, 2);
    question->setColumnStretch(1, 1);
    question->setColumnStretch(2, 1);

    m_cacheTitle = new QLabel(side);
    m_cacheModel = new DnsCacheModel(this);
    m_cacheTable = new QTableView(side);
    m_cacheTable->setObjectName(QStringLiteral("dnsCache"));
    m_cacheTable->setModel(m_cacheModel);
    m_cacheTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cacheTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cacheTable->setAlternatingRowColors(true);
    m_cacheTable->setWordWrap(false);
    m_cacheTable->verticalHeader()->hide();
    m_cacheTable->horizontalHeader()->setSectionResizeMode(DnsCacheModel::NameColumn,
                                                           QHeaderView::Stretch);
    m_cacheTable->horizontalHeader()->setSectionResizeMode(DnsCacheModel::TypeColumn,
                                                           QHeaderView::ResizeToContents);
    m_cacheTable->horizontalHeader()->setSectionResizeMode(DnsCacheModel::DataColumn,
                                                           QHeaderView::Stretch);
    m_cacheTable->horizontalHeader()->setSectionResizeMode(DnsCacheModel::TtlColumn,
                                                           QHeaderView::ResizeToContents);
    m_flush = new QPushButton(side);
    m_flush->setObjectName(QStringLiteral("dnsFlush"));
    m_cacheHint = new QLabel(side);
    m_cacheHint->setWordWrap(true);
    auto* cacheHeader = new QHBoxLayout;
    cacheHeader->addWidget(m_cacheTitle, 1);
    cacheHeader->addWidget(m_flush);

    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 4, 8);
    sideLayout->addLayout(question);
    sideLayout->addSpacing(10);
    sideLayout->addLayout(cacheHeader);
    sideLayout->addWidget(m_cacheTable, 1);
    sideLayout->addWidget(m_cacheHint);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(stage);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 72);
    m_splitter->setStretchFactor(1, 28);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);

    m_cacheTimer.setInterval(1000);
    connect(&m_cacheTimer, &QTimer::timeout, this, &DnsLookupView::refreshCache);
    connect(m_resolve, &QPushButton::clicked, this, &DnsLookupView::onResolveClicked);
    connect(m_name, &QLineEdit::returnPressed, this, &DnsLookupView::onResolveClicked);
    connect(m_flush, &QPushButton::clicked, this, &DnsLookupView::onFlushClicked);
    connect(m_history, &QComboBox::activated, this, &DnsLookupView::onHistoryActivated);
    connect(m_runner, &DnsLookupRunner::stateChanged, this, &DnsLookupView::onRunnerStateChanged);
    connect(m_runner, &DnsLookupRunner::lookupFinished, this, &DnsLookupView::onLookupFinished);
    connect(&m_controller, &PlaybackController::positionChanged, this, &DnsLookupView::refresh);
    connect(&m_controller, &PlaybackController::traceGrew, this, &DnsLookupView::refresh);
    connect(&m_controller, &PlaybackController::traceReplaced, this,
            &DnsLookupView::onTraceReplaced);

    retranslate();
    refreshHistory();
    onTraceReplaced();
}

DnsLookupView::~DnsLookupView() = default;

QList<wire::DnsType> DnsLookupView::recordTypes() {
    return {wire::DnsType::A,   wire::DnsType::AAAA, wire::DnsType::MX,
            wire::DnsType::TXT, wire::DnsType::NS,   wire::DnsType::CNAME};
}

QGraphicsScene* DnsLookupView::exportScene() const {
    return m_scene;
}

QRectF DnsLookupView::exportRect() const {
    return m_scene->sceneRect();
}

void DnsLookupView::setDisplayScale(double scale) {
    m_scale = scale;
    m_scene->setScale(scale);
    m_diagram->syncScene();
    // Rows as tall as the (scaled) font needs; the window's font already carries the scale.
    const int row = QFontMetrics(font()).height() + static_cast<int>(8 * scale);
    m_cacheTable->verticalHeader()->setDefaultSectionSize(row);
    const int width = std::max(m_splitter->width(), 640);
    m_splitter->setSizes({width * 72 / 100, width * 28 / 100});
}

ZoomableView* DnsLookupView::zoomView() const {
    return m_diagram;
}

void DnsLookupView::showEvent(QShowEvent* event) {
    LessonView::showEvent(event);
    ensureStarted();
}

void DnsLookupView::ensureStarted() {
    if (m_runner->state() == DnsLookupRunner::State::Stopped) {
        m_runner->start();
    }
}

void DnsLookupView::openScenario(const QString& path) {
    m_queue.clear();
    m_runner->start(path);
}

bool DnsLookupView::resolve(const QString& text, wire::DnsType type) {
    const QString name = text.trimmed();
    if (name.isEmpty()) {
        setStatus(tr("Type a name to look up, such as www.foobar.com."));
        return false;
    }
    std::string problem;
    if (!wire::DnsName::parse(name.toStdString(), &problem)) {
        setStatus(tr("“%1” is not a domain name: %2").arg(name, QString::fromStdString(problem)));
        return false;
    }
    if (m_runner->state() == DnsLookupRunner::State::Failed) {
        setStatus(tr("The DNS servers are not running: %1")
                      .arg(m_runner->problems().join(QStringLiteral("; "))));
        return false;
    }
    m_queue.append({name, type});
    ensureStarted();
    runQueued();
    return true;
}

void DnsLookupView::runQueued() {
    if (m_queue.isEmpty() || m_runner->state() != DnsLookupRunner::State::Running ||
        m_runner->busy()) {
        return;
    }
    const auto [name, type] = m_queue.takeFirst();
    const auto parsed = wire::DnsName::parse(name.toStdString());
    if (parsed && m_runner->resolve(*parsed, type)) {
        setStatus(tr("Asking the resolver for %1 %2…").arg(name, typeName(type)));
        m_resolve->setEnabled(false);
    } else {
        setStatus(tr("The lookup of %1 could not be sent.").arg(name));
        runQueued();
    }
}

void DnsLookupView::onResolveClicked() {
    if (m_runner->busy()) {
        return;
    }
    const auto type = static_cast<wire::DnsType>(m_type->currentData().toInt());
    resolve(m_name->text(), type);
}

void DnsLookupView::onFlushClicked() {
    m_runner->flushCache();
    refreshCache();
    setStatus(tr("Cache flushed: the next lookup starts again at the root servers."));
}

void DnsLookupView::onHistoryActivated(int index) {
    const auto& lookups = m_runner->lookups();
    if (index < 0 || static_cast<std::size_t>(index) >= lookups.size()) {
        return;
    }
    const auto& lookup = lookups[static_cast<std::size_t>(index)];
    if (lookup.trace != m_controller.traceHandle()) {
        m_engine.setTrace(lookup.trace);
        m_controller.end();
    }
    setStatus(resultText(lookup));
}

void DnsLookupView::onRunnerStateChanged() {
    switch (m_runner->state()) {
    case DnsLookupRunner::State::Stopped:
    case DnsLookupRunner::State::Starting:
        m_scene->clearNodes();
        m_cacheTimer.stop();
        setStatus(tr("Starting the DNS servers on this computer…"));
        break;
    case DnsLookupRunner::State::Failed:
        m_scene->clearNodes();
        m_cacheTimer.stop();
        m_queue.clear();
        setStatus(tr("The DNS servers could not start: %1")
                      .arg(m_runner->problems().join(QStringLiteral("; "))));
        break;
    case DnsLookupRunner::State::Running: {
        DnsLookupScene::Node client{
            m_runner->client().name,
            QString::fromStdString(m_runner->client().displayAddress.toString())};
        DnsLookupScene::Node resolver{
            m_runner->resolver().name,
            QString::fromStdString(m_runner->resolver().displayAddress.toString())};
        std::vector<std::pair<dns::ServerRole, DnsLookupScene::Node>> servers;
        for (const auto& info : m_runner->servers()) {
            servers.emplace_back(
                info.role, DnsLookupScene::Node{
                               info.name, QString::fromStdString(info.displayAddress.toString())});
        }
        m_scene->setNodes(client, resolver, servers);
        m_cacheTimer.start();
        const int count = static_cast<int>(m_runner->servers().size());
        if (m_runner->network() == engine::LessonNetwork::Lab) {
            setStatus(tr("Ready: %n DNS server(s) running in the lab, every frame captured by "
                         "the kernel (%1).",
                         nullptr, count)
                          .arg(m_runner->scenarioTitle()));
        } else if (!m_runner->labProblem().isEmpty()) {
            setStatus(tr("Ready: %n DNS server(s) running on this computer's loopback (%1). The "
                         "lab could not start, so the frames around the DNS messages are drawn: "
                         "%2",
                         nullptr, count)
                          .arg(m_runner->scenarioTitle(), m_runner->labProblem()));
        } else {
            setStatus(tr("Ready: %n DNS server(s) running on this computer (%1).", nullptr, count)
                          .arg(m_runner->scenarioTitle()));
        }
        break;
    }
    }
    refreshCache();
    m_resolve->setEnabled(m_runner->state() == DnsLookupRunner::State::Running &&
                          !m_runner->busy());
    refresh();
    runQueued();
}

void DnsLookupView::onLookupFinished(std::size_t index) {
    const DnsLookupResult& result = m_runner->lookups()[index];
    m_resolve->setEnabled(!m_runner->busy());
    m_engine.setTrace(result.trace); // a new run of the animation; the old one stays listed
    refreshHistory();
    refreshCache();
    setStatus(resultText(result));
    m_controller.home();
    if (m_autoPlay) {
        m_controller.play();
    }
    if (!m_queue.isEmpty()) {
        runQueued();
    } else if (!m_runner->busy()) {
        emit lookupsDone();
    }
}

void DnsLookupView::onTraceReplaced() {
    const DnsLookupResult* lookup = m_runner->lookupFor(&m_controller.trace());
    m_scene->setShowsTrace(lookup != nullptr, lookup != nullptr && lookup->fromCache);
    if (lookup != nullptr) {
        const auto& lookups = m_runner->lookups();
        m_history->setCurrentIndex(static_cast<int>(lookup - lookups.data()));
    } else {
        m_history->setCurrentIndex(-1);
    }
    refresh();
}

void DnsLookupView::refreshHistory() {
    const auto& lookups = m_runner->lookups();
    m_history->clear();
    for (std::size_t i = 0; i < lookups.size(); ++i) {
        const auto& l = lookups[i];
        const int messages = static_cast<int>(l.trace->size());
        m_history->addItem(
            l.askedByOther
                ? tr("%1. %2 %3 (%Ln message(s), asked by another program on the laptop)", nullptr,
                     messages)
                      .arg(i + 1)
                      .arg(l.name, typeName(l.type))
                : tr("%1. %2 %3 (%Ln message(s))", nullptr, messages)
                      .arg(i + 1)
                      .arg(l.name, typeName(l.type)));
    }
    m_history->setEnabled(!lookups.empty());
    const DnsLookupResult* current = m_runner->lookupFor(&m_controller.trace());
    m_history->setCurrentIndex(current != nullptr ? static_cast<int>(current - lookups.data())
                                                  : -1);
}

void DnsLookupView::refreshCache() {
    m_cacheModel->setEntries(m_runner->cacheSnapshot());
    m_flush->setEnabled(m_cacheModel->rowCount() > 0);
}

QString DnsLookupView::resultText(const DnsLookupResult& result) const {
    if (result.status == DnsLookupResult::Status::TimedOut) {
        const QString question = result.name + QLatin1Char(' ') + typeName(result.type);
        return tr("%1: no answer from the resolver within %2 s.")
            .arg(question)
            .arg(DnsLookupRunner::kLookupTimeoutMs / 1000);
    }
    QString outcome;
    switch (result.rcode) {
    case wire::DnsRcode::NoError:
        outcome =
            result.answers.empty()
                ? tr("NOERROR, but %1 has no %2 record").arg(result.name, typeName(result.type))
                : tr("NOERROR: %1")
                      .arg(DnsMessageText::answerText(wire::DnsRcode::NoError, result.answers, 2));
        break;
    case wire::DnsRcode::NXDomain:
        outcome = tr("NXDOMAIN: %1 does not exist").arg(result.name);
        break;
    case wire::DnsRcode::ServFail:
        outcome = tr("SERVFAIL: the resolver could not find an answer");
        break;
    default:
        outcome = QString::fromStdString(wire::dnsRcodeName(result.rcode));
        break;
    }
    const QString how =
        result.fromCache ? tr("from the resolver's cache, no server asked")
                         : tr("%n query(s) to servers", nullptr, static_cast<int>(result.queries));
    const QString text =
        tr("%1 · %2 · %3 real time").arg(outcome, how, TimeFormat::realTime(result.durationNs));
    return result.askedByOther ? tr("Another program on the laptop asked for %1 %2: %3")
                                     .arg(result.name, typeName(result.type), text)
                               : text;
}

void DnsLookupView::setStatus(const QString& text) {
    m_statusText = text;
    m_status->setText(text);
}

QString DnsLookupView::statusText() const {
    return m_statusText;
}

QString DnsLookupView::captionText() const {
    switch (m_runner->state()) {
    case DnsLookupRunner::State::Stopped:
    case DnsLookupRunner::State::Starting:
        return tr("Starting the DNS servers on this computer…");
    case DnsLookupRunner::State::Failed:
        return tr("The DNS servers could not start; the panel on the right says why. File › "
                  "Open Scenario… loads another scenario.");
    case DnsLookupRunner::State::Running:
        break;
    }
    if (!m_scene->showsTrace()) {
        return m_runner->lookups().empty()
                   ? tr("Type a name, pick a record type and press Resolve: the lookup plays "
                        "here, message by message.")
                   : tr("The trace now holds another recording. Press Resolve, or pick an "
                        "earlier lookup under Lookups.");
    }
    const auto k = m_controller.currentIndex();
    const std::size_t n = m_controller.eventCount();
    if (!k) {
        return tr("Press Space to play, or step with the arrow keys: %Ln message(s) in this "
                  "lookup.",
                  nullptr, static_cast<int>(n));
    }
    const auto& e = m_controller.event(*k);
    QString what = sentence(e.note());
    if (what.isEmpty()) {
        what = QString::fromStdString(e.summary());
    }
    QString when;
    if (*k == 0) {
        when = tr("Real time: 0, the moment the question leaves the laptop.");
    } else {
        const std::int64_t hop = e.timeNs() - m_controller.event(*k - 1).timeNs();
        when = tr("Real time: %1 after the previous message, %2 since the laptop asked.")
                   .arg(TimeFormat::realTime(hop), TimeFormat::realTime(e.timeNs()));
    }
    return tr("%1 of %2. %3").arg(*k + 1).arg(n).arg(what) + QLatin1Char('\n') + when;
}

void DnsLookupView::refresh() {
    const QString caption = captionText();
    if (m_caption->text() != caption) {
        m_caption->setText(caption);
    }
}

void DnsLookupView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void DnsLookupView::retranslate() {
    m_nameLabel->setText(tr("&Name:"));
    m_typeLabel->setText(tr("&Type:"));
    m_resolve->setText(tr("&Resolve"));
    m_resolve->setToolTip(tr("Ask the resolver on this computer, as the laptop would (Enter)"));
    m_name->setPlaceholderText(tr("a domain name, e.g. www.foobar.com"));
    m_historyLabel->setText(tr("&Lookups:"));
    m_history->setToolTip(tr("Every lookup keeps its own recording: pick one to show it again"));
    m_cacheTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Resolver cache").toHtmlEscaped()));
    m_flush->setText(tr("&Flush"));
    m_flush->setToolTip(tr("Empty the resolver's cache, so the next lookup asks the servers"));
    m_cacheHint->setText(tr("Kept for its TTL, counting down: until then the resolver answers "
                            "from here."));
    refreshHistory();
    if (m_runner->state() != DnsLookupRunner::State::Running || m_statusText.isEmpty()) {
        onRunnerStateChanged();
    }
    refresh();
}

} // namespace hopscope::gui
