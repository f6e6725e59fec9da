// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "event_table_model.h"

#include "gui/controllers/playback_controller.h"
#include "gui/text/source_kind_text.h"
#include "gui/text/time_format.h"

#include <QColor>

namespace hopscope::gui {

EventTableModel::EventTableModel(PlaybackController& controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller), m_rows(controller.eventCount()) {
    collectProtocols(0, m_rows);
    connect(&m_controller, &PlaybackController::traceGrew, this, &EventTableModel::onTraceGrew);
    connect(&m_controller, &PlaybackController::traceReplaced, this,
            &EventTableModel::onTraceReplaced);
}

int EventTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows);
}

int EventTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::protocolOf(std::size_t row) const {
    const auto& e = m_controller.event(row);
    if (!e.protocol().empty()) {
        return QString::fromStdString(e.protocol());
    }
    // Producers normally fill the protocol; a bare frame is named by its dissection.
    return QString::fromStdString(e.dissect(wire::DissectDetail::Summary).protocol);
}

QString EventTableModel::summaryOf(std::size_t row) const {
    const auto& e = m_controller.event(row);
    if (!e.summary().empty()) {
        return QString::fromStdString(e.summary());
    }
    return QString::fromStdString(e.dissect(wire::DissectDetail::Summary).info);
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || static_cast<std::size_t>(index.row()) >= m_rows) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const auto& e = m_controller.event(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return static_cast<qulonglong>(row + 1);
        case Time:
            return TimeFormat::seconds(e.timeNs());
        case Source:
            return SourceKindText::name(e.source());
        case From:
            return QString::fromStdString(e.from());
        case To:
            return QString::fromStdString(e.to());
        case Protocol:
            return protocolOf(row);
        case Summary:
            return summaryOf(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Source) {
            return SourceKindText::description(e.source());
        }
        if (index.column() == Summary && !e.note().empty()) {
            return QString::fromStdString(e.note());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Time) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == Protocol) {
            return QColor(QString::fromLatin1(wire::colourHex(m_controller.layerColour(row))));
        }
        return {};
    case EventIndexRole:
        return static_cast<qulonglong>(row);
    case LayerColourRole:
        return QColor(QString::fromLatin1(wire::colourHex(m_controller.layerColour(row))));
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Real time (s)");
    case Source:
        return tr("Source");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Protocol:
        return tr("Protocol");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

void EventTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0) {
        emit dataChanged(index(0, Source), index(static_cast<int>(m_rows) - 1, Source));
    }
}

QStringList EventTableModel::protocols() const {
    QStringList list;
    list.reserve(static_cast<qsizetype>(m_protocols.size()));
    for (const auto& p : m_protocols) {
        list.append(p);
    }
    return list;
}

void EventTableModel::collectProtocols(std::size_t from, std::size_t to) {
    const std::size_t before = m_protocols.size();
    for (std::size_t row = from; row < to; ++row) {
        const QString p = protocolOf(row);
        if (!p.isEmpty()) {
            m_protocols.insert(p);
        }
    }
    if (m_protocols.size() != before) {
        emit protocolsChanged();
    }
}

void EventTableModel::onTraceGrew(std::size_t /*oldCount*/, std::size_t newCount) {
    if (newCount <= m_rows) {
        return;
    }
    const std::size_t first = m_rows;
    beginInsertRows({}, static_cast<int>(first), static_cast<int>(newCount - 1));
    m_rows = newCount;
    endInsertRows();
    collectProtocols(first, newCount);
}

void EventTableModel::onTraceReplaced() {
    beginResetModel();
    m_rows = m_controller.eventCount();
    m_protocols.clear();
    endResetModel();
    collectProtocols(0, m_rows);
    emit protocolsChanged();
}

} // namespace hopscope::gui
