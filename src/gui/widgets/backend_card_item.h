// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "gui/controllers/lb_backend_status.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>

namespace hopscope::gui {

// One backend in the load-balancing diagram: its colour, name and addresses, its health as an
// icon and a word (never colour alone), and its live numbers: requests in progress, queue,
// share and 5xx. Cached as a pixmap and repainted only when its numbers change, so the moving
// dots in front of it cost nothing extra.
class BackendCardItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(BackendCardItem)

public:
    explicit BackendCardItem(std::size_t index);

    void setStatus(const LbBackendStatus& status);
    [[nodiscard]] const LbBackendStatus& status() const { return m_status; }
    // Size in scene units and font scale; compact cards keep two lines for many backends.
    void setGeometry(const QSizeF& size, double scale, bool compact);
    [[nodiscard]] QSizeF size() const { return m_size; }
    // Where the dots arrive: the middle of the left edge, in scene coordinates.
    [[nodiscard]] QPointF anchor() const;

    [[nodiscard]] static QString healthText(BackendHealthState health);
    [[nodiscard]] static QColor healthColour(BackendHealthState health);
    // The card's detail line about health, e.g. "checks failed 1 of 3".
    [[nodiscard]] static QString healthDetail(const LbBackendStatus& status);
    // Fixed-height text the card uses, for tests and the accessible description.
    [[nodiscard]] QString numbersText() const;

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Full and compact heights for a given scale.
    [[nodiscard]] static double fullHeight(double scale);
    [[nodiscard]] static double compactHeight(double scale);

private:
    static void paintHealthIcon(QPainter& p, BackendHealthState health, const QRectF& r);

    LbBackendStatus m_status;
    QSizeF m_size{240, 96};
    double m_scale = 1.0;
    bool m_compact = false;
};

} // namespace hopscope::gui
