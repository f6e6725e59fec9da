// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

namespace hopscope::cli {

// Blocks until Ctrl-C (SIGINT) or SIGTERM arrives, or until `seconds` have passed when it is
// above 0: the end of the commands that serve until stopped, so they still print what they
// counted and save what they recorded. The handlers are installed for the wait only and the
// previous ones come back afterwards. Returns true when a signal ended the wait.
bool waitForStopSignal(double seconds);

} // namespace hopscope::cli
