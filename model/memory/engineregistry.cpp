// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "engineregistry.h"

#include "llamacppengine.h"
#include "mlxengine.h"
#include "transformersengine.h"
#include "vllmengine.h"

#include <memory>

namespace Planner {

namespace {

// The registration: one line per engine, in the order of the Engine enum.
std::vector<std::unique_ptr<const EngineRules>> createEngineRules()
{
    std::vector<std::unique_ptr<const EngineRules>> engines;
    engines.push_back(std::make_unique<LlamaCppEngine>());
    engines.push_back(std::make_unique<VllmEngine>());
    engines.push_back(std::make_unique<TransformersEngine>());
    engines.push_back(std::make_unique<MlxEngine>());
    return engines;
}

} // namespace

const std::vector<const EngineRules*>& allEngineRules()
{
    static const std::vector<std::unique_ptr<const EngineRules>> owned = createEngineRules();
    static const std::vector<const EngineRules*> all = [] {
        std::vector<const EngineRules*> list;
        for (const auto& rules : owned)
            list.push_back(rules.get());
        return list;
    }();
    return all;
}

const EngineRules& engineRules(Engine engine)
{
    const std::vector<const EngineRules*>& all = allEngineRules();
    const size_t index = size_t(engine);
    if (index < all.size() && all[index]->engine() == engine)
        return *all[index];
    for (const EngineRules* rules : all) {
        if (rules->engine() == engine)
            return *rules;
    }
    return *all.front(); // not reached: every Engine value has rules (tst_enginerules checks it)
}

QStringList kvTypesFor(Engine engine)
{
    return engineRules(engine).kvTypes();
}

} // namespace Planner
