// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/trace.h"

#include <QObject>

#include <memory>

namespace hopscope::engine {

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

signals:
    void traceReplaced();

private:
    std::shared_ptr<trace::Trace> m_trace;
};

} // namespace hopscope::engine
