// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/main_window.h"
#include "gui/views/trace_view.h"
#include "gui/widgets/ladder_scene.h"
#include "gui/widgets/ladder_view.h"
#include "gui/widgets/scene_exporter.h"
#include "sample_trace.h"
#include "svg_text.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>
#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

using test::SampleTrace;

class SceneExporterTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        engine.setTrace(SampleTrace::lookupAndFetch());
        window = std::make_unique<MainWindow>(engine, clock);
        window->setDeterministic(true);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showView(QStringLiteral("trace"));
        window->controller().seekToPosition(4.5);
    }

    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir dir;
    engine::Engine engine;
    trace::ManualClock clock;
    std::unique_ptr<MainWindow> window;
};

TEST_F(SceneExporterTest, PngAtTwiceTheViewSize) {
    const QRectF visible = window->traceView()->ladder()->visibleSceneRect();
    ASSERT_FALSE(visible.isEmpty());
    ASSERT_EQ(window->exportCurrentView(path("view.png"), 2.0), QString());
    QImage image(path("view.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), static_cast<int>(std::lround(visible.width() * 2)));
    EXPECT_EQ(image.height(), static_cast<int>(std::lround(visible.height() * 2)));
    // The background follows the palette like the screen does.
    const QColor base = window->palette().color(QPalette::Base);
    EXPECT_EQ(image.pixelColor(image.width() - 3, image.height() - 3).rgb(), base.rgb());
    // And the diagram is in it: some pixels carry a layer colour.
    bool coloured = false;
    for (int y = 0; y < image.height() && !coloured; y += 3) {
        for (int x = 0; x < image.width() && !coloured; x += 3) {
            const QColor c = image.pixelColor(x, y);
            coloured = c.saturation() > 120 && c.value() > 120;
        }
    }
    EXPECT_TRUE(coloured);

    ASSERT_EQ(window->exportCurrentView(path("view4.png"), 4.0), QString());
    EXPECT_EQ(QImage(path("view4.png")).width(),
              static_cast<int>(std::lround(visible.width() * 4)));
}

TEST_F(SceneExporterTest, SvgIsVectorXml) {
    ASSERT_EQ(window->exportCurrentView(path("view.svg")), QString());
    QFile file(path("view.svg"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool sawSvg = false;
    bool sawText = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            sawSvg = sawSvg || xml.name() == QLatin1String("svg");
            sawText = sawText || xml.name() == QLatin1String("text");
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(sawSvg);
    EXPECT_TRUE(sawText); // labels stay text, not pixels
}

TEST_F(SceneExporterTest, PdfIsAPdf) {
    ASSERT_EQ(window->exportCurrentView(path("view.pdf")), QString());
    QFile file(path("view.pdf"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    EXPECT_TRUE(data.startsWith("%PDF"));
    EXPECT_TRUE(data.trimmed().endsWith("%%EOF"));
}

TEST_F(SceneExporterTest, PagesWithoutASceneExportTheWidget) {
    window->showView(QStringLiteral("journey"));
    ASSERT_EQ(window->exportCurrentView(path("tcp.png"), 2.0), QString());
    const QImage image(path("tcp.png"));
    const QSize page = window->currentView()->size();
    EXPECT_EQ(image.size(), page * 2);
    // The page as it is, its label's text in the text colour somewhere.
    bool ink = false;
    const QColor text = window->currentView()->palette().color(QPalette::WindowText);
    for (int y = 0; y < image.height() && !ink; ++y) {
        for (int x = 0; x < image.width() && !ink; ++x) {
            ink = image.pixelColor(x, y) == text;
        }
    }
    EXPECT_TRUE(ink) << "the page's label is in the picture";
    ASSERT_EQ(window->exportCurrentView(path("tcp.svg")), QString());
    const test::SvgContent svg = test::readSvg(path("tcp.svg"));
    ASSERT_TRUE(svg.valid) << svg.error.toStdString();
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("This lesson is not built yet.")))
        << svg.texts.join(QStringLiteral(" | ")).toStdString();
    ASSERT_EQ(window->exportCurrentView(path("tcp.pdf")), QString());
    QFile pdf(path("tcp.pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(4) == "%PDF");
}

TEST(SceneExporterFormat, FromTheSuffix) {
    EXPECT_EQ(SceneExporter::formatFor(QStringLiteral("a.SVG")), SceneExporter::Format::Svg);
    EXPECT_EQ(SceneExporter::formatFor(QStringLiteral("a.pdf")), SceneExporter::Format::Pdf);
    EXPECT_EQ(SceneExporter::formatFor(QStringLiteral("a.png")), SceneExporter::Format::Png);
    SceneExporter::Source empty;
    EXPECT_FALSE(SceneExporter::write(empty, QStringLiteral("/nonexistent/x.png"),
                                      SceneExporter::Format::Png)
                     .isEmpty());
}

} // namespace
} // namespace hopscope::gui

namespace hopscope::gui {
namespace {

TEST(WholeDiagramExport, ALongLadderExportsEveryRowWithTheHeaderOnTop) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    engine::Engine engine;
    trace::ManualClock clock;
    engine.setTrace(test::SampleTrace::bulk(400)); // far more rows than the window shows
    MainWindow window(engine, clock);
    window.setDeterministic(true);
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showView(QStringLiteral("trace"));
    window.controller().end();
    // Scrolled to the end, the view shows the last rows only; the whole export has them all.
    const QRectF visible = window.traceView()->ladder()->visibleSceneRect();
    const QString svgPath = dir.filePath(QStringLiteral("whole.svg"));
    ASSERT_EQ(window.exportWholeDiagram(svgPath), QString());
    const test::SvgContent svg = test::readSvg(svgPath);
    ASSERT_TRUE(svg.valid) << svg.error.toStdString();
    const LadderScene* scene = window.traceView()->scene();
    EXPECT_GT(scene->sceneRect().height(), visible.height() * 5);
    for (const char* row : {"packet 1", "packet 200", "packet 400"}) {
        EXPECT_TRUE(svg.texts.contains(QLatin1String(row))) << row << " is in the export";
    }
    const QString pngPath = dir.filePath(QStringLiteral("whole.png"));
    ASSERT_EQ(window.exportWholeDiagram(pngPath), QString());
    const QImage image(pngPath);
    EXPECT_EQ(image.height(), static_cast<int>(std::lround(scene->sceneRect().height())));
    // The header went back to the top of what the view shows.
    EXPECT_NEAR(window.traceView()->ladder()->visibleSceneRect().top(), visible.top(), 1.0);
}

} // namespace
} // namespace hopscope::gui
