#include "StartupOptions.h"

#include "UiText.h"
#include "store/Store.h"

#include <QCommandLineParser>

namespace rapport::ui {

Result<StartupOptions> StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(UiTr::tr("Rapport: private wellbeing and professional-alliance tracking."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), UiTr::tr("Open the store at <path>."),
                                   UiTr::tr("path"));
    const QCommandLineOption instruments(QStringLiteral("instruments"),
                                         UiTr::tr("Use the questionnaire definitions in <dir>."), UiTr::tr("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  UiTr::tr("Open a throwaway demo organisation (removed on exit)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        UiTr::tr("Write pictures of each main screen to <dir> and exit."),
                                        UiTr::tr("dir"));
    parser.addOptions({store, instruments, demo, screenshot});
    if (!parser.parse(arguments)) {
        return fail(ErrorCode::InvalidArgument, parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    UiTr::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }
    StartupOptions options;
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.helpText = parser.helpText();
    options.storePath = parser.isSet(store) ? parser.value(store) : Store::defaultPath();
    options.instrumentsDir = parser.value(instruments);
    options.demo = parser.isSet(demo);
    options.screenshotDir = parser.value(screenshot);
    return options;
}

} // namespace rapport::ui
