// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QRectF>
#include <QString>
#include <QWidget>

class QGraphicsScene;

namespace hopscope::gui {

class ZoomableView;

// One page of the main window. A page that draws a diagram hands its scene and the visible
// part of it to the exporter; any other page is exported as a widget.
class LessonView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable name used on the command line (--view) and in the settings: the id of the lesson
    // registry entry that made the page (empty for a page made on its own, as tests do).
    [[nodiscard]] QString id() const { return m_id; }
    // Called once by the registry; also names the widget "<id>View".
    void setId(const QString& id);
    [[nodiscard]] virtual QGraphicsScene* exportScene() const { return nullptr; }
    [[nodiscard]] virtual QRectF exportRect() const { return {}; }
    // All of the page's diagram, however long (File › Export Whole Diagram); while
    // `exporting` is on, parts pinned to the view (a ladder's header) go back to their place.
    [[nodiscard]] virtual QRectF wholeExportRect() const;
    virtual void setExportingWhole(bool exporting) { (void)exporting; }
    // The view of the page's diagram, which View › Zoom zooms; none for a page without one.
    [[nodiscard]] virtual ZoomableView* zoomView() const { return nullptr; }
    // Whether View › Zoom applies now: the page shows its diagram.
    [[nodiscard]] virtual bool zoomable() const;
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Presentation mode factor for fonts and strokes (1 = normal).
    virtual void setDisplayScale(double scale) { (void)scale; }
    // Whether the packet inspector stays beside the page in presentation mode: a page whose
    // diagram and charts need the whole height (the load balancer's) says no.
    [[nodiscard]] virtual bool showsInspectorInPresentation() const { return true; }

private:
    QString m_id;
};

} // namespace hopscope::gui
