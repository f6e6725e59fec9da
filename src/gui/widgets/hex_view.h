// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace hopscope::gui {

// The inspector's byte pane: offset, 16 bytes a row in hex, then ASCII. Each layer's bytes are
// tinted with its colour; the selected field's bits are highlighted, a partly covered byte
// drawn hatched so a 4-bit field does not pretend to own the whole byte.
class HexView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr std::size_t kBytesPerRow = 16;

    struct Tint {
        std::size_t begin = 0; // byte range [begin, end)
        std::size_t end = 0;
        QColor colour;
    };

    explicit HexView(QWidget* parent = nullptr);

    void setData(std::vector<std::uint8_t> bytes);
    [[nodiscard]] const std::vector<std::uint8_t>& data() const { return m_bytes; }
    // Later tints win where they overlap (inner layers come after outer ones).
    void setTints(std::vector<Tint> tints);
    void setSelection(std::size_t bitOffset, std::size_t bitLength);
    void clearSelection();
    [[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> selection() const;
    void setScale(double scale);

    // Byte under a viewport point, in either the hex or the ASCII column.
    [[nodiscard]] std::optional<std::size_t> byteAt(const QPoint& viewportPos) const;
    // Centre of a byte's hex cell in viewport coordinates (for tests and tooltips).
    [[nodiscard]] QPoint hexCellCentre(std::size_t byte) const;

    [[nodiscard]] QSize sizeHint() const override;

signals:
    void byteClicked(std::size_t byteOffset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMetrics();
    void updateScrollBar();
    void ensureByteVisible(std::size_t byte);
    [[nodiscard]] double hexX(std::size_t column) const;
    [[nodiscard]] double asciiX(std::size_t column) const;
    [[nodiscard]] int rowCount() const;

    std::vector<std::uint8_t> m_bytes;
    std::vector<QColor> m_byteTint;
    std::optional<std::pair<std::size_t, std::size_t>> m_selection; // bit offset, bit length
    double m_scale = 1.0;
    double m_charWidth = 8.0;
    int m_lineHeight = 16;
    int m_margin = 6;
};

} // namespace hopscope::gui
