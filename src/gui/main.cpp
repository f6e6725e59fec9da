// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/application.h"

int main(int argc, char* argv[]) {
    return hopscope::gui::runApplication(argc, argv);
}
