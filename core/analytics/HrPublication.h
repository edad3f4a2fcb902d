#pragma once

#include "analytics/HrReport.h"
#include "analytics/HrSnapshot.h"
#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace rapport {

class InstrumentRegistry;
class Store;

/**
 * How HR figures are published, identically in the local store and on the hub (docs/hr-anonymity.md, rule 10):
 * in closed calendar months. A month's figures are computed once, after it ended, from that month's answers only
 * (each participant's mean in the month, their trend up to its end, the alliance surveys given in it), with every
 * anonymity rule applied, and frozen as a snapshot. Every later view shows the same snapshot, so no two views HR can
 * open (Monday and Tuesday, before and after an erasure or a late sync) ever differ in a month's figures, and two
 * different months stand on disjoint sets of answers. The report HR sees is the latest month's snapshot, with every
 * published month's headline figure as the monthly series.
 */
namespace HrPublication {

/** Publishes every month closed since the last publication (as of the store clock), then assembles the report. */
[[nodiscard]] Result<HrReport> publish(Store& store, const InstrumentRegistry& registry);

/** The report of the calendar month starting `month`, from that month's answers only, not published. */
[[nodiscard]] Result<HrReport> periodReport(Store& store,
                                            const InstrumentDefinition& wellbeing,
                                            const std::optional<InstrumentDefinition>& alliance,
                                            int k,
                                            QDate month);

/** A period's report in the compact JSON the hub's rapport.hr_period_figures() writes too. */
[[nodiscard]] QByteArray periodToJson(const HrReport& period);

/**
 * The report HR sees: the latest of `snapshots` (oldest first) with the published months as its series. `now` (the
 * store's clock, or the hub's) says when the next month closes; `k` is used when nothing is published yet.
 */
[[nodiscard]] HrReport assemble(const QList<HrSnapshot>& snapshots,
                                const QDateTime& now,
                                int k,
                                const InstrumentDefinition& wellbeing,
                                const InstrumentDefinition* alliance);

/** The first day (UTC) of the month holding `time`. */
[[nodiscard]] QDate monthOf(const QDateTime& time);

} // namespace HrPublication
} // namespace rapport
