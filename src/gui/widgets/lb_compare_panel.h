// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/lb_comparison.h"

#include <QWidget>
#include <array>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hopscope::gui {

class BarChartWidget;

// Compare mode: two algorithms side by side on the same arrival sequence. Two live runs can
// never share arrivals and service times, so this runs the real algorithms in a seeded
// simulation (LbComparison) and says so above the results.
class LbComparePanel : public QWidget {
    Q_OBJECT
public:
    explicit LbComparePanel(QWidget* parent = nullptr);

    // The backends to simulate (as configured in the live view); re-runs when they change.
    void setBackends(const std::vector<balance::LbSimBackend>& backends);
    void setAlgorithms(balance::AlgorithmKind a, balance::AlgorithmKind b);
    void setRate(double ratePerSecond);
    void setDisplayScale(double scale);
    // Runs both simulations now.
    void run();

    [[nodiscard]] const balance::LbSimResult& result(std::size_t side) const {
        return m_results.at(side);
    }
    [[nodiscard]] balance::LbComparisonSetup setup() const;
    [[nodiscard]] BarChartWidget* chart(std::size_t side) const { return m_charts.at(side); }
    [[nodiscard]] QComboBox* algorithmCombo(std::size_t side) const { return m_combos.at(side); }
    [[nodiscard]] QTableWidget* percentileTable() const { return m_table; }
    [[nodiscard]] QString headerText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showResult(std::size_t side);
    void fillTable();

    QLabel* m_header;
    QLabel* m_rateLabel;
    QSpinBox* m_rate;
    QLabel* m_durationLabel;
    QSpinBox* m_duration;
    QLabel* m_seedLabel;
    QSpinBox* m_seed;
    QPushButton* m_runButton;
    std::array<QComboBox*, 2> m_combos{};
    std::array<BarChartWidget*, 2> m_charts{};
    QTableWidget* m_table;
    std::vector<balance::LbSimBackend> m_backends;
    std::array<balance::LbSimResult, 2> m_results{};
    bool m_ran = false;
};

} // namespace hopscope::gui
