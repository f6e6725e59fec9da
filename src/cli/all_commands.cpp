// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "commands.h"

namespace hopscope::cli {

std::vector<Command> allCommands() {
    return {serveCommand(), resolveCommand(), lbCommand(), pcapCommand(), benchCommand()};
}

} // namespace hopscope::cli
