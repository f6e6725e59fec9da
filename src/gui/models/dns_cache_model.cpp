// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_cache_model.h"

#include "gui/text/dns_message_text.h"

#include <QApplication>
#include <QPalette>

namespace hopscope::gui {

namespace {

bool sameRows(const std::vector<dns::DnsCacheEntry>& a, const std::vector<dns::DnsCacheEntry>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        // Records carry counted-down TTLs: compare what they say, not how long they last.
        if (a[i].name != b[i].name || a[i].type != b[i].type || a[i].kind != b[i].kind ||
            DnsCacheModel::dataText(a[i]) != DnsCacheModel::dataText(b[i])) {
            return false;
        }
    }
    return true;
}

} // namespace

DnsCacheModel::DnsCacheModel(QObject* parent) : QAbstractTableModel(parent) {}

void DnsCacheModel::setEntries(std::vector<dns::DnsCacheEntry> entries) {
    if (sameRows(m_entries, entries)) {
        m_entries = std::move(entries);
        if (!m_entries.empty()) {
            emit dataChanged(index(0, TtlColumn), index(rowCount() - 1, TtlColumn),
                             {Qt::DisplayRole, Qt::ToolTipRole});
        }
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int DnsCacheModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int DnsCacheModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DnsCacheModel::dataText(const dns::DnsCacheEntry& entry) {
    switch (entry.kind) {
    case dns::DnsCacheEntry::Kind::NxDomain:
        return tr("does not exist");
    case dns::DnsCacheEntry::Kind::NoData:
        return tr("no such record");
    case dns::DnsCacheEntry::Kind::Positive:
        break;
    }
    QStringList parts;
    for (const auto& record : entry.records) {
        const QString text = DnsMessageText::recordText(record);
        // The type has its own column.
        parts << text.section(QLatin1Char(' '), 1);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant DnsCacheModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const dns::DnsCacheEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    const bool negative = e.kind != dns::DnsCacheEntry::Kind::Positive;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return DnsMessageText::bareName(e.name);
        case TypeColumn:
            // An NXDOMAIN answers every type for the name.
            return e.kind == dns::DnsCacheEntry::Kind::NxDomain
                       ? tr("any")
                       : QString::fromStdString(wire::dnsTypeName(e.type));
        case DataColumn:
            return dataText(e);
        case TtlColumn:
            return tr("%1 s").arg(e.remainingTtl);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TtlColumn) {
            return tr("Stored for %1 s; forgotten in %2 s").arg(e.originalTtl).arg(e.remainingTtl);
        }
        if (negative) {
            return e.kind == dns::DnsCacheEntry::Kind::NxDomain
                       ? tr("A negative answer: the resolver remembers that %1 does not exist")
                             .arg(DnsMessageText::bareName(e.name))
                       : tr("A negative answer: the resolver remembers that %1 has no %2 record")
                             .arg(DnsMessageText::bareName(e.name),
                                  QString::fromStdString(wire::dnsTypeName(e.type)));
        }
        return dataText(e);
    case Qt::TextAlignmentRole:
        return index.column() == TtlColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Negative answers read quieter than data (the font stays the view's, so presentation
        // mode still scales it).
        if (negative && index.column() == DataColumn) {
            return QApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    default:
        return {};
    }
}

QVariant DnsCacheModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DataColumn:
        return tr("Data");
    case TtlColumn:
        return tr("TTL left");
    default:
        return {};
    }
}

} // namespace hopscope::gui
