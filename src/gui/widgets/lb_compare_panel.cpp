// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_compare_panel.h"

#include "backend_colours.h"
#include "bar_chart_widget.h"
#include "gui/text/lb_algorithm_text.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hopscope::gui {

namespace {

enum Row { P50, P90, P99, Max, Requests, Errors500, Rejected503, LongestQueue, Rows };

QString milliseconds(std::int64_t ns) {
    return QLocale().toString(static_cast<double>(ns) / 1e6, 'f', 1);
}

bool sameBackends(const std::vector<balance::LbSimBackend>& a,
                  const std::vector<balance::LbSimBackend>& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) {
               return x.name == y.name && x.weight == y.weight && x.settings == y.settings;
           });
}

} // namespace

LbComparePanel::LbComparePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lbComparePanel"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("compareHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setBackgroundRole(QPalette::AlternateBase);
    m_header->setAutoFillBackground(true);
    m_header->setMargin(6);
    layout->addWidget(m_header);

    auto* setupRow = new QHBoxLayout;
    m_rateLabel = new QLabel(this);
    m_rate = new QSpinBox(this);
    m_rate->setRange(1, 2000);
    m_rate->setValue(50);
    m_rate->setKeyboardTracking(false);
    m_rateLabel->setBuddy(m_rate);
    m_durationLabel = new QLabel(this);
    m_duration = new QSpinBox(this);
    m_duration->setRange(1, 600);
    m_duration->setValue(60);
    m_duration->setKeyboardTracking(false);
    m_durationLabel->setBuddy(m_duration);
    m_seedLabel = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    m_seed->setKeyboardTracking(false);
    m_seedLabel->setBuddy(m_seed);
    m_runButton = new QPushButton(this);
    for (QWidget* w : std::initializer_list<QWidget*>{m_rateLabel, m_rate, m_durationLabel,
                                                      m_duration, m_seedLabel, m_seed}) {
        setupRow->addWidget(w);
    }
    setupRow->addStretch(1);
    setupRow->addWidget(m_runButton);
    layout->addLayout(setupRow);

    auto* sides = new QGridLayout;
    for (std::size_t side = 0; side < 2; ++side) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("compareAlgorithm%1").arg(side));
        for (const balance::AlgorithmKind kind : balance::kAllAlgorithms) {
            combo->addItem(LbAlgorithmText::name(kind), static_cast<int>(kind));
        }
        m_combos[side] = combo;
        m_charts[side] = new BarChartWidget(this);
        const int column = static_cast<int>(side);
        sides->addWidget(combo, 0, column);
        sides->addWidget(m_charts[side], 1, column);
        connect(combo, &QComboBox::activated, this, [this] { run(); });
    }
    sides->setRowStretch(1, 1);
    layout->addLayout(sides, 1);

    m_table = new QTableWidget(Rows, 2, this);
    m_table->setObjectName(QStringLiteral("comparePercentiles"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_table);

    setAlgorithms(balance::AlgorithmKind::RoundRobin, balance::AlgorithmKind::LeastConnections);
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    for (QSpinBox* spin : {m_rate, m_duration, m_seed}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] { run(); });
    }
    retranslate();
}

void LbComparePanel::setBackends(const std::vector<balance::LbSimBackend>& backends) {
    if (sameBackends(backends, m_backends)) {
        return;
    }
    m_backends = backends;
    run();
}

void LbComparePanel::setAlgorithms(balance::AlgorithmKind a, balance::AlgorithmKind b) {
    m_combos[0]->setCurrentIndex(m_combos[0]->findData(static_cast<int>(a)));
    m_combos[1]->setCurrentIndex(m_combos[1]->findData(static_cast<int>(b)));
}

void LbComparePanel::setRate(double ratePerSecond) {
    m_rate->setValue(static_cast<int>(ratePerSecond));
}

void LbComparePanel::setDisplayScale(double scale) {
    for (BarChartWidget* chart : m_charts) {
        chart->setDisplayScale(scale);
    }
}

balance::LbComparisonSetup LbComparePanel::setup() const {
    balance::LbComparisonSetup s;
    s.backends = m_backends;
    s.ratePerSecond = m_rate->value();
    s.durationNs = static_cast<std::int64_t>(m_duration->value()) * 1'000'000'000;
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    return s;
}

void LbComparePanel::run() {
    if (m_backends.empty()) {
        return;
    }
    const balance::LbComparisonSetup s = setup();
    for (std::size_t side = 0; side < 2; ++side) {
        const auto kind =
            static_cast<balance::AlgorithmKind>(m_combos[side]->currentData().toInt());
        m_results[side] = balance::LbComparison::run(s, kind);
        showResult(side);
    }
    m_ran = true;
    fillTable();
    m_header->setText(headerText());
}

void LbComparePanel::showResult(std::size_t side) {
    const balance::LbSimResult& r = m_results[side];
    QList<ChartBar> bars;
    for (const balance::BackendMetricsSnapshot& b : r.metrics.backends) {
        bars << ChartBar{QString::fromStdString(b.name), QString::number(b.index + 1),
                         static_cast<double>(b.completed), BackendColours::fill(b.index),
                         BackendColours::outlineStyle(b.index)};
    }
    m_charts[side]->setBars(bars);
    m_charts[side]->setTitle(
        tr("%1: requests per backend").arg(LbAlgorithmText::name(r.algorithm)));
}

void LbComparePanel::fillTable() {
    const QLocale locale;
    for (std::size_t side = 0; side < 2; ++side) {
        const balance::LbSimResult& r = m_results[side];
        const balance::BackendMetricsSnapshot& t = r.metrics.total;
        const QStringList values{
            tr("%1 ms").arg(milliseconds(t.p50Ns)),
            tr("%1 ms").arg(milliseconds(t.p90Ns)),
            tr("%1 ms").arg(milliseconds(t.p99Ns)),
            tr("%1 ms").arg(milliseconds(t.maxNs)),
            locale.toString(static_cast<qulonglong>(r.requests)),
            locale.toString(static_cast<qulonglong>(r.errors500)),
            locale.toString(static_cast<qulonglong>(r.rejected503 + r.metrics.unrouted)),
            locale.toString(static_cast<qulonglong>(r.maxQueue))};
        for (int row = 0; row < Rows; ++row) {
            auto* item = new QTableWidgetItem(values[row]);
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, static_cast<int>(side), item);
        }
        m_table->setHorizontalHeaderItem(static_cast<int>(side),
                                         new QTableWidgetItem(LbAlgorithmText::name(r.algorithm)));
    }
    // Rows as tall as a line of the current font, however the table was filled.
    const int row = fontMetrics().height() + 6;
    m_table->verticalHeader()->setDefaultSectionSize(row);
    for (int r = 0; r < Rows; ++r) {
        m_table->setRowHeight(r, row);
    }
}

QString LbComparePanel::headerText() const {
    const balance::LbComparisonSetup s = setup();
    const QLocale locale;
    const std::size_t requests = m_ran ? m_results[0].requests : 0;
    // At high rates the run stops at maxRequests: say how long that covers, not the setting.
    double seconds = static_cast<double>(s.durationNs) / 1e9;
    if (requests >= s.maxRequests && s.ratePerSecond > 0) {
        seconds = std::min(seconds, static_cast<double>(requests) / s.ratePerSecond);
    }
    return tr("Simulated, same arrivals: both algorithms get the identical sequence of %1 "
              "requests (Poisson arrivals at %2/s for %3 s from 4 clients, seed %4) and the "
              "identical service times, on the backends as configured in the Live tab, all up. "
              "This runs the real balancing code in a simulation, not live traffic: there is no "
              "network, so a latency is queueing plus service time. Try it with one backend slower "
              "than the others.")
        .arg(locale.toString(static_cast<qulonglong>(requests)))
        .arg(locale.toString(s.ratePerSecond))
        .arg(locale.toString(seconds, 'g', 3))
        .arg(s.seed);
}

void LbComparePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LbComparePanel::retranslate() {
    m_rateLabel->setText(tr("&Rate:"));
    m_rate->setSuffix(tr(" requests/s"));
    m_durationLabel->setText(tr("&Duration:"));
    m_duration->setSuffix(tr(" s"));
    m_seedLabel->setText(tr("S&eed:"));
    m_runButton->setText(tr("Run again"));
    m_table->setVerticalHeaderLabels({tr("p50 latency"), tr("p90 latency"), tr("p99 latency"),
                                      tr("slowest"), tr("requests"), tr("500 (backend errors)"),
                                      tr("503 (queue full or no backend)"), tr("longest queue")});
    for (std::size_t side = 0; side < 2; ++side) {
        for (int i = 0; i < m_combos[side]->count(); ++i) {
            const auto kind =
                static_cast<balance::AlgorithmKind>(m_combos[side]->itemData(i).toInt());
            m_combos[side]->setItemData(i, LbAlgorithmText::description(kind), Qt::ToolTipRole);
        }
    }
    if (m_ran) {
        showResult(0);
        showResult(1);
        fillTable();
    }
    m_header->setText(headerText());
}

} // namespace hopscope::gui
