// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_controls_panel.h"

#include "backend_colours.h"
#include "gui/text/lb_algorithm_text.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

namespace {

constexpr int kDefaultRate = 50;
constexpr int kDefaultConcurrency = 4;
constexpr std::int64_t kNsPerMs = 1'000'000;

// A swatch with the backend's number on it, so the colour is never the only clue.
QIcon swatch(std::size_t index, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(BackendColours::outline(index), 1.0, BackendColours::outlineStyle(index)));
    p.setBrush(BackendColours::fill(index));
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 3, 3);
    QFont f = QApplication::font();
    f.setPixelSize(std::max(7, size * 6 / 10));
    f.setBold(true);
    p.setFont(f);
    p.setPen(BackendColours::textOn(index));
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString::number(index + 1));
    return QIcon(pixmap);
}

QSpinBox* tableSpin(int min, int max, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight);
    spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    return spin;
}

} // namespace

LbControlsPanel::LbControlsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lbControlsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // Traffic.
    m_trafficBox = new QGroupBox(this);
    auto* traffic = new QFormLayout(m_trafficBox);
    traffic->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_algorithmLabel = new QLabel(m_trafficBox);
    m_algorithm = new QComboBox(m_trafficBox);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    m_algorithm->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_algorithm->setMinimumContentsLength(10);
    for (const balance::AlgorithmKind kind : balance::kAllAlgorithms) {
        m_algorithm->addItem(LbAlgorithmText::name(kind), static_cast<int>(kind));
    }
    m_algorithmLabel->setBuddy(m_algorithm);
    traffic->addRow(m_algorithmLabel, m_algorithm);
    m_algorithmHelp = new QLabel(m_trafficBox);
    m_algorithmHelp->setWordWrap(true);
    m_algorithmHelp->setForegroundRole(QPalette::PlaceholderText);
    traffic->addRow(m_algorithmHelp);

    m_modeLabel = new QLabel(m_trafficBox);
    m_mode = new QComboBox(m_trafficBox);
    m_mode->setObjectName(QStringLiteral("loadModeCombo"));
    m_mode->addItem(QString(), static_cast<int>(engine::LoadMode::OpenLoop));
    m_mode->addItem(QString(), static_cast<int>(engine::LoadMode::ClosedLoop));
    m_modeLabel->setBuddy(m_mode);
    traffic->addRow(m_modeLabel, m_mode);
    m_amount = new QStackedWidget(m_trafficBox);
    m_rate = new QSpinBox(m_amount);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(1, 5000);
    m_rate->setValue(kDefaultRate);
    m_rate->setKeyboardTracking(false);
    m_concurrency = new QSpinBox(m_amount);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(kDefaultConcurrency);
    m_concurrency->setKeyboardTracking(false);
    m_amount->addWidget(m_rate);
    m_amount->addWidget(m_concurrency);
    traffic->addRow(m_amount);
    m_loadButton = new QPushButton(m_trafficBox);
    m_loadButton->setObjectName(QStringLiteral("loadButton"));
    m_loadButton->setCheckable(true);
    traffic->addRow(m_loadButton);
    m_stats = new QLabel(m_trafficBox);
    m_stats->setObjectName(QStringLiteral("loadStatsLabel"));
    m_stats->setWordWrap(true);
    m_stats->setTextFormat(Qt::PlainText);
    traffic->addRow(m_stats);
    layout->addWidget(m_trafficBox);

    // Backends.
    m_backendsBox = new QGroupBox(this);
    auto* backends = new QVBoxLayout(m_backendsBox);
    auto* countRow = new QHBoxLayout;
    m_countLabel = new QLabel(m_backendsBox);
    m_count = new QSpinBox(m_backendsBox);
    m_count->setObjectName(QStringLiteral("backendCountSpin"));
    m_count->setRange(1, static_cast<int>(engine::LoadBalancerStack::kMaxBackends));
    m_count->setValue(3);
    m_count->setKeyboardTracking(false);
    m_countLabel->setBuddy(m_count);
    countRow->addWidget(m_countLabel);
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    backends->addLayout(countRow);
    m_table = new QTableWidget(0, Columns, m_backendsBox);
    m_table->setObjectName(QStringLiteral("backendTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    backends->addWidget(m_table);
    m_tableHelp = new QLabel(m_backendsBox);
    m_tableHelp->setWordWrap(true);
    m_tableHelp->setForegroundRole(QPalette::PlaceholderText);
    backends->addWidget(m_tableHelp);
    layout->addWidget(m_backendsBox);

    // From outside the app.
    m_outsideBox = new QGroupBox(this);
    auto* outside = new QVBoxLayout(m_outsideBox);
    m_outsideHelp = new QLabel(m_outsideBox);
    m_outsideHelp->setWordWrap(true);
    outside->addWidget(m_outsideHelp);
    auto* endpointRow = new QHBoxLayout;
    m_endpoint = new QLineEdit(m_outsideBox);
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setReadOnly(true);
    m_endpoint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QToolButton(m_outsideBox);
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_copy);
    outside->addLayout(endpointRow);
    m_configButton = new QPushButton(m_outsideBox);
    m_configButton->setObjectName(QStringLiteral("showConfigButton"));
    outside->addWidget(m_configButton);
    layout->addWidget(m_outsideBox);
    layout->addStretch(1);

    connect(m_algorithm, &QComboBox::activated, this, [this] {
        m_algorithmHelp->setText(LbAlgorithmText::description(algorithm()));
        emit algorithmChanged(algorithm());
    });
    connect(m_mode, &QComboBox::activated, this, &LbControlsPanel::onModeChanged);
    connect(m_rate, &QSpinBox::valueChanged, this, [this] { emit loadChanged(); });
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this] { emit loadChanged(); });
    connect(m_loadButton, &QPushButton::clicked, this, [this](bool checked) {
        setLoadRunning(checked);
        emit loadToggled(checked);
    });
    connect(m_count, &QSpinBox::valueChanged, this,
            [this](int count) { emit backendCountChanged(count); });
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_endpoint->text()); });
    connect(m_configButton, &QPushButton::clicked, this, [this] { emit showConfigRequested(); });

    retranslate();
    setLoadRunning(false);
}

void LbControlsPanel::setAlgorithm(balance::AlgorithmKind kind) {
    const int row = m_algorithm->findData(static_cast<int>(kind));
    if (row >= 0 && row != m_algorithm->currentIndex()) {
        m_algorithm->setCurrentIndex(row);
    }
    m_algorithmHelp->setText(LbAlgorithmText::description(kind));
}

balance::AlgorithmKind LbControlsPanel::algorithm() const {
    return static_cast<balance::AlgorithmKind>(m_algorithm->currentData().toInt());
}

engine::TrafficConfig LbControlsPanel::loadConfig() const {
    engine::TrafficConfig config;
    config.mode = static_cast<engine::LoadMode>(m_mode->currentData().toInt());
    config.ratePerSecond = m_rate->value();
    config.concurrency = static_cast<std::uint32_t>(m_concurrency->value());
    config.durationNs = 0; // until stopped
    return config;
}

void LbControlsPanel::onModeChanged() {
    const bool open =
        static_cast<engine::LoadMode>(m_mode->currentData().toInt()) == engine::LoadMode::OpenLoop;
    m_amount->setCurrentWidget(open ? static_cast<QWidget*>(m_rate) : m_concurrency);
    emit loadChanged();
}

void LbControlsPanel::setLoadRunning(bool running) {
    m_loadRunning = running;
    m_loadButton->setChecked(running);
    m_loadButton->setText(running ? tr("■ Stop load") : tr("▶ Start load"));
}

void LbControlsPanel::setLoadStats(const engine::TrafficStats& stats, bool running) {
    m_lastStats = stats;
    m_lastStatsRunning = running;
    const QLocale locale;
    auto n = [&locale](std::uint64_t v) { return locale.toString(static_cast<qulonglong>(v)); };
    if (stats.sent == 0 && !running) {
        m_stats->setText(tr("No load from the built-in clients yet."));
        return;
    }
    QStringList statuses;
    for (const auto& [status, count] : stats.byStatus) {
        statuses << tr("%1: %2").arg(status).arg(n(count));
    }
    QString text =
        tr("Built-in clients sent %1, answered %2").arg(n(stats.sent), n(stats.completed));
    if (!statuses.isEmpty()) {
        text += QStringLiteral(" (") + statuses.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (stats.failed > 0) {
        text += tr(", no answer %1").arg(n(stats.failed));
    }
    if (stats.dropped > 0) {
        text += tr(", not sent %1 (too many waiting)").arg(n(stats.dropped));
    }
    if (stats.completed > 0) {
        text += tr("; p50 %1 ms, p99 %2 ms")
                    .arg(locale.toString(static_cast<double>(stats.p50Ns) / 1e6, 'f', 1),
                         locale.toString(static_cast<double>(stats.p99Ns) / 1e6, 'f', 1));
    }
    m_stats->setText(text + QLatin1Char('.'));
}

void LbControlsPanel::setEndpoint(const QString& url) {
    m_endpoint->setText(url);
    m_endpoint->setCursorPosition(0);
}

int LbControlsPanel::rowOf(std::size_t index) const {
    const auto it = std::find(m_rows.begin(), m_rows.end(), index);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

http::BackendSettings LbControlsPanel::settingsOfRow(int row) const {
    http::BackendSettings s;
    s.name = m_table->item(row, Name)->text().toStdString();
    s.capacity = static_cast<std::uint32_t>(
        qobject_cast<QSpinBox*>(m_table->cellWidget(row, Capacity))->value());
    s.serviceTimeMeanNs =
        static_cast<std::int64_t>(
            qobject_cast<QSpinBox*>(m_table->cellWidget(row, ServiceTime))->value()) *
        kNsPerMs;
    s.serviceTime =
        qobject_cast<QComboBox*>(m_table->cellWidget(row, Distribution))->currentIndex() == 0
            ? http::ServiceTimeKind::Fixed
            : http::ServiceTimeKind::Exponential;
    s.errorRate = qobject_cast<QSpinBox*>(m_table->cellWidget(row, ErrorRate))->value() / 100.0;
    return s;
}

engine::StackBackend LbControlsPanel::newBackend() const {
    engine::StackBackend b;
    if (m_table->rowCount() > 0) {
        const int last = m_table->rowCount() - 1;
        b.settings = settingsOfRow(last);
        b.weight = static_cast<std::uint32_t>(
            qobject_cast<QSpinBox*>(m_table->cellWidget(last, Weight))->value());
    }
    b.settings.name.clear(); // the stack names it "backend-N"
    return b;
}

void LbControlsPanel::setBackends(const std::vector<engine::BackendView>& backends) {
    std::vector<const engine::BackendView*> live;
    for (const engine::BackendView& b : backends) {
        if (!b.removed) {
            live.push_back(&b);
        }
    }
    std::sort(live.begin(), live.end(),
              [](const auto* a, const auto* b) { return a->index < b->index; });
    bool same = live.size() == m_rows.size();
    for (std::size_t k = 0; same && k < live.size(); ++k) {
        same = live[k]->index == m_rows[k];
    }
    if (!same) {
        m_filling = true;
        // Rows of backends that stay keep their editors; the others go or come.
        for (int row = m_table->rowCount() - 1; row >= 0; --row) {
            const std::size_t index = m_rows[static_cast<std::size_t>(row)];
            const bool stays = std::any_of(live.begin(), live.end(),
                                           [index](const auto* b) { return b->index == index; });
            if (!stays) {
                m_table->removeRow(row);
                m_rows.erase(m_rows.begin() + row);
                m_alive.erase(m_alive.begin() + row);
            }
        }
        for (const engine::BackendView* b : live) {
            if (rowOf(b->index) < 0) {
                addRow(*b);
            }
        }
        m_filling = false;
        if (m_count->value() != static_cast<int>(live.size()) && !m_count->hasFocus()) {
            const QSignalBlocker block(m_count);
            m_count->setValue(static_cast<int>(live.size()));
        }
    }
    for (const engine::BackendView* b : live) {
        const int row = rowOf(b->index);
        if (row >= 0 && m_alive[static_cast<std::size_t>(row)] != b->alive) {
            m_alive[static_cast<std::size_t>(row)] = b->alive;
            refreshStateButton(row);
        }
    }
}

void LbControlsPanel::addRow(const engine::BackendView& backend) {
    // Rows stay in pool order.
    int row = 0;
    while (row < static_cast<int>(m_rows.size()) &&
           m_rows[static_cast<std::size_t>(row)] < backend.index) {
        ++row;
    }
    m_table->insertRow(row);
    m_rows.insert(m_rows.begin() + row, backend.index);
    m_alive.insert(m_alive.begin() + row, backend.alive);
    const std::size_t index = backend.index;
    const int icon = static_cast<int>(std::lround(16 * m_scale));

    auto* name = new QTableWidgetItem(swatch(index, icon), QString::fromStdString(backend.name));
    name->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, Name, name);

    auto* weight = tableSpin(0, 256, m_table);
    weight->setValue(static_cast<int>(backend.weight));
    m_table->setCellWidget(row, Weight, weight);
    connect(weight, &QSpinBox::valueChanged, this, [this, index](int value) {
        if (!m_filling) {
            emit weightChanged(index, static_cast<std::uint32_t>(value));
        }
    });

    auto* capacity = tableSpin(0, 10000, m_table);
    capacity->setSpecialValueText(QStringLiteral("∞"));
    capacity->setValue(static_cast<int>(backend.settings.capacity));
    m_table->setCellWidget(row, Capacity, capacity);

    auto* service = tableSpin(0, 10000, m_table);
    service->setSuffix(tr(" ms"));
    service->setValue(static_cast<int>(backend.settings.serviceTimeMeanNs / kNsPerMs));
    m_table->setCellWidget(row, ServiceTime, service);

    auto* distribution = new QComboBox(m_table);
    distribution->setFrame(false);
    distribution->addItem(tr("fixed"));
    distribution->addItem(tr("random"));
    distribution->setCurrentIndex(backend.settings.serviceTime == http::ServiceTimeKind::Fixed ? 0
                                                                                               : 1);
    m_table->setCellWidget(row, Distribution, distribution);

    auto* errors = tableSpin(0, 100, m_table);
    errors->setSuffix(QStringLiteral(" %"));
    errors->setValue(static_cast<int>(std::lround(backend.settings.errorRate * 100.0)));
    m_table->setCellWidget(row, ErrorRate, errors);

    auto* state = new QPushButton(m_table);
    state->setFlat(true);
    m_table->setCellWidget(row, State, state);
    connect(state, &QPushButton::clicked, this, [this, index] {
        const int r = rowOf(index);
        if (r < 0) {
            return;
        }
        const bool alive = !m_alive[static_cast<std::size_t>(r)];
        m_alive[static_cast<std::size_t>(r)] = alive;
        refreshStateButton(r);
        emit backendAliveChanged(index, alive);
    });

    auto edited = [this, index] {
        const int r = rowOf(index);
        if (!m_filling && r >= 0) {
            onRowEdited(r);
        }
    };
    connect(capacity, &QSpinBox::valueChanged, this, edited);
    connect(service, &QSpinBox::valueChanged, this, edited);
    connect(errors, &QSpinBox::valueChanged, this, edited);
    connect(distribution, &QComboBox::activated, this, edited);
    refreshStateButton(row);
}

void LbControlsPanel::onRowEdited(int row) {
    emit backendSettingsChanged(m_rows[static_cast<std::size_t>(row)], settingsOfRow(row));
}

void LbControlsPanel::refreshStateButton(int row) {
    auto* button = qobject_cast<QPushButton*>(m_table->cellWidget(row, State));
    if (button == nullptr) {
        return;
    }
    const bool alive = m_alive[static_cast<std::size_t>(row)];
    button->setText(alive ? tr("✖ Kill") : tr("↺ Revive"));
    button->setToolTip(alive ? tr("Stop this backend's server as a crash would: its "
                                  "connections are reset and health checks notice")
                             : tr("Start this backend's server again on the same port; health "
                                  "checks bring it back"));
}

void LbControlsPanel::setDisplayScale(double scale) {
    m_scale = scale;
    const int icon = static_cast<int>(std::lround(16 * scale));
    m_table->setIconSize(QSize(icon, icon));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->item(row, Name)->setIcon(swatch(m_rows[static_cast<std::size_t>(row)], icon));
    }
}

void LbControlsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LbControlsPanel::retranslate() {
    m_trafficBox->setTitle(tr("Traffic"));
    m_algorithmLabel->setText(tr("&Algorithm:"));
    for (int i = 0; i < m_algorithm->count(); ++i) {
        const auto kind = static_cast<balance::AlgorithmKind>(m_algorithm->itemData(i).toInt());
        m_algorithm->setItemData(i, LbAlgorithmText::description(kind), Qt::ToolTipRole);
    }
    m_algorithmHelp->setText(LbAlgorithmText::description(algorithm()));
    m_modeLabel->setText(tr("&Load:"));
    m_mode->setItemText(0, tr("Rate (open loop)"));
    m_mode->setItemData(0,
                        tr("Requests arrive at this rate whatever the backends do, as real users "
                           "do (Poisson arrivals): queues build when they are slow"),
                        Qt::ToolTipRole);
    m_mode->setItemText(1, tr("Concurrency (closed loop)"));
    m_mode->setItemData(1,
                        tr("A fixed number of clients, each sending its next request when the "
                           "last is answered (what wrk does)"),
                        Qt::ToolTipRole);
    m_rate->setSuffix(tr(" requests/s"));
    m_concurrency->setSuffix(tr(" in flight"));
    m_countLabel->setText(tr("&Backends:"));
    m_backendsBox->setTitle(tr("Backends"));
    m_table->setHorizontalHeaderLabels({tr("Backend"), tr("Server"), tr("Weight"), tr("Capacity"),
                                        tr("Service"), tr("Time"), tr("Errors")});
    m_table->horizontalHeaderItem(Capacity)->setToolTip(
        tr("Requests served at once; more wait in the backend's queue (∞: no limit)"));
    m_table->horizontalHeaderItem(ServiceTime)
        ->setToolTip(tr("Mean time the backend takes per request"));
    m_table->horizontalHeaderItem(Distribution)
        ->setToolTip(tr("Fixed: every request takes the mean. Random: drawn from an exponential "
                        "distribution with that mean, as real servers vary"));
    m_table->horizontalHeaderItem(ErrorRate)->setToolTip(
        tr("Share of requests the backend answers with 500"));
    m_tableHelp->setText(
        tr("Every change applies at once, while the load runs. A killed backend's requests are "
           "retried on another one, so clients rarely see an error, and the health checks take "
           "it out of the pool."));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        refreshStateButton(row);
        auto* distribution = qobject_cast<QComboBox*>(m_table->cellWidget(row, Distribution));
        distribution->setItemText(0, tr("fixed"));
        distribution->setItemText(1, tr("random"));
        qobject_cast<QSpinBox*>(m_table->cellWidget(row, ServiceTime))->setSuffix(tr(" ms"));
    }
    m_outsideBox->setTitle(tr("From outside the app"));
    m_outsideHelp->setText(tr("The load balancer really listens here. Requests from curl, wrk or "
                              "a browser show up like the built-in clients'."));
    m_copy->setText(tr("Copy"));
    m_configButton->setText(tr("Show the real config…"));
    setLoadRunning(m_loadRunning);
    setLoadStats(m_lastStats, m_lastStatsRunning);
}

} // namespace hopscope::gui
