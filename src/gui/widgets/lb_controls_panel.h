// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/algorithm_kind.h"
#include "engine/load_balancer_stack.h"
#include "engine/traffic_generator.h"
#include "http/backend_settings.h"

#include <QWidget>
#include <cstddef>
#include <cstdint>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace hopscope::gui {

// The load-balancing lesson's controls, every one applied while traffic flows: algorithm, the
// built-in load (open loop at a rate, or closed loop at a concurrency), how many backends, each
// backend's weight, capacity, service time and error rate, kill and revive, and where to point
// curl. It only emits what the user asked for; the view passes it on to the engine.
class LbControlsPanel : public QWidget {
    Q_OBJECT
public:
    // Backend table columns.
    enum Column { Name, State, Weight, Capacity, ServiceTime, Distribution, ErrorRate, Columns };

    explicit LbControlsPanel(QWidget* parent = nullptr);

    void setAlgorithm(balance::AlgorithmKind kind);
    [[nodiscard]] balance::AlgorithmKind algorithm() const;
    // The load as configured here (the target is left for the view to fill).
    [[nodiscard]] engine::TrafficConfig loadConfig() const;
    void setLoadRunning(bool running);
    [[nodiscard]] bool loadRunning() const { return m_loadRunning; }
    void setLoadStats(const engine::TrafficStats& stats, bool running);
    void setEndpoint(const QString& url);
    // The backends as the engine reports them: new ones get a row filled from their settings;
    // existing rows keep what the user typed, only their up/down button follows the engine.
    void setBackends(const std::vector<engine::BackendView>& backends);
    // Settings a new backend starts with.
    [[nodiscard]] engine::StackBackend newBackend() const;
    void setDisplayScale(double scale);

    [[nodiscard]] QComboBox* algorithmCombo() const { return m_algorithm; }
    [[nodiscard]] QComboBox* modeCombo() const { return m_mode; }
    [[nodiscard]] QSpinBox* rateSpin() const { return m_rate; }
    [[nodiscard]] QSpinBox* concurrencySpin() const { return m_concurrency; }
    [[nodiscard]] QPushButton* loadButton() const { return m_loadButton; }
    [[nodiscard]] QSpinBox* backendCountSpin() const { return m_count; }
    [[nodiscard]] QTableWidget* backendTable() const { return m_table; }
    [[nodiscard]] QPushButton* configButton() const { return m_configButton; }
    [[nodiscard]] QLineEdit* endpointEdit() const { return m_endpoint; }
    [[nodiscard]] QLabel* loadStatsLabel() const { return m_stats; }
    // The pool index shown in a table row, and the row showing a pool index (-1: none).
    [[nodiscard]] std::size_t indexOfRow(int row) const {
        return m_rows.at(static_cast<std::size_t>(row));
    }
    [[nodiscard]] int rowOf(std::size_t index) const;
    [[nodiscard]] http::BackendSettings settingsOfRow(int row) const;

signals:
    void algorithmChanged(balance::AlgorithmKind kind);
    void loadChanged();
    void loadToggled(bool start);
    void backendCountChanged(int count);
    void weightChanged(std::size_t index, std::uint32_t weight);
    void backendSettingsChanged(std::size_t index, const http::BackendSettings& settings);
    void backendAliveChanged(std::size_t index, bool alive);
    void showConfigRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addRow(const engine::BackendView& backend);
    void onRowEdited(int row);
    void refreshStateButton(int row);
    void onModeChanged();

    QGroupBox* m_trafficBox;
    QGroupBox* m_backendsBox;
    QGroupBox* m_outsideBox;
    QLabel* m_algorithmLabel;
    QComboBox* m_algorithm;
    QLabel* m_algorithmHelp;
    QLabel* m_modeLabel;
    QComboBox* m_mode;
    QStackedWidget* m_amount;
    QSpinBox* m_rate;
    QSpinBox* m_concurrency;
    QPushButton* m_loadButton;
    QLabel* m_stats;
    QLabel* m_countLabel;
    QSpinBox* m_count;
    QTableWidget* m_table;
    QLabel* m_tableHelp;
    QLabel* m_outsideHelp;
    QLineEdit* m_endpoint;
    QToolButton* m_copy;
    QPushButton* m_configButton;

    std::vector<std::size_t> m_rows; // pool index per table row
    std::vector<bool> m_alive;       // per row, as last reported or asked for
    bool m_loadRunning = false;
    bool m_filling = false; // rows being filled from the engine: no edits to report
    engine::TrafficStats m_lastStats;
    bool m_lastStatsRunning = false;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
