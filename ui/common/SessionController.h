#pragma once

#include "StartupOptions.h"
#include "crypto/SecureBytes.h"
#include "domain/Person.h"
#include "instruments/InstrumentRegistry.h"
#include "services/Preferences.h"
#include "store/Store.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <chrono>
#include <functional>
#include <memory>

namespace rapport {
class SecretVault;
}

namespace rapport::hub {
class HubConnection;
}

namespace rapport::ui {

struct RestoreOverCurrentRequest;

class DemoSession;
class FirstRunWizard;
class AdminPanel;
class HrDashboard;
class IdleWatcher;
class JoinOrganisationWizard;
class MainWindow;
class Session;
class SyncController;
class UnlockDialog;

/**
 * Who is using Rapport, and whether the store is open: the first-run wizard or the unlock dialog at start, the
 * "who is using Rapport" choice (or the person given by --mode/--person), the screen for that person's mode, and
 * locking (on request or after an idle time), which closes the Session and asks for the passphrase again. Whatever an
 * open store brings with it (the store, backups, sync, the screen) belongs to one Session, which this controller makes
 * at unlock and closes at lock, idle lock, restore, a start over with nobody left, and quit. Which screen a role gets
 * is decided in one place, createScreen().
 */
class SessionController : public QObject
{
    Q_OBJECT

public:
    /** Lock after this long without input unless told otherwise. */
    static constexpr std::chrono::minutes DefaultIdleTimeout {10};

    SessionController(MainWindow& window, StartupOptions options, QObject* parent = nullptr);
    ~SessionController() override;

    /** Cost of the key derivation for a store made by the first-run wizard (tests use a cheap one). */
    void setStoreOptions(StoreOptions options);
    void setIdleTimeout(std::chrono::milliseconds timeout);

    /** Loads the instruments and opens the wizard, the unlock dialog or the demo. */
    void start();
    /** Closes the store, clears the screen and shows the unlock dialog. */
    void lock();
    /**
     * After the person on screen erased their data: back to the start without asking for the passphrase again —
     * "who is using Rapport" while anyone is left, else the empty store is removed and the first-run wizard opens.
     */
    void startOver();

    [[nodiscard]] bool isUnlocked() const;
    /** The open store (tests and the startup probe look into it); nullptr while locked. */
    [[nodiscard]] Store* store() const;
    /** What the open store brings with it; nullptr while locked. */
    [[nodiscard]] Session* session() const { return m_session.get(); }
    [[nodiscard]] const InstrumentRegistry& registry() const { return m_registry; }
    [[nodiscard]] UnlockDialog* unlockDialog() const;
    [[nodiscard]] FirstRunWizard* firstRunWizard() const;
    [[nodiscard]] IdleWatcher* idleWatcher() const { return m_idle; }
    /** Sync with the hub for the open session; nullptr while locked. */
    [[nodiscard]] SyncController* syncController() const;
    /**
     * Where sessions remember the hub password and the backup passphrase (the system keychain; not owned, outlives
     * this). Null (the default, and always in the demo): nowhere, the person is asked and it stays in memory.
     */
    void setSecretVault(SecretVault* vault) { m_vault = vault; }
    /** Called with each new session's SyncController before it starts (tests: a fake hub, short timers). */
    void setSyncSetup(std::function<void(SyncController&)> setup);
    /** Where joining finds libpq's settings (the process environment by default; tests: a throwaway hub's). */
    void setHubEnvironment(QProcessEnvironment environment);

    /**
     * Joins the open store to an organisation: the invitation (read from `invitationPath` when given) and the
     * person's own hub password; on success the joined person's screen opens and syncs. Nothing while locked.
     */
    void openJoin(const QString& invitationPath = QString());
    /**
     * An invitation file opened from outside (macOS's open event, like `--join FILE` elsewhere): read by the
     * first-run wizard if it is open, by a join of the open store, or after the next unlock.
     */
    void openInvitationFile(const QString& path);
    [[nodiscard]] JoinOrganisationWizard* joinWizard() const;

    /**
     * Where client dashboards keep the next check-in's due time for a locked Rapport (ReminderDueFile; main passes
     * its default path). Empty, the default and always in the demo: nowhere.
     */
    void setReminderDueFile(const QString& path) { m_reminderDueFile = path; }
    /** From the tray (or a notification of a locked Rapport): shows the window, asking to unlock if locked. */
    void showFromTray();
    /** From the tray or a notification: shows the window and opens the Wellbeing check-in (after unlocking). */
    void checkInFromTray();

    /** The open store's preferences (the Preferences dialog reads them); an error while locked. */
    [[nodiscard]] Result<Preferences> preferences() const;
    /** Saves the preferences in the open store and applies the auto-lock time at once; an error while locked. */
    [[nodiscard]] Result<void> savePreferences(const Preferences& preferences);

Q_SIGNALS:
    /** A person's screen is showing. */
    void sessionStarted(const rapport::Person& person);
    /** The store was closed and the screen cleared. */
    void sessionLocked();

private:
    void openFirstRun();
    void openUnlock();
    /** The unlock dialog now, or, while the window waits hidden in the tray (--tray), when it is shown. */
    void openUnlockOrWait();
    /** Opens the check-in asked for from the tray if a client's dashboard is on screen. */
    void openCheckInIfAsked();
    /** Unlocks with --passphrase-file; false when that did not open the store (the dialog then asks). */
    [[nodiscard]] bool unlockFromFile();
    void choosePerson();
    /** After an unlock: choosePerson(), then the join asked for by --join or an opened invitation file. */
    void choosePersonOrJoin();
    /** A connection to the joined hub as this store's person, for the screens that ask it themselves. */
    [[nodiscard]] Result<std::unique_ptr<hub::HubConnection>> hubConnection() const;
    void openPinnedPerson();
    void showPerson(const Person& person);
    /** After a language change: the person's screen again, built in the new language; the store stays open. */
    void retranslate();
    /** Opens a Session on `store`, closing any open one first. */
    void openSession(std::unique_ptr<Store> store);
    /** Closes the open Session, if any (its close() says in which order), and forgets it. */
    void closeSession();
    /** Starts backups and sync in the session and shows what they report in the window. */
    void startBackgroundWork();
    /** Whether sessions remember secrets in a system keychain that answers (never in the demo). */
    [[nodiscard]] bool keychainAvailable() const;
    /** Lock after `preferences.autoLock` without use (never, for zero). */
    void applyAutoLock(const Preferences& preferences);
    /** The screen of `person`'s mode, or nullptr for a mode that is not there yet. The one switch over roles. */
    [[nodiscard]] QWidget* createScreen(const Person& person);
    [[nodiscard]] QString windowTitle(const Person& person) const;
    [[nodiscard]] QString lockedTitle() const;
    /** The demo person for --mode (the showcase client by default). */
    [[nodiscard]] Result<QUuid> demoPerson();
    /** A message in place of a screen while the store is open (so Lock works). */
    void showProblem(const QString& title, const QString& message);
    /** Closes the store, restores a backup over it (admin mode), and reopens whichever store results. */
    void replaceCurrentStore(const Person& admin, std::shared_ptr<RestoreOverCurrentRequest> request);
    void fail(const QString& message);

    MainWindow& m_window;
    StartupOptions m_options;
    StoreOptions m_storeOptions;
    InstrumentRegistry m_registry;
    /** The demo folder, kept for the next unlock; the open Session holds a share, so it outlives the store. */
    std::shared_ptr<DemoSession> m_demo;
    std::unique_ptr<Session> m_session; ///< null while locked
    std::function<void(SyncController&)> m_syncSetup;
    SecretVault* m_vault = nullptr;
    QUuid m_pinnedPerson; ///< who every unlock opens as (--person, or the demo's person); null: ask
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<JoinOrganisationWizard> m_joinWizard;
    QPointer<AdminPanel>
        m_hubAdminPanel; ///< the screen of an admin joined to a hub, its invitations re-read after syncs
    QPointer<HrDashboard> m_hubHrDashboard; ///< the screen of an HR login joined to a hub, refreshed after syncs
    QProcessEnvironment m_hubEnvironment = QProcessEnvironment::systemEnvironment();
    bool m_started = false;
    QString m_pendingJoin; ///< --join FILE, until the wizard or the unlocked store takes it
    SecureBytes m_joinedHubPassword; ///< typed while joining: the first sync's password, handed to it once
    bool m_rememberJoinedHubPassword = false; ///< the person chose, joining, to keep it in the system keychain
    IdleWatcher* m_idle = nullptr;
    QString m_reminderDueFile;
    bool m_unlockWhenShown = false; ///< hidden in the tray, locked: the unlock dialog waits for the window
    bool m_checkInAfterUnlock = false; ///< "Check in now" from the tray, to open once the dashboard is there
};

} // namespace rapport::ui
