// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "chart_widget.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace hopscope::gui {

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_layout(new QVBoxLayout(this)) {
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_title);
}

void ChartWidget::setTitle(const QString& title) {
    m_title->setText(title);
}

QString ChartWidget::title() const {
    return m_title->text();
}

void ChartWidget::setDisplayScale(double scale) {
    m_scale = scale;
    QFont f = font();
    f.setBold(true);
    m_title->setFont(f);
    restyle();
}

void ChartWidget::setBody(QWidget* body) {
    m_layout->addWidget(body, 1);
}

QFont ChartWidget::labelFont(double relative) const {
    // The widget font already carries presentation mode's growth when the window sets it;
    // a chart drawn on its own (tests, exports) takes the scale here instead.
    QFont f = font();
    const double base = f.pointSizeF() > 0 ? f.pointSizeF() : 9.0;
    f.setPointSizeF(base * relative);
    return f;
}

void ChartWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        if (event->type() == QEvent::FontChange) {
            QFont f = font();
            f.setBold(true);
            m_title->setFont(f);
        }
        restyle();
    }
    QWidget::changeEvent(event);
}

double ChartWidget::niceCeiling(double value) {
    if (value <= 0.0) {
        return 1.0;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value) {
            return step * magnitude;
        }
    }
    return 10.0 * magnitude;
}

} // namespace hopscope::gui
