// rapport-cli backup export|verify|restore|schedule|run-scheduled: encrypted backups for scripts, cron and
// Task Scheduler.

#include "CliCommands.h"
#include "CliContext.h"
#include "CliStoreAccess.h"
#include "CommonOptions.h"
#include "ViewJson.h"
#include "backup/Backup.h"
#include "backup/BackupSchedule.h"
#include "common/CoreTr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QJsonObject manifestToJson(const BackupManifest& manifest, const QString& file)
{
    QJsonObject counts;
    for (auto it = manifest.rowCounts.cbegin(); it != manifest.rowCounts.cend(); ++it) {
        counts.insert(it.key(), it.value());
    }
    return QJsonObject {{QStringLiteral("file"), file},
                        {QStringLiteral("appVersion"), manifest.appVersion},
                        {QStringLiteral("schemaVersion"), manifest.schemaVersion},
                        {QStringLiteral("createdAt"), isoTime(manifest.createdAt)},
                        {QStringLiteral("rowCounts"), counts}};
}

void printManifest(CliContext& context, const BackupManifest& manifest, const QString& headline)
{
    context.out() << headline << '\n'
                  << CoreTr::tr("  made by Rapport %1 on %2, schema %3")
                         .arg(manifest.appVersion, isoTime(manifest.createdAt))
                         .arg(manifest.schemaVersion)
                  << '\n';
    for (auto it = manifest.rowCounts.cbegin(); it != manifest.rowCounts.cend(); ++it) {
        context.out() << "  " << it.key().leftJustified(18) << it.value() << '\n';
    }
}

void addBackupPassphraseOption(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("backup-passphrase-file"),
        CoreTr::tr("Read the backup passphrase from the first line of FILE (default: $RAPPORT_BACKUP_PASSPHRASE)."),
        QStringLiteral("FILE")));
}

Result<SecureBytes> backupPassphrase(const CliContext& context, const QCommandLineParser& parser)
{
    return readPassphrase(
        context, parser, QStringLiteral("backup-passphrase-file"), QStringLiteral("RAPPORT_BACKUP_PASSPHRASE"));
}

} // namespace

int runBackupCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    const auto chosen = context.subcommand(arguments,
                                           {QStringLiteral("export"),
                                            QStringLiteral("verify"),
                                            QStringLiteral("restore"),
                                            QStringLiteral("schedule"),
                                            QStringLiteral("run-scheduled")},
                                           exitCode);
    if (!chosen) {
        return exitCode;
    }
    const QString action = *chosen;
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    addPassphraseOption(parser);
    addBackupPassphraseOption(parser);
    const QCommandLineOption toOption(
        QStringLiteral("to"), CoreTr::tr("The new store to restore into."), QStringLiteral("STORE"));
    const QCommandLineOption folderOption(
        QStringLiteral("folder"), CoreTr::tr("Folder for automatic backups."), QStringLiteral("DIR"));
    const QCommandLineOption frequencyOption(
        QStringLiteral("frequency"), CoreTr::tr("daily or weekly."), QStringLiteral("FREQUENCY"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), CoreTr::tr("How many backups to keep."), QStringLiteral("N"));
    const QCommandLineOption offOption(QStringLiteral("off"), CoreTr::tr("Turn automatic backups off."));
    if (action == QStringLiteral("restore")) {
        parser.addOption(toOption);
    }
    if (action == QStringLiteral("schedule")) {
        for (const auto& option : {folderOption, frequencyOption, keepOption, offOption}) {
            parser.addOption(option);
        }
    }
    if (action == QStringLiteral("export") || action == QStringLiteral("verify")
        || action == QStringLiteral("restore")) {
        parser.addPositionalArgument(QStringLiteral("FILE"), CoreTr::tr("The backup file."));
    }
    if (auto stop = context.parse(parser, QStringLiteral("backup ") + action, arguments.mid(1))) {
        return *stop;
    }
    const bool json = parser.isSet(jsonOption());
    const QStringList positional = parser.positionalArguments();
    const bool needsFile = action == QStringLiteral("export") || action == QStringLiteral("verify")
        || action == QStringLiteral("restore");
    if (needsFile && positional.size() != 1) {
        return context.reportUsage(CoreTr::tr("backup %1 needs one FILE.").arg(action));
    }

    if (action == QStringLiteral("verify") || action == QStringLiteral("restore")) {
        if (action == QStringLiteral("restore") && !parser.isSet(toOption)) {
            return context.reportUsage(
                CoreTr::tr("backup restore needs --to STORE (a new store; never the open one)."));
        }
        auto backupSecret = backupPassphrase(context, parser);
        if (!backupSecret) {
            return context.reportError(backupSecret.error());
        }
        Result<BackupManifest> manifest = fail(ErrorCode::Internal, QString());
        if (action == QStringLiteral("verify")) {
            manifest = Backup::verify(positional.first(), *backupSecret);
        } else {
            auto storeSecret = readPassphrase(context, parser);
            if (!storeSecret) {
                return context.reportError(storeSecret.error());
            }
            manifest = Backup::restoreTo(positional.first(), *backupSecret, parser.value(toOption), *storeSecret);
        }
        if (!manifest) {
            return context.reportError(manifest.error());
        }
        if (json) {
            QJsonObject result = manifestToJson(*manifest, positional.first());
            result.insert(QStringLiteral("ok"), true);
            if (action == QStringLiteral("restore")) {
                result.insert(QStringLiteral("store"), parser.value(toOption));
            }
            context.printJson(QJsonDocument(result));
        } else {
            printManifest(context,
                          *manifest,
                          action == QStringLiteral("verify")
                              ? CoreTr::tr("The backup is intact and the passphrase is right.")
                              : CoreTr::tr("Restored into %1.").arg(parser.value(toOption)));
        }
        return ExitOk;
    }

    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    if (action == QStringLiteral("export")) {
        auto backupSecret = backupPassphrase(context, parser);
        if (!backupSecret) {
            return context.reportError(backupSecret.error());
        }
        auto manifest = Backup::exportTo(**store, positional.first(), *backupSecret);
        if (!manifest) {
            return context.reportError(manifest.error());
        }
        if (json) {
            context.printJson(QJsonDocument(manifestToJson(*manifest, positional.first())));
        } else {
            printManifest(context, *manifest, CoreTr::tr("Wrote the encrypted backup %1.").arg(positional.first()));
        }
        return ExitOk;
    }
    if (action == QStringLiteral("run-scheduled")) {
        auto file = BackupSchedule::runNow(**store, context.secrets);
        if (!file) {
            return context.reportError(file.error());
        }
        context.out() << *file << '\n';
        return ExitOk;
    }
    // schedule: show, change or turn off.
    auto schedule = BackupSchedule::load(**store);
    if (!schedule) {
        return context.reportError(schedule.error());
    }
    const bool changing = parser.isSet(folderOption) || parser.isSet(frequencyOption) || parser.isSet(keepOption)
        || parser.isSet(offOption);
    if (changing) {
        if (parser.isSet(offOption)) {
            schedule->enabled = false;
        } else {
            schedule->enabled = true;
        }
        if (parser.isSet(folderOption)) {
            schedule->folder = parser.value(folderOption);
        }
        if (parser.isSet(frequencyOption)) {
            const QString frequency = parser.value(frequencyOption);
            if (frequency != QStringLiteral("daily") && frequency != QStringLiteral("weekly")) {
                return context.reportUsage(CoreTr::tr("--frequency must be daily or weekly."));
            }
            schedule->frequency = frequency == QStringLiteral("daily") ? BackupSchedule::Frequency::Daily
                                                                       : BackupSchedule::Frequency::Weekly;
        }
        if (parser.isSet(keepOption)) {
            bool ok = false;
            schedule->keep = parser.value(keepOption).toInt(&ok);
            if (!ok) {
                return context.reportUsage(CoreTr::tr("--keep needs a whole number."));
            }
        }
        QString secret;
        if (schedule->enabled
            && (parser.isSet(QStringLiteral("backup-passphrase-file"))
                || context.environment().contains(QStringLiteral("RAPPORT_BACKUP_PASSPHRASE")))) {
            auto backupSecret = backupPassphrase(context, parser);
            if (!backupSecret) {
                return context.reportError(backupSecret.error());
            }
            secret = QString::fromUtf8(reinterpret_cast<const char*>(backupSecret->data()),
                                       static_cast<qsizetype>(backupSecret->size()));
        }
        if (auto saved = schedule->save(**store, secret, context.secrets); !saved) {
            return context.reportError(saved.error());
        }
        if (auto reloaded = BackupSchedule::load(**store)) {
            schedule->passphraseInKeychain = reloaded->passphraseInKeychain;
        }
    }
    const QJsonObject result {
        {QStringLiteral("enabled"), schedule->enabled},
        {QStringLiteral("folder"), schedule->folder},
        {QStringLiteral("frequency"),
         schedule->frequency == BackupSchedule::Frequency::Daily ? QStringLiteral("daily") : QStringLiteral("weekly")},
        {QStringLiteral("keep"), schedule->keep},
        {QStringLiteral("lastRunAt"),
         schedule->lastRunAt.isValid() ? QJsonValue(isoTime(schedule->lastRunAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lastSucceeded"), schedule->lastSucceeded},
        {QStringLiteral("lastResult"), schedule->lastResult},
        {QStringLiteral("passphraseInKeychain"), schedule->passphraseInKeychain},
    };
    if (json) {
        context.printJson(QJsonDocument(result));
    } else {
        context.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

} // namespace rapport::cli
