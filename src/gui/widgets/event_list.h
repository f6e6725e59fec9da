// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QWidget>
#include <cstddef>
#include <optional>

class QComboBox;
class QLineEdit;
class QTableView;

namespace hopscope::gui {

class EventFilterProxyModel;
class EventTableModel;
class PlaybackController;

// The event list dock: a filter bar over the packet list. Selecting a row moves the cursor and
// the cursor moving selects its row; a guard keeps the two from chasing each other.
class EventList : public QWidget {
    Q_OBJECT
public:
    explicit EventList(PlaybackController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox* protocolCombo() const { return m_protocol; }
    [[nodiscard]] EventTableModel* model() const { return m_model; }
    [[nodiscard]] EventFilterProxyModel* proxy() const { return m_proxy; }
    // The trace index of the selected row, if any.
    [[nodiscard]] std::optional<std::size_t> selectedEvent() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildProtocols();
    void onSelectionChanged();
    void followCursor();
    void onFilterChanged();

    PlaybackController& m_controller;
    EventTableModel* m_model;
    EventFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_protocol;
    QTableView* m_table;
    std::optional<std::size_t> m_shownIndex;
    bool m_syncing = false;
};

} // namespace hopscope::gui
