// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "modelspec.h"

#include <algorithm>

namespace Planner {

qint64 ModelSpec::moeLayerCount() const
{
    return std::count_if(layers.begin(), layers.end(), [](const LayerSpec& l) { return l.moe; });
}

qint64 ModelSpec::slidingLayerCount() const
{
    return std::count_if(
        layers.begin(), layers.end(), [](const LayerSpec& l) { return l.window == AttentionWindow::Sliding; });
}

qint64 ModelSpec::chunkedLayerCount() const
{
    return std::count_if(
        layers.begin(), layers.end(), [](const LayerSpec& l) { return l.window == AttentionWindow::Chunked; });
}

qint64 ModelSpec::kvLayerCount() const
{
    return std::count_if(layers.begin(), layers.end(), [](const LayerSpec& l) { return l.holdsKv(); });
}

qint64 ModelSpec::recurrentLayerCount(MixerKind kind) const
{
    return std::count_if(
        layers.begin(), layers.end(), [kind](const LayerSpec& l) { return l.isRecurrent() && l.mixer == kind; });
}

} // namespace Planner
