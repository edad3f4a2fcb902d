#pragma once

#include "analytics/HrReport.h"
#include "common/Error.h"

#include <QCommandLineParser>

#include <functional>

namespace rapport {
class InstrumentRegistry;
class Store;
} // namespace rapport

namespace rapport::cli {

class CliContext;

/** Adds the options of `view hr` beyond --passphrase-file and --json: `--person ID` (an HR person). */
void addViewHrOptions(QCommandLineParser& parser);

/**
 * `rapport-cli view hr [--person ID] [--json]`: the HR dashboard of the store, aggregated and anonymised by
 * HrAnalytics (no name, id or individual score ever appears). Takes no positional arguments. With --person, the
 * person must exist and have the role hr (PermissionDenied otherwise). Without --json the figures are printed as
 * text, suppressed ones as "fewer than k responses".
 */
int runViewHr(CliContext& context, const QCommandLineParser& parser, Store& store);

/** Whether `view hr` was asked for the hub's figures (--hub) rather than the store's. */
[[nodiscard]] bool wantsHubHr(const QCommandLineParser& parser);

/**
 * `rapport-cli view hr --hub [--json]`: the same report computed by the hub's aggregate functions. Needs a source
 * registered by the hub library (rapport_hub), which rapport-cli does; NotFound otherwise.
 */
int runViewHubHr(CliContext& context, const QCommandLineParser& parser);

/** Computes the HR report on the hub named by the context's environment. */
using HubHrReportSource = std::function<Result<HrReport>(CliContext& context, const InstrumentRegistry& registry)>;
/** Registers where `view hr --hub` gets its report (core itself has no PostgreSQL client). */
void registerHubHrReportSource(HubHrReportSource source);

} // namespace rapport::cli
