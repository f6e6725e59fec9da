// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "gui/controllers/tcp_lesson_runner.h"
#include "lesson_view.h"

#include <QList>
#include <QString>
#include <cstddef>
#include <map>

class QComboBox;
class QTimer;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace hopscope::engine {
class Engine;
}

namespace hopscope::gui {

class LadderScene;
class LadderView;
class PlaybackController;

// The TCP lesson: one click opens a real connection from the lab's laptop to www.foobar.com
// (or makes it go wrong on purpose: a lost SYN, a lost request, a closed port, a reset), and
// the ladder plays the segments the laptop's kernel sent and received, as captured on its
// interface, with one sentence each on why. The lab starts the first time the page is shown,
// and the first connection is made as soon as it runs.
class TcpLessonView : public LessonView {
    Q_OBJECT
public:
    TcpLessonView(PlaybackController& controller, engine::Engine& engine,
                  QWidget* parent = nullptr);
    ~TcpLessonView() override;

    [[nodiscard]] QGraphicsScene* exportScene() const override;
    [[nodiscard]] QRectF exportRect() const override;
    void setExportingWhole(bool exporting) override;
    void setDisplayScale(double scale) override;
    [[nodiscard]] ZoomableView* zoomView() const override;
    // In presentation mode the ladder gets the height: each segment opens in the inspector
    // again outside it.
    [[nodiscard]] bool showsInspectorInPresentation() const override { return false; }

    // Starts the lab unless it runs or is starting.
    void ensureStarted();
    // Runs `experiment` as soon as the lab runs, after any queued before it; false (with the
    // reason in the status line) when the lab cannot run.
    bool runExperiment(TcpExperiment experiment);
    // Whether a finished run starts playing at once (on for people, off for tests).
    void setAutoPlay(bool on) { m_autoPlay = on; }
    // Whether the lab's first connection is made without a click (on unless something asked
    // for an experiment of its own).
    void setAutoConnect(bool on) { m_autoConnect = on; }

    [[nodiscard]] TcpLessonRunner& runner() const { return *m_runner; }
    [[nodiscard]] LadderScene* scene() const { return m_scene; }
    [[nodiscard]] QPushButton* experimentButton(TcpExperiment experiment) const;
    [[nodiscard]] QComboBox* historyCombo() const { return m_history; }
    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] QString captionText() const;
    // What the laptop's kernel said of the shown connection's socket at its end, with the
    // TIME-WAIT timer counted down since, and whether the state tracker agrees.
    [[nodiscard]] QString kernelText() const;
    // The experiments in the order of their buttons.
    [[nodiscard]] static QList<TcpExperiment> experiments();
    // The name --tcp takes ("lost-syn") and the experiment it names.
    [[nodiscard]] static QString experimentId(TcpExperiment experiment);
    [[nodiscard]] static std::optional<TcpExperiment> experimentFromId(const QString& id);

signals:
    // A run finished and nothing else is queued (or the lab failed).
    void experimentsDone();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void refresh();
    void refreshHistory();
    void runQueued();
    void onRunnerStateChanged();
    void onRunFinished(std::size_t index);
    void onHistoryActivated(int index);
    void setStatus(const QString& text);
    void showStates();
    void updateButtons();
    void fitSidePanel();
    [[nodiscard]] QString experimentTitle(TcpExperiment experiment) const;
    [[nodiscard]] QString experimentToolTip(TcpExperiment experiment) const;
    [[nodiscard]] QString resultText(const TcpLessonRun& run) const;
    [[nodiscard]] const TcpLessonRun* shownRun() const;

    PlaybackController& m_controller;
    engine::Engine& m_engine;
    TcpLessonRunner* m_runner;
    LadderScene* m_scene;
    LadderView* m_view;
    QLabel* m_caption;
    QLabel* m_intro;
    std::map<TcpExperiment, QPushButton*> m_buttons;
    QLabel* m_status;
    QLabel* m_kernel;
    QTimer* m_countdown;
    QLabel* m_historyLabel;
    QComboBox* m_history;
    QSplitter* m_splitter;
    QWidget* m_side = nullptr;
    QScrollArea* m_sideScroll = nullptr;
    QList<TcpExperiment> m_queue;
    QString m_statusText;
    bool m_autoPlay = true;
    bool m_autoConnect = true;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
