// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "engine/engine.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace hopscope::gui {

// What the command line asked for.
struct StartupOptions {
    QString view;           // empty: the last lesson, or the trace
    QString screenshotPath; // --screenshot
    bool quitAfterFirstFrame = false;
    bool presentation = false;
    QString language; // --lang; empty: the system locale
    QString logLevel = QStringLiteral("info");
    QString openPath;                          // --open
    QSize size;                                // --size; invalid: the default window size
    QStringList resolveNames;                  // --resolve, in order: DNS lookups to make at start
    QString resolveType = QStringLiteral("A"); // --type
    QStringList tcpExperiments; // --tcp, in order: connections the TCP lesson makes at start
    std::optional<double> seek; // --seek: the playback position (3 = third event arrived)
    int loadRate = 0;           // --load: requests/s of built-in load in the LB lesson
    double waitSeconds = 0;     // --wait: seconds to let things run before --screenshot
    // --backend-service: every LB lesson backend answers after this many ms, without limit
    std::optional<int> backendServiceMs;
    // --network: where the lessons' servers run (the lab unless told otherwise)
    engine::LessonNetwork network = engine::LessonNetwork::Lab;
};

// Parses `arguments` (argv[0] first). On --help, --version or an error it returns nullopt and
// sets `exitCode` and `output` (what to print: stdout for help/version, stderr for errors).
std::optional<StartupOptions> parseCommandLine(const QStringList& arguments, int& exitCode,
                                               QString& output, bool& toStderr);

// Loads the Qt resources of the GUI library (icons, translations) into the binary using it.
void initResources();

// Parses the command line, sets up logging and translations, shows the main window.
int runApplication(int argc, char* argv[]);

} // namespace hopscope::gui
