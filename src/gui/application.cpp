// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "application.h"

#include "engine/engine.h"
#include "engine/logging.h"
#include "engine/parse_number.h"
#include "first_frame_watcher.h"
#include "gui/controllers/dns_lookup_runner.h"
#include "gui/controllers/playback_controller.h"
#include "gui/views/dns_lookup_view.h"
#include "gui/views/lesson_registry.h"
#include "gui/views/load_balancing_view.h"
#include "gui/views/tcp_lesson_view.h"
#include "gui/widgets/scene_exporter.h"
#include "main_window.h"
#include "wire/dns_message.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <limits>
#include <spdlog/spdlog.h>
#include <stdexcept>

// Outside any namespace: Q_INIT_RESOURCE declares a global function.
static void initHopscopeResources() {
    Q_INIT_RESOURCE(hopscope);
}

namespace hopscope::gui {

namespace {

void print(const QString& text, bool toStderr) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fputs(bytes.constData(), toStderr ? stderr : stdout);
    std::fflush(toStderr ? stderr : stdout);
}

// --lang must be known before the help text is built, so it is read ahead of the parser.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) &&
            i + 1 < arguments.size()) {
            return arguments[i + 1];
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            return a.mid(7);
        }
    }
    return {};
}

// Installs the app's and Qt's own catalogues; returns whether the app's one was found.
bool installTranslators(QCoreApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale); // numbers and times in the chosen language too
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    // English plural forms first; a language's own catalogue, installed later, wins.
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/hopscope_en"))) {
        QCoreApplication::installTranslator(plurals);
    }
    auto* mine = new QTranslator(&app);
    const bool found = language.isEmpty()
                           ? mine->load(locale, QStringLiteral("hopscope"), QStringLiteral("_"),
                                        QStringLiteral(":/i18n"))
                           : mine->load(QStringLiteral(":/i18n/hopscope_") + language);
    if (found) {
        QCoreApplication::installTranslator(mine);
    }
    return found;
}

} // namespace

void initResources() {
    initHopscopeResources();
}

std::optional<StartupOptions> parseCommandLine(const QStringList& arguments, int& exitCode,
                                               QString& output, bool& toStderr) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Application", "See what really happens on the wire."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QStringList ids = LessonRegistry::ids();
    const QString lastId = ids.takeLast();
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("Application", "Start on one page: %1.")
            .arg(QCoreApplication::translate("Application", "%1 or %2")
                     .arg(ids.join(QStringLiteral(", ")), lastId)),
        QCoreApplication::translate("Application", "name"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "Application", "Write the window as a PNG image once it has painted, then exit."),
        QCoreApplication::translate("Application", "file"));
    const QCommandLineOption quitAfterFirstFrame(
        QStringLiteral("quit-after-first-frame"),
        QCoreApplication::translate(
            "Application", "Exit as soon as the window has painted (for start-up benchmarks)."));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QCoreApplication::translate("Application", "Start in presentation mode."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("Application",
                                    "Use this language (de, es, ...) instead of the system's."),
        QCoreApplication::translate("Application", "code"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        QCoreApplication::translate("Application",
                                    "Log level: trace, debug, info, warn, error, critical or off."),
        QCoreApplication::translate("Application", "level"), QStringLiteral("info"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("Application", "Open a pcap or pcapng capture."),
        QCoreApplication::translate("Application", "file"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("Application", "Window size for --screenshot, e.g. 1920x1080."),
        QCoreApplication::translate("Application", "width x height"));
    const QCommandLineOption resolve(
        QStringLiteral("resolve"),
        QCoreApplication::translate(
            "Application",
            "Look this name up in the DNS lesson at start (may be given more than once)."),
        QCoreApplication::translate("Application", "name"));
    const QCommandLineOption type(
        QStringLiteral("type"),
        QCoreApplication::translate("Application",
                                    "Record type for --resolve: A, AAAA, MX, TXT, NS or CNAME."),
        QCoreApplication::translate("Application", "type"), QStringLiteral("A"));
    const QCommandLineOption tcp(
        QStringLiteral("tcp"),
        QCoreApplication::translate(
            "Application",
            "Make this connection in the TCP lesson's lab at start: normal, lost-syn, "
            "lost-synack, lost-request, closed-port, reset, reset-midway or udp-vs-tcp (may be "
            "given more than once)."),
        QCoreApplication::translate("Application", "experiment"));
    const QCommandLineOption seek(
        QStringLiteral("seek"),
        QCoreApplication::translate(
            "Application",
            "Show the trace at position N: N events have arrived (2.5: the third is half way). "
            "Without it --resolve shows the end."),
        QCoreApplication::translate("Application", "N"));
    const QCommandLineOption load(
        QStringLiteral("load"),
        QCoreApplication::translate("Application",
                                    "Start this many requests per second of built-in load in the "
                                    "load balancing lesson."),
        QCoreApplication::translate("Application", "rate"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QCoreApplication::translate(
            "Application", "Let the lessons run this many seconds before --screenshot is taken."),
        QCoreApplication::translate("Application", "seconds"));
    const QCommandLineOption backendService(
        QStringLiteral("backend-service"),
        QCoreApplication::translate(
            "Application",
            "Make every backend of the load balancing lesson answer after this many "
            "milliseconds (0: at once), with no limit on concurrent requests (for benchmarks)."),
        QCoreApplication::translate("Application", "ms"));
    const QCommandLineOption network(
        QStringLiteral("network"),
        QCoreApplication::translate(
            "Application",
            "Where the lessons' servers run: lab (inside the lab of network namespaces, every "
            "frame captured) or loopback (on this computer's loopback, the frames drawn)."),
        QCoreApplication::translate("Application", "where"), QStringLiteral("lab"));
    parser.addOptions({view, screenshot, quitAfterFirstFrame, presentation, lang, logLevel, open,
                       size, resolve, type, tcp, seek, load, waitOption, backendService, network});

    toStderr = true;
    exitCode = 2;
    if (!parser.parse(arguments)) {
        output = QStringLiteral("hopscope: %1\n").arg(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        output = parser.helpText();
        toStderr = false;
        exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        output = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                               QCoreApplication::applicationVersion());
        toStderr = false;
        exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        output = QStringLiteral("hopscope: %1\n")
                     .arg(QCoreApplication::translate(
                              "Application",
                              "unexpected argument “%1”; use --open FILE to open a capture")
                              .arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }

    StartupOptions o;
    o.view = parser.value(view);
    if (!o.view.isEmpty() && LessonRegistry::find(o.view) == nullptr) {
        output = QStringLiteral("hopscope: %1\n")
                     .arg(QCoreApplication::translate("Application",
                                                      "unknown view “%1”; choose one of %2")
                              .arg(o.view, LessonRegistry::ids().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    o.screenshotPath = parser.value(screenshot);
    if (!o.screenshotPath.isEmpty()) {
        const QString suffix = QFileInfo(o.screenshotPath).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
            suffix != QLatin1String("pdf")) {
            output = QStringLiteral("hopscope: %1\n")
                         .arg(QCoreApplication::translate(
                                  "Application",
                                  "--screenshot writes PNG, SVG or PDF, named so (.png, .svg, "
                                  ".pdf); “%1” is none of them")
                                  .arg(o.screenshotPath));
            return std::nullopt;
        }
    }
    o.quitAfterFirstFrame = parser.isSet(quitAfterFirstFrame);
    o.presentation = parser.isSet(presentation);
    o.language = parser.value(lang);
    o.logLevel = parser.value(logLevel);
    if (!engine::isLogLevel(o.logLevel.toStdString())) {
        output = QStringLiteral("hopscope: %1\n")
                     .arg(QCoreApplication::translate(
                              "Application",
                              "unknown log level “%1”; use trace, debug, info, warn, error, "
                              "critical or off")
                              .arg(o.logLevel));
        return std::nullopt;
    }
    const QString where = parser.value(network);
    if (where == QLatin1String("lab")) {
        o.network = engine::LessonNetwork::Lab;
    } else if (where == QLatin1String("loopback")) {
        o.network = engine::LessonNetwork::Loopback;
    } else {
        output = QStringLiteral("hopscope: %1\n")
                     .arg(QCoreApplication::translate("Application",
                                                      "unknown network “%1”; use lab or loopback")
                              .arg(where));
        return std::nullopt;
    }
    o.openPath = parser.value(open);
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch()) {
            output = QStringLiteral("hopscope: %1\n")
                         .arg(QCoreApplication::translate(
                             "Application", "--size wants WIDTHxHEIGHT, e.g. 1920x1080"));
            return std::nullopt;
        }
        o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    o.resolveNames = parser.values(resolve);
    o.tcpExperiments = parser.values(tcp);
    for (const QString& id : o.tcpExperiments) {
        if (!TcpLessonView::experimentFromId(id)) {
            output = QStringLiteral("hopscope: %1\n")
                         .arg(QCoreApplication::translate(
                                  "Application",
                                  "unknown TCP experiment “%1”; use normal, lost-syn, "
                                  "lost-synack, lost-request, closed-port, reset, reset-midway "
                                  "or udp-vs-tcp")
                                  .arg(id));
            return std::nullopt;
        }
    }
    o.resolveType = parser.value(type).toUpper();
    const auto parsedType = wire::dnsTypeFromName(o.resolveType.toStdString());
    if (!parsedType || !DnsLookupView::recordTypes().contains(*parsedType)) {
        output = QStringLiteral("hopscope: %1\n")
                     .arg(QCoreApplication::translate(
                              "Application", "unknown record type “%1”; use A, AAAA, MX, TXT, "
                                             "NS or CNAME")
                              .arg(parser.value(type)));
        return std::nullopt;
    }
    // A numeric option in [low, high] (whole numbers only when `whole`); nullopt when it is
    // absent, `bad` (with the complaint in `output`) when it is out of range or not a number.
    bool bad = false;
    auto number = [&](const QCommandLineOption& option, bool whole, double low, double high,
                      const char* complaint) -> std::optional<double> {
        if (bad || !parser.isSet(option)) {
            return std::nullopt; // the first bad option is the one reported
        }
        // The CLI's parser, so both programs take the same numbers.
        const std::string text = parser.value(option).toStdString();
        double n = 0;
        bool ok = false;
        if (whole) {
            int value = 0;
            ok = engine::parseNumber(text, value, static_cast<int>(low), static_cast<int>(high));
            n = value;
        } else {
            ok = engine::parseNumber(text, n, low, high);
        }
        if (!ok) {
            output = QStringLiteral("hopscope: %1\n")
                         .arg(QCoreApplication::translate("Application", complaint));
            bad = true;
            return std::nullopt;
        }
        return n;
    };
    constexpr double kNoLimit = std::numeric_limits<double>::infinity();
    o.seek = number(seek, false, 0, kNoLimit,
                    QT_TRANSLATE_NOOP("Application", "--seek wants a position, 0 or more"));
    const auto rate =
        number(load, true, 1, 100000,
               QT_TRANSLATE_NOOP("Application", "--load wants requests per second, 1 to 100000"));
    const auto serviceMs = number(
        backendService, true, 0, 60000,
        QT_TRANSLATE_NOOP("Application", "--backend-service wants milliseconds, 0 to 60000"));
    const auto wait = number(waitOption, false, 0, 600,
                             QT_TRANSLATE_NOOP("Application", "--wait wants seconds, 0 to 600"));
    if (bad) {
        return std::nullopt;
    }
    if (rate) {
        o.loadRate = static_cast<int>(*rate);
        if (o.view.isEmpty()) {
            o.view = QStringLiteral("loadbalancing");
        }
    }
    if (serviceMs) {
        o.backendServiceMs = static_cast<int>(*serviceMs);
    }
    o.waitSeconds = wait.value_or(0);
    if (!o.resolveNames.isEmpty() && o.view.isEmpty()) {
        o.view = QStringLiteral("dns");
    }
    exitCode = 0;
    return o;
}

namespace {

void setApplicationNames() {
    QCoreApplication::setOrganizationName(QStringLiteral("Hopscope"));
    QCoreApplication::setApplicationName(QStringLiteral("hopscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOPSCOPE_VERSION));
}

} // namespace

int runApplication(int argc, char* argv[]) {
    initResources();
    // --help, --version and mistakes are answered without a display: the command line is read
    // under a QCoreApplication before the GUI one exists.
    QString language;
    std::optional<StartupOptions> options;
    {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        const QStringList arguments = QCoreApplication::arguments();
        language = languageArgument(arguments);
        installTranslators(core, language);
        int exitCode = 0;
        QString output;
        bool toStderr = false;
        options = parseCommandLine(arguments, exitCode, output, toStderr);
        if (!options) {
            print(output, toStderr);
            return exitCode;
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hopscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("hopscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hopscope.svg")));
    const bool translated = installTranslators(app, language);

    try {
        engine::LogSettings log;
        log.level = options->logLevel.toStdString();
        engine::setupLogging(log);
    } catch (const std::exception& e) {
        print(QStringLiteral("hopscope: %1\n").arg(QString::fromLocal8Bit(e.what())), true);
        return 2;
    }
    if (!language.isEmpty() && !translated && !language.startsWith(QLatin1String("en"))) {
        spdlog::warn("no translation for language '{}'; using English", language.toStdString());
    }

    engine::Engine engine;
    engine.setLessonNetwork(options->network);
    MainWindow window(engine);
    const bool deterministic = !options->screenshotPath.isEmpty() || options->quitAfterFirstFrame;
    window.setDeterministic(deterministic);
    if (!deterministic) {
        window.restoreSettings();
    }
    if (options->size.isValid()) {
        window.resize(options->size);
    }
    if (!options->view.isEmpty()) {
        window.showView(options->view);
    }
    if (options->presentation) {
        window.setPresentationMode(true);
    }

    FirstFrameWatcher watcher(&window);
    bool painted = false;
    bool loaded = options->openPath.isEmpty();
    bool resolved = options->resolveNames.isEmpty();
    bool connected = options->tcpExperiments.isEmpty();
    bool waited = options->waitSeconds <= 0;
    int result = 0;
    // Screenshots wait for the first frame, a capture given with --open and the lookups of
    // --resolve.
    auto finishIfReady = [&] {
        if (!painted || !loaded || !resolved || !connected || !waited) {
            return;
        }
        if (!options->screenshotPath.isEmpty()) {
            // Layouts that a loaded capture resized settle in posted events: let them run.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            // The format the name asks for: a PNG as on screen, or the whole window drawn as
            // vectors (SVG, PDF) through the one exporter.
            const auto format = SceneExporter::formatFor(options->screenshotPath);
            QString problem;
            if (format == SceneExporter::Format::Png) {
                if (!window.grab().save(options->screenshotPath, "PNG")) {
                    problem = QCoreApplication::translate("Application",
                                                          "cannot write the screenshot to “%1”")
                                  .arg(options->screenshotPath);
                }
            } else {
                SceneExporter::Source source;
                source.widget = &window;
                source.title = QStringLiteral("Hopscope");
                problem = SceneExporter::write(source, options->screenshotPath, format);
            }
            if (!problem.isEmpty()) {
                print(QStringLiteral("hopscope: %1\n").arg(problem), true);
                result = 1;
            } else {
                spdlog::info("screenshot written to '{}'", options->screenshotPath.toStdString());
            }
            QCoreApplication::exit(result);
        } else if (options->quitAfterFirstFrame) {
            QCoreApplication::exit(result);
        }
    };
    QObject::connect(&watcher, &FirstFrameWatcher::firstFrame, &window, [&] {
        painted = true;
        if (!waited) {
            QTimer::singleShot(static_cast<int>(options->waitSeconds * 1000), &window, [&] {
                waited = true;
                finishIfReady();
            });
        }
        finishIfReady();
    });
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&](bool ok) {
        loaded = true;
        // A picture or a timed run of a capture that did not open is not what was asked for:
        // say why on stderr and end with an error, so a script notices.
        if (!ok && (!options->screenshotPath.isEmpty() || options->quitAfterFirstFrame)) {
            print(QStringLiteral("hopscope: %1\n")
                      .arg(window.loadProblem()
                               .section(QLatin1Char('\n'), 0, 1)
                               .replace(QLatin1Char('\n'), QLatin1Char(' '))),
                  true);
            result = 1;
        }
        // Let the views take in the new trace and lay out again before the picture is taken.
        QTimer::singleShot(100, &window, finishIfReady);
    });

    auto seekAsAsked = [&] {
        PlaybackController& controller = window.controller();
        controller.end(); // publishes every event before seeking into them
        if (options->seek) {
            controller.seekToPosition(*options->seek);
        }
    };
    if (!options->resolveNames.isEmpty()) {
        DnsLookupView* dns = window.dnsView();
        dns->setAutoPlay(!deterministic && !options->seek);
        QObject::connect(dns, &DnsLookupView::lookupsDone, &window, [&] {
            if (resolved) {
                return;
            }
            resolved = true;
            if (deterministic || options->seek) {
                seekAsAsked();
            }
            // Let the views take in the new trace and lay out again before the picture is taken.
            QTimer::singleShot(100, &window, finishIfReady);
        });
        QObject::connect(&dns->runner(), &DnsLookupRunner::stateChanged, &window,
                         [&](DnsLookupRunner::State state) {
                             if (state != DnsLookupRunner::State::Failed || resolved) {
                                 return;
                             }
                             resolved = true;
                             print(QStringLiteral("hopscope: %1\n").arg(dns->statusText()), true);
                             result = 1;
                             QTimer::singleShot(100, &window, finishIfReady);
                         });
        const auto type = *wire::dnsTypeFromName(options->resolveType.toStdString());
        for (const QString& name : options->resolveNames) {
            if (!dns->resolve(name, type)) {
                print(QStringLiteral("hopscope: %1\n").arg(dns->statusText()), true);
                return 2;
            }
        }
    } else if (options->seek && options->tcpExperiments.isEmpty()) {
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&] { seekAsAsked(); });
    }
    if (!options->tcpExperiments.isEmpty()) {
        TcpLessonView* tcpView = window.tcpView();
        tcpView->setAutoPlay(!deterministic && !options->seek);
        QObject::connect(tcpView, &TcpLessonView::experimentsDone, &window, [&, tcpView] {
            if (connected) {
                return;
            }
            connected = true;
            if (tcpView->runner().state() == TcpLessonRunner::State::Failed) {
                print(QStringLiteral("hopscope: %1\n").arg(tcpView->statusText()), true);
                result = 1;
            } else if (deterministic || options->seek) {
                seekAsAsked();
            }
            QTimer::singleShot(100, &window, finishIfReady);
        });
        for (const QString& id : options->tcpExperiments) {
            tcpView->runExperiment(*TcpLessonView::experimentFromId(id));
        }
    }

    if (options->backendServiceMs) {
        engine::LoadBalancerStackConfig config = LoadBalancingView::defaultStackConfig();
        for (engine::StackBackend& b : config.backends) {
            b.settings.capacity = 0;
            b.settings.serviceTime = http::ServiceTimeKind::Fixed;
            b.settings.serviceTimeMeanNs = std::int64_t{*options->backendServiceMs} * 1'000'000;
        }
        window.loadBalancingView()->setStackConfig(std::move(config));
    }
    if (options->loadRate > 0) {
        window.loadBalancingView()->startLoadWhenReady(options->loadRate);
    }
    window.show();
    if (!options->openPath.isEmpty()) {
        window.openCapture(options->openPath);
    }
    const int code = QApplication::exec();
    return code != 0 ? code : result;
}

} // namespace hopscope::gui
