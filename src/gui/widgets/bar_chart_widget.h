// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "chart_widget.h"

#include <QColor>
#include <QList>
#include <QString>
#include <memory>

namespace hopscope::gui {

// One bar: a category with its value and colour.
struct ChartBar {
    QString label;
    QString shortLabel; // used when the label does not fit under its bar (empty: elided)
    double value = 0.0;
    QColor colour;
    Qt::PenStyle outline = Qt::SolidLine;

    bool operator==(const ChartBar&) const = default;
};

// A bar chart of one value per category, each bar in its own colour, with the value printed
// on it. Drawn by Qt Charts today; nothing of Qt Charts shows through this header.
class BarChartWidget : public ChartWidget {
    Q_OBJECT
public:
    explicit BarChartWidget(QWidget* parent = nullptr);
    ~BarChartWidget() override;

    // Values change in place (no flicker); a new set of categories rebuilds the bars.
    void setBars(const QList<ChartBar>& bars);
    [[nodiscard]] const QList<ChartBar>& bars() const { return m_bars; }
    [[nodiscard]] double total() const;
    void setValueAxisTitle(const QString& title);

protected:
    void restyle() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Chart;
    void rebuild();
    // Full labels when they fit under the bars, short ones when not.
    void relabel();
    void rescale();

    std::unique_ptr<Chart> m_chart;
    QList<ChartBar> m_bars;
};

} // namespace hopscope::gui
