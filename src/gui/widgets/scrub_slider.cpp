// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "scrub_slider.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

ScrubSlider::ScrubSlider(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Timeline"));
}

void ScrubSlider::setEventCount(std::size_t count) {
    if (count == m_count) {
        return;
    }
    m_count = count;
    update();
}

void ScrubSlider::setPosition(double position) {
    if (position == m_position) {
        return;
    }
    m_position = position;
    update();
}

void ScrubSlider::setScale(double scale) {
    m_scale = scale;
    updateGeometry();
    update();
}

QSize ScrubSlider::sizeHint() const {
    return {400, static_cast<int>(std::lround(30 * m_scale))};
}

QSize ScrubSlider::minimumSizeHint() const {
    return {120, static_cast<int>(std::lround(30 * m_scale))};
}

double ScrubSlider::trackLeft() const {
    return 10.0 * m_scale;
}

double ScrubSlider::trackWidth() const {
    return std::max(1.0, width() - 2.0 * trackLeft());
}

double ScrubSlider::xFor(double position) const {
    if (m_count == 0) {
        return trackLeft();
    }
    return trackLeft() + trackWidth() * position / static_cast<double>(m_count);
}

double ScrubSlider::positionAt(double x) const {
    const double f = std::clamp((x - trackLeft()) / trackWidth(), 0.0, 1.0);
    return f * static_cast<double>(m_count);
}

std::size_t ScrubSlider::tickStride() const {
    if (m_count == 0) {
        return 1;
    }
    const double spacing = trackWidth() / static_cast<double>(m_count);
    if (spacing >= kMinTickSpacing) {
        return 1;
    }
    return static_cast<std::size_t>(std::ceil(kMinTickSpacing / spacing));
}

std::size_t ScrubSlider::visibleTickCount() const {
    return m_count == 0 ? 0 : (m_count + tickStride() - 1) / tickStride();
}

void ScrubSlider::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const double cy = height() / 2.0;
    const double grooveH = 6.0 * m_scale;
    const QRectF groove(trackLeft(), cy - grooveH / 2, trackWidth(), grooveH);

    p.setPen(Qt::NoPen);
    QColor grooveColour = pal.color(QPalette::WindowText);
    grooveColour.setAlphaF(0.15);
    p.setBrush(grooveColour);
    p.drawRoundedRect(groove, grooveH / 2, grooveH / 2);

    const double hx = xFor(m_position);
    if (m_count > 0) {
        QRectF played = groove;
        played.setRight(hx);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(played, grooveH / 2, grooveH / 2);
    }

    // Ticks at each event's arrival (position k + 1), thinned to one per group of events when
    // they would be closer than kMinTickSpacing pixels.
    const std::size_t stride = tickStride();
    QColor tickColour = pal.color(QPalette::WindowText);
    tickColour.setAlphaF(stride == 1 ? 0.55 : 0.35);
    QPen tickPen(tickColour, std::max(1.0, m_scale));
    tickPen.setCapStyle(Qt::FlatCap);
    p.setPen(tickPen);
    const double tickTop = cy + grooveH / 2 + 2 * m_scale;
    const double tickBottom = std::min<double>(height() - 1, tickTop + 6 * m_scale);
    const double tickTopAbove = cy - grooveH / 2 - 2 * m_scale;
    const double tickBottomAbove = std::max(1.0, tickTopAbove - 6 * m_scale);
    for (std::size_t k = stride - 1; k < m_count; k += stride) {
        const double x = std::round(xFor(static_cast<double>(k + 1))) + 0.5;
        p.drawLine(QPointF(x, tickTop), QPointF(x, tickBottom));
        p.drawLine(QPointF(x, tickTopAbove), QPointF(x, tickBottomAbove));
    }

    // Handle.
    const double r = 7.0 * m_scale;
    p.setPen(QPen(pal.color(QPalette::Highlight), 2.0 * m_scale));
    p.setBrush(pal.color(isEnabled() ? QPalette::Base : QPalette::Button));
    p.drawEllipse(QPointF(hx, cy), r, r);
}

void ScrubSlider::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_count == 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    emit scrubStarted();
    emit scrubbed(positionAt(event->position().x()));
}

void ScrubSlider::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging) {
        emit scrubbed(positionAt(event->position().x()));
    }
}

void ScrubSlider::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        emit scrubbed(positionAt(event->position().x()));
        emit scrubFinished();
    }
}

} // namespace hopscope::gui
