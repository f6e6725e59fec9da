// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "bar_chart_widget.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

// Qt Charts' objects, kept out of the header. A stacked series with one set per bar (its value
// in its own category, zero elsewhere) gives each bar its own colour and full width.
struct BarChartWidget::Chart {
    QChart* chart = nullptr;
    QChartView* view = nullptr;
    QStackedBarSeries* series = nullptr;
    QBarCategoryAxis* categories = nullptr;
    QValueAxis* values = nullptr;
    QList<QBarSet*> sets;
};

BarChartWidget::BarChartWidget(QWidget* parent)
    : ChartWidget(parent), m_chart(std::make_unique<Chart>()) {
    Chart& c = *m_chart;
    c.chart = new QChart();
    c.chart->legend()->hide();
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->setBackgroundRoundness(0);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.series = new QStackedBarSeries(c.chart);
    c.series->setBarWidth(0.7);
    c.series->setLabelsVisible(true);
    c.series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    c.series->setLabelsFormat(QStringLiteral("@value"));
    c.series->setLabelsPrecision(12);
    c.chart->addSeries(c.series);
    c.categories = new QBarCategoryAxis(c.chart);
    c.values = new QValueAxis(c.chart);
    c.values->setLabelFormat(QStringLiteral("%d"));
    c.values->setRange(0, 1);
    c.chart->addAxis(c.categories, Qt::AlignBottom);
    c.chart->addAxis(c.values, Qt::AlignLeft);
    c.series->attachAxis(c.categories);
    c.series->attachAxis(c.values);
    c.view = new QChartView(c.chart, this); // takes the chart
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setFrameShape(QFrame::NoFrame);
    c.view->setMinimumSize(120, 90);
    setBody(c.view);
    restyle();
}

BarChartWidget::~BarChartWidget() = default;

double BarChartWidget::total() const {
    double sum = 0.0;
    for (const ChartBar& bar : m_bars) {
        sum += bar.value;
    }
    return sum;
}

void BarChartWidget::setValueAxisTitle(const QString& title) {
    m_chart->values->setTitleText(title);
}

void BarChartWidget::setBars(const QList<ChartBar>& bars) {
    bool sameCategories = bars.size() == m_bars.size();
    for (qsizetype i = 0; sameCategories && i < bars.size(); ++i) {
        sameCategories = bars[i].label == m_bars[i].label &&
                         bars[i].shortLabel == m_bars[i].shortLabel &&
                         bars[i].colour == m_bars[i].colour && bars[i].outline == m_bars[i].outline;
    }
    m_bars = bars;
    if (!sameCategories) {
        rebuild();
    } else {
        for (qsizetype i = 0; i < m_bars.size(); ++i) {
            if (m_chart->sets[i]->at(static_cast<int>(i)) != m_bars[i].value) {
                m_chart->sets[i]->replace(static_cast<int>(i), m_bars[i].value);
            }
        }
    }
    rescale();
}

void BarChartWidget::rebuild() {
    Chart& c = *m_chart;
    c.series->clear(); // deletes the old sets
    c.sets.clear();
    relabel();
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        auto* set = new QBarSet(m_bars[i].label);
        QList<qreal> values(m_bars.size(), 0.0);
        values[i] = m_bars[i].value;
        set->append(values);
        c.sets << set;
    }
    c.series->append(c.sets);
    restyle();
}

void BarChartWidget::resizeEvent(QResizeEvent* event) {
    ChartWidget::resizeEvent(event);
    relabel();
}

void BarChartWidget::relabel() {
    const QFontMetricsF fm(labelFont());
    const double perBar = (m_chart->view->width() - 60.0) / std::max<double>(1.0, m_bars.size());
    bool fits = true;
    for (const ChartBar& bar : m_bars) {
        fits = fits && fm.horizontalAdvance(bar.label) <= perBar * 0.95;
    }
    QStringList labels;
    for (const ChartBar& bar : m_bars) {
        labels << (fits || bar.shortLabel.isEmpty() ? bar.label : bar.shortLabel);
    }
    if (labels != m_chart->categories->categories()) {
        m_chart->categories->setCategories(labels);
    }
}

void BarChartWidget::rescale() {
    double top = 0.0;
    for (const ChartBar& bar : m_bars) {
        top = std::max(top, bar.value);
    }
    // Head room for the label on the tallest bar; the axis only ever steps to nice values.
    const double max = ChartWidget::niceCeiling(std::max(5.0, top * 1.08));
    if (m_chart->values->max() != max) {
        // Ticks at round numbers: a fifth (or a quarter) of a nice maximum is round too. The
        // interval is set before the range: the other way round the axis briefly lays out the
        // new range at the old interval, which for a count that grew to 100,000 meant creating
        // tens of thousands of tick items and stalling the GUI for seconds.
        const double fifth = max / 5;
        const bool whole = std::abs(fifth - std::round(fifth)) < 1e-9;
        m_chart->values->setTickType(QValueAxis::TicksDynamic);
        m_chart->values->setTickAnchor(0);
        m_chart->values->setTickInterval(whole || max < 5 ? fifth : max / 4);
        m_chart->values->setRange(0, max);
    }
}

void BarChartWidget::restyle() {
    Chart& c = *m_chart;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    c.chart->setBackgroundBrush(pal.color(QPalette::Base));
    c.chart->setBackgroundPen(Qt::NoPen);
    c.chart->setPlotAreaBackgroundVisible(false);
    const QFont font = labelFont();
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(c.categories), static_cast<QAbstractAxis*>(c.values)}) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(text);
        axis->setTitleFont(font);
        axis->setTitleBrush(text);
        QColor grid = text;
        grid.setAlphaF(0.15F);
        axis->setGridLineColor(grid);
        QColor line = text;
        line.setAlphaF(0.5F);
        axis->setLinePenColor(line);
    }
    c.categories->setGridLineVisible(false);
    for (qsizetype i = 0; i < c.sets.size() && i < m_bars.size(); ++i) {
        QBarSet* set = c.sets[i];
        set->setColor(m_bars[i].colour);
        QPen edge(m_bars[i].colour.lightness() > 180 ? m_bars[i].colour.darker(170)
                                                     : m_bars[i].colour.darker(130));
        edge.setWidthF(1.2 * displayScale());
        edge.setStyle(m_bars[i].outline);
        set->setPen(edge);
        set->setLabelFont(font);
        const QColor fill = m_bars[i].colour;
        const double luminance =
            0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
        set->setLabelColor(luminance > 0.4 ? Qt::black : Qt::white);
    }
}

} // namespace hopscope::gui
