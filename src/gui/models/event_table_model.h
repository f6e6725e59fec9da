// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <cstddef>
#include <set>
#include <string>

namespace hopscope::gui {

class PlaybackController;

// The packet list over the controller's trace. Appends arrive as one batch a frame and are
// inserted with beginInsertRows, never a reset per event, so the selection and the scroll
// position survive a live capture.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Time, Source, From, To, Protocol, Summary, ColumnCount };
    enum Role {
        EventIndexRole = Qt::UserRole + 1, // std::size_t index into the trace, as qulonglong
        LayerColourRole,                   // QColor of the event's highest layer
    };

    explicit EventTableModel(PlaybackController& controller, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Headers and source names in the current language (called on a language change).
    void retranslate();
    // Protocols seen so far, sorted, for the filter combo.
    [[nodiscard]] QStringList protocols() const;

signals:
    void protocolsChanged();

private:
    void onTraceGrew(std::size_t oldCount, std::size_t newCount);
    void onTraceReplaced();
    [[nodiscard]] QString protocolOf(std::size_t row) const;
    [[nodiscard]] QString summaryOf(std::size_t row) const;
    void collectProtocols(std::size_t from, std::size_t to);

    PlaybackController& m_controller;
    std::size_t m_rows = 0;
    std::set<QString> m_protocols;
};

} // namespace hopscope::gui
