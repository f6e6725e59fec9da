// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "time_series_chart_widget.h"

#include <algorithm>
#include <cmath>
#include <utility>

// qcustomplot.h 2.1 loops with Qt's foreach in a few inline templates, which our strict defines
// (QT_NO_FOREACH) switch off; those loops only read, so a range-for means the same there.
#define foreach(variable, container) for (variable : std::as_const(container))
#include <qcustomplot.h>
#undef foreach

namespace hopscope::gui {

TimeSeriesChartWidget::TimeSeriesChartWidget(QWidget* parent)
    : ChartWidget(parent), m_plot(new QCustomPlot(this)) {
    m_plot->setMinimumSize(120, 90);
    m_plot->setNoAntialiasingOnDrag(true);
    // The legend goes under the plot rather than over the lines it names.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setMargins(QMargins(4, 1, 4, 1));
    m_plot->xAxis->setRange(m_xMin, m_xMax);
    m_plot->yAxis->setRange(0, m_yFloor);
    setBody(m_plot);
    restyle();
}

void TimeSeriesChartWidget::setLines(const QList<ChartLine>& lines) {
    const bool sameLines =
        lines.size() == m_lines.size() &&
        std::equal(lines.begin(), lines.end(), m_lines.begin(), [](const auto& a, const auto& b) {
            return a.name == b.name && a.colour == b.colour && a.style == b.style;
        });
    m_lines = lines;
    if (!sameLines) {
        m_plot->clearGraphs();
        for (const ChartLine& line : m_lines) {
            QCPGraph* graph = m_plot->addGraph();
            graph->setName(line.name);
        }
        restyle();
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        m_plot->graph(static_cast<int>(i))->setData(m_lines[i].x, m_lines[i].y, true);
    }
    replot();
}

void TimeSeriesChartWidget::setXRange(double min, double max) {
    m_xMin = min;
    m_xMax = max;
    replot();
}

void TimeSeriesChartWidget::setAxisTitles(const QString& x, const QString& y) {
    m_plot->xAxis->setLabel(x);
    m_plot->yAxis->setLabel(y);
    replot();
}

void TimeSeriesChartWidget::setYFloor(double floor) {
    m_yFloor = floor;
    replot();
}

void TimeSeriesChartWidget::resizeEvent(QResizeEvent* event) {
    ChartWidget::resizeEvent(event);
    rewrapLegend();
}

void TimeSeriesChartWidget::rewrapLegend() {
    const QFontMetricsF fm(m_plot->legend->font());
    double widest = 0;
    for (const ChartLine& line : m_lines) {
        widest = std::max(widest, fm.horizontalAdvance(line.name));
    }
    const double item =
        widest + m_plot->legend->iconSize().width() + m_plot->legend->iconTextPadding() + 16;
    const int columns = std::max(1, static_cast<int>((width() - 16) / item));
    if (columns != m_plot->legend->wrap()) {
        m_plot->legend->setWrap(columns);
        // setWrap() alone leaves the entries where they are.
        m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

double TimeSeriesChartWidget::yMax() const {
    return m_plot->yAxis->range().upper;
}

void TimeSeriesChartWidget::replot() {
    double top = 0.0;
    for (const ChartLine& line : m_lines) {
        for (qsizetype k = 0; k < line.x.size() && k < line.y.size(); ++k) {
            if (line.x[k] >= m_xMin && line.x[k] <= m_xMax) {
                top = std::max(top, line.y[k]);
            }
        }
    }
    m_plot->xAxis->setRange(m_xMin, m_xMax);
    m_plot->yAxis->setRange(0, ChartWidget::niceCeiling(std::max(m_yFloor, top * 1.1)));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimeSeriesChartWidget::restyle() {
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const double s = displayScale();
    m_plot->setBackground(pal.color(QPalette::Base));
    QColor grid = text;
    grid.setAlphaF(0.15F);
    QColor axisLine = text;
    axisLine.setAlphaF(0.5F);
    const QFont font = labelFont();
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setBasePen(QPen(axisLine, 1.0 * s));
        axis->setTickPen(QPen(axisLine, 1.0 * s));
        axis->setSubTickPen(QPen(axisLine, 0.8 * s));
        axis->grid()->setPen(QPen(grid, 1.0 * s));
    }
    m_plot->legend->setFont(labelFont(0.8));
    m_plot->legend->setTextColor(text);
    QColor legendBack = pal.color(QPalette::Base);
    legendBack.setAlphaF(0.8F);
    m_plot->legend->setBrush(legendBack);
    m_plot->legend->setBorderPen(QPen(grid));
    m_plot->legend->setIconSize(static_cast<int>(18 * s), static_cast<int>(8 * s));
    for (qsizetype i = 0; i < m_lines.size() && i < m_plot->graphCount(); ++i) {
        QPen pen(m_lines[i].colour, 2.0 * s, m_lines[i].style, Qt::RoundCap, Qt::RoundJoin);
        m_plot->graph(static_cast<int>(i))->setPen(pen);
    }
    rewrapLegend();
    replot();
}

} // namespace hopscope::gui
