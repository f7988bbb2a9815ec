#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages FitPlanner builds and tests with (as root, or through sudo).
set -euo pipefail
packages=(qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-svg-dev nlohmann-json3-dev libxkbcommon-dev xvfb xauth cmake ninja-build g++
          libbenchmark-dev clang libclang-rt-14-dev clang-format fonts-noto-cjk
          desktop-file-utils appstream dpkg-dev qt6-translations-l10n)
if dpkg -s "${packages[@]}" >/dev/null 2>&1; then
    exit 0
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
