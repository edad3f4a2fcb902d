#pragma once

#include <QCommandLineParser>

namespace rapport {
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

/** `rapport-cli view hr --hub [--json]`: the same report computed by the hub's aggregate functions. */
int runViewHubHr(CliContext& context, const QCommandLineParser& parser);

} // namespace rapport::cli
