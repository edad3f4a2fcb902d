#pragma once

#include "store/StoreChange.h"

namespace rapport {

/**
 * What the HR figures are computed from: people (teams, erasures), connections (the alliance per professional),
 * submissions, the settings that hold the minimum group size, and the interventions HR recorded. A change of anything
 * else (a sharing switch, a share request, the hub binding) leaves the HR report as it was, so the HR dashboard does
 * not recompute it.
 */
[[nodiscard]] inline bool changesHrReport(const StoreChange& change)
{
    using Kind = StoreChange::Kind;
    return change.touches(Kind::People | Kind::Connections | Kind::Submissions | Kind::Settings | Kind::Interventions);
}

} // namespace rapport
