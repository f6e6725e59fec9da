// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "node_icons.h"

#include <QHash>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <memory>

namespace hopscope::gui {

QString NodeIcons::resourceFor(const QString& nodeId) {
    const QString id = nodeId.toLower();
    auto has = [&id](const char* word) { return id.contains(QLatin1String(word)); };
    static const QRegularExpression tld(QStringLiteral("^(tld|com|net|org|edu)([-.]|$)"));
    static const QRegularExpression backend(QStringLiteral("^(backend|web|www|server)"));
    QString name;
    if (id.startsWith(QLatin1String("root"))) {
        name = QStringLiteral("root_server");
    } else if (has("tld") || tld.match(id).hasMatch()) {
        name = QStringLiteral("tld_server");
    } else if (has("auth") || id.startsWith(QLatin1String("ns"))) {
        name = QStringLiteral("authoritative_server");
    } else if (has("resolver")) {
        name = QStringLiteral("resolver");
    } else if (has("client") || has("laptop")) {
        name = QStringLiteral("laptop");
    } else if (has("switch")) {
        name = QStringLiteral("switch");
    } else if (has("nat")) {
        name = QStringLiteral("nat_gateway");
    } else if (has("router")) {
        name = QStringLiteral("router");
    } else if (has("balancer") || id == QLatin1String("lb") ||
               id.startsWith(QLatin1String("lb-"))) {
        name = QStringLiteral("load_balancer");
    } else if (backend.match(id).hasMatch()) {
        name = QStringLiteral("web_server");
    } else {
        name = QStringLiteral("host");
    }
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

void NodeIcons::paint(QPainter& painter, const QString& nodeId, const QRectF& target) {
    // One parsed renderer per icon file for the life of the app (GUI thread only).
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    const QString path = resourceFor(nodeId);
    auto it = cache.find(path);
    if (it == cache.end()) {
        it = cache.insert(path, std::make_shared<QSvgRenderer>(path));
    }
    if ((*it)->isValid()) {
        (*it)->render(&painter, target);
    }
}

} // namespace hopscope::gui
