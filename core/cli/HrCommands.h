#pragma once

#include <QCommandLineParser>

namespace rapport {
class Store;
}

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

} // namespace rapport::cli
