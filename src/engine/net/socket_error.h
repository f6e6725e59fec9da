// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "net_result.h"

#include <string>

namespace hopscope::engine::net {

// Turns an errno into a NetError whose message says what failed and why in plain words
// ("cannot bind UDP 127.0.0.1:53: port in use"). Internal to the socket layer.
[[nodiscard]] NetError socketError(int errorNumber, const std::string& what);

// Maps a failed read/write errno to an IoResult (EAGAIN -> WouldBlock, EPIPE -> Closed...).
[[nodiscard]] IoResult ioError(int errorNumber);

} // namespace hopscope::engine::net
