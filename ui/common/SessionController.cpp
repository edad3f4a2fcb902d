#include "SessionController.h"

#include "DemoSession.h"
#include "FirstRunWizard.h"
#include "IdleWatcher.h"
#include "JoinOrganisationWizard.h"
#include "MainWindow.h"
#include "PersonPickerDialog.h"
#include "Session.h"
#include "StoreFiles.h"
#include "SyncController.h"
#include "SyncStatusIndicator.h"
#include "UnlockDialog.h"
#include "admin/AdminPanel.h"
#include "admin/HubOrganisationBox.h"
#include "admin/StoreReplacement.h"
#include "client/ClientDashboard.h"
#include "hr/HrDashboard.h"
#include "hub/HubConnection.h"
#include "hub/HubHrReport.h"
#include "hub/Invitation.h"
#include "hub/sync/HubSync.h"
#include "hub/sync/InvitationJoin.h"
#include "professional/ProfessionalView.h"
#include "secrets/SecretVault.h"
#include "services/AdminOperations.h"
#include "services/BusiestProfessional.h"
#include "services/PersonDirectory.h"

#include <QFile>
#include <QFileInfo>
#include <QStatusBar>

#include <limits>
#include <utility>

namespace rapport::ui {

SessionController::SessionController(MainWindow& window, StartupOptions options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{
    m_idle = new IdleWatcher(DefaultIdleTimeout, this);
    connect(m_idle, &IdleWatcher::idleTimedOut, this, &SessionController::lock);
    connect(&m_window, &MainWindow::lockRequested, this, &SessionController::lock);
    // Queued: the language changes from inside the Preferences dialog, which the rebuild destroys.
    connect(&m_window, &MainWindow::languageChanged, this, &SessionController::retranslate, Qt::QueuedConnection);
    connect(&m_window, &MainWindow::syncRequested, this, [this] {
        if (SyncController* sync = syncController()) {
            sync->syncNow(true);
        }
    });
    connect(&m_window, &MainWindow::joinRequested, this, [this] { openJoin(); });
    connect(&m_window, &MainWindow::unlockRequested, this, [this] {
        if (!m_session) {
            openUnlock();
        }
    });
    // Closed to the tray: locked again, as Rapport started, and only reminding.
    connect(&m_window, &MainWindow::hiddenToTray, this, [this] {
        if (m_session && !m_demo) {
            lock();
        }
    });
}

void SessionController::openUnlockOrWait()
{
    if (m_options.startInTray && !m_window.isVisible()) {
        m_unlockWhenShown = true;
        return;
    }
    openUnlock();
}

void SessionController::showFromTray()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
    if (std::exchange(m_unlockWhenShown, false) && !m_session) {
        openUnlock();
    } else if (m_unlockDialog) {
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
    }
}

void SessionController::checkInFromTray()
{
    m_checkInAfterUnlock = true;
    showFromTray();
    openCheckInIfAsked();
}

void SessionController::openCheckInIfAsked()
{
    if (!m_checkInAfterUnlock) {
        return;
    }
    auto* dashboard = qobject_cast<ClientDashboard*>(m_window.screen());
    if (!dashboard) {
        return; // not unlocked yet, or nobody chosen yet: once the dashboard shows
    }
    m_checkInAfterUnlock = false;
    // Queued: the dashboard is still being put in place when this is called from showPerson().
    QMetaObject::invokeMethod(
        dashboard, [dashboard] { dashboard->openWellbeingCheckIn(); }, Qt::QueuedConnection);
}

SessionController::~SessionController()
{
    // Quit: the session goes in its own order (Session::close), then the demo folder, which nothing uses by then.
    closeSession();
    m_window.showLocked();
    m_demo.reset();
}

bool SessionController::isUnlocked() const
{
    return m_session && m_session->isOpen();
}

Store* SessionController::store() const
{
    return isUnlocked() ? &m_session->store() : nullptr;
}

SyncController* SessionController::syncController() const
{
    return m_session ? m_session->sync() : nullptr;
}

Result<Preferences> SessionController::preferences() const
{
    if (!isUnlocked()) {
        return rapport::fail(ErrorCode::NotFound, tr("Rapport is locked."));
    }
    return m_session->preferences();
}

Result<void> SessionController::savePreferences(const Preferences& preferences)
{
    if (!isUnlocked()) {
        return rapport::fail(ErrorCode::NotFound, tr("Rapport is locked."));
    }
    auto saved = m_session->savePreferences(preferences);
    if (saved) {
        applyAutoLock(preferences);
    }
    return saved;
}

void SessionController::applyAutoLock(const Preferences& preferences)
{
    if (preferences.autoLock.count() == 0) {
        // Off: stopped, and with the longest interval a timer allows in case something restarts it.
        m_idle->setTimeout(std::chrono::milliseconds(std::numeric_limits<int>::max()));
        m_idle->stop();
        return;
    }
    m_idle->setTimeout(preferences.autoLock);
    if (isUnlocked()) {
        m_idle->start();
    }
}

void SessionController::openSession(std::unique_ptr<Store> store)
{
    closeSession();
    m_session = std::make_unique<Session>(std::move(store), m_window, m_demo);
    // The demo's throwaway stores leave nothing in the person's keychain.
    m_session->setSecretVault(m_demo ? nullptr : m_vault);
    connect(m_session.get(), &Session::backupFinished, this, [this](bool succeeded, const QString& message) {
        m_window.statusBar()->showMessage(succeeded ? tr("Automatic backup written: %1").arg(message)
                                                    : tr("Automatic backup failed: %1").arg(message),
                                          30000);
    });
    connect(m_session.get(), &Session::syncStatusChanged, m_window.syncIndicator(), &SyncStatusIndicator::setStatus);
}

void SessionController::closeSession()
{
    if (!m_session) {
        return;
    }
    m_session->close();
    m_session.reset();
}

void SessionController::setSyncSetup(std::function<void(SyncController&)> setup)
{
    m_syncSetup = std::move(setup);
}

UnlockDialog* SessionController::unlockDialog() const
{
    return m_unlockDialog;
}

FirstRunWizard* SessionController::firstRunWizard() const
{
    return m_wizard;
}

void SessionController::setHubEnvironment(QProcessEnvironment environment)
{
    m_hubEnvironment = std::move(environment);
}

JoinOrganisationWizard* SessionController::joinWizard() const
{
    return m_joinWizard;
}

void SessionController::openJoin(const QString& invitationPath)
{
    if (!m_session) {
        return;
    }
    if (m_joinWizard) {
        if (!invitationPath.isEmpty()) {
            m_joinWizard->openInvitation(invitationPath);
        }
        m_joinWizard->raise();
        m_joinWizard->activateWindow();
        return;
    }
    const QString folder = QFileInfo(m_session->store().path()).absolutePath();
    auto joiner = [this, folder](const hub::Invitation& invitation, const SecureBytes& hubPassword) -> Result<void> {
        if (!m_session) {
            return rapport::fail(ErrorCode::InvalidArgument, tr("Rapport was locked; unlock it and try again."));
        }
        // The rules sync has for an existing store apply: its one person becomes the invited one, other people or
        // another binding refuse, and a refusal changes nothing.
        auto joined = hub::InvitationJoin::join(m_session->store(), invitation, hubPassword, folder, m_hubEnvironment);
        if (!joined) {
            return tl::unexpected(joined.error());
        }
        m_joinedHubPassword = hubPassword.clone();
        m_rememberJoinedHubPassword = m_joinWizard && m_joinWizard->rememberHubPassword();
        m_pinnedPerson = joined->personId;
        return {};
    };
    auto* wizard = new JoinOrganisationWizard(joiner, &m_window);
    wizard->setKeychainAvailable(keychainAvailable());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_joinWizard = wizard;
    if (!invitationPath.isEmpty()) {
        wizard->openInvitation(invitationPath);
    }
    connect(wizard, &QDialog::accepted, this, [this] {
        if (m_session) {
            openPinnedPerson(); // the joined person, as the hub has them, syncing from now on
        }
    });
    wizard->open();
}

void SessionController::openInvitationFile(const QString& path)
{
    if (m_wizard) {
        m_wizard->startJoining(path);
        m_wizard->raise();
        m_wizard->activateWindow();
    } else if (m_session && !m_demo) {
        openJoin(path);
    } else {
        m_pendingJoin = path; // taken when the store is unlocked (or by the wizard, before start)
        if (m_started && !m_demo && Store::exists(m_options.storePath)) {
            openUnlock();
        }
    }
}

void SessionController::setStoreOptions(StoreOptions options)
{
    m_storeOptions = std::move(options);
}

void SessionController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
}

void SessionController::start()
{
    auto registry = InstrumentRegistry::load(m_options.instrumentsDir);
    if (!registry) {
        fail(tr("The questionnaires could not be loaded: %1").arg(registry.error().message));
        return;
    }
    m_registry = std::move(*registry);

    if (m_options.demo) {
        auto demo = DemoSession::create(m_registry);
        if (!demo) {
            fail(tr("The demo could not be prepared: %1").arg(demo.error().message));
            return;
        }
        m_demo = std::move(*demo);
        openSession(m_demo->takeStore());
        auto person = demoPerson();
        if (!person) {
            fail(person.error().message);
            return;
        }
        m_pinnedPerson = *person;
        m_window.setWindowTitle(lockedTitle());
        openPinnedPerson();
        return;
    }
    m_pinnedPerson = m_options.person;
    m_started = true;
    if (!m_options.joinFile.isEmpty()) {
        m_pendingJoin = m_options.joinFile;
    }
    if (Store::exists(m_options.storePath)) {
        if (!m_options.passphraseFile.isEmpty() && unlockFromFile()) {
            return;
        }
        openUnlockOrWait();
    } else {
        if (m_options.startInTray) {
            m_window.show(); // nothing set up yet: there is nothing to remind of, so the wizard shows
        }
        openFirstRun();
    }
}

void SessionController::openFirstRun()
{
    const QString path = m_options.storePath;
    auto creator = [this, path](const SecureBytes& passphrase, const QString& name) -> Result<void> {
        StoreOptions options = m_storeOptions;
        auto store = Store::create(path, passphrase, options);
        if (!store) {
            return tl::unexpected(store.error());
        }
        auto person = AdminOperations(**store).addPerson(name, Role::Client);
        if (!person) {
            return tl::unexpected(person.error());
        }
        openSession(std::move(*store));
        return {};
    };
    auto joiner = [this, path](const hub::Invitation& invitation,
                               const SecureBytes& passphrase,
                               const SecureBytes& hubPassword) -> Result<void> {
        auto store = Store::create(path, passphrase, m_storeOptions);
        if (!store) {
            return tl::unexpected(store.error());
        }
        // The hub's certificate authority goes beside the store, as rapport-cli hub join puts it.
        auto joined = hub::InvitationJoin::join(
            **store, invitation, hubPassword, QFileInfo(path).absolutePath(), m_hubEnvironment);
        if (!joined) {
            // The new store holds nothing yet: remove it, so that trying again (or starting alone) begins afresh.
            store->reset();
            if (auto removed = removeStoreFiles(path); !removed) {
                return tl::unexpected(
                    Error {joined.error().code, joined.error().message + QLatin1Char(' ') + removed.error().message});
            }
            return tl::unexpected(joined.error());
        }
        m_joinedHubPassword = hubPassword.clone();
        m_rememberJoinedHubPassword = m_wizard && m_wizard->rememberHubPassword();
        m_pinnedPerson = joined->personId;
        openSession(std::move(*store));
        return {};
    };
    auto* wizard = new FirstRunWizard(creator, joiner, &m_window);
    wizard->setKeychainAvailable(keychainAvailable());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    connect(wizard, &QDialog::accepted, this, [this] {
        if (m_session) {
            choosePerson();
        }
    });
    connect(wizard, &QDialog::rejected, this, [this] { m_window.showLocked(); });
    wizard->open();
    if (!m_pendingJoin.isEmpty()) {
        wizard->startJoining(std::exchange(m_pendingJoin, QString()));
    }
}

bool SessionController::unlockFromFile()
{
    QFile file(m_options.passphraseFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("The passphrase file %1 cannot be read.").arg(m_options.passphraseFile));
        return true;
    }
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    const SecureBytes passphrase = SecureBytes::takeFrom(line);
    auto store = Store::open(m_options.storePath, passphrase);
    if (!store) {
        // Ask as usual; the dialog explains a wrong passphrase or a store in use when it is tried again.
        return false;
    }
    openSession(std::move(*store));
    choosePersonOrJoin();
    return true;
}

void SessionController::openUnlock()
{
    if (m_unlockDialog && m_unlockDialog->isVisible()) {
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    const QString path = m_demo ? m_demo->storePath() : m_options.storePath;
    auto opener = [path](const SecureBytes& passphrase) { return Store::open(path, passphrase); };
    auto* dialog = new UnlockDialog(path, opener, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_demo) {
        dialog->setHint(tr("Demo data: the passphrase is %1").arg(m_demo->passphrase()));
    }
    m_unlockDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_unlockDialog = nullptr; // closing; deleted later
        if (auto store = dialog->takeStore()) {
            openSession(std::move(store));
            choosePersonOrJoin();
        }
    });
    dialog->open();
}

void SessionController::choosePersonOrJoin()
{
    choosePerson();
    if (!m_pendingJoin.isEmpty()) {
        openJoin(std::exchange(m_pendingJoin, QString()));
    }
}

void SessionController::choosePerson()
{
    // A pinned person opens straight away: listing everybody first would make startup grow with the organisation.
    if (!m_pinnedPerson.isNull()) {
        openPinnedPerson();
        return;
    }
    auto people = PersonDirectory(m_session->store()).list();
    if (!people) {
        fail(people.error().message);
        return;
    }
    if (people->isEmpty()) {
        m_window.showMessage(tr("Nobody is set up yet"),
                             tr("This Rapport data has no people in it. Use rapport-cli to add people."));
        m_window.setLockEnabled(true);
        return;
    }
    if (people->size() == 1) {
        showPerson(people->constFirst());
        return;
    }
    auto* picker = new PersonPickerDialog(
        tr("Who is using Rapport?"), tr("Choose yourself from the list."), *people, tr("Continue"), &m_window);
    picker->setObjectName(QStringLiteral("whoIsUsingDialog"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (const auto person = picker->selectedPerson()) {
            showPerson(*person);
        }
    });
    connect(picker, &QDialog::rejected, this, &SessionController::lock);
    picker->open();
}

Result<QUuid> SessionController::demoPerson()
{
    if (!m_options.person.isNull()) {
        return m_options.person;
    }
    const Role role = m_options.mode.value_or(Role::Client);
    switch (role) {
    case Role::Client:
        return m_demo->showcaseClient();
    case Role::Professional: {
        auto professional = busiestProfessional(m_session->store());
        if (!professional) {
            return tl::unexpected(professional.error());
        }
        if (*professional) {
            return (*professional)->id;
        }
        break;
    }
    case Role::Hr:
    case Role::Admin: {
        auto people = PersonDirectory(m_session->store()).list(role);
        if (!people) {
            return tl::unexpected(people.error());
        }
        if (!people->isEmpty()) {
            return people->constFirst().id;
        }
        break;
    }
    }
    return rapport::fail(ErrorCode::NotFound, tr("The demo has nobody in the %1 role.").arg(roleDisplayName(role)));
}

void SessionController::openPinnedPerson()
{
    auto person = PersonDirectory(m_session->store()).find(m_pinnedPerson);
    if (!person) {
        showProblem(tr("This person is not here"),
                    person.error().code == ErrorCode::NotFound
                        ? tr("Nobody with the id %1 is in this Rapport data. Check the id with rapport-cli person "
                             "list, then start Rapport again.")
                              .arg(m_pinnedPerson.toString(QUuid::WithoutBraces))
                        : person.error().message);
        return;
    }
    if (m_options.mode && person->role != *m_options.mode) {
        showProblem(tr("This person cannot open the %1 mode").arg(roleDisplayName(*m_options.mode)),
                    tr("%1 is set up as %2, not as %3, so Rapport does not open the %3 mode for them. Start Rapport "
                       "with --mode %4 instead, or without --mode to choose who is using Rapport.")
                        .arg(person->name,
                             roleDisplayName(person->role),
                             roleDisplayName(*m_options.mode),
                             roleName(person->role)));
        return;
    }
    showPerson(*person);
}

Result<std::unique_ptr<hub::HubConnection>> SessionController::hubConnection() const
{
    // After the first sync: it brings the password (typed, remembered or libpq's) the screens connect with.
    SyncController* sync = syncController();
    if (sync == nullptr || !sync->isJoined() || sync->status().state != SyncStatus::State::Synced) {
        return rapport::fail(ErrorCode::Unreachable, tr("Connecting to your organisation's hub…"));
    }
    return hub::HubConnection::openFromEnvironment(sync->connectionEnvironment());
}

QWidget* SessionController::createScreen(const Person& person)
{
    Store& store = m_session->store();
    switch (person.role) {
    case Role::Client: {
        auto* dashboard = new ClientDashboard(store, m_registry, person.id);
        if (!m_demo && !m_reminderDueFile.isEmpty()) {
            dashboard->setReminderDueFile(m_reminderDueFile);
        }
        // Queued: the dashboard emits from inside itself, and the start over destroys it.
        connect(dashboard, &ClientDashboard::dataErased, this, &SessionController::startOver, Qt::QueuedConnection);
        return dashboard;
    }
    case Role::Professional:
        return new ProfessionalView(store, m_registry, person.id);
    case Role::Hr: {
        if (!hub::HubSync::binding(store)) {
            return new HrDashboard(store, m_registry);
        }
        // An HR login joined to a hub: its store holds no individual data; the figures are the hub's published
        // months, read after every sync (the first one brings the password the dashboard connects with).
        auto source = [this]() -> Result<HrReport> {
            auto connection = hubConnection();
            if (!connection) {
                return tl::unexpected(connection.error());
            }
            return hub::HubHrReport::load(**connection, m_registry);
        };
        auto* dashboard = new HrDashboard(store, m_registry, source);
        m_hubHrDashboard = dashboard;
        return dashboard;
    }
    case Role::Admin: {
        auto* panel = new AdminPanel(store, store.path());
        panel->setAdminName(person.name);
        panel->setSecretVault(m_session ? m_session->secretVault() : nullptr);
        if (hub::HubSync::binding(store)) {
            // An admin joined to a hub manages the organisation there, through the sync's login and password.
            m_hubAdminPanel = panel;
            panel->setHubAccess([this] { return hubConnection(); });
            connect(panel, &AdminPanel::hubChanged, this, [this] {
                if (SyncController* sync = syncController()) {
                    sync->syncNow();
                }
            });
        }
        // Queued: the panel emits from inside itself, and replacing the store destroys it.
        connect(
            panel,
            &AdminPanel::restoreOverCurrentRequested,
            this,
            [this, person](std::shared_ptr<RestoreOverCurrentRequest> request) {
                replaceCurrentStore(person, std::move(request));
            },
            Qt::QueuedConnection);
        return panel;
    }
    }
    return nullptr;
}

QString SessionController::windowTitle(const Person& person) const
{
    QString title;
    switch (person.role) {
    case Role::Client:
        title = tr("Rapport — %1").arg(person.name);
        break;
    case Role::Professional:
        title = tr("Rapport — Professional view — %1").arg(person.name);
        break;
    case Role::Hr:
        title = tr("Rapport — HR view — %1").arg(person.name);
        break;
    case Role::Admin:
        title = tr("Rapport — Administration — %1").arg(person.name);
        break;
    }
    return m_demo ? tr("%1 (demo)").arg(title) : title;
}

QString SessionController::lockedTitle() const
{
    // No name while locked: the title bar is visible to whoever passes by.
    return m_demo ? tr("Rapport — demo") : tr("Rapport");
}

void SessionController::retranslate()
{
    if (m_session && m_session->person()) {
        // The store stays open, and sync keeps its password: only the screen is built again.
        const Person person = *m_session->person();
        m_session->showScreen(person, createScreen(person));
        m_window.setWindowTitle(windowTitle(person));
    } else if (!m_session) {
        m_window.setWindowTitle(lockedTitle());
    }
}

void SessionController::showPerson(const Person& person)
{
    m_session->showScreen(person, createScreen(person));
    m_window.setWindowTitle(windowTitle(person));
    m_window.setLockEnabled(true);
    m_idle->start();
    startBackgroundWork();
    // Unreadable preferences keep the auto-lock the session started with; the dialog shows the error if opened.
    if (auto preferences = m_session->preferences()) {
        applyAutoLock(*preferences);
    }
    Q_EMIT sessionStarted(person);
    openCheckInIfAsked();
}

bool SessionController::keychainAvailable() const
{
    return m_vault != nullptr && !m_demo && m_vault->isAvailable();
}

void SessionController::startBackgroundWork()
{
    m_session->startBackgroundWork([this](SyncController& sync) {
        if (!m_joinedHubPassword.isEmpty()) {
            sync.usePassword(std::exchange(m_joinedHubPassword, SecureBytes()),
                             std::exchange(m_rememberJoinedHubPassword, false));
        }
        if (m_syncSetup) {
            m_syncSetup(sync);
        }
    });
    if (m_hubAdminPanel) {
        connect(m_session->sync(), &SyncController::syncFinished, m_hubAdminPanel.data(), [this](bool succeeded) {
            if (succeeded && m_hubAdminPanel && m_hubAdminPanel->hubOrganisationBox()) {
                m_hubAdminPanel->hubOrganisationBox()->refresh();
            }
        });
    }
    if (m_hubHrDashboard) {
        connect(m_session->sync(), &SyncController::syncFinished, m_hubHrDashboard.data(), [this](bool succeeded) {
            if (succeeded && m_hubHrDashboard) {
                m_hubHrDashboard->refresh();
            }
        });
    }
    const bool joined = m_session->sync()->isJoined();
    m_window.syncAction()->setEnabled(joined);
    m_window.joinAction()->setEnabled(!joined && !m_demo);
}

void SessionController::replaceCurrentStore(const Person& admin, std::shared_ptr<RestoreOverCurrentRequest> request)
{
    m_idle->stop();
    closeSession(); // core may replace the store only once it is closed, and the admin panel goes before it
    m_window.showLocked();
    replaceStore(&m_window, std::move(request), m_storeOptions, [this, admin](StoreReplacementOutcome outcome) {
        if (!outcome.store) {
            showProblem(outcome.title, outcome.reopenError.isEmpty() ? outcome.message : outcome.reopenError);
            return;
        }
        openSession(std::move(outcome.store));
        auto person = PersonDirectory(m_session->store()).find(admin.id);
        if (person && person->role == Role::Admin) {
            showPerson(*person);
        } else {
            choosePerson(); // the restored store may not know this admin
        }
        m_window.statusBar()->showMessage(outcome.title + QStringLiteral(" — ") + outcome.message, 30000);
    });
}

void SessionController::showProblem(const QString& title, const QString& message)
{
    if (m_session) {
        m_session->clearScreen();
    }
    m_window.showMessage(title, message);
    m_window.setWindowTitle(lockedTitle());
    m_window.setLockEnabled(true);
    m_idle->start();
}

void SessionController::lock()
{
    m_idle->stop();
    closeSession(); // sync (and a hub password typed this session), backups, screen, store: see Session::close
    m_window.showLocked();
    m_window.setWindowTitle(lockedTitle());
    Q_EMIT sessionLocked();
    openUnlockOrWait();
}

void SessionController::startOver()
{
    m_idle->stop();
    if (m_session) {
        m_session->clearScreen(); // the erased person's screen goes now; the store stays open for whoever is left
    }
    m_window.showLocked();
    m_window.setWindowTitle(lockedTitle());
    m_pinnedPerson = QUuid(); // whoever was pinned may be the one who was erased: ask who is using Rapport
    if (!m_session) {
        return;
    }
    auto people = PersonDirectory(m_session->store()).count();
    if (!people) {
        fail(people.error().message);
        return;
    }
    if (*people > 0 || m_demo) {
        choosePerson();
        return;
    }
    const QString path = m_session->store().path();
    closeSession(); // nobody is left: the store closes before its files are removed
    if (auto removed = removeStoreFiles(path); !removed) {
        fail(removed.error().message);
        return;
    }
    openFirstRun();
}

void SessionController::fail(const QString& message)
{
    m_window.showMessage(tr("Rapport cannot start"), message);
}

} // namespace rapport::ui
