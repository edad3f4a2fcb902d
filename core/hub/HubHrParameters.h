#pragma once

#include "analytics/HrParameters.h"
#include "common/Error.h"

#include <optional>

namespace rapport::hub {

class HubConnection;

/**
 * rapport.hr_parameters (hub schema 14): the numbers the hub's HR functions read, written from the same
 * HrInstrumentParameters the local store's SQL binds, so that neither engine has an instrument's number written in.
 */
namespace HubHrParameters {

/** The first hub schema that keeps them. */
inline constexpr int FirstSchemaVersion = 14;

/**
 * Writes the rules' numbers and the two instruments' (the alliance row is removed when `alliance` is absent), in
 * one transaction. Must run as the hub owner.
 */
[[nodiscard]] Result<void> write(HubConnection& connection,
                                 const HrInstrumentParameters& wellbeing,
                                 const std::optional<HrInstrumentParameters>& alliance);

/** write() with the built-in Wellbeing Index and Professional Alliance: what `hub init` does after migrating. */
[[nodiscard]] Result<void> writeBuiltIn(HubConnection& connection);

} // namespace HubHrParameters
} // namespace rapport::hub
