// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QIcon>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace hopscope::gui {

// What a lesson page shows until its lesson is built: plainly that it is not there yet, and
// what it will show. Nothing on it pretends to be traffic.
class PlannedLessonPage : public QWidget {
    Q_OBJECT
public:
    explicit PlannedLessonPage(QWidget* parent = nullptr);

    void setContent(const QIcon& icon, const QString& title, const QString& summary,
                    const QStringList& willShow);
    void setScale(double scale);
    [[nodiscard]] QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyScale();

    QIcon m_icon;
    QLabel* m_iconLabel;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_summary;
    QLabel* m_willShowCaption;
    QLabel* m_willShow;
    QLabel* m_meanwhile;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
