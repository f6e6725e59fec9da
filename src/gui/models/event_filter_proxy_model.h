// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QSortFilterProxyModel>

namespace hopscope::gui {

// Narrows the event list by free text over every column and by one protocol. Rows keep the
// trace order; appends pass through incrementally.
class EventFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    [[nodiscard]] QString filterText() const { return m_text; }
    // Empty shows every protocol.
    void setProtocol(const QString& protocol);
    [[nodiscard]] QString protocol() const { return m_protocol; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_protocol;
};

} // namespace hopscope::gui
