#include "StartupOptions.h"

#include "UiText.h"
#include "common/Language.h"
#include "hub/Invitation.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace rapport::ui {

Result<StartupOptions> StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(UiTr::tr("Rapport: private wellbeing and professional-alliance tracking."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), UiTr::tr("Open the store at <path>."), UiTr::tr("path"));
    const QCommandLineOption instruments(
        QStringLiteral("instruments"), UiTr::tr("Use the questionnaire definitions in <dir>."), UiTr::tr("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  UiTr::tr("Open a throwaway demo organisation (removed on exit)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        UiTr::tr("Write pictures of each main screen to <dir> and exit."),
                                        UiTr::tr("dir"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  UiTr::tr("Open in the mode of <role>: client, professional, hr or admin (with "
                                           "--person; with --demo, as one of the demo's people in that role)."),
                                  UiTr::tr("role"));
    const QCommandLineOption person(QStringLiteral("person"),
                                    UiTr::tr("Open as the person with <id>, who must have the role given by --mode."),
                                    UiTr::tr("id"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      UiTr::tr("Show Rapport in <language> for this run: system, en (English), de "
                                               "(German) or is (Icelandic)."),
                                      UiTr::tr("language"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        UiTr::tr("Unlock at start with the first line of <file> instead of asking (for unattended runs)."),
        UiTr::tr("file"));
    const QCommandLineOption palette(QStringLiteral("palette"),
                                     UiTr::tr("Use the <scheme> colours: system (the default), light or dark."),
                                     UiTr::tr("scheme"));
    const QCommandLineOption join(QStringLiteral("join"),
                                  UiTr::tr("Join the organisation of the invitation <file> your administrator sent "
                                           "(opening the file does the same)."),
                                  UiTr::tr("file"));
    const QCommandLineOption tray(QStringLiteral("tray"),
                                  UiTr::tr("Start minimised to the system tray, locked, only reminding (as started "
                                           "at login)."));
    // rapport-cli's `report hr --pdf` hands its figures over these: not for people, so not in --help.
    QCommandLineOption renderHrReport(QStringLiteral("render-hr-report"), QString(), QStringLiteral("JSON"));
    renderHrReport.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("PDF"));
    out.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({store,
                       instruments,
                       demo,
                       screenshot,
                       mode,
                       person,
                       language,
                       passphraseFile,
                       palette,
                       join,
                       tray,
                       renderHrReport,
                       out});
    parser.addPositionalArgument(
        QStringLiteral("invitation"),
        UiTr::tr("An invitation file (*.%1) to join an organisation with.").arg(hub::Invitation::FileSuffix),
        QStringLiteral("[invitation]"));
    if (!parser.parse(arguments)) {
        return fail(ErrorCode::InvalidArgument, parser.errorText());
    }
    QStringList positional = parser.positionalArguments();
    QString joinFile = parser.value(join);
    // A file manager (the registered file type, or macOS's open event) hands over the invitation's path alone.
    if (positional.size() == 1 && joinFile.isEmpty()
        && positional.constFirst().endsWith(QLatin1Char('.') + hub::Invitation::FileSuffix, Qt::CaseInsensitive)) {
        joinFile = positional.takeFirst();
    }
    if (!positional.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, UiTr::tr("Unexpected argument: %1").arg(positional.constFirst()));
    }
    StartupOptions options;
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.helpText = parser.helpText();
    options.storePath = parser.isSet(store) ? parser.value(store) : Store::defaultPath();
    options.instrumentsDir = parser.value(instruments);
    options.demo = parser.isSet(demo);
    options.startInTray = parser.isSet(tray);
    options.screenshotDir = parser.value(screenshot);
    options.renderHrReport = parser.value(renderHrReport);
    options.renderHrReportOut = parser.value(out);
    if (options.renderHrReportOut.isEmpty() && !options.renderHrReport.isEmpty()) {
        const QFileInfo json(options.renderHrReport);
        options.renderHrReportOut = json.dir().filePath(json.completeBaseName() + QStringLiteral(".pdf"));
    }
    if (parser.isSet(language)) {
        const QString code = parser.value(language).trimmed().toLower();
        if (code != QLatin1String("system") && !Language::available().contains(code)) {
            return fail(ErrorCode::InvalidArgument,
                        UiTr::tr("Unknown language \"%1\": use system, en, de or is.").arg(parser.value(language)));
        }
        options.language = code;
    }
    options.passphraseFile = parser.value(passphraseFile);
    options.joinFile = joinFile;
    if (!joinFile.isEmpty() && (options.demo || !options.screenshotDir.isEmpty())) {
        return fail(ErrorCode::InvalidArgument, UiTr::tr("--join cannot be combined with --demo or --screenshot."));
    }
    if (parser.isSet(mode)) {
        options.mode = roleFromName(parser.value(mode).trimmed().toLower());
        if (!options.mode) {
            const QString message = UiTr::tr("Unknown mode \"%1\": use client, professional, hr or admin.");
            return fail(ErrorCode::InvalidArgument, message.arg(parser.value(mode)));
        }
    }
    if (parser.isSet(palette)) {
        const auto choice = paletteChoiceFromName(parser.value(palette).trimmed().toLower());
        if (!choice) {
            return fail(ErrorCode::InvalidArgument,
                        UiTr::tr("Unknown palette \"%1\": use system, light or dark.").arg(parser.value(palette)));
        }
        options.palette = *choice;
    }
    if (parser.isSet(person)) {
        options.person = QUuid::fromString(parser.value(person).trimmed());
        if (options.person.isNull()) {
            return fail(
                ErrorCode::InvalidArgument,
                UiTr::tr("\"%1\" is not a person id (rapport-cli person list shows them).").arg(parser.value(person)));
        }
        if (!options.mode) {
            return fail(ErrorCode::InvalidArgument, UiTr::tr("--person needs --mode, e.g. --mode professional."));
        }
    }
    if (options.mode && options.person.isNull() && !options.demo) {
        return fail(ErrorCode::InvalidArgument, UiTr::tr("--mode needs --person ID (or --demo)."));
    }
    return options;
}

} // namespace rapport::ui
