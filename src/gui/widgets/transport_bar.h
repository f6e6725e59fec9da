// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace hopscope::gui {

class PlaybackController;
class ScrubSlider;

// Play, pause, step, speed and the timeline with both clocks: the real time the network took
// and the shown time of the animation. Its actions carry the window-wide keyboard shortcuts
// (Space, Left/Right, PageUp/PageDown from a presentation clicker, Home/End).
class TransportBar : public QWidget {
    Q_OBJECT
public:
    explicit TransportBar(PlaybackController& controller, QWidget* parent = nullptr);

    // Speed presets of the combo, slowest first.
    [[nodiscard]] static QList<double> speedPresets();

    [[nodiscard]] QAction* playAction() const { return m_play; }
    [[nodiscard]] QAction* stepBackAction() const { return m_stepBack; }
    [[nodiscard]] QAction* stepForwardAction() const { return m_stepForward; }
    [[nodiscard]] QAction* homeAction() const { return m_home; }
    [[nodiscard]] QAction* endAction() const { return m_end; }
    [[nodiscard]] QAction* slowerAction() const { return m_slower; }
    [[nodiscard]] QAction* fasterAction() const { return m_faster; }
    [[nodiscard]] QList<QAction*> transportActions() const;

    [[nodiscard]] QComboBox* speedCombo() const { return m_speed; }
    [[nodiscard]] ScrubSlider* scrubSlider() const { return m_slider; }
    [[nodiscard]] QString counterText() const;
    [[nodiscard]] QString realTimeText() const;
    [[nodiscard]] QString shownTimeText() const;

    void setScale(double scale);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void refreshPlaying();
    void refreshSpeed();
    void onSpeedActivated(int index);
    void changeSpeedBy(int steps);
    void onScrubStarted();
    void onScrubFinished();

    PlaybackController& m_controller;
    QAction* m_play;
    QAction* m_stepBack;
    QAction* m_stepForward;
    QAction* m_home;
    QAction* m_end;
    QAction* m_slower;
    QAction* m_faster;
    QToolButton* m_playButton;
    QToolButton* m_stepBackButton;
    QToolButton* m_stepForwardButton;
    QComboBox* m_speed;
    ScrubSlider* m_slider;
    QLabel* m_speedCaption;
    QLabel* m_counterCaption;
    QLabel* m_counter;
    QLabel* m_realCaption;
    QLabel* m_real;
    QLabel* m_shownCaption;
    QLabel* m_shown;
    bool m_resumeAfterScrub = false;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
