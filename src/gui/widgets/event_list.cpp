// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "event_list.h"

#include "gui/controllers/playback_controller.h"
#include "gui/models/event_filter_proxy_model.h"
#include "gui/models/event_table_model.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace hopscope::gui {

EventList::EventList(PlaybackController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("eventList"));
    m_model = new EventTableModel(controller, this);
    m_proxy = new EventFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_protocol = new QComboBox(this);
    m_protocol->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setColumnWidth(EventTableModel::Number, 56);
    m_table->setColumnWidth(EventTableModel::Time, 96);
    m_table->setColumnWidth(EventTableModel::Source, 72);
    m_table->setColumnWidth(EventTableModel::From, 120);
    m_table->setColumnWidth(EventTableModel::To, 120);
    m_table->setColumnWidth(EventTableModel::Protocol, 86);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_protocol);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &EventList::onFilterChanged);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &EventList::onFilterChanged);
    connect(m_model, &EventTableModel::protocolsChanged, this, &EventList::rebuildProtocols);
    // Selection, not the current index: focusing the table makes a row current without
    // selecting it, and that must not move the cursor.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventList::onSelectionChanged);
    connect(&m_controller, &PlaybackController::positionChanged, this, &EventList::followCursor);
    connect(&m_controller, &PlaybackController::traceGrew, this, &EventList::followCursor);
    connect(&m_controller, &PlaybackController::traceReplaced, this, [this] {
        m_shownIndex.reset();
        followCursor();
    });

    retranslate();
    rebuildProtocols();
    followCursor();
}

void EventList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void EventList::retranslate() {
    m_model->retranslate();
    m_filter->setPlaceholderText(tr("Filter: any text in any column"));
    m_filter->setToolTip(tr("Shows only events whose row contains this text"));
    m_protocol->setToolTip(tr("Shows only events of one protocol"));
    if (m_protocol->count() > 0) {
        m_protocol->setItemText(0, tr("All protocols"));
    }
}

void EventList::rebuildProtocols() {
    const QString current = m_protocol->currentData().toString();
    const QSignalBlocker blocker(m_protocol);
    m_protocol->clear();
    m_protocol->addItem(tr("All protocols"), QString());
    for (const QString& p : m_model->protocols()) {
        m_protocol->addItem(p, p);
    }
    const int keep = m_protocol->findData(current);
    m_protocol->setCurrentIndex(keep < 0 ? 0 : keep);
    if (keep < 0 && !current.isEmpty()) {
        onFilterChanged(); // the chosen protocol vanished with the old trace
    }
}

void EventList::onFilterChanged() {
    m_proxy->setFilterText(m_filter->text());
    m_proxy->setProtocol(m_protocol->currentData().toString());
    m_shownIndex.reset();
    followCursor();
}

std::optional<std::size_t> EventList::selectedEvent() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(
        rows.constFirst().data(EventTableModel::EventIndexRole).toULongLong());
}

void EventList::onSelectionChanged() {
    if (m_syncing) {
        return;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QModelIndex current = rows.constFirst();
    const auto index =
        static_cast<std::size_t>(current.data(EventTableModel::EventIndexRole).toULongLong());
    m_shownIndex = index;
    if (m_controller.currentIndex() != index || m_controller.progress() < 1.0) {
        m_controller.seekToEvent(index);
    }
}

void EventList::followCursor() {
    const auto index = m_controller.currentIndex();
    if (index == m_shownIndex) {
        return;
    }
    if (index && *index >= static_cast<std::size_t>(m_model->rowCount())) {
        return; // its row arrives with the next traceGrew(), which calls us again
    }
    m_shownIndex = index;
    m_syncing = true;
    QItemSelectionModel* selection = m_table->selectionModel();
    if (!index) {
        selection->clear();
    } else {
        const QModelIndex source = m_model->index(static_cast<int>(*index), 0);
        const QModelIndex row = m_proxy->mapFromSource(source);
        if (row.isValid()) {
            selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
            m_table->scrollTo(row);
        } else {
            // Filtered out: keep the list where it is but show nothing as current.
            selection->clear();
        }
    }
    m_syncing = false;
}

} // namespace hopscope::gui
