// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "gui/jobs/trace_file_worker.h"
#include "trace/clock.h"

#include <QMainWindow>
#include <QStringList>
#include <memory>

class QAction;
class QLabel;
class QProgressDialog;

namespace Ui {
class MainWindow;
}

namespace hopscope::engine {
class Engine;
}

namespace hopscope::gui {

class DnsLookupView;
class LoadBalancingView;
class TcpLessonView;
class EventList;
class LessonView;
class PacketInspector;
class PlaybackController;
class TraceFileJobs;
class TraceView;
class TransportBar;

// The application window: the lesson list, one page per lesson, the transport bar, and the
// event list and packet inspector docks, all following one PlaybackController.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Fonts and strokes in presentation mode, relative to normal.
    static constexpr double kPresentationScale = 1.5;
    static constexpr QSize kDefaultSize{1440, 900};

    explicit MainWindow(engine::Engine& engine,
                        const trace::Clock& clock = trace::SteadyClock::instance(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Page ids in navigation order, as --view takes them (the lesson registry's).
    [[nodiscard]] static QStringList viewIds();
    bool showView(const QString& id);
    [[nodiscard]] QString currentViewId() const;
    [[nodiscard]] LessonView* currentView() const;
    [[nodiscard]] LessonView* view(const QString& id) const;

    void setPresentationMode(bool on);
    [[nodiscard]] bool presentationMode() const { return m_presentation; }
    // Screenshots and benchmarks run without touching the user's settings or window state.
    void setDeterministic(bool deterministic) { m_deterministic = deterministic; }
    void restoreSettings();
    void saveSettings() const;

    // Loads a capture on the worker thread; loadFinished() follows.
    void openCapture(const QString& path);
    // Replaces the DNS lesson's servers and zones with a scenario file's, and shows the lesson.
    void openScenario(const QString& path);
    [[nodiscard]] bool loading() const;
    // What went wrong with the last capture opened, as the user was told it; empty when it
    // opened cleanly.
    [[nodiscard]] const QString& loadProblem() const { return m_loadProblem; }
    // Writes the current page; empty on success, else the reason.
    [[nodiscard]] QString exportCurrentView(const QString& path, double pngScale = 1.0);
    // The page's whole diagram, every row of a long ladder included.
    [[nodiscard]] QString exportWholeDiagram(const QString& path, double pngScale = 1.0);

    [[nodiscard]] PlaybackController& controller() const { return *m_controller; }
    [[nodiscard]] TransportBar* transportBar() const { return m_transport; }
    [[nodiscard]] EventList* eventList() const { return m_events; }
    [[nodiscard]] PacketInspector* inspector() const { return m_inspector; }
    [[nodiscard]] TraceView* traceView() const;
    [[nodiscard]] DnsLookupView* dnsView() const;
    [[nodiscard]] LoadBalancingView* loadBalancingView() const;
    [[nodiscard]] TcpLessonView* tcpView() const;

    // Blanks the whole window (View › Blank Screen, B, as presentation clickers send it), so
    // a class looks at the teacher; B again, Escape or a click brings it back.
    void setBlanked(bool on);
    [[nodiscard]] bool blanked() const;
    [[nodiscard]] QAction* blankAction() const { return m_blankAction; }

signals:
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The page of type T (nullptr when no lesson has one).
    template <typename T> [[nodiscard]] T* page() const;
    void showPage(LessonView* page);
    void setupActions();
    void setupPages();
    void retranslate();
    void applyScale();
    void updateStatus();
    void updateFullScreenAction();
    void onLessonRowChanged(int row);
    void updatePresentationDocks();
    void onOpenCapture();
    void onOpenScenario();
    void onSaveTrace();
    void onExport(double pngScale, const QString& suffix, bool whole = false);
    void onLoadProgress(quint64 bytesRead, quint64 totalBytes, qulonglong events);
    void onLoadFinished(const TraceFileOutcome& outcome);
    void onSaveFinished(const TraceFileOutcome& outcome);
    void onFullScreen(bool on);
    void onAbout();
    [[nodiscard]] QString lastDirectory() const;
    void rememberDirectory(const QString& file);

    std::unique_ptr<Ui::MainWindow> m_ui;
    engine::Engine& m_engine;
    PlaybackController* m_controller;
    TraceFileJobs* m_jobs;
    TransportBar* m_transport;
    EventList* m_events;
    PacketInspector* m_inspector;
    QAction* m_openScenario = nullptr;
    QList<LessonView*> m_pages;
    QLabel* m_statusEvents;
    QProgressDialog* m_progress = nullptr;
    QString m_loadingPath;
    QString m_tracePath;
    QString m_loadProblem;
    bool m_presentation = false;
    bool m_deterministic = false;
    QAction* m_blankAction = nullptr;
    QWidget* m_blank = nullptr;
    bool m_wasFullScreenBeforePresentation = false;
    QByteArray m_stateBeforePresentation;
};

} // namespace hopscope::gui
