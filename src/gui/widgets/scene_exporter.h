// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QGraphicsScene;
class QWidget;

namespace hopscope::gui {

// Writes what a view shows as PNG (1x, 2x, 4x), vector SVG or vector PDF, for slides and
// notes. A diagram exports its scene; a page that is not a scene exports the widget.
class SceneExporter {
    Q_DECLARE_TR_FUNCTIONS(SceneExporter)

public:
    enum class Format { Png, Svg, Pdf };

    struct Source {
        QGraphicsScene* scene = nullptr; // preferred when set
        QRectF sceneRect;                // the part of the scene to write
        QWidget* widget = nullptr;       // used when there is no scene
        QColor background;               // as on screen; invalid means the scene's or widget's own
        QString title;                   // SVG title / PDF document title
    };

    // Empty on success, otherwise a sentence saying what went wrong.
    [[nodiscard]] static QString write(const Source& source, const QString& path, Format format,
                                       double pngScale = 1.0);
    // Format from a file name's suffix (png, svg, pdf), Png when unknown.
    [[nodiscard]] static Format formatFor(const QString& path);
};

} // namespace hopscope::gui
