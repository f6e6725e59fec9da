// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/load_balancer_stack.h"
#include "gui/controllers/lb_backend_status.h"
#include "lb_scene_layout.h"

#include <QFont>
#include <QGraphicsScene>
#include <QHash>
#include <QPixmap>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

namespace hopscope::gui {

class BackendCardItem;
class PaintedItem;

// The load-balancing diagram: clients on the left, the load balancer in the middle, one card
// per backend on the right, and one dot per sampled request travelling client → load balancer
// → backend and back, in the backend's colour. As in NetAnim, a dot's position is a function
// of (its start time, now): the view calls advance() once a frame and the scene repaints once,
// however many requests arrived (never one repaint per request). Dots in flight are capped;
// the counters on the cards never are. Moving dots do not mark the scene dirty: advance() names
// the small areas they left and entered in dotsMoved(), and the view repaints only those.
class LbScene : public QGraphicsScene {
    Q_OBJECT
public:
    static constexpr std::size_t kMaxDots = 300;
    static constexpr std::size_t kMaxClients = 8;
    // On-screen time of one hop; the real request took milliseconds.
    static constexpr std::int64_t kHopNs = 450'000'000;

    explicit LbScene(QObject* parent = nullptr);
    ~LbScene() override;

    void setDisplayScale(double scale);
    [[nodiscard]] double displayScale() const { return m_scale; }
    // The scene is laid out for the view's size, so nothing needs scrolling.
    void setViewportSize(const QSizeF& size);
    void setEndpoint(const QString& realEndpoint);
    void setAlgorithm(const QString& name);
    void setCaption(const QString& text);
    [[nodiscard]] QString caption() const { return m_caption; }
    // The backends still in the pool; cards come and go with them.
    void setStatuses(const std::vector<LbBackendStatus>& statuses);
    void refreshPalette();

    // Starts a dot per route (dropping those beyond kMaxDots in flight).
    void addRoutes(const std::vector<engine::RouteNotice>& routes, std::int64_t nowNs);
    // Moves the dots to nowNs and retires finished ones, then emits dotsMoved(); false when
    // nothing is moving.
    bool advance(std::int64_t nowNs);
    [[nodiscard]] std::size_t dotsInFlight() const { return m_dots.size(); }
    [[nodiscard]] std::uint64_t dotsStarted() const { return m_started; }
    [[nodiscard]] std::uint64_t dotsSkipped() const { return m_skipped; }
    // Where dot k is now (scene coordinates), for tests.
    [[nodiscard]] QPointF dotPosition(std::size_t k) const;
    // Draws the dots where they are now. A view that composes the diagram itself (LbDiagramView)
    // renders the scene with the dots left out and draws them on top with this.
    void paintDots(QPainter& p) const;
    void setDotsLeftOut(bool leftOut) { m_dotsLeftOut = leftOut; }
    [[nodiscard]] bool dotsLeftOut() const { return m_dotsLeftOut; }

    [[nodiscard]] BackendCardItem* card(std::size_t index) const;
    [[nodiscard]] std::vector<BackendCardItem*> cards() const;
    // In the order drawn, top to bottom.
    [[nodiscard]] QStringList clients() const;
    [[nodiscard]] QPointF loadBalancerCentre() const { return m_layout.loadBalancerCentre(); }

signals:
    // Scene areas to repaint after advance(): for each dot, where it was drawn and where it is
    // now; for each retired dot, where it was.
    void dotsMoved(const QList<QRectF>& damaged);

private:
    // A sampled request as it is drawn.
    struct Dot {
        std::int64_t startNs = 0;
        std::size_t client = 0; // slot in m_clients
        std::size_t backend = engine::kNoBackend;
        int status = 0;
        QRectF drawn; // where it was last drawn, empty before its first frame
    };

    // A client as the route notices name it.
    struct Client {
        QString name;             // "client-3"
        std::uint32_t number = 0; // 3: the rows go in this order
        QString displayAddress;   // "198.51.100.3"
    };

    void relayout();
    void updateFonts();
    std::size_t clientSlot(const engine::RouteNotice& route);
    [[nodiscard]] QPointF clientPosition(std::size_t slot) const;
    [[nodiscard]] QPointF clientAnchor(std::size_t slot) const;
    [[nodiscard]] int legsOf(const Dot& dot) const;
    // Position and whether it is on the way back.
    [[nodiscard]] QPointF positionOf(const Dot& dot, std::int64_t nowNs, bool* returning) const;
    // Everything paintDots() may draw for the dot at `at`, its status label included.
    [[nodiscard]] QRectF dotBounds(const Dot& dot, const QPointF& at, bool returning) const;
    void paintNodes(QPainter& p) const;
    // A dot (filled request or answer ring) drawn once per colour, scale and pixel ratio.
    [[nodiscard]] const QPixmap& dotSprite(const QColor& fill, const QColor& edge, bool ring,
                                           qreal pixelRatio) const;
    void paintCaption(QPainter& p, const QRectF& rect) const;
    // Under the client in slot 0: the one the user's own programs connect from.
    [[nodiscard]] QString outsideClientLabel() const;

    PaintedItem* m_nodes;
    PaintedItem* m_dotsItem;
    PaintedItem* m_captionItem;
    std::map<std::size_t, BackendCardItem*> m_cards;
    std::vector<LbBackendStatus> m_statuses;
    // By slot id, in order of arrival; slot 0 is the address outside programs (curl, a
    // browser) use, there from the start.
    std::vector<Client> m_clients;
    std::vector<std::size_t> m_clientRows; // slot id -> row on screen
    std::vector<Dot> m_dots;
    // Up to 300 antialiased ellipses a frame cost the GUI thread more than the rest of the
    // diagram, so on screen the dots are blitted from these; exports still draw vectors.
    mutable QHash<quint64, QPixmap> m_dotSprites;
    std::int64_t m_nowNs = 0;
    std::uint64_t m_started = 0;
    std::uint64_t m_skipped = 0;
    bool m_dotsLeftOut = false;

    double m_scale = 1.0;
    QSizeF m_viewport{1200, 640};
    QString m_endpoint;
    QString m_algorithm;
    QString m_caption;
    QFont m_font;
    QFont m_smallFont;
    QFont m_boldFont;
    QFont m_dotFont;
    QSizeF m_statusLabelSize;
    LbSceneLayout m_layout;
};

} // namespace hopscope::gui
