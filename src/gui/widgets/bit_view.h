// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QWidget>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace hopscope::gui {

// The bits of the bytes a field sits in, one cell per bit with the field's bits marked: how a
// 4-bit IHL or a 13-bit fragment offset really lies inside its bytes.
class BitView : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kMaxBytes = 4;

    explicit BitView(QWidget* parent = nullptr);

    // Shows the bytes covering [bitOffset, bitOffset + bitLength) of `frame`.
    void setField(const std::vector<std::uint8_t>& frame, std::size_t bitOffset,
                  std::size_t bitLength);
    void clear();
    void setScale(double scale);
    [[nodiscard]] bool hasField() const { return !m_bytes.empty(); }
    // "0100 ...." style text of what is shown, the field's bits as digits and the rest as dots.
    [[nodiscard]] QString bitText() const;
    [[nodiscard]] QString caption() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] bool inField(std::size_t bit) const;

    std::vector<std::uint8_t> m_bytes;
    std::size_t m_firstByte = 0;
    std::size_t m_bitOffset = 0;
    std::size_t m_bitLength = 0;
    bool m_truncated = false;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
