// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "transport_bar.h"

#include "diagram_style.h"
#include "glyph_icon_engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/text/time_format.h"
#include "scrub_slider.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <cmath>

namespace hopscope::gui {

namespace {

QAction* makeAction(QWidget* owner, GlyphIconEngine::Glyph glyph,
                    const QList<QKeySequence>& shortcuts) {
    auto* a = new QAction(owner);
    a->setIcon(GlyphIconEngine::icon(glyph));
    a->setShortcuts(shortcuts);
    // Window-wide, so the keys step the trace while the event list or inspector has focus.
    a->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(a);
    return a;
}

QAction* makeAction(QWidget* owner, const QList<QKeySequence>& shortcuts) {
    auto* a = new QAction(owner);
    a->setShortcuts(shortcuts);
    a->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(a);
    return a;
}

QLabel* makeCaption(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QLabel* makeValue(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::NoTextInteraction);
    return l;
}

} // namespace

TransportBar::TransportBar(PlaybackController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("transportBar"));
    using G = GlyphIconEngine::Glyph;
    m_play = makeAction(this, G::Play,
                        {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_MediaTogglePlayPause),
                         QKeySequence(Qt::Key_MediaPlay)});
    m_stepBack = makeAction(this, G::StepBack,
                            {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp),
                             QKeySequence(Qt::Key_MediaPrevious)});
    m_stepForward = makeAction(this, G::StepForward,
                               {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown),
                                QKeySequence(Qt::Key_MediaNext)});
    m_home = makeAction(this, G::Home, {QKeySequence(Qt::Key_Home)});
    m_end = makeAction(this, G::End, {QKeySequence(Qt::Key_End)});
    m_slower = makeAction(this, {QKeySequence(Qt::Key_BracketLeft)});
    m_faster = makeAction(this, {QKeySequence(Qt::Key_BracketRight)});

    m_stepBackButton = new QToolButton(this);
    m_stepBackButton->setDefaultAction(m_stepBack);
    m_playButton = new QToolButton(this);
    m_playButton->setDefaultAction(m_play);
    m_stepForwardButton = new QToolButton(this);
    m_stepForwardButton->setDefaultAction(m_stepForward);
    for (auto* b : {m_stepBackButton, m_playButton, m_stepForwardButton}) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus);
    }

    m_speed = new QComboBox(this);
    m_speed->setFocusPolicy(Qt::NoFocus);
    const QLocale locale;
    for (double s : speedPresets()) {
        m_speed->addItem(locale.toString(s, 'g', 3) % QStringLiteral("×"), s);
    }
    m_slider = new ScrubSlider(this);

    m_speedCaption = makeCaption(this);
    m_counterCaption = makeCaption(this);
    m_realCaption = makeCaption(this);
    m_shownCaption = makeCaption(this);
    m_counter = makeValue(this);
    m_real = makeValue(this);
    m_shown = makeValue(this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_stepBackButton);
    layout->addWidget(m_playButton);
    layout->addWidget(m_stepForwardButton);
    layout->addSpacing(6);
    auto addMetric = [layout](QLabel* caption, QWidget* value) {
        auto* grid = new QGridLayout;
        grid->setSpacing(0);
        grid->addWidget(caption, 0, 0);
        grid->addWidget(value, 1, 0);
        layout->addLayout(grid);
    };
    addMetric(m_speedCaption, m_speed);
    layout->addSpacing(6);
    layout->addWidget(m_slider, 1);
    layout->addSpacing(6);
    addMetric(m_counterCaption, m_counter);
    layout->addSpacing(10);
    addMetric(m_realCaption, m_real);
    layout->addSpacing(10);
    addMetric(m_shownCaption, m_shown);

    connect(m_play, &QAction::triggered, &m_controller, &PlaybackController::togglePlay);
    connect(m_stepBack, &QAction::triggered, &m_controller, &PlaybackController::stepBack);
    connect(m_stepForward, &QAction::triggered, &m_controller, &PlaybackController::stepForward);
    connect(m_home, &QAction::triggered, &m_controller, &PlaybackController::home);
    connect(m_end, &QAction::triggered, &m_controller, &PlaybackController::end);
    connect(m_slower, &QAction::triggered, this, [this] { changeSpeedBy(-1); });
    connect(m_faster, &QAction::triggered, this, [this] { changeSpeedBy(+1); });
    connect(m_speed, &QComboBox::activated, this, &TransportBar::onSpeedActivated);
    connect(m_slider, &ScrubSlider::scrubbed, &m_controller, &PlaybackController::seekToPosition);
    connect(m_slider, &ScrubSlider::scrubStarted, this, &TransportBar::onScrubStarted);
    connect(m_slider, &ScrubSlider::scrubFinished, this, &TransportBar::onScrubFinished);

    connect(&m_controller, &PlaybackController::positionChanged, this, &TransportBar::refresh);
    connect(&m_controller, &PlaybackController::traceGrew, this, &TransportBar::refresh);
    connect(&m_controller, &PlaybackController::traceReplaced, this, &TransportBar::refresh);
    connect(&m_controller, &PlaybackController::playingChanged, this,
            &TransportBar::refreshPlaying);
    connect(&m_controller, &PlaybackController::speedChanged, this, &TransportBar::refreshSpeed);

    retranslate();
    refresh();
    refreshSpeed();
    setScale(1.0);
}

QList<double> TransportBar::speedPresets() {
    return {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0};
}

QList<QAction*> TransportBar::transportActions() const {
    return {m_play, m_stepBack, m_stepForward, m_home, m_end, m_slower, m_faster};
}

void TransportBar::setScale(double scale) {
    m_scale = scale;
    const int icon = static_cast<int>(std::lround(24 * scale));
    for (auto* b : {m_stepBackButton, m_playButton, m_stepForwardButton}) {
        b->setIconSize(QSize(icon, icon));
    }
    m_slider->setScale(scale);
    // Fixed-width digits, so the clocks do not jitter while playing.
    const QFont fixed =
        DiagramStyle::scaled(QFontDatabase::systemFont(QFontDatabase::FixedFont), scale);
    for (QLabel* value : {m_counter, m_real, m_shown}) {
        value->setFont(fixed);
    }
}

void TransportBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TransportBar::retranslate() {
    m_stepBack->setText(tr("Step &Back"));
    m_stepBack->setToolTip(tr("Step back one event (Left, Page Up)"));
    m_stepForward->setText(tr("Step &Forward"));
    m_stepForward->setToolTip(tr("Step forward one event (Right, Page Down)"));
    m_home->setText(tr("Go to &Start"));
    m_home->setToolTip(tr("Back to before the first event (Home)"));
    m_end->setText(tr("Go to &End"));
    m_end->setToolTip(tr("Jump to after the last event (End)"));
    m_slower->setText(tr("S&lower"));
    m_faster->setText(tr("F&aster"));
    m_speedCaption->setText(tr("Speed"));
    m_speed->setToolTip(tr("Playback speed: at 1× one hop takes 0.6 s on screen"));
    m_counterCaption->setText(tr("Event"));
    m_realCaption->setText(tr("Real time"));
    m_real->setToolTip(tr("What the network really took to get here"));
    m_shownCaption->setText(tr("Shown time"));
    m_shown->setToolTip(tr("Where the animation is, at 1× speed"));
    m_slider->setToolTip(tr("One tick per event; drag to scrub"));
    refreshPlaying();
}

QString TransportBar::counterText() const {
    const auto index = m_controller.currentIndex();
    const std::size_t shown = index ? *index + 1 : 0;
    return tr("%1 / %2").arg(shown).arg(m_controller.eventCount());
}

QString TransportBar::realTimeText() const {
    return TimeFormat::realTime(m_controller.realTimeNs());
}

QString TransportBar::shownTimeText() const {
    return tr("%1 / %2").arg(TimeFormat::shownTime(m_controller.shownTimeNs()),
                             TimeFormat::shownTime(m_controller.shownDurationNs()));
}

void TransportBar::refresh() {
    m_slider->setEventCount(m_controller.eventCount());
    m_slider->setPosition(m_controller.position());
    m_counter->setText(counterText());
    m_real->setText(realTimeText());
    m_shown->setText(shownTimeText());
    const bool any = m_controller.eventCount() > 0;
    m_play->setEnabled(any);
    m_stepForward->setEnabled(any && !m_controller.atEnd());
    m_stepBack->setEnabled(any && !m_controller.atStart());
    m_home->setEnabled(any);
    m_end->setEnabled(any);
}

void TransportBar::refreshPlaying() {
    const bool playing = m_controller.playing();
    m_play->setIcon(GlyphIconEngine::icon(playing ? GlyphIconEngine::Glyph::Pause
                                                  : GlyphIconEngine::Glyph::Play));
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    refresh();
}

void TransportBar::refreshSpeed() {
    const double speed = m_controller.speed();
    int best = 0;
    double bestDistance = 1e300;
    for (int i = 0; i < m_speed->count(); ++i) {
        const double d = std::abs(std::log(m_speed->itemData(i).toDouble() / speed));
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    m_speed->setCurrentIndex(best);
}

void TransportBar::onSpeedActivated(int index) {
    m_controller.setSpeed(m_speed->itemData(index).toDouble());
}

void TransportBar::changeSpeedBy(int steps) {
    const int index = std::clamp(m_speed->currentIndex() + steps, 0, m_speed->count() - 1);
    m_speed->setCurrentIndex(index);
    onSpeedActivated(index);
}

void TransportBar::onScrubStarted() {
    m_resumeAfterScrub = m_controller.playing();
    m_controller.pause();
}

void TransportBar::onScrubFinished() {
    if (m_resumeAfterScrub && !m_controller.atEnd()) {
        m_controller.play();
    }
    m_resumeAfterScrub = false;
}

} // namespace hopscope::gui
