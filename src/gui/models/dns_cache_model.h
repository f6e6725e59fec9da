// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/dns_cache.h"

#include <QAbstractTableModel>
#include <vector>

namespace hopscope::gui {

// The resolver's cache as a table: name, type, what is stored (or that the name does not
// exist / has no such record) and the TTL left. Fed snapshots; a snapshot with the same rows
// only repaints the TTL column, so the countdown does not disturb a selection or the scroll.
class DnsCacheModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, DataColumn, TtlColumn, ColumnCount };

    explicit DnsCacheModel(QObject* parent = nullptr);

    void setEntries(std::vector<dns::DnsCacheEntry> entries);
    [[nodiscard]] const std::vector<dns::DnsCacheEntry>& entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // What the data column says for an entry: the records, "does not exist" or "no such record".
    [[nodiscard]] static QString dataText(const dns::DnsCacheEntry& entry);

private:
    std::vector<dns::DnsCacheEntry> m_entries;
};

} // namespace hopscope::gui
