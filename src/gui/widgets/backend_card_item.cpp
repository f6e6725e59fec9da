// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "backend_card_item.h"

#include "backend_colours.h"
#include "diagram_style.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace hopscope::gui {

namespace {

QFont baseFont(double scale, double relative, bool bold = false) {
    QFont f = DiagramStyle::scaled(QApplication::font(), scale, relative);
    f.setBold(bold);
    return f;
}

QString milliseconds(std::int64_t ns) {
    const double ms = static_cast<double>(ns) / 1e6;
    return QLocale().toString(ms, 'f', ms < 10.0 ? 1 : 0);
}

} // namespace

BackendCardItem::BackendCardItem(std::size_t index) {
    m_status.index = index;
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setZValue(2);
}

void BackendCardItem::setStatus(const LbBackendStatus& status) {
    const bool changed =
        status.name != m_status.name || status.health != m_status.health ||
        status.active != m_status.active || status.queued != m_status.queued ||
        status.completed != m_status.completed || status.errors5xx != m_status.errors5xx ||
        status.checksPassed != m_status.checksPassed ||
        status.checksFailed != m_status.checksFailed || status.weight != m_status.weight ||
        status.backup != m_status.backup || status.p99Ns != m_status.p99Ns ||
        status.realEndpoint != m_status.realEndpoint ||
        std::abs(status.sharePercent - m_status.sharePercent) > 0.01;
    m_status = status;
    if (changed) {
        update();
    }
}

void BackendCardItem::setGeometry(const QSizeF& size, double scale, bool compact) {
    if (size == m_size && scale == m_scale && compact == m_compact) {
        return;
    }
    prepareGeometryChange();
    m_size = size;
    m_scale = scale;
    m_compact = compact;
    update();
}

QPointF BackendCardItem::anchor() const {
    return mapToScene(QPointF(0, m_size.height() / 2));
}

double BackendCardItem::fullHeight(double scale) {
    const QFontMetricsF fm(baseFont(scale, 1.0));
    return std::ceil(fm.height() * 4.7 + 14 * scale);
}

double BackendCardItem::compactHeight(double scale) {
    const QFontMetricsF fm(baseFont(scale, 0.9));
    return std::ceil(fm.height() * 2.4 + 8 * scale);
}

QRectF BackendCardItem::boundingRect() const {
    const double margin = 3 * m_scale;
    return QRectF(QPointF(0, 0), m_size).adjusted(-margin, -margin, margin, margin * 2);
}

QString BackendCardItem::healthText(BackendHealthState health) {
    switch (health) {
    case BackendHealthState::Up:
        return tr("up");
    case BackendHealthState::Failing:
        return tr("failing");
    case BackendHealthState::Down:
        return tr("down");
    case BackendHealthState::Ejected:
        return tr("ejected");
    case BackendHealthState::Recovering:
        return tr("recovering");
    }
    return {};
}

QColor BackendCardItem::healthColour(BackendHealthState health) {
    switch (health) {
    case BackendHealthState::Up:
        return QColor(0x009E73);
    case BackendHealthState::Failing:
        return QColor(0xE69F00);
    case BackendHealthState::Down:
        return QColor(0xD55E00);
    case BackendHealthState::Ejected:
        return QColor(0xCC79A7);
    case BackendHealthState::Recovering:
        return QColor(0x56B4E9);
    }
    return Qt::gray;
}

QString BackendCardItem::healthDetail(const LbBackendStatus& s) {
    switch (s.health) {
    case BackendHealthState::Up:
        return s.checksFailed > 0 ? tr("failed %1 of %2 checks").arg(s.checksFailed).arg(s.fall)
                                  : QString();
    case BackendHealthState::Failing:
        return tr("killed: failed %1 of %2 checks").arg(s.checksFailed).arg(s.fall);
    case BackendHealthState::Down:
        return tr("server killed; out of the pool");
    case BackendHealthState::Ejected:
        return tr("running, but out of the pool after failures");
    case BackendHealthState::Recovering:
        return tr("passed %1 of %2 checks").arg(s.checksPassed).arg(s.rise);
    }
    return {};
}

QString BackendCardItem::numbersText() const {
    const QLocale locale;
    return tr("active %1 · queue %2 · 5xx %3")
        .arg(locale.toString(static_cast<qulonglong>(m_status.active)),
             locale.toString(static_cast<qulonglong>(m_status.queued)),
             locale.toString(static_cast<qulonglong>(m_status.errors5xx)));
}

void BackendCardItem::paintHealthIcon(QPainter& p, BackendHealthState health, const QRectF& r) {
    const QColor colour = healthColour(health);
    const double w = r.width();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    if (health == BackendHealthState::Failing) {
        QPolygonF triangle;
        triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        p.drawPolygon(triangle);
    } else {
        p.drawEllipse(r);
    }
    QPen mark(Qt::white, std::max(1.5, w * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (health == BackendHealthState::Failing) {
        mark.setColor(Qt::black);
    }
    p.setPen(mark);
    p.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const double k = w * 0.24;
    switch (health) {
    case BackendHealthState::Up:
        p.drawPolyline(QPolygonF{QPointF(c.x() - k, c.y()),
                                 QPointF(c.x() - k * 0.25, c.y() + k * 0.8),
                                 QPointF(c.x() + k * 1.1, c.y() - k * 0.8)});
        break;
    case BackendHealthState::Failing:
        p.drawLine(QPointF(c.x(), c.y() - k * 0.4), QPointF(c.x(), c.y() + k * 0.7));
        p.drawPoint(QPointF(c.x(), c.y() + k * 1.45));
        break;
    case BackendHealthState::Down:
        p.drawLine(QPointF(c.x() - k, c.y() - k), QPointF(c.x() + k, c.y() + k));
        p.drawLine(QPointF(c.x() - k, c.y() + k), QPointF(c.x() + k, c.y() - k));
        break;
    case BackendHealthState::Ejected:
        p.drawLine(QPointF(c.x() - k * 1.1, c.y()), QPointF(c.x() + k * 1.1, c.y()));
        break;
    case BackendHealthState::Recovering:
        p.drawLine(QPointF(c.x(), c.y() + k * 1.1), QPointF(c.x(), c.y() - k * 1.1));
        p.drawPolyline(QPolygonF{QPointF(c.x() - k * 0.8, c.y() - k * 0.3),
                                 QPointF(c.x(), c.y() - k * 1.1),
                                 QPointF(c.x() + k * 0.8, c.y() - k * 0.3)});
        break;
    }
    p.restore();
}

void BackendCardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    QPainter& p = *painter;
    const double s = m_scale;
    const QPalette pal = QApplication::palette();
    const QColor text = pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7F);
    const std::size_t index = m_status.index;
    const QColor colour = BackendColours::fill(index);
    const bool out = m_status.health == BackendHealthState::Down ||
                     m_status.health == BackendHealthState::Ejected;
    const QRectF card(QPointF(0, 0), m_size);
    const double radius = 6 * s;
    p.setRenderHint(QPainter::Antialiasing);

    // Shadow, body and border; a backend that is out is drawn dashed and faded.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 40));
    p.drawRoundedRect(card.translated(0, 2 * s), radius, radius);
    QColor body = pal.color(QPalette::Base);
    if (out) {
        body = pal.color(QPalette::Window);
    }
    p.setBrush(body);
    QPen border(out ? healthColour(m_status.health) : BackendColours::outline(index), 1.4 * s,
                out ? Qt::DashLine : BackendColours::outlineStyle(index));
    p.setPen(border);
    p.drawRoundedRect(card, radius, radius);

    // The colour stripe carries the backend's number, so the colour is never the only clue.
    const double stripeW = 22 * s;
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(card.left(), card.top(), stripeW + radius, card.height()), radius,
                          radius);
    QPainterPath clip;
    clip.addRect(QRectF(card.left(), card.top(), stripeW, card.height()));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(stripe.intersected(clip));
    p.setPen(BackendColours::textOn(index));
    p.setFont(baseFont(s, 0.85, true));
    p.drawText(QRectF(card.left(), card.top(), stripeW, card.height()), Qt::AlignCenter,
               QString::number(index + 1));

    const double pad = 8 * s;
    const double left = stripeW + pad;
    const double width = card.width() - left - pad;
    const QFont nameFont = baseFont(s, m_compact ? 0.95 : 1.0, true);
    const QFont bodyFont = baseFont(s, m_compact ? 0.85 : 0.9);
    const QFont smallFont = baseFont(s, 0.8);
    const QFontMetricsF nameFm(nameFont);
    const QFontMetricsF bodyFm(bodyFont);
    const QFontMetricsF smallFm(smallFont);
    const QLocale locale;

    // Line 1: name (weight, backup) and the health badge.
    const QString health = healthText(m_status.health);
    const double icon = nameFm.height() * 0.8;
    const double badgeW = icon + 4 * s + bodyFm.horizontalAdvance(health);
    double y = card.top() + (m_compact ? 4 * s : 6 * s);
    QString name = m_status.name;
    if (m_status.weight != 1) {
        name += tr(" · weight %1").arg(m_status.weight);
    }
    if (m_status.backup) {
        name += tr(" · backup");
    }
    p.setFont(nameFont);
    p.setPen(text);
    const QRectF nameRect(left, y, width - badgeW - 6 * s, nameFm.height());
    p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
               nameFm.elidedText(name, Qt::ElideRight, nameRect.width()));
    const double badgeX = left + width - badgeW;
    paintHealthIcon(p, m_status.health,
                    QRectF(badgeX, y + (nameFm.height() - icon) / 2, icon, icon));
    p.setFont(bodyFont);
    p.setPen(healthColour(m_status.health)
                 .darker(m_status.health == BackendHealthState::Failing ? 150 : 115));
    p.drawText(
        QRectF(badgeX + icon + 4 * s, y, bodyFm.horizontalAdvance(health) + 2, nameFm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, health);
    y += nameFm.height() + 2 * s;

    const QString share =
        QStringLiteral("%1 %").arg(locale.toString(m_status.sharePercent, 'f', 1));
    if (m_compact) {
        p.setFont(bodyFont);
        p.setPen(muted);
        const QString line = numbersText() + QStringLiteral(" · ") + share;
        p.drawText(QRectF(left, y, width, bodyFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   bodyFm.elidedText(line, Qt::ElideRight, width));
        return;
    }

    // Line 2: addresses, or what health checking is doing when it is not simply up.
    const QString detail = healthDetail(m_status);
    p.setFont(smallFont);
    if (detail.isEmpty()) {
        p.setPen(muted);
        const QString where =
            tr("%1 · real %2").arg(m_status.displayAddress, m_status.realEndpoint);
        p.drawText(QRectF(left, y, width, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   smallFm.elidedText(where, Qt::ElideRight, width));
    } else {
        p.setPen(healthColour(m_status.health).darker(150));
        p.drawText(QRectF(left, y, width, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   smallFm.elidedText(detail, Qt::ElideRight, width));
    }
    y += smallFm.height() + 3 * s;

    // Line 3: the live numbers.
    p.setFont(bodyFont);
    p.setPen(text);
    QString numbers = numbersText();
    if (m_status.completed > 0) {
        numbers += tr(" · p99 %1 ms").arg(milliseconds(m_status.p99Ns));
    }
    p.drawText(QRectF(left, y, width, bodyFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               bodyFm.elidedText(numbers, Qt::ElideRight, width));
    y += bodyFm.height() + 4 * s;

    // Line 4: the share of all answered requests, as a bar and a number.
    const QString shareText = tr("%1 of requests").arg(share);
    const double shareW = bodyFm.horizontalAdvance(shareText) + 6 * s;
    const double barH = std::max(6.0 * s, bodyFm.height() * 0.55);
    const QRectF bar(left, y + (bodyFm.height() - barH) / 2, std::max(10.0, width - shareW), barH);
    QColor track = text;
    track.setAlphaF(0.12F);
    p.setPen(Qt::NoPen);
    p.setBrush(track);
    p.drawRoundedRect(bar, barH / 2, barH / 2);
    if (m_status.sharePercent > 0.0) {
        QRectF filled = bar;
        filled.setWidth(
            std::max(barH, bar.width() * std::min(100.0, m_status.sharePercent) / 100.0));
        p.setBrush(colour);
        p.setPen(QPen(BackendColours::outline(index), 1.0 * s));
        p.drawRoundedRect(filled, barH / 2, barH / 2);
    }
    p.setPen(text);
    p.drawText(QRectF(bar.right() + 6 * s, y, shareW, bodyFm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, shareText);
}

} // namespace hopscope::gui
