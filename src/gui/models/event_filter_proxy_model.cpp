// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "event_filter_proxy_model.h"

#include "event_table_model.h"

namespace hopscope::gui {

EventFilterProxyModel::EventFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateRowsFilter();
}

void EventFilterProxyModel::setProtocol(const QString& protocol) {
    if (protocol == m_protocol) {
        return;
    }
    m_protocol = protocol;
    invalidateRowsFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* model = sourceModel();
    if (!m_protocol.isEmpty()) {
        const QString p =
            model->index(sourceRow, EventTableModel::Protocol, sourceParent).data().toString();
        if (p.compare(m_protocol, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        if (model->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace hopscope::gui
