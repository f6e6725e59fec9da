// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "gui/models/dissection_model.h"
#include "wire/layer.h"

#include <QWidget>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QModelIndex;
class QSplitter;
class QToolButton;
class QTreeView;

namespace hopscope::gui {

class BitView;
class HexView;
class PlaybackController;

// Field tree beside the hex and ASCII bytes of the event the cursor is on, in any view.
// Clicking a field highlights its bytes (its bits, when it is narrower than a byte); clicking
// a byte selects the innermost field covering it.
class PacketInspector : public QWidget {
    Q_OBJECT
public:
    // Follows the controller's current event; without one it shows what showFrame() is given.
    explicit PacketInspector(PlaybackController* controller, QWidget* parent = nullptr);

    void showFrame(std::vector<std::uint8_t> frame, wire::Dissection dissection,
                   const QString& title = {}, const QString& note = {});
    void clear();

    void setLayerNaming(LayerNaming naming);
    [[nodiscard]] LayerNaming layerNaming() const { return m_model->layerNaming(); }
    void setScale(double scale);

    [[nodiscard]] std::optional<std::size_t> shownEvent() const { return m_shownEvent; }
    [[nodiscard]] QTreeView* tree() const { return m_tree; }
    [[nodiscard]] HexView* hexView() const { return m_hex; }
    [[nodiscard]] BitView* bitView() const { return m_bits; }
    [[nodiscard]] DissectionModel* model() const { return m_model; }
    [[nodiscard]] QLabel* titleLabel() const { return m_title; }
    [[nodiscard]] QLabel* problemLabel() const { return m_problem; }
    [[nodiscard]] QAction* osiAction() const { return m_osiAction; }
    [[nodiscard]] QAction* tcpIpAction() const { return m_tcpIpAction; }

signals:
    void layerNamingChanged(hopscope::gui::LayerNaming naming);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void followCursor();
    void showTraceEvent(std::size_t index);
    void onCurrentFieldChanged(const QModelIndex& current);
    void onByteClicked(std::size_t byte);
    void updateProblemStyle();
    void restoreSelection();

    PlaybackController* m_controller;
    DissectionModel* m_model;
    QLabel* m_title;
    QLabel* m_note;
    QLabel* m_problem;
    QToolButton* m_osiButton;
    QToolButton* m_tcpIpButton;
    QAction* m_osiAction;
    QAction* m_tcpIpAction;
    QActionGroup* m_namingGroup;
    QSplitter* m_splitter;
    QTreeView* m_tree;
    HexView* m_hex;
    BitView* m_bits;
    QLabel* m_empty;
    std::vector<std::uint8_t> m_frame;
    std::optional<std::size_t> m_shownEvent;
    std::string m_selectedFilter; // re-selected when the next event has the same field
    double m_scale = 1.0;
};

} // namespace hopscope::gui
