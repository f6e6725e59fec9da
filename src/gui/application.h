// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

namespace hopscope::gui {

// Parses the command line, sets up logging and translations, shows the main window.
int runApplication(int argc, char* argv[]);

} // namespace hopscope::gui
