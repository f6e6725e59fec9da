// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/application.h"
#include "gui/main_window.h"
#include "svg_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

const QString kApp = QStringLiteral(HOPSCOPE_BINARY_DIR "/src/gui/hopscope");

std::optional<StartupOptions> parse(QStringList args, int* code = nullptr, QString* out = nullptr) {
    args.prepend(QStringLiteral("hopscope"));
    int exitCode = -1;
    QString output;
    bool toStderr = false;
    auto options = parseCommandLine(args, exitCode, output, toStderr);
    if (code != nullptr) {
        *code = exitCode;
    }
    if (out != nullptr) {
        *out = output;
    }
    return options;
}

TEST(CommandLine, ReadsEveryOption) {
    const auto o =
        parse({QStringLiteral("--view"), QStringLiteral("tcp"), QStringLiteral("--presentation"),
               QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--log-level"),
               QStringLiteral("debug"), QStringLiteral("--open"), QStringLiteral("a.pcapng"),
               QStringLiteral("--screenshot"), QStringLiteral("s.png"), QStringLiteral("--size"),
               QStringLiteral("1280x720"), QStringLiteral("--quit-after-first-frame")});
    ASSERT_TRUE(o.has_value());
    EXPECT_EQ(o->view, QStringLiteral("tcp"));
    EXPECT_TRUE(o->presentation);
    EXPECT_EQ(o->language, QStringLiteral("de"));
    EXPECT_EQ(o->logLevel, QStringLiteral("debug"));
    EXPECT_EQ(o->openPath, QStringLiteral("a.pcapng"));
    EXPECT_EQ(o->screenshotPath, QStringLiteral("s.png"));
    EXPECT_EQ(o->size, QSize(1280, 720));
    EXPECT_TRUE(o->quitAfterFirstFrame);
}

TEST(CommandLine, AcceptsEveryViewAndRejectsMistakes) {
    for (const QString& id : MainWindow::viewIds()) {
        EXPECT_TRUE(parse({QStringLiteral("--view"), id}).has_value()) << id.toStdString();
    }
    int code = 0;
    QString out;
    EXPECT_FALSE(parse({QStringLiteral("--view"), QStringLiteral("bogus")}, &code, &out));
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(out.contains(QStringLiteral("bogus")));
    EXPECT_FALSE(parse({QStringLiteral("--log-level"), QStringLiteral("loud")}, &code));
    EXPECT_EQ(code, 2);
    EXPECT_FALSE(parse({QStringLiteral("--size"), QStringLiteral("big")}, &code));
    EXPECT_EQ(code, 2);
    EXPECT_FALSE(parse({QStringLiteral("--frobnicate")}, &code));
    EXPECT_EQ(code, 2);
    EXPECT_FALSE(parse({QStringLiteral("--version")}, &code, &out));
    EXPECT_EQ(code, 0);
}

TEST(Translations, GermanAndSpanishCataloguesAreEmbedded) {
    for (const char* lang : {"de", "es"}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/hopscope_") + QLatin1String(lang)))
            << lang;
        EXPECT_FALSE(translator.isEmpty());
    }
    QTranslator de;
    ASSERT_TRUE(de.load(QStringLiteral(":/i18n/hopscope_de")));
    EXPECT_EQ(de.translate("MainWindow", "Events"), QStringLiteral("Ereignisse"));
    QTranslator es;
    ASSERT_TRUE(es.load(QStringLiteral(":/i18n/hopscope_es")));
    EXPECT_EQ(es.translate("MainWindow", "Events"), QStringLiteral("Eventos"));
    // English carries its plural forms only.
    QTranslator en;
    ASSERT_TRUE(en.load(QStringLiteral(":/i18n/hopscope_en")));
    EXPECT_EQ(en.translate("hopscope::gui::MainWindow", "Saved %Ln event(s) to %1", nullptr, 1),
              QStringLiteral("Saved %Ln event to %1"));
    EXPECT_EQ(en.translate("hopscope::gui::MainWindow", "Saved %Ln event(s) to %1", nullptr, 2),
              QStringLiteral("Saved %Ln events to %1"));
}

// The real binary, as a user or a start-up benchmark runs it.
class AppBinary : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(QFileInfo(kApp).isExecutable()) << "build the hopscope target first";
        ASSERT_TRUE(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Settings and logs in a throwaway home.
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
    }

    int run(const QStringList& args) {
        process.start(kApp, args);
        if (!process.waitForFinished(30'000)) {
            process.kill();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    QTemporaryDir home;
    QProcess process;
};

TEST_F(AppBinary, VersionPrintsNameAndVersion) {
    EXPECT_EQ(run({QStringLiteral("--version")}), 0);
    EXPECT_EQ(process.readAllStandardOutput().trimmed(), QByteArray("hopscope " HOPSCOPE_VERSION));
}

TEST_F(AppBinary, ScreenshotWritesTheWindowAtItsDefaultSize) {
    const QString shot = home.filePath(QStringLiteral("shot.png"));
    EXPECT_EQ(run({QStringLiteral("--screenshot"), shot, QStringLiteral("--view"),
                   QStringLiteral("dns"), QStringLiteral("--log-level"), QStringLiteral("warn")}),
              0)
        << process.readAllStandardError().toStdString();
    const QImage image(shot);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), MainWindow::kDefaultSize);
}

TEST_F(AppBinary, ScreenshotWritesTheFormatItsNameAsksFor) {
    const QString svgPath = home.filePath(QStringLiteral("shot.svg"));
    EXPECT_EQ(run({QStringLiteral("--screenshot"), svgPath, QStringLiteral("--view"),
                   QStringLiteral("trace"), QStringLiteral("--log-level"), QStringLiteral("warn")}),
              0)
        << process.readAllStandardError().toStdString();
    const test::SvgContent svg = test::readSvg(svgPath);
    ASSERT_TRUE(svg.valid) << svg.error.toStdString();
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("Trace"))) // the lesson list, as text
        << svg.texts.mid(0, 20).join(QStringLiteral(" | ")).toStdString();
    const QString pdfPath = home.filePath(QStringLiteral("shot.pdf"));
    EXPECT_EQ(run({QStringLiteral("--screenshot"), pdfPath, QStringLiteral("--view"),
                   QStringLiteral("trace"), QStringLiteral("--log-level"), QStringLiteral("warn")}),
              0);
    QFile pdf(pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.read(4), QByteArray("%PDF"));
    // A name that asks for no format it writes is refused before anything starts.
    EXPECT_EQ(run({QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.jpg"))}), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("PNG, SVG or PDF"));
    EXPECT_FALSE(QFile::exists(home.filePath(QStringLiteral("shot.jpg"))));
}

// --lang is read before anything is shown: the help text and what the window says both come
// in the language asked for.
TEST_F(AppBinary, LangAtStartUpTranslatesTheHelpAndTheWindow) {
    EXPECT_EQ(run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    EXPECT_TRUE(help.contains(
        QStringLiteral("Das Fenster nach dem ersten Zeichnen als PNG-Bild speichern und beenden.")))
        << help.toStdString();
    // The window's own text, here the message about a capture that is not there.
    const QString missing = home.filePath(QStringLiteral("missing.pcapng"));
    EXPECT_EQ(run({QStringLiteral("--lang=de"), QStringLiteral("--open"), missing,
                   QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.png")),
                   QStringLiteral("--log-level"), QStringLiteral("warn")}),
              1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("hopscope: Hopscope konnte „missing.pcapng“ nicht "
                                            "öffnen:")))
        << err.toStdString();
}

// A picture of a capture that did not open is not the picture asked for: the reason goes to
// stderr and the exit code says it failed.
TEST_F(AppBinary, ScreenshotAfterAFailedOpenSaysWhyAndFails) {
    const QString missing = home.filePath(QStringLiteral("missing.pcapng"));
    EXPECT_EQ(run({QStringLiteral("--open"), missing, QStringLiteral("--screenshot"),
                   home.filePath(QStringLiteral("shot.png")), QStringLiteral("--log-level"),
                   QStringLiteral("warn")}),
              1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("hopscope: Hopscope could not open “missing.pcapng”: "
                                            "cannot open %1: no such file\n")
                                 .arg(missing)))
        << err.toStdString();
    // A folder is refused the same way, saying what it is.
    EXPECT_EQ(
        run({QStringLiteral("--open"), home.path(), QStringLiteral("--quit-after-first-frame"),
             QStringLiteral("--log-level"), QStringLiteral("warn")}),
        1);
    EXPECT_TRUE(process.readAllStandardError().contains("it is a folder, not a file"));
}

TEST_F(AppBinary, QuitsAfterTheFirstFrameAndRejectsUnknownViews) {
    EXPECT_EQ(run({QStringLiteral("--quit-after-first-frame"), QStringLiteral("--log-level"),
                   QStringLiteral("warn")}),
              0);
    EXPECT_EQ(run({QStringLiteral("--view"), QStringLiteral("bogus")}), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("bogus"));
}

} // namespace
} // namespace hopscope::gui
