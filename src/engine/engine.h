// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/trace.h"

#include <QObject>

#include <cstdint>
#include <memory>

namespace hopscope::engine {

// Where the lessons' servers run: in the lab (every frame captured by the kernel) or on
// loopback sockets (the messages are real, the frames around them drawn).
enum class LessonNetwork : std::uint8_t { Loopback, Lab };

// The one facade the GUI and the CLI talk to. It owns the current trace; producers (live
// servers, the lab, capture import) append to it from worker threads.
class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(QObject* parent = nullptr);
    ~Engine() override;

    [[nodiscard]] std::shared_ptr<trace::Trace> trace() const { return m_trace; }
    // Starts a new, empty trace (the old one stays alive for whoever still holds it).
    void resetTrace();
    // Makes `trace` the current one (a loaded capture, a finished lesson run).
    void setTrace(std::shared_ptr<trace::Trace> trace);

    // Set once at start-up, before the first lesson starts; Loopback unless the app asks.
    [[nodiscard]] LessonNetwork lessonNetwork() const { return m_lessonNetwork; }
    void setLessonNetwork(LessonNetwork network) { m_lessonNetwork = network; }

signals:
    void traceReplaced();

private:
    std::shared_ptr<trace::Trace> m_trace;
    LessonNetwork m_lessonNetwork = LessonNetwork::Loopback;
};

} // namespace hopscope::engine
