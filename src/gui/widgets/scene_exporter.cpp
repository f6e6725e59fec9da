// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "scene_exporter.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>
#include <cmath>
#include <utility>
#include <vector>

namespace hopscope::gui {

namespace {

QColor backgroundOf(const SceneExporter::Source& s) {
    if (s.background.isValid()) {
        return s.background;
    }
    if (s.scene != nullptr && s.scene->backgroundBrush().style() != Qt::NoBrush) {
        return s.scene->backgroundBrush().color();
    }
    if (s.widget != nullptr) {
        return s.widget->palette().color(s.widget->backgroundRole());
    }
    return Qt::white;
}

QSizeF logicalSize(const SceneExporter::Source& s) {
    if (s.scene != nullptr) {
        return s.sceneRect.isEmpty() ? s.scene->sceneRect().size() : s.sceneRect.size();
    }
    return s.widget != nullptr ? QSizeF(s.widget->size()) : QSizeF();
}

// Draws the source into `target` on any paint device, vector devices included.
void render(const SceneExporter::Source& s, QPainter& painter, const QRectF& target,
            bool vector = false) {
    painter.fillRect(target, backgroundOf(s));
    if (s.scene != nullptr) {
        // An item drawn from its pixmap cache would land in an SVG or a PDF as a picture, its
        // labels as pixels: for vector output every item paints itself afresh.
        std::vector<std::pair<QGraphicsItem*, QGraphicsItem::CacheMode>> cached;
        if (vector) {
            for (QGraphicsItem* item : s.scene->items()) {
                if (item->cacheMode() != QGraphicsItem::NoCache) {
                    cached.emplace_back(item, item->cacheMode());
                    item->setCacheMode(QGraphicsItem::NoCache);
                }
            }
        }
        const QRectF source = s.sceneRect.isEmpty() ? s.scene->sceneRect() : s.sceneRect;
        s.scene->render(&painter, target, source, Qt::KeepAspectRatio);
        for (const auto& [item, mode] : cached) {
            item->setCacheMode(mode);
        }
    } else if (s.widget != nullptr) {
        const QSizeF size = s.widget->size();
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(target.width() / size.width(), target.height() / size.height());
        s.widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
    }
}

} // namespace

SceneExporter::Format SceneExporter::formatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        return Format::Svg;
    }
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    return Format::Png;
}

QString SceneExporter::write(const Source& source, const QString& path, Format format,
                             double pngScale) {
    const QSizeF size = logicalSize(source);
    if (size.isEmpty()) {
        return tr("There is nothing to export: the view is empty.");
    }
    switch (format) {
    case Format::Png: {
        const QSize pixels(static_cast<int>(std::lround(size.width() * pngScale)),
                           static_cast<int>(std::lround(size.height() * pngScale)));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(backgroundOf(source));
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);
            render(source, painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        if (!image.save(path, "PNG")) {
            return tr("The PNG file could not be written.");
        }
        return {};
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(source.title);
        svg.setDescription(tr("Exported from Hopscope"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            return tr("The SVG file could not be written.");
        }
        render(source, painter, QRectF(QPointF(0, 0), size), true);
        painter.end();
        return {};
    }
    case Format::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(source.title);
        pdf.setCreator(QStringLiteral("Hopscope"));
        // One page exactly the size of the view, 1 px = 1 pt, so text stays vector and sized
        // as on screen.
        pdf.setResolution(72);
        pdf.setPageLayout(
            QPageLayout(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            return tr("The PDF file could not be written.");
        }
        render(source, painter, QRectF(QPointF(0, 0), size), true);
        painter.end();
        return {};
    }
    }
    return {};
}

} // namespace hopscope::gui
