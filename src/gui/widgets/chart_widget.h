// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace hopscope::gui {

// The one face our charts show the views, whatever library draws them: a title above, a body
// below, presentation scaling and the palette. Views talk to the subclasses' value-based APIs
// and never to Qt Charts or QCustomPlot, so Qt Charts (deprecated from Qt 6.10) can be swapped
// for Qt Graphs inside one file.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);

    // The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `value` (1 for
    // nothing): axis maxima that step rarely and divide into round ticks.
    [[nodiscard]] static double niceCeiling(double value);

    void setTitle(const QString& title);
    [[nodiscard]] QString title() const;
    // Fonts and strokes grow by `scale` (presentation mode).
    void setDisplayScale(double scale);
    [[nodiscard]] double displayScale() const { return m_scale; }

protected:
    void setBody(QWidget* body);
    // Font sizes and pen widths for m_scale and the current palette.
    virtual void restyle() = 0;
    // The font every chart label uses at this scale.
    [[nodiscard]] QFont labelFont(double relative = 0.85) const;
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_title;
    QVBoxLayout* m_layout;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
