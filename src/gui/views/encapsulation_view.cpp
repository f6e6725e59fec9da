// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "encapsulation_view.h"

#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hopscope::gui {

namespace {

enum Column { FieldColumn, BeforeColumn, AfterColumn, WhyColumn, kColumns };

} // namespace

EncapsulationView::EncapsulationView(PlaybackController& controller, engine::Engine& engine,
                                     QWidget* parent)
    : LessonView(parent), m_controller(controller), m_engine(engine),
      m_runner(new EncapsulationRunner(engine.lessonNetwork(), this)) {
    // The header: what the lesson does, which packet to follow, how the run went.
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_followSyn = new QPushButton(this);
    m_followSyn->setObjectName(QStringLiteral("encapFollowSyn"));
    m_followGet = new QPushButton(this);
    m_followGet->setObjectName(QStringLiteral("encapFollowGet"));
    for (QPushButton* b : {m_followSyn, m_followGet}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
    }
    m_followGet->setChecked(true);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("encapSend"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("encapStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_followSyn);
    buttons->addWidget(m_followGet);
    buttons->addSpacing(12);
    buttons->addWidget(m_send);
    buttons->addStretch(1);
    auto* header = new QVBoxLayout;
    header->setContentsMargins(8, 8, 8, 4);
    header->addWidget(m_intro);
    header->addLayout(buttons);
    header->addWidget(m_status);

    // Left: the hops in order; right: the selected hop's changes, one row per field, with why.
    auto* side = new QWidget(this);
    m_hopsLabel = new QLabel(side);
    m_hops = new QListWidget(side);
    m_hops->setObjectName(QStringLiteral("encapHops"));
    m_hopsLabel->setBuddy(m_hops);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 8);
    sideLayout->addWidget(m_hopsLabel);
    sideLayout->addWidget(m_hops, 1);

    auto* stage = new QWidget(this);
    m_caption = new QLabel(stage);
    m_caption->setObjectName(QStringLiteral("encapCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setMargin(8);
    m_caption->setBackgroundRole(QPalette::AlternateBase);
    m_caption->setAutoFillBackground(true);
    m_changes = new QTableWidget(0, kColumns, stage);
    m_changes->setObjectName(QStringLiteral("encapChanges"));
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_changes->verticalHeader()->hide();
    m_changes->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    auto* stageLayout = new QVBoxLayout(stage);
    stageLayout->setContentsMargins(0, 0, 8, 8);
    stageLayout->setSpacing(0);
    stageLayout->addWidget(m_caption);
    stageLayout->addWidget(m_changes, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(stage);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_followSyn, &QPushButton::clicked, this, [this] { follow(FollowedPacket::Syn); });
    connect(m_followGet, &QPushButton::clicked, this, [this] { follow(FollowedPacket::Get); });
    connect(m_send, &QPushButton::clicked, this, [this] { sendAgain(); });
    connect(m_hops, &QListWidget::currentRowChanged, this, &EncapsulationView::onHopSelected);
    connect(m_runner, &EncapsulationRunner::stateChanged, this,
            &EncapsulationView::onRunnerStateChanged);
    connect(m_runner, &EncapsulationRunner::finished, this, &EncapsulationView::onRunFinished);
    connect(&m_controller, &PlaybackController::positionChanged, this,
            &EncapsulationView::onPositionChanged);
    retranslate();
    updateButtons();
}

EncapsulationView::~EncapsulationView() = default;

void EncapsulationView::retranslate() {
    m_intro->setText(
        tr("One HTTP request from the laptop to www.foobar.com, wrapped like a letter in "
           "envelopes: a TCP segment inside an IP packet inside an Ethernet frame. The lab "
           "captured it at every interface it crossed; pick a hop to see what the device "
           "before it changed, and its bytes in the packet inspector."));
    m_followSyn->setText(tr("Follow the SYN"));
    m_followSyn->setToolTip(tr("The segment that opens the connection, with no data in it."));
    m_followGet->setText(tr("Follow the GET"));
    m_followGet->setToolTip(tr("The segment that carries the HTTP request \"GET /\"."));
    m_send->setText(tr("Send the request again"));
    m_send->setToolTip(tr("A new connection from the laptop, followed hop by hop again."));
    m_hopsLabel->setText(tr("&Hops, in the order the copies were captured:"));
    showState();
    refreshHops();
}

void EncapsulationView::refreshHops() {
    // The hop labels and changes again (new language, new font size), the selection kept.
    const int row = m_hops->currentRow();
    {
        const QSignalBlocker block(m_hops);
        fillHops();
        m_hops->setCurrentRow(row);
    }
    showChanges(row);
}

void EncapsulationView::setDisplayScale(double scale) {
    (void)scale; // the fonts come from the window; the list's width and fixed font follow
    refreshHops();
}

void EncapsulationView::showEvent(QShowEvent* event) {
    LessonView::showEvent(event);
    ensureStarted();
}

void EncapsulationView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void EncapsulationView::ensureStarted() {
    if (m_runner->state() == EncapsulationRunner::State::Stopped) {
        m_runner->start();
    }
}

bool EncapsulationView::sendAgain() {
    if (m_runner->state() == EncapsulationRunner::State::Failed) {
        setStatus(tr("The lab is not running: %1").arg(m_runner->problem()));
        return false;
    }
    if (!m_runner->run()) {
        return false;
    }
    setStatus(tr("Sending GET / from the laptop and capturing every interface…"));
    return true;
}

QPushButton* EncapsulationView::followButton(FollowedPacket packet) const {
    return packet == FollowedPacket::Syn ? m_followSyn : m_followGet;
}

const HopJourneyModel* EncapsulationView::model() const {
    if (!m_shown || *m_shown >= m_runner->runs().size()) {
        return nullptr;
    }
    return m_runner->runs()[*m_shown].model.get();
}

void EncapsulationView::setStatus(const QString& text) {
    m_statusText = text;
    m_status->setText(text);
}

void EncapsulationView::updateButtons() {
    const bool ready = m_runner->state() == EncapsulationRunner::State::Ready;
    m_send->setEnabled(ready);
    const HopJourneyModel* m = model();
    m_followSyn->setEnabled(m && m->has(FollowedPacket::Syn));
    m_followGet->setEnabled(m && m->has(FollowedPacket::Get));
}

void EncapsulationView::onRunnerStateChanged() {
    showState();
    if (m_runner->state() == EncapsulationRunner::State::Failed) {
        emit runDone();
    } else if (m_runner->state() == EncapsulationRunner::State::Ready && m_autoSend &&
               m_runner->runs().empty()) {
        m_autoSend = false;
        sendAgain();
    }
    updateButtons();
}

void EncapsulationView::showState() {
    switch (m_runner->state()) {
    case EncapsulationRunner::State::Stopped:
    case EncapsulationRunner::State::Starting:
        setStatus(tr("Starting the lab: the laptop, the switch, the routers and the web site, "
                     "each in a network namespace of its own…"));
        break;
    case EncapsulationRunner::State::Failed:
        setStatus(tr("This lesson follows real frames through the lab, and the lab is not "
                     "running: %1")
                      .arg(m_runner->problem()));
        break;
    case EncapsulationRunner::State::Ready:
    case EncapsulationRunner::State::Running:
        break; // the run's own sentence stays
    }
}

void EncapsulationView::onRunFinished(std::size_t index) {
    m_shown = index;
    const EncapsulationRun& run = m_runner->runs()[index];
    const HopJourneyModel* m = run.model.get();
    if (!m->has(m_followed)) {
        m_followed = m->has(FollowedPacket::Get) ? FollowedPacket::Get : FollowedPacket::Syn;
    }
    QString text;
    if (!m->has(FollowedPacket::Syn) && !m->has(FollowedPacket::Get)) {
        text =
            tr("None of the %1 frames captured is the laptop's SYN or GET.").arg(m->captureCount());
    } else {
        text = tr("Frames captured at all interfaces while the request ran: %1.")
                   .arg(m->captureCount());
        if (run.status) {
            text += QLatin1Char(' ') + tr("The site answered %1.").arg(*run.status);
        }
    }
    if (!run.problem.isEmpty()) {
        text += QLatin1Char(' ') + run.problem;
    }
    setStatus(text);
    updateButtons();
    showJourney();
    emit runDone();
}

void EncapsulationView::follow(FollowedPacket packet) {
    m_followed = packet;
    showJourney();
}

bool EncapsulationView::playsOurTrace() const {
    const HopJourneyModel* m = model();
    return m && m->has(m_followed) && m_controller.traceHandle() == m->trace(m_followed);
}

void EncapsulationView::showJourney() {
    followButton(m_followed)->setChecked(true);
    const HopJourneyModel* m = model();
    {
        const QSignalBlocker block(m_hops);
        m_hops->clear();
        fillHops();
    }
    if (!m || !m->has(m_followed)) {
        showChanges(-1);
        return;
    }
    m_engine.setTrace(m->trace(m_followed));
    {
        const QSignalBlocker block(m_hops);
        m_hops->setCurrentRow(0);
    }
    onHopSelected(0); // the first hop's changes, and the inspector on its bytes
}

void EncapsulationView::fillHops() {
    m_hops->clear();
    const HopJourneyModel* m = model();
    if (!m || !m->has(m_followed)) {
        return;
    }
    const QStringList labels = m->hopLabels(m_followed);
    for (int k = 0; k < labels.size(); ++k) {
        const QString note = m->hopNote(m_followed, static_cast<std::size_t>(k));
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2  \u2014 %3").arg(k + 1).arg(labels.at(k), note), m_hops);
        // The hops a device changed stand out from those a cable or a switch passed along.
        if (!m->journey(m_followed).hops.at(static_cast<std::size_t>(k)).changes.empty()) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    // As wide as the longest hop, so "6 fields changed" is never cut.
    m_hops->setMinimumWidth(m_hops->sizeHintForColumn(0) + 2 * m_hops->frameWidth() +
                            m_hops->verticalScrollBar()->sizeHint().width());
}

void EncapsulationView::onHopSelected(int row) {
    const HopJourneyModel* m = model();
    if (row >= 0 && m && m->has(m_followed)) {
        // Another page may have put its own trace in since: the hop's bytes come back.
        if (!playsOurTrace()) {
            m_engine.setTrace(m->trace(m_followed));
        }
        if (static_cast<std::size_t>(row) < m_controller.eventCount()) {
            m_controller.seekToEvent(static_cast<std::size_t>(row));
        }
    }
    showChanges(row);
}

void EncapsulationView::onPositionChanged() {
    if (!playsOurTrace()) {
        return;
    }
    const auto current = m_controller.currentIndex();
    if (!current || static_cast<int>(*current) == m_hops->currentRow()) {
        return;
    }
    const QSignalBlocker block(m_hops);
    m_hops->setCurrentRow(static_cast<int>(*current));
    showChanges(static_cast<int>(*current));
}

void EncapsulationView::showChanges(int hop) {
    m_changes->setRowCount(0);
    // The first hop lists what the sender wrote; every other what changed since.
    m_changes->setColumnHidden(BeforeColumn, hop == 0);
    if (hop == 0) {
        m_changes->setHorizontalHeaderLabels({tr("Field"), QString(), tr("Value"), tr("Layer")});
    } else {
        m_changes->setHorizontalHeaderLabels(
            {tr("Field"), tr("Before"), tr("After"), tr("Why it changed")});
    }
    const HopJourneyModel* m = model();
    if (!m || hop < 0 || static_cast<std::size_t>(hop) >= m->hopCount(m_followed)) {
        m_caption->setText(m_runner->state() == EncapsulationRunner::State::Failed
                               ? m_runner->problem()
                               : tr("The hops appear here once the request has been sent."));
        return;
    }
    const auto& h = m->journey(m_followed).hops[static_cast<std::size_t>(hop)];
    const QString where = m->hopLabels(m_followed).at(hop);
    const auto rows = m->changes(m_followed, static_cast<std::size_t>(hop));
    if (hop == 0) {
        m_caption->setText(tr("Hop %1 of %2, %3: %4 wraps the data in its envelopes; every "
                              "later hop shows what changed since the copy before it.")
                               .arg(1)
                               .arg(m->hopCount(m_followed))
                               .arg(where, QString::fromStdString(h.node)));
    }
    const bool unchanged = rows.size() == 1 && rows.front().field.isEmpty();
    if (unchanged) {
        m_caption->setText(tr("Hop %1 of %2, %3: nothing changed.")
                               .arg(hop + 1)
                               .arg(m->hopCount(m_followed))
                               .arg(where));
        m_changes->setRowCount(1);
        m_changes->setItem(0, FieldColumn, new QTableWidgetItem(QStringLiteral("\u2014")));
        m_changes->setItem(0, WhyColumn, new QTableWidgetItem(rows.front().why));
        return;
    }
    if (hop != 0) {
        m_caption->setText(tr("Hop %1 of %2, %3: %n field(s) changed at %4.", nullptr,
                              static_cast<int>(rows.size()))
                               .arg(hop + 1)
                               .arg(m->hopCount(m_followed))
                               .arg(where, QString::fromStdString(h.node)));
    }
    // Values in a fixed font, as the inspector shows them, at the page's size (presentation).
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(m_changes->font().pointSizeF());
    m_changes->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const HopChangeRow& row = rows[static_cast<std::size_t>(r)];
        const QString cells[kColumns] = {row.field, row.before, row.after, row.why};
        for (int c = 0; c < kColumns; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c != WhyColumn) {
                item->setFont(fixed);
            }
            m_changes->setItem(r, c, item);
        }
    }
}

} // namespace hopscope::gui
