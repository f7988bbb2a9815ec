// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// The desktop app: the main window with the user's settings, or --screenshot rendering offscreen.
int runGui(int& argc, char** argv);
