// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "dns/scenario.h"

#include <QFont>
#include <QGraphicsScene>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hopscope::gui {

class PaintedItem;
class PlaybackController;

// The DNS lookup as a teacher draws it: the laptop on the left, its resolver, and the root, TLD
// and authoritative servers stacked on the right. Each message is a labelled pill travelling
// along the line between sender and receiver; after it arrives it rests on that line, numbered,
// faded once another message is under way. Like NetAnim, the picture is a function of (trace,
// playback position), so stepping back and seeking cost nothing. Sizes follow the view (the
// layout spreads over the space given) and the display scale (fonts, icons, strokes).
class DnsLookupScene : public QGraphicsScene {
    Q_OBJECT
public:
    // The five places of the drawing; each tier holds every server of its role.
    enum class Place { Client, Resolver, Root, Tld, Authoritative };
    static constexpr std::size_t kPlaceCount = 5;
    // Which half of the lookup a message belongs to.
    enum class Span { None, Recursive, Iterative };

    struct Node {
        std::string name; // as the trace names it: "laptop", "a.root-servers.net"
        QString address;  // display address: "198.41.0.4"
    };

    // One message as drawn.
    struct Pill {
        std::size_t event = 0;
        QRectF rect;
        QStringList lines;
        QPointF from; // the arrow, offset to its side of the line
        QPointF to;
        QPointF head; // where the message has got to
        bool response = false;
        bool current = false;
        bool inFlight = false;
    };

    explicit DnsLookupScene(PlaybackController& controller, QObject* parent = nullptr);
    ~DnsLookupScene() override;

    // The machines: the laptop, its resolver and the servers with their roles.
    void setNodes(const Node& client, const Node& resolver,
                  const std::vector<std::pair<dns::ServerRole, Node>>& servers);
    void clearNodes();
    [[nodiscard]] bool hasNodes() const { return m_hasNodes; }
    // Whether the controller's trace is a lookup this scene should draw (not an opened capture),
    // and whether the resolver answered that lookup from its cache.
    void setShowsTrace(bool shows, bool answeredFromCache);
    [[nodiscard]] bool showsTrace() const { return m_showsTrace; }

    void setScale(double scale);
    [[nodiscard]] double scale() const { return m_scale; }
    // The size to lay out on (the view's visible area); never below minimumLayoutSize().
    void setLayoutSize(const QSizeF& size);
    [[nodiscard]] QSizeF minimumLayoutSize() const;
    void refreshPalette();

    [[nodiscard]] const std::vector<Pill>& pills() const { return m_pills; }
    [[nodiscard]] std::optional<std::size_t> eventAt(const QPointF& scenePos) const;
    [[nodiscard]] std::optional<Place> placeAt(const QPointF& scenePos) const;
    [[nodiscard]] QPointF placeCentre(Place place) const;
    [[nodiscard]] QRectF placeRect(Place place) const;
    [[nodiscard]] bool hasPlace(Place place) const;
    // Where setNodes() put the machine; none for one the scenario does not list.
    [[nodiscard]] std::optional<Place> placeOf(const std::string& node) const;
    void setSelectedPlace(std::optional<Place> place);
    [[nodiscard]] std::optional<Place> selectedPlace() const { return m_selected; }
    // The next event after the current one that `place` sends or receives, wrapping round.
    [[nodiscard]] std::optional<std::size_t> nextEventOf(Place place) const;
    [[nodiscard]] Span spanOf(std::size_t event) const;
    // The server of a tier drawn by name: the last one the lookup used up to the cursor.
    [[nodiscard]] const Node* shownServer(Place tier) const;
    [[nodiscard]] QString recursiveText() const;
    [[nodiscard]] QString iterativeText() const;
    [[nodiscard]] QString cacheText() const;
    // Whether the drawing shows a reply the resolver gave from its cache.
    [[nodiscard]] bool answeredFromCache() const { return m_answeredFromCache; }

    void paintDiagram(QPainter& painter) const;

private:
    struct Message {
        QStringList lines;
        QString shortLine; // once it is no longer the current message
        bool response = false;
        bool known = false;
    };

    void relayout();
    void rebuild();
    void onTraceReplaced();
    const Message& messageOf(std::size_t event) const;
    [[nodiscard]] double iconSize(Place place) const;
    [[nodiscard]] std::vector<Node>& tier(Place place);
    [[nodiscard]] const std::vector<Node>& tier(Place place) const;
    void paintNode(QPainter& p, Place place) const;
    void paintPill(QPainter& p, const Pill& pill) const;
    void paintSpans(QPainter& p) const;
    [[nodiscard]] QString tierTitle(Place place) const;

    PlaybackController& m_controller;
    PaintedItem* m_item;
    bool m_hasNodes = false;
    bool m_showsTrace = false;
    Node m_client;
    Node m_resolver;
    std::array<std::vector<Node>, 3> m_tiers; // root, TLD, authoritative
    std::unordered_map<std::string, Place> m_places;
    std::array<std::optional<std::size_t>, kPlaceCount> m_shownServer{};
    std::optional<Place> m_selected;
    // The lookup shown was answered from the resolver's cache, and the drawing has got to the
    // reply (shown at the resolver).
    bool m_lookupFromCache = false;
    bool m_answeredFromCache = false;

    double m_scale = 1.0;
    QSizeF m_size{960, 540};
    std::array<QPointF, kPlaceCount> m_centres{};
    // Where the two explanations go: under the laptop's line and under the resolver's lines,
    // left of the servers (whose column runs the full height).
    QRectF m_recursiveBox;
    QRectF m_iterativeBox;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QFont m_pillFont;
    QFont m_badgeFont;

    std::vector<Pill> m_pills;
    mutable std::vector<Message> m_messages;
};

} // namespace hopscope::gui
