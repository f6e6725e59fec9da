// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_config_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hopscope::gui {

namespace {

QPlainTextEdit* configEdit(QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

LbConfigDialog::LbConfigDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("lbConfigDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_tabs = new QTabWidget(this);
    for (auto [edit, copy] :
         {std::pair{&m_haproxy, &m_copyHaproxy}, std::pair{&m_nginx, &m_copyNginx}}) {
        auto* page = new QWidget(m_tabs);
        auto* pageLayout = new QVBoxLayout(page);
        *edit = configEdit(page);
        pageLayout->addWidget(*edit, 1);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        *copy = new QPushButton(page);
        row->addWidget(*copy);
        pageLayout->addLayout(row);
        m_tabs->addTab(page, QString());
    }
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(this);
    m_close->setDefault(true);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_copyHaproxy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_haproxy->toPlainText()); });
    connect(m_copyNginx, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_nginx->toPlainText()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    resize(720, 520);
}

void LbConfigDialog::setTexts(const QString& haproxy, const QString& nginx) {
    m_haproxy->setPlainText(haproxy);
    m_nginx->setPlainText(nginx);
}

QString LbConfigDialog::haproxyText() const {
    return m_haproxy->toPlainText();
}

QString LbConfigDialog::nginxText() const {
    return m_nginx->toPlainText();
}

void LbConfigDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LbConfigDialog::retranslate() {
    setWindowTitle(tr("The Real Config"));
    m_intro->setText(tr("The setup running now, as a real load balancer would be configured: "
                        "the algorithm, the health checks and each backend's real address and "
                        "weight. Paste it into haproxy.cfg (with a frontend that uses it) or "
                        "into nginx's http block."));
    m_tabs->setTabText(0, tr("HAProxy (haproxy.cfg)"));
    m_tabs->setTabText(1, tr("nginx (upstream)"));
    m_copyHaproxy->setText(tr("Copy"));
    m_copyNginx->setText(tr("Copy"));
    m_close->setText(tr("Close"));
}

} // namespace hopscope::gui
