// SPDX-FileCopyrightText: 2025 FitPlanner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app: the main window with the user's settings, or --screenshot rendering offscreen.
int runGui(int& argc, char** argv);
