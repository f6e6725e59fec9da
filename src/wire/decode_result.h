// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace hopscope::wire {

// What every codec's decode returns: the value, or a sentence naming the byte offset where the
// bytes stopped making sense. Decoders never throw, so a hostile capture cannot crash a view.
template <class T> struct DecodeResult {
    std::optional<T> value;
    std::string problem; // empty on success

    static DecodeResult success(T v) { return DecodeResult{std::move(v), {}}; }
    static DecodeResult failure(std::string why) {
        return DecodeResult{std::nullopt, std::move(why)};
    }

    [[nodiscard]] bool ok() const { return value.has_value(); }
    explicit operator bool() const { return value.has_value(); }
    T& operator*() { return *value; }
    const T& operator*() const { return *value; }
    T* operator->() { return &*value; }
    const T* operator->() const { return &*value; }
};

// The one wording every codec uses for a header cut short, so the inspector reads the same
// everywhere: "IPv4 header at byte 14 is truncated: it needs 20 bytes but only 6 remain."
inline std::string truncatedProblem(std::string_view what, std::size_t offset, std::size_t needed,
                                    std::size_t available) {
    std::string s(what);
    s += " at byte " + std::to_string(offset) + " is truncated: it needs " +
         std::to_string(needed) + (needed == 1 ? " byte" : " bytes") + " but only " +
         std::to_string(available) + (available == 1 ? " remains." : " remain.");
    return s;
}

} // namespace hopscope::wire
