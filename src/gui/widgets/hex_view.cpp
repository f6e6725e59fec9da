// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "hex_view.h"

#include "diagram_style.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

namespace {

// Columns, in characters: "0000  " offset, 16 x "xx " with one extra gap after 8, "  " and
// 16 ASCII characters.
constexpr double kOffsetChars = 4;
constexpr double kGapChars = 2;
constexpr double kHexChars = 16 * 3 + 1 - 1;

QChar printable(std::uint8_t b) {
    return b >= 0x20 && b < 0x7f ? QChar(char16_t(b)) : QChar(u'·');
}

} // namespace

HexView::HexView(QWidget* parent) : QAbstractScrollArea(parent) {
    setObjectName(QStringLiteral("hexView"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::PointingHandCursor);
    updateMetrics();
}

void HexView::setData(std::vector<std::uint8_t> bytes) {
    m_bytes = std::move(bytes);
    m_byteTint.assign(m_bytes.size(), QColor());
    m_selection.reset();
    verticalScrollBar()->setValue(0);
    updateScrollBar();
    viewport()->update();
}

void HexView::setTints(std::vector<Tint> tints) {
    m_byteTint.assign(m_bytes.size(), QColor());
    for (const Tint& t : tints) {
        for (std::size_t i = t.begin; i < std::min(t.end, m_bytes.size()); ++i) {
            m_byteTint[i] = t.colour;
        }
    }
    viewport()->update();
}

void HexView::setSelection(std::size_t bitOffset, std::size_t bitLength) {
    m_selection = std::make_pair(bitOffset, bitLength);
    if (bitLength > 0) {
        ensureByteVisible(bitOffset / 8);
    }
    viewport()->update();
}

void HexView::clearSelection() {
    m_selection.reset();
    viewport()->update();
}

std::optional<std::pair<std::size_t, std::size_t>> HexView::selection() const {
    return m_selection;
}

void HexView::setScale(double scale) {
    m_scale = scale;
    updateMetrics();
}

void HexView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateMetrics();
    }
    QAbstractScrollArea::changeEvent(event);
}

void HexView::updateMetrics() {
    const QFont f =
        DiagramStyle::scaled(QFontDatabase::systemFont(QFontDatabase::FixedFont), m_scale);
    viewport()->setFont(f);
    const QFontMetricsF fm(f);
    m_charWidth = fm.horizontalAdvance(QLatin1Char('0'));
    m_lineHeight = static_cast<int>(std::ceil(fm.height() * 1.25));
    m_margin = static_cast<int>(std::lround(6 * m_scale));
    updateScrollBar();
    updateGeometry();
    viewport()->update();
}

double HexView::hexX(std::size_t column) const {
    const double start = m_margin + (kOffsetChars + kGapChars) * m_charWidth;
    return start + (static_cast<double>(column) * 3 + (column >= 8 ? 1 : 0)) * m_charWidth;
}

double HexView::asciiX(std::size_t column) const {
    const double start =
        m_margin + (kOffsetChars + kGapChars + kHexChars + kGapChars) * m_charWidth;
    return start + static_cast<double>(column) * m_charWidth;
}

int HexView::rowCount() const {
    return static_cast<int>((m_bytes.size() + kBytesPerRow - 1) / kBytesPerRow);
}

QSize HexView::sizeHint() const {
    const double w = asciiX(kBytesPerRow) + m_margin + verticalScrollBar()->sizeHint().width() +
                     2 * frameWidth();
    return {static_cast<int>(std::ceil(w)), 12 * m_lineHeight};
}

void HexView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void HexView::updateScrollBar() {
    const int visible = std::max(1, (viewport()->height() - m_margin) / m_lineHeight);
    verticalScrollBar()->setRange(0, std::max(0, rowCount() - visible));
    verticalScrollBar()->setPageStep(visible);
    const int contentWidth = static_cast<int>(std::ceil(asciiX(kBytesPerRow) + m_margin));
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::ensureByteVisible(std::size_t byte) {
    const int row = static_cast<int>(byte / kBytesPerRow);
    const int first = verticalScrollBar()->value();
    const int visible = std::max(1, verticalScrollBar()->pageStep());
    if (row < first) {
        verticalScrollBar()->setValue(row);
    } else if (row >= first + visible) {
        verticalScrollBar()->setValue(row - visible + 1);
    }
}

QPoint HexView::hexCellCentre(std::size_t byte) const {
    const int row = static_cast<int>(byte / kBytesPerRow) - verticalScrollBar()->value();
    const double x = hexX(byte % kBytesPerRow) + m_charWidth - horizontalScrollBar()->value();
    const double y = m_margin + row * m_lineHeight + m_lineHeight / 2.0;
    return QPoint(static_cast<int>(x), static_cast<int>(y));
}

std::optional<std::size_t> HexView::byteAt(const QPoint& pos) const {
    const double x = pos.x() + horizontalScrollBar()->value();
    const int row = static_cast<int>(std::floor((pos.y() - m_margin) / double(m_lineHeight))) +
                    verticalScrollBar()->value();
    if (row < 0 || pos.y() < m_margin) {
        return std::nullopt;
    }
    std::optional<std::size_t> column;
    for (std::size_t c = 0; c < kBytesPerRow; ++c) {
        // A hex cell owns its two digits and the space after them.
        if (x >= hexX(c) - m_charWidth * 0.5 && x < hexX(c) + m_charWidth * 2.5) {
            column = c;
            break;
        }
        if (x >= asciiX(c) && x < asciiX(c) + m_charWidth) {
            column = c;
            break;
        }
    }
    if (!column) {
        return std::nullopt;
    }
    const std::size_t byte = static_cast<std::size_t>(row) * kBytesPerRow + *column;
    if (byte >= m_bytes.size()) {
        return std::nullopt;
    }
    return byte;
}

void HexView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (const auto byte = byteAt(event->position().toPoint())) {
            emit byteClicked(*byte);
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void HexView::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(viewport());
    p.setFont(viewport()->font());
    const QPalette& pal = palette();
    p.translate(-horizontalScrollBar()->value(), 0);

    const int firstRow = verticalScrollBar()->value();
    const int rowsVisible = viewport()->height() / m_lineHeight + 2;
    const QColor text = pal.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.45);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor highlightedText = pal.color(QPalette::HighlightedText);
    const double cw = m_charWidth;
    const double lh = m_lineHeight;

    std::size_t selBegin = 0;
    std::size_t selEnd = 0;
    if (m_selection) {
        selBegin = m_selection->first;
        selEnd = m_selection->first + m_selection->second;
    }

    for (int r = firstRow; r < std::min(rowCount(), firstRow + rowsVisible); ++r) {
        const double y = m_margin + (r - firstRow) * lh;
        p.setPen(dim);
        p.drawText(QRectF(m_margin, y, kOffsetChars * cw, lh), Qt::AlignVCenter,
                   QStringLiteral("%1").arg(r * int(kBytesPerRow), 4, 16, QLatin1Char('0')));
        for (std::size_t c = 0; c < kBytesPerRow; ++c) {
            const std::size_t i = static_cast<std::size_t>(r) * kBytesPerRow + c;
            if (i >= m_bytes.size()) {
                break;
            }
            const QRectF hexCell(hexX(c) - cw * 0.5, y, cw * 3, lh);
            const QRectF asciiCell(asciiX(c), y, cw, lh);
            if (m_byteTint[i].isValid()) {
                QColor tint = m_byteTint[i];
                tint.setAlpha(72);
                p.fillRect(hexCell, tint);
                p.fillRect(asciiCell, tint);
            }
            const std::size_t b0 = i * 8;
            const std::size_t b1 = b0 + 8;
            const bool touched = selEnd > selBegin && selBegin < b1 && selEnd > b0;
            const bool whole = touched && selBegin <= b0 && selEnd >= b1;
            if (whole) {
                p.fillRect(hexCell.adjusted(0, 1, 0, -1), highlight);
                p.fillRect(asciiCell.adjusted(0, 1, 0, -1), highlight);
            } else if (touched) {
                // Only some bits belong to the field: hatch the byte and frame it.
                QColor h = highlight;
                h.setAlpha(110);
                p.fillRect(hexCell.adjusted(0, 1, 0, -1), QBrush(h, Qt::BDiagPattern));
                p.fillRect(asciiCell.adjusted(0, 1, 0, -1), QBrush(h, Qt::BDiagPattern));
                p.setPen(QPen(highlight, std::max(1.0, m_scale), Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(hexCell.adjusted(0.5, 1.5, -0.5, -1.5));
                p.drawRect(asciiCell.adjusted(0.5, 1.5, -0.5, -1.5));
            }
            p.setPen(whole ? highlightedText : text);
            p.drawText(QRectF(hexX(c), y, cw * 2, lh), Qt::AlignVCenter,
                       QStringLiteral("%1").arg(m_bytes[i], 2, 16, QLatin1Char('0')));
            p.drawText(asciiCell, Qt::AlignCenter, QString(printable(m_bytes[i])));
        }
    }
}

} // namespace hopscope::gui
