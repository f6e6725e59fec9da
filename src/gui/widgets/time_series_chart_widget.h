// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "chart_widget.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QVector>

class QCustomPlot;

namespace hopscope::gui {

// One line of a time series chart.
struct ChartLine {
    QString name;
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
    QVector<double> x; // seconds, ascending
    QVector<double> y;
};

// Lines over time (the x axis in seconds) with a legend, for throughput and latency. Drawn by
// QCustomPlot, which redraws a few hundred points far below a frame's budget.
class TimeSeriesChartWidget : public ChartWidget {
    Q_OBJECT
public:
    explicit TimeSeriesChartWidget(QWidget* parent = nullptr);

    void setLines(const QList<ChartLine>& lines);
    [[nodiscard]] const QList<ChartLine>& lines() const { return m_lines; }
    void setXRange(double min, double max);
    void setAxisTitles(const QString& x, const QString& y);
    // The y axis starts at 0 and ends at a nice value above the highest point shown, never
    // below `floor` (so an idle chart does not magnify noise).
    void setYFloor(double floor);
    [[nodiscard]] double yMax() const;
    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }

protected:
    void restyle() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void replot();
    // As many legend entries side by side as the width allows.
    void rewrapLegend();

    QCustomPlot* m_plot;
    QList<ChartLine> m_lines;
    double m_xMin = -60.0;
    double m_xMax = 0.0;
    double m_yFloor = 1.0;
};

} // namespace hopscope::gui
