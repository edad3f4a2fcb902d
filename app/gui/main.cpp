#include "common/AppPalette.h"
#include "common/ApplicationIdentity.h"
#include "common/Icons.h"
#include "common/Language.h"
#include "common/MainWindow.h"
#include "common/ScreenshotRunner.h"
#include "common/SessionController.h"
#include "common/StartupOptions.h"
#include "common/TrayController.h"
#include "crypto/CoreDumps.h"
#include "hr/HrReportRendering.h"
#include "keychain/KeychainVault.h"
#include "services/ReminderDueFile.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QTextStream>

#include <functional>

namespace {

/** Hands on the files the system opens with Rapport (macOS sends them as events, not on the command line). */
class RapportApplication : public QApplication
{
public:
    using QApplication::QApplication;

    std::function<void(const QString&)> onFileOpened;

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen && onFileOpened) {
            onFileOpened(static_cast<QFileOpenEvent*>(event)->file());
            return true;
        }
        return QApplication::event(event);
    }
};

/** --version and --help print and leave; they need no display, so they run under a QCoreApplication. */
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h") {
            return true;
        }
    }
    return false;
}

int printInformation(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    rapport::ApplicationIdentity::apply();
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    rapport::Language::apply(rapport::Language::startupChoice());
    QTextStream out(stdout);
    auto options = rapport::ui::StartupOptions::parse(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << options.error().message << Qt::endl;
        return 2;
    }
    if (options->showHelp) {
        out << options->helpText;
    } else {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        return printInformation(argc, argv);
    }
    // Screenshots and rapport-cli's HR report PDF need no display: choose the offscreen platform before the
    // application starts.
    for (int i = 1; i < argc; ++i) {
        if ((qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--render-hr-report") == 0)
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    // Before any passphrase is typed: a crash dump of an unlocked Rapport would hold the store key.
    rapport::disableCoreDumps();
    RapportApplication app(argc, argv);
    rapport::ApplicationIdentity::apply();
    rapport::ApplicationIdentity::adoptSettingsFromBeforeTheId();
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    // The language chosen in Preferences (or RAPPORT_LANGUAGE), else the system's; --language overrides it below.
    rapport::Language::apply(rapport::Language::startupChoice());

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto options = rapport::ui::StartupOptions::parse(QApplication::arguments());
    if (!options) {
        err << options.error().message << Qt::endl;
        return 2;
    }
    if (!options->language.isEmpty()) {
        rapport::Language::apply(options->language);
    }
    if (!options->renderHrReport.isEmpty()) {
        // rapport-cli waits for this and passes the message on as its own error.
        auto rendered = rapport::ui::renderHrReportPdf(
            options->renderHrReport, options->renderHrReportOut, options->instrumentsDir);
        if (!rendered) {
            err << rendered.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }
    rapport::ui::applyPaletteChoice(options->palette);
    QApplication::setWindowIcon(rapport::ui::Icons::application());
    // Matches the .desktop file's name, so Wayland compositors pair the window with its menu entry and icon.
    QGuiApplication::setDesktopFileName(rapport::ApplicationIdentity::id());
    if (!options->screenshotDir.isEmpty()) {
        rapport::ui::ScreenshotRunner runner(options->screenshotDir, options->instrumentsDir);
        auto written = runner.run();
        if (!written) {
            err << written.error().message << Qt::endl;
            return 1;
        }
        for (const QString& path : std::as_const(*written)) {
            out << path << Qt::endl;
        }
        return 0;
    }

    // Before the session controller, which uses it until it goes.
    rapport::KeychainVault keychain;
    rapport::ui::MainWindow window;
    // The due time of the next check-in, outside the store, so a locked Rapport can remind (docs/security.md);
    // never for the demo or another store given with --store.
    const bool ownStore = !options->demo && options->storePath == rapport::Store::defaultPath();
    const QString dueFile = ownStore ? rapport::ReminderDueFile::defaultPath() : QString();
    rapport::ui::TrayController tray(dueFile);
    rapport::ui::SessionController session(window, *options);
    session.setSecretVault(&keychain);
    session.setReminderDueFile(dueFile);
    app.onFileOpened = [&session](const QString& path) { session.openInvitationFile(path); };
    window.attachSession(session);
    QObject::connect(
        &tray, &rapport::ui::TrayController::openRequested, &session, [&session] { session.showFromTray(); });
    QObject::connect(
        &tray, &rapport::ui::TrayController::checkInRequested, &session, [&session] { session.checkInFromTray(); });
    QObject::connect(&tray, &rapport::ui::TrayController::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(
        &session, &rapport::ui::SessionController::sessionStarted, &tray, [&tray] { tray.setLocked(false); });
    QObject::connect(
        &session, &rapport::ui::SessionController::sessionLocked, &tray, [&tray] { tray.setLocked(true); });
    tray.show();
    // --tray (the start-at-login entry): no window until asked for from the tray, where there is a tray; closing the
    // window then hides it there again. Without a tray the window starts minimised.
    const bool inTray = options->startInTray && rapport::ui::TrayController::trayAvailable();
    if (inTray) {
        window.setHidesOnClose(true);
        QApplication::setQuitOnLastWindowClosed(false);
    } else if (options->startInTray) {
        window.showMinimized();
    } else {
        window.show();
    }
    session.start();
    tray.setLocked(!session.isUnlocked());
    const int exitCode = QApplication::exec();
    app.onFileOpened = nullptr; // the session goes before the application
    return exitCode;
}
