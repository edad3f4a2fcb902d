#include "../ShotSaver.h"
#include "FakeSecretVault.h"
#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "analytics/HrReportJson.h"
#include "client/ClientDashboard.h"
#include "client/ProfessionalsDialog.h"
#include "client/ShareRequestBanner.h"
#include "client/SharingDialog.h"
#include "common/FirstRunWizard.h"
#include "common/HubPasswordDialog.h"
#include "common/HubPasswordWizardPage.h"
#include "common/InvitationWizardPage.h"
#include "common/JoinOrganisationWizard.h"
#include "common/MainWindow.h"
#include "common/SessionController.h"
#include "common/StartupOptions.h"
#include "common/SyncController.h"
#include "demo/DemoGenerator.h"
#include "hr/HrDashboard.h"
#include "hub/HubAddress.h"
#include "hub/HubBulkLoader.h"
#include "hub/HubConnection.h"
#include "hub/HubHrReport.h"
#include "hub/HubInvitations.h"
#include "hub/HubMigrations.h"
#include "hub/HubPeople.h"
#include "hub/Invitation.h"
#include "hub/sync/InvitationJoin.h"
#include "instruments/InstrumentIds.h"
#include "models/ProfessionalClientsModel.h"
#include "professional/ProfessionalView.h"
#include "secrets/SecretNames.h"
#include "services/AdminOperations.h"
#include "services/QuestionnaireService.h"
#include "store/HubBindingRepository.h"
#include "store/PersonRepository.h"
#include "store/SharingRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace rapport;
using namespace rapport::ui;

namespace {

const QString Passphrase = QStringLiteral("maple river lantern");
const QString HubPassword = QStringLiteral("ada's own password");

/** An invitation that points nowhere in particular: for the wizard's own steps, which never connect. */
hub::Invitation sampleInvitation(const QDateTime& expiresAt)
{
    hub::Invitation invitation;
    invitation.id = QUuid::createUuid();
    invitation.hubUri = QStringLiteral("postgresql://ada@hub.example.org:5432/rapport?sslmode=verify-full");
    invitation.personId = QUuid::createUuid();
    invitation.personName = QStringLiteral("Ada Lind");
    invitation.role = Role::Client;
    invitation.invitedBy = QStringLiteral("Dana Admin");
    invitation.expiresAt = expiresAt;
    invitation.secret = hub::Invitation::newSecret();
    return invitation;
}

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

void fillPassphrase(QWizard* wizard)
{
    child<QLineEdit>(wizard->currentPage(), QStringLiteral("passphraseEdit"))->setText(Passphrase);
    child<QLineEdit>(wizard->currentPage(), QStringLiteral("confirmEdit"))->setText(Passphrase);
}

void fillHubPassword(QWizard* wizard, const QString& password, const QString& confirmation)
{
    child<QLineEdit>(wizard->currentPage(), QStringLiteral("hubPasswordEdit"))->setText(password);
    child<QLineEdit>(wizard->currentPage(), QStringLiteral("hubPasswordConfirmEdit"))->setText(confirmation);
}

} // namespace

/**
 * Joining an organisation from the GUI: `rapport --join FILE` and an opened invitation file reach the first-run
 * wizard's "Join my organisation" steps (the invitation, the passphrase, the person's own hub password) or, for a
 * store that exists, a join of the unlocked store; an expired or foreign invitation says so on its page; a refused
 * join says why and leaves no store behind. Against a real hub (a throwaway PostgreSQL cluster) the person ends on
 * their dashboard, synced with the password they chose, and the invitation's secret no longer logs in.
 */
class TestJoinOrganisation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::PgTestCluster m_cluster;
    bool m_hub = false;
    const QString m_owner = QStringLiteral("join_owner");
    const QString m_database = QStringLiteral("joining");
    int m_people = 0;

    QProcessEnvironment as(const QString& login) const { return m_cluster.environmentFor(login, m_database); }

    /** A client (or another role) on the hub, invited: the invitation as the admin's file. */
    QString invitationFile(const QString& name, QUuid* personId = nullptr, Role role = Role::Client)
    {
        auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
        if (!owner) {
            qFatal("owner cannot connect: %s", qPrintable(owner.error().message));
        }
        const QString login = QStringLiteral("joiner%1").arg(++m_people);
        auto person = hub::HubPeople(**owner).add(role, name, login, QString(), test::PgTestCluster::randomPassword());
        if (!person) {
            qFatal("%s", qPrintable(person.error().message));
        }
        auto invitation = hub::HubInvitations(**owner).create(person->id, 7);
        if (!invitation) {
            qFatal("%s", qPrintable(invitation.error().message));
        }
        const QString path = m_dir.filePath(login + QLatin1Char('.') + hub::Invitation::FileSuffix);
        if (!invitation->save(path)) {
            qFatal("invitation not saved");
        }
        if (personId != nullptr) {
            *personId = person->id;
        }
        return path;
    }

    std::unique_ptr<SessionController> session(MainWindow& window, StartupOptions options)
    {
        auto controller = std::make_unique<SessionController>(window, std::move(options));
        StoreOptions storeOptions;
        storeOptions.kdf = KdfParameters::minimal();
        controller->setStoreOptions(storeOptions);
        controller->setHubEnvironment(QProcessEnvironment());
        controller->setSyncSetup([](SyncController& sync) { sync.setEnvironment(QProcessEnvironment()); });
        return controller;
    }

    /** Joins `file` through the first-run wizard into a new store `storeName`, and waits for the first sync. */
    std::unique_ptr<SessionController>
    joinThroughWizard(MainWindow& window, const QString& file, const QString& storeName)
    {
        StartupOptions options;
        options.storePath = m_dir.filePath(storeName);
        options.joinFile = file;
        auto controller = session(window, options);
        window.show();
        controller->start();
        FirstRunWizard* wizard = controller->firstRunWizard();
        if (!wizard) {
            return nullptr;
        }
        wizard->next();
        wizard->next();
        fillPassphrase(wizard);
        wizard->next();
        fillHubPassword(wizard, HubPassword, HubPassword);
        wizard->button(QWizard::FinishButton)->click();
        QElapsedTimer waited;
        waited.start();
        while (
            (!controller->syncController() || controller->syncController()->status().state != SyncStatus::State::Synced)
            && waited.elapsed() < 20000) {
            QTest::qWait(50);
        }
        return controller;
    }

    /** Syncs now, as the sync indicator's "Sync now" does, and says whether it succeeded. */
    static bool syncNow(SessionController& controller)
    {
        SyncController* sync = controller.syncController();
        if (!sync) {
            return false;
        }
        QSignalSpy finished(sync, &SyncController::syncFinished);
        sync->syncNow(true);
        if (!finished.wait(20000) && finished.isEmpty()) {
            return false;
        }
        return finished.last().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (test::PgTestCluster::unavailableReason().isEmpty()) {
            QVERIFY_RESULT(m_cluster.start());
            QVERIFY_RESULT(m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE")));
            QVERIFY_RESULT(m_cluster.createDatabase(m_database, m_owner));
            auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
            QVERIFY_RESULT(owner);
            QVERIFY_RESULT(hub::HubMigrations::apply(**owner));
            m_hub = true;
        }
    }

    void startupOptionsTakeAnInvitation()
    {
        auto withOption = StartupOptions::parse(
            {QStringLiteral("rapport"), QStringLiteral("--join"), QStringLiteral("/tmp/ada.rapport-invitation")});
        QVERIFY_RESULT(withOption);
        QCOMPARE(withOption->joinFile, QStringLiteral("/tmp/ada.rapport-invitation"));
        // As a file manager passes an opened file (the .desktop file's %f).
        auto opened = StartupOptions::parse({QStringLiteral("rapport"), QStringLiteral("/tmp/Ada.Rapport-Invitation")});
        QVERIFY_RESULT(opened);
        QCOMPARE(opened->joinFile, QStringLiteral("/tmp/Ada.Rapport-Invitation"));
        QVERIFY_ERROR(StartupOptions::parse({QStringLiteral("rapport"), QStringLiteral("/tmp/notes.txt")}),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(StartupOptions::parse({QStringLiteral("rapport"),
                                             QStringLiteral("--demo"),
                                             QStringLiteral("--join"),
                                             QStringLiteral("a.rapport-invitation")}),
                      ErrorCode::InvalidArgument);
    }

    void wizardWalksThroughJoining()
    {
        std::optional<QString> joinedAs;
        QString passphraseSeen;
        QString passwordSeen;
        int attempts = 0;
        auto creator = [](const SecureBytes&, const QString&) -> Result<void> {
            return fail(ErrorCode::Internal, QStringLiteral("not this way"));
        };
        auto joiner = [&](const hub::Invitation& invitation,
                          const SecureBytes& passphrase,
                          const SecureBytes& password) -> Result<void> {
            ++attempts;
            passphraseSeen = QString::fromUtf8(reinterpret_cast<const char*>(passphrase.data()),
                                               static_cast<qsizetype>(passphrase.size()));
            passwordSeen = hub::secretText(password);
            if (attempts == 1) {
                return fail(ErrorCode::Expired, QStringLiteral("This invitation no longer works."));
            }
            joinedAs = invitation.personName;
            return {};
        };
        FirstRunWizard wizard(creator, joiner);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::WelcomePage));
        auto* join = child<QRadioButton>(&wizard, QStringLiteral("joinChoice"));
        QVERIFY(join);
        QVERIFY(!join->isChecked()); // on one's own is the default
        join->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::InvitationPage));
        QVERIFY(!wizard.currentPage()->isComplete());

        const hub::Invitation invitation = sampleInvitation(QDateTime::currentDateTimeUtc().addDays(7));
        child<QPlainTextEdit>(wizard.currentPage(), QStringLiteral("invitationCodeEdit"))
            ->setPlainText(invitation.toCode());
        QVERIFY(wizard.currentPage()->isComplete());
        const QString summary = child<QLabel>(wizard.currentPage(), QStringLiteral("invitationSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Dana Admin")) && summary.contains(QStringLiteral("Ada Lind"))
                     && summary.contains(QStringLiteral("hub.example.org"))
                     && summary.contains(QStringLiteral("as a client")),
                 qPrintable(summary));
        QVERIFY(!summary.contains(hub::secretText(invitation.secret)));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::PassphrasePage));
        fillPassphrase(&wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::HubPasswordPage));
        fillHubPassword(&wizard, QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(!wizard.currentPage()->isComplete()); // fewer than 8 characters
        fillHubPassword(&wizard, HubPassword, HubPassword + QLatin1Char('!'));
        QVERIFY(!wizard.currentPage()->isComplete());
        QCOMPARE(child<QLabel>(wizard.currentPage(), QStringLiteral("hubPasswordHint"))->text(),
                 QStringLiteral("The passwords do not match."));
        fillHubPassword(&wizard, HubPassword, HubPassword);
        QVERIFY(wizard.currentPage()->isComplete());

        // A refusal says why and keeps the person on the page.
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(attempts, 1);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::HubPasswordPage));
        auto* error = child<QLabel>(wizard.currentPage(), QStringLiteral("joinErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("no longer works")));
        QVERIFY(wizard.isVisible());

        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(attempts, 2);
        QCOMPARE(joinedAs, std::optional<QString>(QStringLiteral("Ada Lind")));
        QCOMPARE(passphraseSeen, Passphrase);
        QCOMPARE(passwordSeen, HubPassword);
        QVERIFY(!wizard.isVisible());
    }

    /** docs/screenshots/join-*: the three steps of joining, in each look (English light and dark, German). */
    void screenshotsOfTheJoinSteps()
    {
        const hub::Invitation invitation = sampleInvitation(QDateTime::currentDateTimeUtc().addDays(7));
        for (const test::ShotLook& look : test::shotLooks()) {
            test::applyShotLook(look);
            FirstRunWizard wizard(
                [](const SecureBytes&, const QString&) -> Result<void> { return {}; },
                [](const hub::Invitation&, const SecureBytes&, const SecureBytes&) -> Result<void> { return {}; });
            wizard.show();
            child<QRadioButton>(&wizard, QStringLiteral("joinChoice"))->setChecked(true);
            test::saveShot(&wizard, look.shot(QStringLiteral("join-welcome")));
            wizard.next();
            child<QPlainTextEdit>(wizard.currentPage(), QStringLiteral("invitationCodeEdit"))
                ->setPlainText(invitation.toCode());
            QVERIFY(wizard.currentPage()->isComplete());
            test::saveShot(&wizard, look.shot(QStringLiteral("join-invitation")));
            wizard.next();
            fillPassphrase(&wizard);
            test::saveShot(&wizard, look.shot(QStringLiteral("join-passphrase")));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(FirstRunWizard::HubPasswordPage));
            fillHubPassword(&wizard, HubPassword, HubPassword);
            test::saveShot(&wizard, look.shot(QStringLiteral("join-hub-password")));
        }
        test::applyShotLook(test::shotLooks().first());
    }

    void expiredAndForeignInvitationsSaySo()
    {
        InvitationWizardPage page;
        page.show();
        auto* problem = child<QLabel>(&page, QStringLiteral("invitationProblem"));
        page.readText(sampleInvitation(QDateTime::currentDateTimeUtc().addDays(-1)).toCode());
        QVERIFY(!page.isComplete());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("expired"))
                     && problem->text().contains(QStringLiteral("Dana")),
                 qPrintable(problem->text()));

        page.readText(QStringLiteral("{\"hello\": 1}"));
        QVERIFY(!page.isComplete());
        QVERIFY(problem->isVisible());

        page.openPath(m_dir.filePath(QStringLiteral("missing.rapport-invitation")));
        QVERIFY(!page.isComplete());
        QVERIFY(problem->isVisible());

        page.readText(sampleInvitation(QDateTime::currentDateTimeUtc().addDays(2)).toCode());
        QVERIFY(page.isComplete());
        QVERIFY(!problem->isVisible());
    }

    void firstRunJoinsARealHub()
    {
        if (!m_hub) {
            QSKIP(qPrintable(test::PgTestCluster::unavailableReason()));
        }
        QUuid personId;
        const QString file = invitationFile(QStringLiteral("Ada Lind"), &personId);
        auto invitation = hub::Invitation::load(file);
        QVERIFY_RESULT(invitation);
        const QString path = m_dir.filePath(QStringLiteral("ada.db"));
        StartupOptions options;
        options.storePath = path;
        options.joinFile = file; // rapport --join FILE on a computer without Rapport data
        MainWindow window;
        auto controller = session(window, options);
        window.show();
        controller->start();

        FirstRunWizard* wizard = controller->firstRunWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(wizard->isJoining());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::InvitationPage));
        QVERIFY(wizard->currentPage()->isComplete()); // read from --join
        wizard->next();
        fillPassphrase(wizard);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::HubPasswordPage));
        // No keychain here: nothing is offered, and the page says the password will be asked for.
        auto* remember = child<QCheckBox>(wizard->currentPage(), QStringLiteral("joinHubPasswordRemember"));
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        fillHubPassword(wizard, HubPassword, HubPassword);
        wizard->button(QWizard::FinishButton)->click();

        ClientDashboard* dashboard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dashboard = window.findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))),
                                 20000);
        QCOMPARE(dashboard->overview().person.name, QStringLiteral("Ada Lind"));
        QCOMPARE(dashboard->overview().person.id, personId);
        auto binding = controller->store()->hubBinding().binding();
        QVERIFY_RESULT(binding);
        QVERIFY(binding->has_value());
        QVERIFY(!window.joinAction()->isEnabled()); // joined already

        // The first sync logs in with the password Ada chose, without asking her again.
        SyncController* sync = controller->syncController();
        QVERIFY(sync);
        QTRY_COMPARE_WITH_TIMEOUT(sync->status().state, SyncStatus::State::Synced, 20000);
        QVERIFY(!sync->passwordDialog() || !sync->passwordDialog()->isVisible());

        // On the hub the secret is gone and her own password works.
        auto address = hub::HubAddress::parse(invitation->hubUri);
        QVERIFY_RESULT(address);
        QVERIFY_ERROR(hub::HubConnection::open(*address,
                                               hub::InvitationJoin::environmentWithPassword(
                                                   QProcessEnvironment(), invitation->hubUri, invitation->secret)),
                      ErrorCode::PermissionDenied);
        QVERIFY_RESULT(hub::HubConnection::open(
            *address,
            hub::InvitationJoin::environmentWithPassword(
                QProcessEnvironment(), invitation->hubUri, SecureBytes::fromUtf8(HubPassword))));
    }

    void aRefusedJoinLeavesNoStoreBehind()
    {
        if (!m_hub) {
            QSKIP(qPrintable(test::PgTestCluster::unavailableReason()));
        }
        const QString file = invitationFile(QStringLiteral("Bo Berg"));
        auto invitation = hub::Invitation::load(file);
        QVERIFY_RESULT(invitation);
        // Someone used it already.
        {
            StoreOptions storeOptions;
            storeOptions.kdf = KdfParameters::minimal();
            auto elsewhere = Store::create(
                m_dir.filePath(QStringLiteral("elsewhere.db")), SecureBytes::fromUtf8(Passphrase), storeOptions);
            QVERIFY_RESULT(elsewhere);
            QVERIFY_RESULT(hub::InvitationJoin::join(
                **elsewhere, *invitation, SecureBytes::fromUtf8(HubPassword), m_dir.path(), QProcessEnvironment()));
        }
        const QString path = m_dir.filePath(QStringLiteral("bo.db"));
        StartupOptions options;
        options.storePath = path;
        options.joinFile = file;
        MainWindow window;
        auto controller = session(window, options);
        window.show();
        controller->start();
        FirstRunWizard* wizard = controller->firstRunWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->next();
        wizard->next();
        fillPassphrase(wizard);
        wizard->next();
        fillHubPassword(wizard, HubPassword, HubPassword);
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::HubPasswordPage));
        auto* error = child<QLabel>(wizard->currentPage(), QStringLiteral("joinErrorLabel"));
        QVERIFY2(error->text().contains(QStringLiteral("no longer works")), qPrintable(error->text()));
        QVERIFY(!Store::exists(path));
        QVERIFY(!controller->isUnlocked());
    }

    /** A store made beforehand (rapport-cli init, or a person of its own) unlocked with --passphrase-file. */
    std::unique_ptr<SessionController> unlockedWithJoin(MainWindow& window,
                                                        const QString& name,
                                                        const QString& invitation,
                                                        bool withPerson,
                                                        SecretVault* vault = nullptr)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".db"));
        {
            StoreOptions storeOptions;
            storeOptions.kdf = KdfParameters::minimal();
            auto store = Store::create(path, SecureBytes::fromUtf8(Passphrase), storeOptions);
            if (!store) {
                qFatal("store not created");
            }
            if (withPerson && !AdminOperations(**store).addPerson(name, Role::Client)) {
                qFatal("person not added");
            }
        }
        const QString passphraseFile = m_dir.filePath(name + QStringLiteral(".passphrase"));
        QFile out(passphraseFile);
        if (!out.open(QIODevice::WriteOnly) || out.write(Passphrase.toUtf8()) < 0) {
            qFatal("passphrase file not written");
        }
        out.close();
        StartupOptions options;
        options.storePath = path;
        options.passphraseFile = passphraseFile;
        options.joinFile = invitation; // rapport --join FILE where Rapport is set up already
        auto controller = session(window, options);
        controller->setSecretVault(vault);
        window.show();
        controller->start();
        return controller;
    }

    void anEmptyStoreJoinsAfterUnlock()
    {
        if (!m_hub) {
            QSKIP(qPrintable(test::PgTestCluster::unavailableReason()));
        }
        QUuid personId;
        const QString file = invitationFile(QStringLiteral("Cy Dahl"), &personId);
        MainWindow window;
        test::FakeSecretVault vault;
        auto controller = unlockedWithJoin(window, QStringLiteral("cy"), file, false, &vault);
        QTRY_VERIFY(controller->isUnlocked());
        JoinOrganisationWizard* wizard = controller->joinWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(wizard->currentPage()->isComplete()); // the invitation of --join
        wizard->next();
        // A keychain answers: remembering is offered, and on.
        auto* remember = child<QCheckBox>(wizard->currentPage(), QStringLiteral("joinHubPasswordRemember"));
        QVERIFY(remember->isEnabled());
        QVERIFY(remember->isChecked());
        fillHubPassword(wizard, HubPassword, HubPassword);
        wizard->button(QWizard::FinishButton)->click();
        ClientDashboard* dashboard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dashboard = window.findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))),
                                 20000);
        QCOMPARE(dashboard->overview().person.id, personId);
        auto binding = controller->store()->hubBinding().binding();
        QVERIFY_RESULT(binding);
        QVERIFY(binding->has_value());
        QCOMPARE((*binding)->personId, personId);
        QTRY_COMPARE_WITH_TIMEOUT(controller->syncController()->status().state, SyncStatus::State::Synced, 20000);
        // Once the hub took it, the password Cy chose is in the keychain, for the next start.
        const QString name = SecretNames::hubPassword((*binding)->hubUrl);
        QCOMPARE(vault.names(), QStringList {name});
        QCOMPARE(vault.entry(name), HubPassword);
        controller.reset(); // before the vault goes
    }

    void aStoreWithItsOwnPeopleIsRefusedUnchanged()
    {
        if (!m_hub) {
            QSKIP(qPrintable(test::PgTestCluster::unavailableReason()));
        }
        const QString file = invitationFile(QStringLiteral("Di Eck"));
        MainWindow window;
        auto controller = unlockedWithJoin(window, QStringLiteral("di"), file, true);
        QTRY_VERIFY(controller->isUnlocked());
        QTRY_VERIFY(window.findChild<ClientDashboard*>(QStringLiteral("clientDashboard")));
        QVERIFY(window.joinAction()->isEnabled());
        JoinOrganisationWizard* wizard = controller->joinWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->next();
        fillHubPassword(wizard, HubPassword, HubPassword);
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(wizard->currentId(), int(JoinOrganisationWizard::HubPasswordPage));
        auto* error = child<QLabel>(wizard->currentPage(), QStringLiteral("joinErrorLabel"));
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("people of its own")),
                 qPrintable(error->text()));
        auto binding = controller->store()->hubBinding().binding();
        QVERIFY_RESULT(binding);
        QVERIFY(!binding->has_value());
        auto people = controller->store()->people().count();
        QVERIFY_RESULT(people);
        QCOMPARE(*people, 1);
        // The invitation still works: a refusal here did not use it.
        auto invitation = hub::Invitation::load(file);
        QVERIFY_RESULT(invitation);
        auto address = hub::HubAddress::parse(invitation->hubUri);
        QVERIFY_RESULT(address);
        QVERIFY_RESULT(hub::HubConnection::open(*address,
                                                hub::InvitationJoin::environmentWithPassword(
                                                    QProcessEnvironment(), invitation->hubUri, invitation->secret)));
    }

    /** HR on the hub from the GUI: an HR login joins with an invitation and sees the hub's published figures. */
    /**
     * A professional on their own computer and a client on theirs, both joined with invitations: the professional
     * asks the client to share (from the professional view), the request reaches the client at their next sync and
     * they share (from the banner on their dashboard); after the professional's next sync the scores are on their
     * screen; the client turns sharing off, and after the professional's next sync they are gone from the screen and
     * from the professional's store.
     */
    void aProfessionalAsksAndIsAnsweredThroughTheHub()
    {
        if (!m_hub) {
            QSKIP(qPrintable(test::PgTestCluster::unavailableReason()));
        }
        QUuid clientId;
        QUuid professionalId;
        const QString clientFile = invitationFile(QStringLiteral("Cleo Client"), &clientId);
        const QString professionalFile
            = invitationFile(QStringLiteral("Piet Pro"), &professionalId, Role::Professional);
        {
            auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
            QVERIFY_RESULT(owner);
            QVERIFY_RESULT(hub::HubPeople(**owner).connect(clientId, professionalId));
        }

        MainWindow clientWindow;
        auto client = joinThroughWizard(clientWindow, clientFile, QStringLiteral("cleo.db"));
        QVERIFY(client);
        QCOMPARE(client->syncController()->status().state, SyncStatus::State::Synced);
        MainWindow professionalWindow;
        auto professional = joinThroughWizard(professionalWindow, professionalFile, QStringLiteral("piet.db"));
        QVERIFY(professional);
        QCOMPARE(professional->syncController()->status().state, SyncStatus::State::Synced);
        auto* view = professionalWindow.findChild<ProfessionalView*>(QStringLiteral("professionalView"));
        QVERIFY(view);
        // The connection waits for Cleo: Piet's list is empty.
        QCOMPARE(view->clientsModel()->rowCount(), 0);

        // Cleo accepts the connection in My professionals and checks in; her sync carries both to the hub.
        auto* dashboard = clientWindow.findChild<ClientDashboard*>(QStringLiteral("clientDashboard"));
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->findChild<QWidget*>(QStringLiteral("pendingConnectionsBanner"))->isVisible());
        dashboard->openProfessionals();
        ProfessionalsDialog* professionals = nullptr;
        QTRY_VERIFY(
            (professionals = dashboard->findChild<ProfessionalsDialog*>(QStringLiteral("professionalsDialog"))));
        auto* accept = professionals->findChild<QPushButton*>(QStringLiteral("acceptConnectionButton"));
        QVERIFY(accept);
        QTest::mouseClick(accept, Qt::LeftButton);
        professionals->close();
        QuestionnaireService checkIn(*client->store(), client->registry());
        QVERIFY_RESULT(checkIn.submit(clientId, InstrumentIds::Wellbeing, {4, 4, 3, 4, 4}, QUuid()));
        QVERIFY(syncNow(*client));

        // Piet sees Cleo, sharing nothing, and asks her to share.
        QVERIFY(syncNow(*professional));
        QTRY_COMPARE(view->clientsModel()->rowCount(), 1);
        QVERIFY(!view->clientsModel()->index(0, 0).data(ProfessionalClientsModel::SharingRole).toBool());
        view->selectClient(clientId);
        auto* request = view->findChild<QPushButton*>(QStringLiteral("requestSharingButton"));
        QVERIFY(request && request->isVisible() && request->isEnabled());
        QTest::mouseClick(request, Qt::LeftButton);
        QTRY_VERIFY(view->clientsModel()->index(0, 0).data(ProfessionalClientsModel::PendingRequestsRole).toInt() > 0);
        QVERIFY(syncNow(*professional));

        // At Cleo's next sync the request is on her dashboard; she shares.
        QVERIFY(syncNow(*client));
        const auto visibleBanner = [&]() -> ShareRequestBanner* {
            for (ShareRequestBanner* banner : dashboard->findChildren<ShareRequestBanner*>()) {
                if (banner->isVisible()) {
                    return banner;
                }
            }
            return nullptr;
        };
        QTRY_VERIFY(visibleBanner());
        QVERIFY2(visibleBanner()
                     ->findChild<QLabel*>(QStringLiteral("requestText"))
                     ->text()
                     .contains(QStringLiteral("Piet Pro")),
                 "the banner names who asks");
        const qsizetype asked = dashboard->overview().pendingRequests.size(); // one banner a score asked for
        QVERIFY(asked > 0);
        for (qsizetype left = asked; left > 0; --left) {
            QTest::mouseClick(visibleBanner()->findChild<QPushButton*>(QStringLiteral("shareButton")), Qt::LeftButton);
            QTRY_COMPARE(dashboard->overview().pendingRequests.size(), left - 1);
        }
        QVERIFY(!visibleBanner());
        auto sharing = client->store()->sharing().state(clientId);
        QVERIFY_RESULT(sharing);
        QVERIFY(sharing->wellbeing);
        QVERIFY(syncNow(*client));

        // After Piet's next sync Cleo's score is on his screen.
        QVERIFY(syncNow(*professional));
        QTRY_VERIFY(view->clientsModel()->index(0, 0).data(ProfessionalClientsModel::SharesWellbeingRole).toBool());
        QTRY_VERIFY(view->overview().clients.size() == 1 && view->overview().clients.first().wellbeing.has_value());
        QCOMPARE(view->overview().clients.first().wellbeing->points.size(), qsizetype(1));
        view->selectClient(clientId);
        QTRY_VERIFY(view->findChild<QWidget*>(QStringLiteral("wellbeingBox"))->isVisible());
        QVERIFY(!request->isVisible() || request->text() != QStringLiteral("Request pending"));

        // Cleo turns sharing off; after Piet's next sync nothing of hers is on his screen or in his store.
        dashboard->openSharing();
        SharingDialog* sharingDialog = nullptr;
        QTRY_VERIFY((sharingDialog = dashboard->findChild<SharingDialog*>(QStringLiteral("sharingDialog"))));
        auto* wellbeing = sharingDialog->findChild<QCheckBox*>(QStringLiteral("wellbeingCheck"));
        QVERIFY(wellbeing->isChecked());
        QTest::mouseClick(wellbeing, Qt::LeftButton);
        QVERIFY(!wellbeing->isChecked());
        auto* alliance = sharingDialog->findChild<QCheckBox*>(QStringLiteral("allianceCheck"));
        if (alliance->isChecked()) {
            QTest::mouseClick(alliance, Qt::LeftButton);
        }
        sharingDialog->close();
        QVERIFY(syncNow(*client));
        QVERIFY(view->overview().clients.first().wellbeing.has_value()); // not before his sync
        QVERIFY(syncNow(*professional));
        QTRY_VERIFY(!view->clientsModel()->index(0, 0).data(ProfessionalClientsModel::SharingRole).toBool());
        QVERIFY(!view->overview().clients.first().wellbeing.has_value());
        QVERIFY(!view->findChild<QWidget*>(QStringLiteral("wellbeingBox"))->isVisible());
        auto left = professional->store()->submissions().forPerson(clientId);
        QVERIFY_RESULT(left);
        QCOMPARE(left->size(), qsizetype(0));
    }

    void anHrLoginSeesTheHubsFigures()
    {
        if (!m_hub) {
            QSKIP(qPrintable(test::PgTestCluster::unavailableReason()));
        }
        const QString database = QStringLiteral("joining_hr");
        QVERIFY_RESULT(m_cluster.createDatabase(database, m_owner));
        auto owner = hub::HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, database));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT(hub::HubMigrations::apply(**owner));
        {
            // An organisation on the hub: a demo one whose answers end last month.
            StoreOptions storeOptions;
            storeOptions.kdf = KdfParameters::minimal();
            auto organisation = Store::create(
                m_dir.filePath(QStringLiteral("organisation.db")), SecureBytes::fromUtf8(Passphrase), storeOptions);
            QVERIFY_RESULT(organisation);
            auto registry = InstrumentRegistry::builtIn();
            QVERIFY_RESULT(registry);
            const QDate today = QDateTime::currentDateTimeUtc().date();
            DemoOptions options;
            options.employees = 40;
            options.months = 4;
            options.hrPeople = 0;
            options.until = QDateTime(QDate(today.year(), today.month(), 1).addDays(-3), QTime(12, 0), Qt::UTC);
            QVERIFY_RESULT(DemoGenerator(options).fill(**organisation, *registry));
            QVERIFY_RESULT(hub::HubBulkLoader(**owner).load(**organisation));
        }
        auto person = hub::HubPeople(**owner).add(Role::Hr,
                                                  QStringLiteral("Harriet HR"),
                                                  QStringLiteral("hr_joiner"),
                                                  QString(),
                                                  test::PgTestCluster::randomPassword());
        QVERIFY_RESULT(person);
        auto invitation = hub::HubInvitations(**owner).create(person->id, 7);
        QVERIFY_RESULT(invitation);
        const QString file = m_dir.filePath(QStringLiteral("harriet.rapport-invitation"));
        QVERIFY_RESULT(invitation->save(file));

        MainWindow window;
        StartupOptions options;
        options.storePath = m_dir.filePath(QStringLiteral("harriet.db"));
        options.joinFile = file;
        auto controller = session(window, options);
        window.show();
        controller->start();
        FirstRunWizard* wizard = controller->firstRunWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->next();
        QVERIFY2(child<QLabel>(wizard->currentPage(), QStringLiteral("invitationSummary"))
                     ->text()
                     .contains(QStringLiteral("as HR")),
                 "the invitation says as what");
        wizard->next();
        fillPassphrase(wizard);
        wizard->next();
        fillHubPassword(wizard, HubPassword, HubPassword);
        wizard->button(QWizard::FinishButton)->click();

        HrDashboard* dashboard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dashboard = window.findChild<HrDashboard*>(QStringLiteral("hrDashboard"))), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->report() && dashboard->report()->period.isValid(), 20000);
        // The hub's published months, exactly as the hub gives them to this login.
        auto hr = hub::HubConnection::open(
            *hub::HubAddress::parse(invitation->hubUri),
            hub::InvitationJoin::environmentWithPassword(
                QProcessEnvironment(), invitation->hubUri, SecureBytes::fromUtf8(HubPassword)));
        QVERIFY_RESULT(hr);
        auto fromHub = hub::HubHrReport::load(**hr, controller->registry());
        QVERIFY_RESULT(fromHub);
        QVERIFY(!fromHub->suppressed);
        QCOMPARE(hrReportToJson(*dashboard->report()), hrReportToJson(*fromHub));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("hrAsOf"))->text().contains(QStringLiteral("hub")));
        window.resize(1280, 900);
        for (const test::ShotLook& look : test::shotLooks()) {
            test::applyShotLook(look);
            QTest::qWait(50); // the dashboard retranslates and repaints
            test::saveShot(&window, look.shot(QStringLiteral("hr-hub-dashboard")));
        }
        test::applyShotLook(test::shotLooks().first());
        // Harriet's store holds nobody's data but her own person.
        auto people = controller->store()->people().count();
        QVERIFY_RESULT(people);
        QCOMPARE(*people, 1);
    }
};

QTEST_MAIN(TestJoinOrganisation)
#include "TestJoinOrganisation.moc"
