// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QFile>
#include <QSizeF>
#include <QStringList>
#include <QXmlStreamReader>

namespace hopscope::gui::test {

// What an exported SVG holds, read back as XML: its size and every <text> element's words
// (labels exported as text stay text, searchable and sharp; a picture of them would not).
struct SvgContent {
    bool valid = false;
    QString error;
    QSizeF size; // the root element's viewBox: what the view's scene rectangle was
    QStringList texts;
};

inline SvgContent readSvg(const QString& path) {
    SvgContent out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (!sawRoot) {
            sawRoot = true;
            if (xml.name() != QLatin1String("svg")) {
                out.error = QStringLiteral("the root element is <%1>").arg(xml.name());
                return out;
            }
            // "0 0 W H": the user units the picture is drawn in (width and height are in mm).
            const QStringList box = xml.attributes()
                                        .value(QLatin1String("viewBox"))
                                        .toString()
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (box.size() == 4) {
                out.size = QSizeF(box[2].toDouble(), box[3].toDouble());
            }
        } else if (xml.name() == QLatin1String("text")) {
            out.texts.append(
                xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
        }
    }
    out.valid = sawRoot && !xml.hasError();
    if (xml.hasError()) {
        out.error = xml.errorString();
    }
    return out;
}

} // namespace hopscope::gui::test
