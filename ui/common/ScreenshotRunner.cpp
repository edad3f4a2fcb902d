#include "ScreenshotRunner.h"

#include "AboutDialog.h"
#include "DemoSession.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "UiText.h"
#include "UnlockDialog.h"
#include "admin/AdminScreenshots.h"
#include "client/AnswerSlider.h"
#include "client/ClientDashboard.h"
#include "client/ProfessionalsDialog.h"
#include "client/QuestionnaireDialog.h"
#include "client/SharingDialog.h"
#include "demo/DemoGenerator.h"
#include "hr/HrScreenshots.h"
#include "hub/Invitation.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "professional/ProfessionalView.h"
#include "services/AdminOperations.h"
#include "services/BusiestProfessional.h"
#include "services/PersonDirectory.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

#include <algorithm>

namespace rapport::ui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

} // namespace

ScreenshotRunner::ScreenshotRunner(QString directory, QString instrumentsDir)
    : m_directory(std::move(directory))
    , m_instrumentsDir(std::move(instrumentsDir))
{
}

Result<void> ScreenshotRunner::save(QWidget& widget, const QSize& size, const QString& name)
{
    widget.resize(size);
    widget.show();
    settle();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path, "PNG")) {
        return fail(ErrorCode::Io, UiTr::tr("Could not write %1").arg(QDir::toNativeSeparators(path)));
    }
    m_written.append(path);
    widget.hide();
    return {};
}

Result<void>
ScreenshotRunner::saveProfessionalView(MainWindow& window, Store& store, const InstrumentRegistry& registry)
{
    auto professional = busiestProfessional(store);
    if (!professional) {
        return tl::unexpected(professional.error());
    }
    if (!*professional) {
        return {};
    }
    window.setWindowTitle(UiTr::tr("Rapport — Professional view — %1 (demo)").arg((*professional)->name));
    auto* view = new ProfessionalView(store, registry, (*professional)->id);
    window.setScreen(view);
    const QList<ProfessionalClientEntry> clients = view->overview().clients;
    // A client who shares both scores, with a history to show.
    const auto sharing = std::find_if(clients.cbegin(), clients.cend(), [](const ProfessionalClientEntry& entry) {
        return entry.alliance && entry.alliance->points.size() > 2 && entry.wellbeing && !entry.wellbeing->isEmpty();
    });
    if (sharing != clients.cend()) {
        view->selectClient(sharing->client.id);
    }
    RAPPORT_TRY(save(window, QSize(1280, 1180), QStringLiteral("professional-view")));
    window.resize(1280, 1180);
    window.show();
    settle();
    view->showInterpretationHelp();
    RAPPORT_TRY(save(window, QSize(1280, 1180), QStringLiteral("professional-view-help")));

    // A client who shares nothing: the name, the state and the request, no scores. Then the request sent.
    const auto notSharing = std::find_if(clients.cbegin(), clients.cend(), [](const ProfessionalClientEntry& entry) {
        return !entry.sharing.anyOn() && entry.pendingRequests.isEmpty();
    });
    if (notSharing != clients.cend()) {
        view->selectClient(notSharing->client.id);
        RAPPORT_TRY(save(window, QSize(1280, 900), QStringLiteral("professional-view-not-sharing")));
        view->requestSharing(notSharing->client.id);
        RAPPORT_TRY(save(window, QSize(1280, 900), QStringLiteral("professional-view-request-pending")));
    }
    window.showLocked();
    return {};
}

Result<QStringList> ScreenshotRunner::run()
{
    if (!QDir().mkpath(m_directory)) {
        return fail(ErrorCode::Io,
                    UiTr::tr("Could not create the folder %1").arg(QDir::toNativeSeparators(m_directory)));
    }
    auto registry = InstrumentRegistry::load(m_instrumentsDir);
    if (!registry) {
        return tl::unexpected(registry.error());
    }
    auto demo = DemoSession::create(*registry);
    if (!demo) {
        return tl::unexpected(demo.error());
    }
    std::unique_ptr<Store> store = (*demo)->takeStore();
    const QUuid clientId = (*demo)->showcaseClient();
    auto client = PersonDirectory(*store).find(clientId);
    if (!client) {
        return tl::unexpected(client.error());
    }

    {
        MainWindow window;
        window.setWindowTitle(UiTr::tr("Rapport — demo"));
        auto* dashboard = new ClientDashboard(*store, *registry, clientId);
        window.setScreen(dashboard);
        window.setLockEnabled(true);
        RAPPORT_TRY(save(window, QSize(1280, 1180), QStringLiteral("dashboard")));

        SharingDialog sharing(*store, clientId, &window);
        RAPPORT_TRY(save(sharing, QSize(640, 560), QStringLiteral("sharing")));

        PreferencesDialog preferences(*store, &window);
        const QSize preferencesSize = preferences.sizeHint().expandedTo(QSize(560, 0));
        RAPPORT_TRY(save(preferences, preferencesSize, QStringLiteral("preferences")));
        window.showLocked();

        // A newcomer: nothing submitted yet.
        auto newcomer = AdminOperations(*store).addPerson(UiTr::tr("Alex Morgan"), Role::Client);
        if (!newcomer) {
            return tl::unexpected(newcomer.error());
        }
        window.setScreen(new ClientDashboard(*store, *registry, newcomer->id));
        RAPPORT_TRY(save(window, QSize(1280, 1000), QStringLiteral("dashboard-new-client")));
        window.showLocked();

        // The organisation connects a professional with the newcomer: the dashboard and My professionals ask.
        auto professionals = PersonDirectory(*store).list(Role::Professional);
        if (!professionals) {
            return tl::unexpected(professionals.error());
        }
        if (!professionals->isEmpty()) {
            RAPPORT_TRY(AdminOperations(*store).connect(newcomer->id, professionals->constFirst().id));
            window.setScreen(new ClientDashboard(*store, *registry, newcomer->id));
            RAPPORT_TRY(save(window, QSize(1280, 1000), QStringLiteral("dashboard-pending-connection")));
            ProfessionalsDialog professionalsDialog(*store, newcomer->id, &window);
            RAPPORT_TRY(save(professionalsDialog, QSize(560, 440), QStringLiteral("professionals-pending")));
            window.showLocked();
        }

        // Hundreds of points: the charts must stay readable.
        auto longClient = addLongHistoryClient(*store, *registry, 5, 3, 7);
        if (!longClient) {
            return tl::unexpected(longClient.error());
        }
        window.setScreen(new ClientDashboard(*store, *registry, *longClient));
        RAPPORT_TRY(save(window, QSize(1280, 1180), QStringLiteral("dashboard-long-history")));
        window.showLocked();

        RAPPORT_TRY(saveProfessionalView(window, *store, *registry));
        renderHrScreenshots(*store, *registry, QDir(m_directory));
        auto admin = renderAdminScreenshots(*store, (*demo)->passphrase(), QDir(m_directory));
        if (!admin) {
            return tl::unexpected(admin.error());
        }
        m_written += *admin;
    }

    for (const InstrumentDefinition& definition : registry->all()) {
        const bool alliance = definition.id == InstrumentIds::Alliance;
        QuestionnaireDialog dialog(
            definition,
            alliance ? UiTr::tr("About your sessions with %1").arg(UiTr::tr("your professional")) : QString(),
            alliance ? QuestionnaireDialog::Dismissal::Skip : QuestionnaireDialog::Dismissal::Cancel);
        // Two answered, the rest not yet: shows both states.
        const QList<AnswerSlider*> sliders = dialog.sliders();
        dialog.resize(760, 820);
        dialog.show();
        settle();
        for (qsizetype i = 0; i < std::min<qsizetype>(2, sliders.size()); ++i) {
            sliders.at(i)->setFocus();
            QKeyEvent press(QEvent::KeyPress, i == 0 ? Qt::Key_End : Qt::Key_Right, Qt::NoModifier);
            QApplication::sendEvent(sliders.at(i), &press);
        }
        RAPPORT_TRY(save(dialog, QSize(760, 820), QStringLiteral("questionnaire-%1").arg(definition.id)));
    }

    const QString storePath = store->path();
    store.reset();
    {
        UnlockDialog unlock(storePath, [](const SecureBytes&) -> Result<std::unique_ptr<Store>> {
            return fail(ErrorCode::WrongPassphrase, QString());
        });
        RAPPORT_TRY(save(unlock, QSize(460, 260), QStringLiteral("unlock")));
        auto* wrongPassphrase = unlock.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        wrongPassphrase->setText(QStringLiteral("not it")); // i18n-ok: a passphrase field shows only dots
        unlock.show();
        settle();
        unlock.findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
        unlock.waitForAttempt();
        RAPPORT_TRY(save(unlock, QSize(460, 260), QStringLiteral("unlock-wrong-passphrase")));
    }
    {
        FirstRunWizard wizard([](const SecureBytes&, const QString&) -> Result<void> { return {}; });
        wizard.show();
        settle();
        RAPPORT_TRY(save(wizard, QSize(620, 480), QStringLiteral("first-run-1-welcome")));
        wizard.show();
        wizard.next();
        auto* passphrase = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* confirm = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
        passphrase->setText(QStringLiteral("otter kettle violet")); // i18n-ok: a passphrase field shows only dots
        confirm->setText(QStringLiteral("otter kettle violet")); // i18n-ok: a passphrase field shows only dots
        RAPPORT_TRY(save(wizard, QSize(620, 480), QStringLiteral("first-run-2-passphrase")));
        wizard.show();
        wizard.next();
        wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(UiTr::tr("Alex Morgan"));
        RAPPORT_TRY(save(wizard, QSize(620, 480), QStringLiteral("first-run-3-name")));
    }
    {
        // Joining an organisation: the choice, the invitation read, the person's own hub password.
        FirstRunWizard wizard(
            [](const SecureBytes&, const QString&) -> Result<void> { return {}; },
            [](const hub::Invitation&, const SecureBytes&, const SecureBytes&) -> Result<void> { return {}; });
        wizard.show();
        settle();
        wizard.findChild<QRadioButton*>(QStringLiteral("joinChoice"))->setChecked(true);
        RAPPORT_TRY(save(wizard, QSize(620, 520), QStringLiteral("join-1-choice")));
        wizard.show();
        wizard.next();
        hub::Invitation invitation;
        invitation.id = QUuid::createUuid();
        invitation.hubUri = QStringLiteral("postgresql://alex@hub.example.org/rapport?sslmode=verify-full");
        invitation.personId = QUuid::createUuid();
        invitation.personName = UiTr::tr("Alex Morgan");
        invitation.invitedBy = UiTr::tr("Dana Brooks");
        invitation.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
        invitation.secret = hub::Invitation::newSecret();
        wizard.currentPage()
            ->findChild<QPlainTextEdit*>(QStringLiteral("invitationCodeEdit"))
            ->setPlainText(invitation.toCode());
        RAPPORT_TRY(save(wizard, QSize(620, 520), QStringLiteral("join-2-invitation")));
        wizard.show();
        wizard.next();
        const QString passphrase = QStringLiteral("otter kettle violet"); // i18n-ok: a secret field shows only dots
        const QString password = QStringLiteral("harbour lights 42"); // i18n-ok: a secret field shows only dots
        for (const char* name : {"passphraseEdit", "confirmEdit"}) {
            wizard.currentPage()->findChild<QLineEdit*>(QString::fromLatin1(name))->setText(passphrase);
        }
        wizard.next();
        for (const char* name : {"hubPasswordEdit", "hubPasswordConfirmEdit"}) {
            wizard.currentPage()->findChild<QLineEdit*>(QString::fromLatin1(name))->setText(password);
        }
        RAPPORT_TRY(save(wizard, QSize(620, 520), QStringLiteral("join-3-hub-password")));
    }
    {
        AboutDialog about;
        RAPPORT_TRY(save(about, QSize(640, 560), QStringLiteral("about")));
    }
    return m_written;
}

} // namespace rapport::ui
