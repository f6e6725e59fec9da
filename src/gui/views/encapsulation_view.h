// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "gui/controllers/encapsulation_runner.h"
#include "gui/models/hop_journey_model.h"
#include "lesson_view.h"

#include <QString>
#include <cstddef>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace hopscope::engine {
class Engine;
}

namespace hopscope::gui {

class PlaybackController;

// The encapsulation lesson: one GET from the lab's laptop to www.foobar.com, followed copy by
// copy through the switch, the NAT gateway and the routers to the load balancer, as the lab
// captured it at every interface. The hops are listed in order; the selected hop's changes
// (field, before, after, why) are tabled, and its bytes open in the packet inspector. The lab
// starts the first time the page is shown, and the request is sent as soon as it runs.
class EncapsulationView : public LessonView {
    Q_OBJECT
public:
    EncapsulationView(PlaybackController& controller, engine::Engine& engine,
                      QWidget* parent = nullptr);
    ~EncapsulationView() override;

    void setDisplayScale(double scale) override;

    // Starts the lab unless it runs or is starting.
    void ensureStarted();
    // Sends the request again; false (with the reason in the status line) unless the lab runs.
    bool sendAgain();
    // Follows the SYN's or the GET's journey of the shown run.
    void follow(FollowedPacket packet);
    // Whether the request is sent without a click once the lab runs.
    void setAutoSend(bool on) { m_autoSend = on; }

    [[nodiscard]] EncapsulationRunner& runner() const { return *m_runner; }
    [[nodiscard]] const HopJourneyModel* model() const;
    [[nodiscard]] FollowedPacket followed() const { return m_followed; }
    [[nodiscard]] QListWidget* hopList() const { return m_hops; }
    [[nodiscard]] QTableWidget* changeTable() const { return m_changes; }
    [[nodiscard]] QPushButton* followButton(FollowedPacket packet) const;
    [[nodiscard]] QString statusText() const { return m_statusText; }

signals:
    // A run finished (or the lab failed).
    void runDone();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void onRunnerStateChanged();
    void showState();
    void onRunFinished(std::size_t index);
    void onHopSelected(int row);
    void onPositionChanged();
    void showJourney();
    void fillHops();
    void refreshHops();
    void showChanges(int hop);
    void setStatus(const QString& text);
    void updateButtons();
    [[nodiscard]] bool playsOurTrace() const;

    PlaybackController& m_controller;
    engine::Engine& m_engine;
    EncapsulationRunner* m_runner;
    QLabel* m_intro;
    QPushButton* m_followSyn;
    QPushButton* m_followGet;
    QPushButton* m_send;
    QLabel* m_status;
    QLabel* m_hopsLabel;
    QListWidget* m_hops;
    QLabel* m_caption;
    QTableWidget* m_changes;
    std::optional<std::size_t> m_shown; // index of the run shown
    FollowedPacket m_followed = FollowedPacket::Get;
    QString m_statusText;
    bool m_autoSend = true;
};

} // namespace hopscope::gui
