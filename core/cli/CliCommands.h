#pragma once

#include <QStringList>

namespace rapport::cli {

class CliContext;

// One handler per top-level command; `arguments` are the words after the command's name.

int runInstrumentsCommand(CliContext& context, const QStringList& arguments);
int runScoreCommand(CliContext& context, const QStringList& arguments);
int runTrendCommand(CliContext& context, const QStringList& arguments);
int runInitCommand(CliContext& context, const QStringList& arguments);
int runPassphraseCommand(CliContext& context, const QStringList& arguments);
int runPersonCommand(CliContext& context, const QStringList& arguments);
int runConnectCommand(CliContext& context, const QStringList& arguments);
int runConnectionsCommand(CliContext& context, const QStringList& arguments);
int runSubmitCommand(CliContext& context, const QStringList& arguments);
int runSharingCommand(CliContext& context, const QStringList& arguments);
int runRequestCommand(CliContext& context, const QStringList& arguments);
int runViewCommand(CliContext& context, const QStringList& arguments);
int runCheckCommand(CliContext& context, const QStringList& arguments);
int runBackupCommand(CliContext& context, const QStringList& arguments);
int runDemoCommand(CliContext& context, const QStringList& arguments);
int runHrCommand(CliContext& context, const QStringList& arguments);

} // namespace rapport::cli
