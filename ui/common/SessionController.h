#pragma once

#include "StartupOptions.h"
#include "domain/Person.h"
#include "instruments/InstrumentRegistry.h"
#include "store/Store.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace rapport {
class BackupScheduler;
}

namespace rapport::ui {

struct RestoreOverCurrentRequest;

class DemoSession;
class FirstRunWizard;
class IdleWatcher;
class MainWindow;
class SyncController;
class UnlockDialog;

/**
 * Who is using Rapport, and whether the store is open: the first-run wizard or the unlock dialog at start, the
 * "who is using Rapport" choice (or the person given by --mode/--person), the screen for that person's mode, and
 * locking (on request or after an idle time), which closes the store, destroys the screen and asks for the passphrase
 * again. Which screen a role gets is decided in one place, createScreen().
 */
class SessionController : public QObject
{
    Q_OBJECT

public:
    /** Lock after this long without input unless told otherwise. */
    static constexpr std::chrono::minutes DefaultIdleTimeout{10};

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

    [[nodiscard]] bool isUnlocked() const { return m_store != nullptr; }
    [[nodiscard]] Store* store() const { return m_store.get(); }
    [[nodiscard]] const InstrumentRegistry& registry() const { return m_registry; }
    [[nodiscard]] UnlockDialog* unlockDialog() const;
    [[nodiscard]] FirstRunWizard* firstRunWizard() const;
    [[nodiscard]] IdleWatcher* idleWatcher() const { return m_idle; }
    /** Sync with the hub for the open session; nullptr while locked. */
    [[nodiscard]] SyncController* syncController() const { return m_sync.get(); }
    /** Called with each new session's SyncController before it starts (tests: a fake hub, short timers). */
    void setSyncSetup(std::function<void(SyncController&)> setup);

Q_SIGNALS:
    /** A person's screen is showing. */
    void sessionStarted(const rapport::Person& person);
    /** The store was closed and the screen cleared. */
    void sessionLocked();

private:
    void openFirstRun();
    void openUnlock();
    /** Unlocks with --passphrase-file; false when that did not open the store (the dialog then asks). */
    [[nodiscard]] bool unlockFromFile();
    void choosePerson();
    void openPinnedPerson();
    void showPerson(const Person& person);
    /** After a language change: the person's screen again, built in the new language; the store stays open. */
    void retranslate();
    /** Starts syncing the open store with its hub, when it is joined to one. */
    void startSync();
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
    std::unique_ptr<DemoSession> m_demo; ///< declared before m_store: the store closes before its folder goes
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BackupScheduler> m_scheduler; ///< declared after m_store: it goes before the store closes
    std::optional<Person> m_current; ///< whose screen is showing; empty while locked or showing a message
    std::unique_ptr<SyncController> m_sync;       ///< declared after m_store: it goes before the store closes
    std::function<void(SyncController&)> m_syncSetup;
    QUuid m_pinnedPerson; ///< who every unlock opens as (--person, or the demo's person); null: ask
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<FirstRunWizard> m_wizard;
    IdleWatcher* m_idle = nullptr;
};

} // namespace rapport::ui
