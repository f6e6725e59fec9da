// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace hopscope::gui {

// "Show the real config": the setup the view runs, as an HAProxy backend section and an nginx
// upstream block with the backends' real endpoints, each with a button to copy it.
class LbConfigDialog : public QDialog {
    Q_OBJECT
public:
    explicit LbConfigDialog(QWidget* parent = nullptr);

    void setTexts(const QString& haproxy, const QString& nginx);
    [[nodiscard]] QString haproxyText() const;
    [[nodiscard]] QString nginxText() const;
    [[nodiscard]] QPushButton* copyHaproxyButton() const { return m_copyHaproxy; }
    [[nodiscard]] QPushButton* copyNginxButton() const { return m_copyNginx; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_haproxy;
    QPlainTextEdit* m_nginx;
    QPushButton* m_copyHaproxy;
    QPushButton* m_copyNginx;
    QPushButton* m_close;
};

} // namespace hopscope::gui
