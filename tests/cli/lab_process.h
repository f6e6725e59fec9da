// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// `hopscope-cli lab up` as a process of its own, for the CLI tests that need a running lab
// another command (exec, tables) finds.

#include <csignal>
#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace hopscope::testing {

inline const std::string kCliProgram = std::string(HOPSCOPE_BINARY_DIR) + "/src/cli/hopscope-cli";

// Runs `hopscope-cli lab up`; its standard output is readable, and it is killed at the end.
struct LabProcess {
    pid_t pid = -1;
    FILE* out = nullptr;

    LabProcess() {
        int pipeFds[2];
        if (::pipe(pipeFds) != 0) {
            return;
        }
        pid = ::fork();
        if (pid == 0) {
            ::dup2(pipeFds[1], 1);
            ::close(pipeFds[0]);
            ::close(pipeFds[1]);
            ::execl(kCliProgram.c_str(), kCliProgram.c_str(), "lab", "up",
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(pipeFds[1]);
        out = ::fdopen(pipeFds[0], "r");
    }
    ~LabProcess() {
        if (out != nullptr) {
            std::fclose(out);
        }
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }
    LabProcess(const LabProcess&) = delete;
    LabProcess& operator=(const LabProcess&) = delete;

    // Reads lines until one starts with `prefix` (the process prints it when the lab is up).
    bool waitForLine(const std::string& prefix) {
        char line[4096];
        while (out != nullptr && std::fgets(line, sizeof line, out) != nullptr) {
            if (std::string(line).rfind(prefix, 0) == 0) {
                return true;
            }
        }
        return false;
    }
};

} // namespace hopscope::testing
