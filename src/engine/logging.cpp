// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "logging.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <stdexcept>
#include <vector>

namespace hopscope::engine {

bool isLogLevel(const std::string& level) {
    static const std::vector<std::string> names = {"trace", "debug", "info", "warn",
                                                   "warning", "error", "critical", "off"};
    return std::find(names.begin(), names.end(), level) != names.end();
}

std::string setupLogging(const LogSettings& settings) {
    if (!isLogLevel(settings.level)) {
        throw std::invalid_argument("unknown log level '" + settings.level +
                                    "' (use trace, debug, info, warn, error, critical or off)");
    }
    std::vector<spdlog::sink_ptr> sinks;
    if (settings.console) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    std::string path;
    const QString dir = settings.directory
                            ? QString::fromStdString(*settings.directory)
                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dir.isEmpty() && QDir().mkpath(dir)) {
        path = QDir(dir).filePath(QStringLiteral("hopscope.log")).toStdString();
        try {
            constexpr std::size_t kMaxBytes = 5 * 1024 * 1024;
            constexpr std::size_t kFiles = 3;
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, kMaxBytes, kFiles));
        } catch (const spdlog::spdlog_ex&) {
            path.clear();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("hopscope", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::from_str(settings.level == "warning" ? "warn" : settings.level));
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%^%l%$] [%t] %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (path.empty()) {
        spdlog::warn("no log file could be opened in '{}'; logging to the console only",
                     dir.toStdString());
    }
    return path;
}

} // namespace hopscope::engine
