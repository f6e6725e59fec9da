// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lesson_view.h"
#include "wire/dns_message.h"

#include <QList>
#include <QPair>
#include <QTimer>
#include <cstddef>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace hopscope::engine {
class Engine;
}

namespace hopscope::gui {

class DnsCacheModel;
class DnsDiagramView;
class DnsLookupRunner;
class DnsLookupScene;
class PlaybackController;
struct DnsLookupResult;

// The DNS lookup lesson: type a name, pick a record type, press Resolve, and watch the real
// resolver on this computer walk from the root down to the authoritative server, message by
// message with the transport bar; the resolver's cache beside it counts its TTLs down, so a
// second lookup visibly stops there. The servers start the first time the page is shown.
class DnsLookupView : public LessonView {
    Q_OBJECT
public:
    DnsLookupView(PlaybackController& controller, engine::Engine& engine,
                  QWidget* parent = nullptr);
    ~DnsLookupView() override;

    [[nodiscard]] QGraphicsScene* exportScene() const override;
    [[nodiscard]] QRectF exportRect() const override;
    void setDisplayScale(double scale) override;
    [[nodiscard]] ZoomableView* zoomView() const override;

    // Starts the servers of the default scenario unless they run or are starting.
    void ensureStarted();
    // Replaces the servers and zones with those of a scenario file.
    void openScenario(const QString& path);
    // Looks (name, type) up as soon as the servers run, after any lookups queued before it.
    // False, with the reason in the status line, when the name is not a valid domain name or
    // the servers failed to start.
    bool resolve(const QString& name, wire::DnsType type = wire::DnsType::A);
    // Whether a finished lookup starts playing at once (on for people, off for tests).
    void setAutoPlay(bool on) { m_autoPlay = on; }

    [[nodiscard]] DnsLookupRunner& runner() const { return *m_runner; }
    [[nodiscard]] DnsLookupScene* scene() const { return m_scene; }
    [[nodiscard]] DnsDiagramView* diagram() const { return m_diagram; }
    [[nodiscard]] DnsCacheModel* cacheModel() const { return m_cacheModel; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox* typeCombo() const { return m_type; }
    [[nodiscard]] QPushButton* resolveButton() const { return m_resolve; }
    [[nodiscard]] QPushButton* flushButton() const { return m_flush; }
    [[nodiscard]] QComboBox* historyCombo() const { return m_history; }
    [[nodiscard]] QString captionText() const;
    [[nodiscard]] QString statusText() const;
    // The record types offered, in the order of the combo.
    [[nodiscard]] static QList<wire::DnsType> recordTypes();

signals:
    // A lookup finished and nothing else is queued.
    void lookupsDone();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void refresh();
    void refreshCache();
    void refreshHistory();
    void runQueued();
    void onResolveClicked();
    void onFlushClicked();
    void onHistoryActivated(int index);
    void onRunnerStateChanged();
    void onLookupFinished(std::size_t index);
    void onTraceReplaced();
    [[nodiscard]] QString resultText(const DnsLookupResult& result) const;
    void setStatus(const QString& text);

    PlaybackController& m_controller;
    engine::Engine& m_engine;
    DnsLookupRunner* m_runner;
    DnsLookupScene* m_scene;
    DnsDiagramView* m_diagram;
    DnsCacheModel* m_cacheModel;

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QPushButton* m_resolve;
    QLabel* m_historyLabel;
    QComboBox* m_history;
    QLabel* m_status;
    QLabel* m_caption;
    QSplitter* m_splitter;
    QLabel* m_cacheTitle;
    QTableView* m_cacheTable;
    QPushButton* m_flush;
    QLabel* m_cacheHint;
    QTimer m_cacheTimer;

    QList<QPair<QString, wire::DnsType>> m_queue;
    QString m_statusText;
    bool m_autoPlay = true;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
