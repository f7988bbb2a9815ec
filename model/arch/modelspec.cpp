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

} // namespace Planner
