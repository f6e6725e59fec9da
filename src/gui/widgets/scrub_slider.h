// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QWidget>
#include <cstddef>

namespace hopscope::gui {

// The timeline under the transport buttons: one tick per event (thinned to one every few
// pixels when events outnumber them), the played part filled, and a handle that scrubs to any
// position, in flight included.
class ScrubSlider : public QWidget {
    Q_OBJECT
public:
    // Closest spacing at which ticks are still told apart.
    static constexpr double kMinTickSpacing = 3.0;

    explicit ScrubSlider(QWidget* parent = nullptr);

    void setEventCount(std::size_t count);
    [[nodiscard]] std::size_t eventCount() const { return m_count; }
    void setPosition(double position);
    [[nodiscard]] double position() const { return m_position; }
    void setScale(double scale);

    // How many ticks paint() draws at the current width (for the thinning rule and its test).
    [[nodiscard]] std::size_t visibleTickCount() const;
    [[nodiscard]] double positionAt(double x) const;
    [[nodiscard]] double xFor(double position) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void scrubbed(double position);
    void scrubStarted();
    void scrubFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    [[nodiscard]] double trackLeft() const;
    [[nodiscard]] double trackWidth() const;
    [[nodiscard]] std::size_t tickStride() const;

    std::size_t m_count = 0;
    double m_position = 0.0;
    double m_scale = 1.0;
    bool m_dragging = false;
};

} // namespace hopscope::gui
