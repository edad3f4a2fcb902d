#pragma once

#include <QStringList>

namespace rapport::cli {

class CliContext;

// One handler per top-level command; `arguments` are the words after the command's name.

int runInstrumentsCommand(CliContext& context, const QStringList& arguments);
int runScoreCommand(CliContext& context, const QStringList& arguments);
int runTrendCommand(CliContext& context, const QStringList& arguments);

} // namespace rapport::cli
