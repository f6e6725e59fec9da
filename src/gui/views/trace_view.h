// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lesson_view.h"

class QLabel;
class QStackedLayout;

namespace hopscope::gui {

class LadderScene;
class LadderView;
class PlaybackController;

// Whatever trace is loaded, an opened capture included, as a ladder diagram with the current
// event's caption underneath.
class TraceView : public LessonView {
    Q_OBJECT
public:
    explicit TraceView(PlaybackController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QGraphicsScene* exportScene() const override;
    [[nodiscard]] QRectF exportRect() const override;
    void setExportingWhole(bool exporting) override;
    // Also while it says that there is no trace: the zoom applies once one is loaded.
    [[nodiscard]] bool zoomable() const override { return true; }
    void setDisplayScale(double scale) override;
    [[nodiscard]] ZoomableView* zoomView() const override;

    [[nodiscard]] LadderScene* scene() const { return m_scene; }
    [[nodiscard]] LadderView* ladder() const { return m_view; }
    [[nodiscard]] QString captionText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    PlaybackController& m_controller;
    LadderScene* m_scene;
    LadderView* m_view;
    QLabel* m_caption;
    QLabel* m_empty;
    QWidget* m_diagram;
    QStackedLayout* m_stack;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
