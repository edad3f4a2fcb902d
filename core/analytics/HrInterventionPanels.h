#pragma once

#include "analytics/HrInterventionPanel.h"
#include "common/Error.h"

#include <QList>

namespace rapport {

class InstrumentRegistry;
class Store;

/**
 * The before/after panels of the interventions HR recorded, as HR may see them (docs/hr-anonymity.md, rule 11):
 * built from the published months, and, once the after-window's last month is published, completed with the change
 * counts of the people who answered in both windows and frozen.
 */
namespace HrInterventionPanels {

/** The window lengths the store's settings ask for (HrInterventionWindowSettings' keys; defaults 8, 2, 8 weeks). */
[[nodiscard]] Result<HrInterventionWindowSettings> windowSettings(Store& store);

/** Publishes what is due (months, then panels) and returns every intervention's panel, by start date. */
[[nodiscard]] Result<QList<HrInterventionPanel>> load(Store& store, const InstrumentRegistry& registry);

} // namespace HrInterventionPanels
} // namespace rapport
