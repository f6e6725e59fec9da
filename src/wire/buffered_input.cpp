// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "buffered_input.h"

#include <algorithm>
#include <cstring>
#include <istream>

namespace hopscope::wire {

BufferedInput::BufferedInput(std::istream& in, std::size_t window)
    : m_in(in), m_buffer(std::max<std::size_t>(window, 64)) {}

std::size_t BufferedInput::fill(std::size_t n) {
    std::size_t held = m_end - m_start;
    if (held >= n || m_eof) {
        return held;
    }
    // Slide the unread bytes to the front; the buffer grows past the window only for a record
    // bigger than the window (callers bound n).
    if (m_start > 0) {
        if (held > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_start, held);
        }
        m_consumedBefore += m_start;
        m_start = 0;
        m_end = held;
    }
    // Grow only as data actually arrives (doubling), so a damaged length that asks for
    // megabytes near the end of a small input costs no more than the input itself.
    while (held < n && !m_eof) {
        if (m_end == m_buffer.size()) {
            m_buffer.resize(std::min(n, m_buffer.size() * 2));
        }
        // Wait only for the bytes asked for, then take whatever else is already there: a file
        // is still read in big chunks, and a pipe (the lab's live capture) delivers each block
        // as soon as it is whole instead of when the window is full.
        const std::size_t room = m_buffer.size() - m_end;
        const std::size_t needed = std::min(n - held, room);
        m_in.read(reinterpret_cast<char*>(m_buffer.data() + m_end),
                  static_cast<std::streamsize>(needed));
        auto got = static_cast<std::size_t>(m_in.gcount());
        if (!m_in) {
            m_eof = true;
        } else if (room > got) {
            got += static_cast<std::size_t>(
                m_in.readsome(reinterpret_cast<char*>(m_buffer.data() + m_end + got),
                              static_cast<std::streamsize>(room - got)));
        }
        m_end += got;
        held += got;
    }
    return held;
}

std::span<const std::uint8_t> BufferedInput::peek(std::size_t n) {
    const std::size_t held = fill(n);
    return {m_buffer.data() + m_start, std::min(n, held)};
}

std::span<const std::uint8_t> BufferedInput::take(std::size_t n) {
    const auto view = peek(n);
    m_start += view.size();
    return view;
}

std::uint64_t BufferedInput::skip(std::uint64_t n) {
    std::uint64_t skipped = 0;
    while (skipped < n) {
        const auto chunk =
            static_cast<std::size_t>(std::min<std::uint64_t>(n - skipped, m_buffer.size()));
        const auto got = take(chunk).size();
        skipped += got;
        if (got < chunk) {
            break;
        }
    }
    return skipped;
}

bool BufferedInput::atEnd() {
    return fill(1) == 0;
}

} // namespace hopscope::wire
