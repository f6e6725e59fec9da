// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "main_window.h"

#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/jobs/trace_file_jobs.h"
#include "gui/text/source_kind_text.h"
#include "gui/views/dns_lookup_view.h"
#include "gui/views/lesson_registry.h"
#include "gui/views/load_balancing_view.h"
#include "gui/views/tcp_lesson_view.h"
#include "gui/views/trace_view.h"
#include "gui/widgets/event_list.h"
#include "gui/widgets/packet_inspector.h"
#include "gui/widgets/scene_exporter.h"
#include "gui/widgets/transport_bar.h"
#include "ui_main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <algorithm>
#include <climits>
#include <cmath>

namespace hopscope::gui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLessonKey = QStringLiteral("lesson");
const QString kSpeedKey = QStringLiteral("playback/speed");
const QString kNamingKey = QStringLiteral("inspector/layerNames");
const QString kDirectoryKey = QStringLiteral("files/lastDirectory");
// Bump when the dock layout changes, so an old saved state is not applied to a new layout.
constexpr int kStateVersion = 1;

} // namespace

MainWindow::MainWindow(engine::Engine& engine, const trace::Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_engine(engine) {
    m_ui->setupUi(this);
    m_controller = new PlaybackController(engine, clock, this);
    m_jobs = new TraceFileJobs(this);

    m_transport = new TransportBar(*m_controller, this);
    auto* transportToolBar = new QToolBar(this);
    transportToolBar->setObjectName(QStringLiteral("transportToolBar"));
    transportToolBar->setMovable(false);
    transportToolBar->setFloatable(false);
    transportToolBar->addWidget(m_transport);
    addToolBar(Qt::BottomToolBarArea, transportToolBar);
    transportToolBar->toggleViewAction()->setVisible(false);

    m_events = new EventList(*m_controller, m_ui->eventsDock);
    m_ui->eventsDock->setWidget(m_events);
    m_inspector = new PacketInspector(m_controller, m_ui->inspectorDock);
    m_ui->inspectorDock->setWidget(m_inspector);
    splitDockWidget(m_ui->eventsDock, m_ui->inspectorDock, Qt::Horizontal);
    resizeDocks({m_ui->eventsDock, m_ui->inspectorDock}, {5, 6}, Qt::Horizontal);
    resizeDocks({m_ui->eventsDock}, {340}, Qt::Vertical);

    m_statusEvents = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusEvents);

    setupPages();
    setupActions();

    connect(m_ui->lessonList, &QListWidget::currentRowChanged, this,
            &MainWindow::onLessonRowChanged);
    connect(m_jobs, &TraceFileJobs::progress, this, &MainWindow::onLoadProgress);
    connect(m_jobs, &TraceFileJobs::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_jobs, &TraceFileJobs::saveFinished, this, &MainWindow::onSaveFinished);
    connect(m_controller, &PlaybackController::traceGrew, this, &MainWindow::updateStatus);
    connect(m_controller, &PlaybackController::traceReplaced, this, &MainWindow::updateStatus);

    retranslate();
    applyScale();
    showPage(traceView());
    resize(kDefaultSize);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewIds() {
    return LessonRegistry::ids();
}

template <typename T> T* MainWindow::page() const {
    for (LessonView* p : m_pages) {
        if (auto* t = qobject_cast<T*>(p)) {
            return t;
        }
    }
    return nullptr;
}

TraceView* MainWindow::traceView() const {
    return page<TraceView>();
}

DnsLookupView* MainWindow::dnsView() const {
    return page<DnsLookupView>();
}

LoadBalancingView* MainWindow::loadBalancingView() const {
    return page<LoadBalancingView>();
}

TcpLessonView* MainWindow::tcpView() const {
    return page<TcpLessonView>();
}

void MainWindow::setupPages() {
    const LessonContext context{m_engine, *m_controller};
    for (const Lesson& lesson : LessonRegistry::lessons()) {
        LessonView* view = LessonRegistry::createView(lesson, context, this);
        m_pages << view;
        m_ui->pages->addWidget(view);
        new QListWidgetItem(lesson.icon(), QString(), m_ui->lessonList);
    }
    m_ui->lessonList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_ui->pages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MainWindow::setupActions() {
    m_ui->actionOpenCapture->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFullScreen->setShortcut(QKeySequence::FullScreen);
    m_ui->actionZoomIn->setShortcut(QKeySequence::ZoomIn);
    m_ui->actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    m_ui->actionZoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_ui->actionPresentation->setShortcut(QKeySequence(Qt::Key_F5));
    m_ui->actionSaveTrace->setShortcuts(
        {QKeySequence(QKeySequence::Save), QKeySequence(QKeySequence::SaveAs)});

    connect(m_ui->actionOpenCapture, &QAction::triggered, this, &MainWindow::onOpenCapture);
    // The DNS lesson's servers and zones come from a scenario file (docs/scenario-format.md).
    m_openScenario = new QAction(this);
    m_openScenario->setObjectName(QStringLiteral("actionOpenScenario"));
    m_ui->menuFile->insertAction(m_ui->actionSaveTrace, m_openScenario);
    connect(m_openScenario, &QAction::triggered, this, &MainWindow::onOpenScenario);
    connect(m_ui->actionSaveTrace, &QAction::triggered, this, &MainWindow::onSaveTrace);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionExportPng1x, &QAction::triggered, this,
            [this] { onExport(1.0, QStringLiteral("png")); });
    connect(m_ui->actionExportPng2x, &QAction::triggered, this,
            [this] { onExport(2.0, QStringLiteral("png")); });
    connect(m_ui->actionExportPng4x, &QAction::triggered, this,
            [this] { onExport(4.0, QStringLiteral("png")); });
    connect(m_ui->actionExportSvg, &QAction::triggered, this,
            [this] { onExport(1.0, QStringLiteral("svg")); });
    connect(m_ui->actionExportPdf, &QAction::triggered, this,
            [this] { onExport(1.0, QStringLiteral("pdf")); });
    connect(m_ui->actionExportWholePng, &QAction::triggered, this,
            [this] { onExport(1.0, QStringLiteral("png"), true); });
    connect(m_ui->actionExportWholeSvg, &QAction::triggered, this,
            [this] { onExport(1.0, QStringLiteral("svg"), true); });
    connect(m_ui->actionExportWholePdf, &QAction::triggered, this,
            [this] { onExport(1.0, QStringLiteral("pdf"), true); });
    connect(m_ui->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    connect(m_ui->actionFullScreen, &QAction::triggered, this, &MainWindow::onFullScreen);
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { currentView()->zoomIn(); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { currentView()->zoomOut(); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this,
            [this] { currentView()->resetZoom(); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::onAbout);

    m_ui->menuLayerNames->addAction(m_inspector->osiAction());
    m_ui->menuLayerNames->addAction(m_inspector->tcpIpAction());
    m_ui->menuView->addAction(m_ui->eventsDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->inspectorDock->toggleViewAction());
    m_ui->menuView->addSeparator();
    m_blank = new QWidget(this);
    m_blank->setObjectName(QStringLiteral("blankScreen"));
    m_blank->setAutoFillBackground(true);
    QPalette black = m_blank->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();
    m_blank->installEventFilter(this);
    m_blankAction = new QAction(this);
    m_blankAction->setObjectName(QStringLiteral("actionBlankScreen"));
    m_blankAction->setCheckable(true);
    m_blankAction->setShortcut(QKeySequence(Qt::Key_B));
    m_blankAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_blankAction); // works while the menu bar is covered
    m_ui->menuView->addAction(m_blankAction);
    connect(m_blankAction, &QAction::toggled, this, &MainWindow::setBlanked);

    m_ui->menuPlayback->addAction(m_transport->playAction());
    m_ui->menuPlayback->addSeparator();
    m_ui->menuPlayback->addAction(m_transport->stepBackAction());
    m_ui->menuPlayback->addAction(m_transport->stepForwardAction());
    m_ui->menuPlayback->addSeparator();
    m_ui->menuPlayback->addAction(m_transport->homeAction());
    m_ui->menuPlayback->addAction(m_transport->endAction());
    m_ui->menuPlayback->addSeparator();
    m_ui->menuPlayback->addAction(m_transport->slowerAction());
    m_ui->menuPlayback->addAction(m_transport->fasterAction());
}

void MainWindow::setBlanked(bool on) {
    if (m_blankAction->isChecked() != on) {
        m_blankAction->setChecked(on); // comes back here through toggled()
        return;
    }
    m_blank->setGeometry(rect());
    m_blank->setVisible(on);
    if (on) {
        m_blank->raise();
        m_blank->setFocus();
    }
}

bool MainWindow::blanked() const {
    return m_blank->isVisible();
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    m_blank->setGeometry(rect());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_blank && (event->type() == QEvent::MouseButtonPress ||
                               (event->type() == QEvent::KeyPress &&
                                static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape))) {
        setBlanked(false);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::WindowStateChange) {
        updateFullScreenAction();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    m_blankAction->setText(tr("&Blank Screen"));
    m_blankAction->setStatusTip(tr("Black out the window so the class looks at you; B again, "
                                   "Escape or a click brings it back."));
    const auto lessons = LessonRegistry::lessons();
    for (int row = 0; row < m_ui->lessonList->count(); ++row) {
        QListWidgetItem* item = m_ui->lessonList->item(row);
        item->setText(lessons[static_cast<std::size_t>(row)].title());
        item->setToolTip(lessons[static_cast<std::size_t>(row)].toolTip());
    }
    if (m_openScenario != nullptr) {
        m_openScenario->setText(tr("Open &Scenario…"));
        m_openScenario->setStatusTip(
            tr("Replace the DNS lesson's servers and zone files with those of a scenario file"));
    }
    updateStatus();
}

bool MainWindow::showView(const QString& id) {
    LessonView* page = view(id);
    if (page == nullptr) {
        return false;
    }
    showPage(page);
    return true;
}

void MainWindow::onLessonRowChanged(int row) {
    if (row >= 0 && row < m_pages.size()) {
        m_ui->pages->setCurrentWidget(m_pages[row]);
        const bool zoomable = m_pages[row]->zoomable();
        m_ui->actionZoomIn->setEnabled(zoomable);
        m_ui->actionZoomOut->setEnabled(zoomable);
        m_ui->actionZoomReset->setEnabled(zoomable);
        updatePresentationDocks();
    }
}

void MainWindow::updatePresentationDocks() {
    if (!m_presentation) {
        return; // outside presentation mode the docks are where the user put them
    }
    const LessonView* page = currentView();
    m_ui->inspectorDock->setVisible(page == nullptr || page->showsInspectorInPresentation());
}

QString MainWindow::currentViewId() const {
    const int row = m_ui->lessonList->currentRow();
    return row >= 0 ? m_pages.value(row)->id() : QString();
}

LessonView* MainWindow::currentView() const {
    return qobject_cast<LessonView*>(m_ui->pages->currentWidget());
}

LessonView* MainWindow::view(const QString& id) const {
    for (LessonView* page : m_pages) {
        if (page->id() == id) {
            return page;
        }
    }
    return nullptr;
}

void MainWindow::showPage(LessonView* page) {
    m_ui->lessonList->setCurrentRow(static_cast<int>(m_pages.indexOf(page)));
}

void MainWindow::setPresentationMode(bool on) {
    if (m_ui->actionPresentation->isChecked() != on) {
        m_ui->actionPresentation->setChecked(on); // comes back here through toggled()
        return;
    }
    if (on == m_presentation) {
        return;
    }
    m_presentation = on;
    // Esc leaves presentation mode, as it leaves a slide show.
    m_ui->actionPresentation->setShortcuts(
        on ? QList<QKeySequence>{QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_Escape)}
           : QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
    // The room sees the diagram and the inspector; the lesson list and the event list step
    // aside (the View menu brings the list back) and return as they were afterwards.
    if (on) {
        m_stateBeforePresentation = saveState(kStateVersion);
        m_ui->eventsDock->hide();
        m_ui->lessonList->hide();
        m_ui->lessonListLine->hide();
        updatePresentationDocks();
    } else {
        m_ui->lessonList->show();
        m_ui->lessonListLine->show();
        restoreState(m_stateBeforePresentation, kStateVersion);
    }
    applyScale();
    if (on) {
        // Most of the height for the diagram; the inspector keeps under a third. Once the
        // window has its new size, so the share is of the right height.
        QTimer::singleShot(0, this, [this] {
            if (m_presentation) {
                resizeDocks({m_ui->inspectorDock}, {static_cast<int>(height() * 0.3)},
                            Qt::Vertical);
            }
        });
    }
    if (m_deterministic) {
        return; // screenshots keep the size they were asked for
    }
    if (on) {
        m_wasFullScreenBeforePresentation = isFullScreen();
        showFullScreen();
    } else if (!m_wasFullScreenBeforePresentation) {
        showNormal();
    }
}

void MainWindow::applyScale() {
    const double scale = m_presentation ? kPresentationScale : 1.0;
    if (m_presentation) {
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * scale);
        setFont(f);
    } else {
        setFont(QFont());
    }
    for (LessonView* page : m_pages) {
        page->setDisplayScale(scale);
    }
    m_transport->setScale(scale);
    m_inspector->setScale(scale);
    const int icon = static_cast<int>(std::lround(32 * scale));
    m_ui->lessonList->setIconSize(QSize(icon, icon));
    // Wide enough for the longest lesson name next to its icon.
    int widest = 0;
    const QFontMetrics fm(m_ui->lessonList->font());
    for (int i = 0; i < m_ui->lessonList->count(); ++i) {
        widest = std::max(widest, fm.horizontalAdvance(m_ui->lessonList->item(i)->text()));
    }
    m_ui->lessonList->setFixedWidth(widest + icon + static_cast<int>(44 * scale));
}

void MainWindow::onFullScreen(bool on) {
    if (on) {
        showFullScreen();
    } else {
        showNormal();
    }
}

void MainWindow::updateFullScreenAction() {
    const QSignalBlocker block(m_ui->actionFullScreen);
    m_ui->actionFullScreen->setChecked(isFullScreen());
}

void MainWindow::updateStatus() {
    const std::size_t n = m_controller->eventCount();
    if (n == 0) {
        m_statusEvents->setText(tr("No trace"));
        return;
    }
    m_statusEvents->setText(
        tr("%Ln event(s) · %1", nullptr, static_cast<int>(std::min<std::size_t>(n, INT_MAX)))
            .arg(SourceKindText::name(m_controller->event(0).source())));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (settings.contains(kGeometryKey)) {
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    } else if (const QScreen* screen = this->screen()) {
        const QSize available = screen->availableGeometry().size();
        resize(kDefaultSize.boundedTo(available * 0.92));
    }
    restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
    const QString lesson = settings.value(kLessonKey).toString();
    if (!lesson.isEmpty()) {
        showView(lesson);
    }
    if (settings.contains(kSpeedKey)) {
        m_controller->setSpeed(settings.value(kSpeedKey).toDouble());
    }
    m_inspector->setLayerNaming(settings.value(kNamingKey).toString() == QLatin1String("tcpip")
                                    ? LayerNaming::TcpIp
                                    : LayerNaming::Osi);
}

void MainWindow::saveSettings() const {
    if (m_deterministic) {
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
    settings.setValue(kLessonKey, currentViewId());
    settings.setValue(kSpeedKey, m_controller->speed());
    settings.setValue(kNamingKey, m_inspector->layerNaming() == LayerNaming::TcpIp
                                      ? QStringLiteral("tcpip")
                                      : QStringLiteral("osi"));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_presentation) {
        // Remember the normal layout, not the full-screen one.
        setPresentationMode(false);
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

QString MainWindow::lastDirectory() const {
    const QString saved = QSettings().value(kDirectoryKey).toString();
    if (!saved.isEmpty() && QDir(saved).exists()) {
        return saved;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::rememberDirectory(const QString& file) {
    if (!m_deterministic) {
        QSettings().setValue(kDirectoryKey, QFileInfo(file).absolutePath());
    }
}

void MainWindow::onOpenCapture() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Capture"), lastDirectory(),
                                     tr("Captures (*.pcapng *.pcap *.cap *.ntar);;All files (*)"));
    if (!path.isEmpty()) {
        rememberDirectory(path);
        openCapture(path);
    }
}

void MainWindow::onOpenScenario() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Scenario"), lastDirectory(),
                                     tr("Hopscope scenarios (*.scenario);;All files (*)"));
    if (!path.isEmpty()) {
        rememberDirectory(path);
        openScenario(path);
    }
}

void MainWindow::openScenario(const QString& path) {
    showPage(dnsView());
    dnsView()->openScenario(path);
    statusBar()->showMessage(tr("Starting the servers of %1…").arg(QFileInfo(path).fileName()),
                             5000);
}

bool MainWindow::loading() const {
    return m_jobs->busy() && !m_loadingPath.isEmpty();
}

void MainWindow::openCapture(const QString& path) {
    if (!m_jobs->startLoad(path)) {
        statusBar()->showMessage(tr("Please wait: another file is still being read or written."),
                                 5000);
        return;
    }
    m_loadingPath = path;
    m_progress = new QProgressDialog(this);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Opening Capture"));
    m_progress->setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_jobs, &TraceFileJobs::cancel);
}

void MainWindow::onLoadProgress(quint64 bytesRead, quint64 totalBytes, qulonglong events) {
    if (m_progress == nullptr) {
        return;
    }
    if (totalBytes > 0) {
        m_progress->setValue(static_cast<int>(1000.0 * static_cast<double>(bytesRead) /
                                              static_cast<double>(totalBytes)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setLabelText(tr("Reading %1: %n packet(s)…", nullptr, static_cast<int>(events))
                                 .arg(QFileInfo(m_loadingPath).fileName()));
}

void MainWindow::onLoadFinished(const TraceFileOutcome& outcome) {
    m_loadingPath.clear();
    if (m_progress != nullptr) {
        m_progress->disconnect(this);
        m_progress->disconnect(m_jobs);
        m_progress->close(); // closing a progress dialog emits canceled(): disconnected first
        m_progress = nullptr;
    }
    const QString name = QFileInfo(outcome.path).fileName();
    const QLocale locale;
    // Whatever was read is kept: a damaged capture still shows its good packets.
    if (outcome.events > 0) {
        m_engine.setTrace(outcome.trace);
        m_tracePath = outcome.path;
        setWindowFilePath(outcome.path);
        showPage(traceView());
    }
    const int count = static_cast<int>(std::min<qulonglong>(outcome.events, INT_MAX));
    m_loadProblem.clear();
    switch (outcome.status) {
    case TraceFileOutcome::Status::Ok:
        statusBar()->showMessage(tr("Opened %1: %Ln packet(s)", nullptr, count).arg(name), 8000);
        break;
    case TraceFileOutcome::Status::Cancelled:
        statusBar()->showMessage(
            outcome.events > 0
                ? tr("Stopped reading %1: showing the %Ln packet(s) read so far", nullptr, count)
                      .arg(name)
                : tr("Stopped reading %1").arg(name),
            8000);
        break;
    case TraceFileOutcome::Status::Error: {
        QString text;
        if (outcome.events == 0) {
            text = tr("Hopscope could not open “%1”:\n%2").arg(name, outcome.error);
        } else if (outcome.errorOffset > 0) {
            text = tr("Read %Ln packet(s); the file is damaged at byte %1:\n%2\n\nThe packets "
                      "read before the damage are shown.",
                      nullptr, count)
                       .arg(locale.toString(static_cast<qulonglong>(outcome.errorOffset)),
                            outcome.error);
        } else {
            text = tr("Read %Ln packet(s), then:\n%1\n\nThe packets read so far are shown.",
                      nullptr, count)
                       .arg(outcome.error);
        }
        m_loadProblem = text;
        if (m_deterministic) {
            statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 1));
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Opening %1").arg(name), text, QMessageBox::Ok,
                            this);
            box.exec();
        }
        break;
    }
    }
    emit loadFinished(outcome.status == TraceFileOutcome::Status::Ok);
}

void MainWindow::onSaveTrace() {
    if (m_controller->eventCount() == 0) {
        QMessageBox::information(this, tr("Save Trace"), tr("There is no trace to save yet."));
        return;
    }
    QString suggested =
        QDir(lastDirectory())
            .filePath(m_tracePath.isEmpty()
                          ? QStringLiteral("hopscope-trace.pcapng")
                          : QFileInfo(m_tracePath).completeBaseName() + QStringLiteral(".pcapng"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Trace As pcapng"), suggested,
                                                tr("pcapng captures (*.pcapng)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pcapng");
    }
    rememberDirectory(path);
    if (!m_jobs->startSave(path, m_controller->traceHandle())) {
        statusBar()->showMessage(tr("Please wait: another file is still being read or written."),
                                 5000);
        return;
    }
    statusBar()->showMessage(tr("Saving %1…").arg(QFileInfo(path).fileName()));
}

void MainWindow::onSaveFinished(const TraceFileOutcome& outcome) {
    const QString name = QFileInfo(outcome.path).fileName();
    if (outcome.status == TraceFileOutcome::Status::Ok) {
        statusBar()->showMessage(tr("Saved %Ln event(s) to %1", nullptr,
                                    static_cast<int>(std::min<qulonglong>(outcome.events, INT_MAX)))
                                     .arg(name),
                                 8000);
        return;
    }
    statusBar()->clearMessage();
    QMessageBox::warning(this, tr("Save Trace"),
                         tr("The trace could not be saved to “%1”:\n%2").arg(name, outcome.error));
}

QString MainWindow::exportCurrentView(const QString& path, double pngScale) {
    LessonView* page = currentView();
    SceneExporter::Source source;
    source.title = m_ui->lessonList->currentItem() != nullptr
                       ? m_ui->lessonList->currentItem()->text()
                       : QStringLiteral("Hopscope");
    if (QGraphicsScene* scene = page->exportScene()) {
        source.scene = scene;
        source.sceneRect = page->exportRect();
    } else {
        source.widget = page;
    }
    return SceneExporter::write(source, path, SceneExporter::formatFor(path), pngScale);
}

QString MainWindow::exportWholeDiagram(const QString& path, double pngScale) {
    LessonView* page = currentView();
    if (page->exportScene() == nullptr) {
        return exportCurrentView(path, pngScale); // a page without a diagram: as it is
    }
    SceneExporter::Source source;
    source.title = m_ui->lessonList->currentItem() != nullptr
                       ? m_ui->lessonList->currentItem()->text()
                       : QStringLiteral("Hopscope");
    source.scene = page->exportScene();
    page->setExportingWhole(true);
    source.sceneRect = page->wholeExportRect();
    const QString error =
        SceneExporter::write(source, path, SceneExporter::formatFor(path), pngScale);
    page->setExportingWhole(false);
    return error;
}

void MainWindow::onExport(double pngScale, const QString& suffix, bool whole) {
    const QString base = QStringLiteral("hopscope-%1").arg(currentViewId());
    QString filter;
    if (suffix == QLatin1String("svg")) {
        filter = tr("SVG images (*.svg)");
    } else if (suffix == QLatin1String("pdf")) {
        filter = tr("PDF documents (*.pdf)");
    } else {
        filter = tr("PNG images (*.png)");
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString title = whole ? tr("Export Whole Diagram") : tr("Export Current View");
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(dir).filePath(base + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    const QString error =
        whole ? exportWholeDiagram(path, pngScale) : exportCurrentView(path, pngScale);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, title, error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 8000);
}

void MainWindow::onAbout() {
    QMessageBox::about(
        this, tr("About Hopscope"),
        tr("<h3>Hopscope %1</h3><p>See what really happens on the wire: DNS lookups, TCP "
           "handshakes, encapsulation and load balancing, with real packets from real servers "
           "on this computer.</p><p>Licensed under the GNU General Public License, version 3 "
           "or later.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace hopscope::gui
