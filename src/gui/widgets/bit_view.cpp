// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "bit_view.h"

#include "diagram_style.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

namespace {

QFont bitFont(double scale) {
    return DiagramStyle::scaled(QFontDatabase::systemFont(QFontDatabase::FixedFont), scale);
}

} // namespace

BitView::BitView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("bitView"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void BitView::setField(const std::vector<std::uint8_t>& frame, std::size_t bitOffset,
                       std::size_t bitLength) {
    m_bitOffset = bitOffset;
    m_bitLength = bitLength;
    m_firstByte = bitOffset / 8;
    const std::size_t lastByte = bitLength == 0 ? m_firstByte : (bitOffset + bitLength - 1) / 8;
    const std::size_t wanted = lastByte - m_firstByte + 1;
    const std::size_t count = std::min(wanted, kMaxBytes);
    m_truncated = wanted > count;
    m_bytes.clear();
    for (std::size_t i = 0; i < count && m_firstByte + i < frame.size(); ++i) {
        m_bytes.push_back(frame[m_firstByte + i]);
    }
    updateGeometry();
    update();
}

void BitView::clear() {
    m_bytes.clear();
    update();
}

void BitView::setScale(double scale) {
    m_scale = scale;
    updateGeometry();
    update();
}

void BitView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

bool BitView::inField(std::size_t bit) const {
    return bit >= m_bitOffset && bit < m_bitOffset + m_bitLength;
}

QString BitView::bitText() const {
    QString out;
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(' ');
        }
        for (int b = 0; b < 8; ++b) {
            if (b == 4) {
                out += QLatin1Char(' ');
            }
            const std::size_t bit = (m_firstByte + i) * 8 + static_cast<std::size_t>(b);
            const bool set = (m_bytes[i] >> (7 - b)) & 1U;
            out += inField(bit) ? QLatin1Char(set ? '1' : '0') : QLatin1Char('.');
        }
    }
    return out;
}

QString BitView::caption() const {
    if (m_bytes.empty()) {
        return {};
    }
    const std::size_t firstBit = m_bitOffset % 8;
    const std::size_t lastByte = m_firstByte + m_bytes.size() - 1;
    QString text;
    if (m_bitLength == 1) {
        text = tr("Bit %1 of byte %2").arg(firstBit).arg(m_firstByte);
    } else if (lastByte == m_firstByte) {
        text = tr("Bits %1–%2 of byte %3")
                   .arg(firstBit)
                   .arg(firstBit + m_bitLength - 1)
                   .arg(m_firstByte);
    } else {
        text = tr("%n bits from bit %1 of byte %2", nullptr, static_cast<int>(m_bitLength))
                   .arg(firstBit)
                   .arg(m_firstByte);
    }
    if (m_truncated) {
        text += QLatin1Char(' ') % tr("(first %n bytes shown)", nullptr, int(kMaxBytes));
    }
    return text;
}

QSize BitView::sizeHint() const {
    const QFontMetricsF fm(bitFont(m_scale));
    const double cell = fm.horizontalAdvance(QLatin1Char('0')) * 2.4;
    const double w = 12 + static_cast<double>(kMaxBytes) * (8 * cell + cell);
    const double h = QFontMetricsF(font()).height() * 1.3 + fm.height() * 2.8 + 12;
    return {static_cast<int>(std::ceil(w)), static_cast<int>(std::ceil(h))};
}

QSize BitView::minimumSizeHint() const {
    return {120, sizeHint().height()};
}

void BitView::paintEvent(QPaintEvent* /*event*/) {
    if (m_bytes.empty()) {
        return;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFont f = bitFont(m_scale);
    const QFontMetricsF fm(f);
    const double cell = fm.horizontalAdvance(QLatin1Char('0')) * 2.4;
    const double lineH = fm.height() * 1.4;
    const double x0 = 6;
    double y = 4;

    const double captionH = QFontMetricsF(font()).height() * 1.3;
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(x0, y, width() - 2 * x0, captionH), Qt::AlignVCenter, caption());
    y += captionH;

    p.setFont(f);
    const QColor highlight = pal.color(QPalette::Highlight);
    QColor dim = pal.color(QPalette::WindowText);
    dim.setAlphaF(0.4);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        const double gx = x0 + static_cast<double>(i) * (8 * cell + cell);
        for (int b = 0; b < 8; ++b) {
            const std::size_t bit = (m_firstByte + i) * 8 + static_cast<std::size_t>(b);
            const QRectF r(gx + b * cell, y, cell - 2, lineH);
            const bool mine = inField(bit);
            if (mine) {
                p.setPen(Qt::NoPen);
                p.setBrush(highlight);
                p.drawRoundedRect(r, 3, 3);
            } else {
                p.setPen(QPen(dim, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            }
            p.setPen(mine ? pal.color(QPalette::HighlightedText) : dim);
            const bool set = (m_bytes[i] >> (7 - b)) & 1U;
            p.drawText(r, Qt::AlignCenter, QString(QLatin1Char(set ? '1' : '0')));
        }
        p.setPen(dim);
        p.drawText(
            QRectF(gx, y + lineH, 8 * cell, fm.height() * 1.3), Qt::AlignCenter,
            tr("byte %1 = 0x%2").arg(m_firstByte + i).arg(m_bytes[i], 2, 16, QLatin1Char('0')));
    }
}

} // namespace hopscope::gui
