// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine.h"

namespace hopscope::engine {

Engine::Engine(QObject* parent) : QObject(parent), m_trace(std::make_shared<trace::Trace>()) {}

Engine::~Engine() = default;

void Engine::resetTrace() { setTrace(std::make_shared<trace::Trace>()); }

void Engine::setTrace(std::shared_ptr<trace::Trace> trace) {
    m_trace = std::move(trace);
    emit traceReplaced();
}

} // namespace hopscope::engine
