// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "application.h"

#include <QApplication>
#include <QMainWindow>

namespace hopscope::gui {

int runApplication(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow w;
    w.show();
    return QApplication::exec();
}

} // namespace hopscope::gui
