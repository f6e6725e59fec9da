// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace hopscope::gui {

// Wakes a GUI-thread object from any thread (a trace's append listener, the lab's capture
// thread): wake() queues one call of the handler on the object's thread, however often it is
// called before that call runs, and never after detach(), which the owner calls before it goes.
// A worker may still hold a copy of wake() then; it is shared so that copy stays harmless.
class ThreadWake {
public:
    ThreadWake(QObject* target, std::function<void()> handler)
        : m_state(std::make_shared<State>()) {
        m_state->target = target;
        m_state->handler = std::move(handler);
    }
    ~ThreadWake() { detach(); }
    ThreadWake(const ThreadWake&) = delete;
    ThreadWake& operator=(const ThreadWake&) = delete;

    // What a worker calls; safe to copy and to call from any thread at any time.
    [[nodiscard]] std::function<void()> wake() const {
        return [state = m_state] {
            if (state->pending.exchange(true)) {
                return; // a call is already on its way
            }
            std::lock_guard lock(state->mutex);
            if (state->target != nullptr) {
                QMetaObject::invokeMethod(
                    state->target,
                    [state] {
                        state->pending.store(false);
                        if (state->handler) {
                            state->handler();
                        }
                    },
                    Qt::QueuedConnection);
            }
        };
    }
    void detach() {
        std::lock_guard lock(m_state->mutex);
        m_state->target = nullptr;
        m_state->handler = nullptr;
    }

private:
    struct State {
        std::mutex mutex;
        QObject* target = nullptr;
        std::function<void()> handler;
        std::atomic<bool> pending{false};
    };
    std::shared_ptr<State> m_state;
};

} // namespace hopscope::gui
