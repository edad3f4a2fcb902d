#pragma once

#include "SyncStatus.h"
#include "common/Error.h"
#include "domain/Person.h"
#include "services/Preferences.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace rapport {
class BackupScheduler;
class SecretVault;
class Store;
} // namespace rapport

namespace rapport::ui {

class DemoSession;
class MainWindow;
class SyncController;

/**
 * What an open store brings with it, for as long as it is open: the Store itself, the automatic backups
 * (BackupScheduler) and hub sync (SyncController) that run on it, the screen of the person using it (shown in the
 * window, but destroyed only by this session), and a share of the demo folder the store lives in, if any.
 *
 * close() takes all of it down in one written order — sync stopped, backups stopped, screen destroyed, store
 * closed, demo folder released — whatever order the members are declared in; the destructor calls it. A closed
 * session stays closed: the SessionController makes a new one for the next unlock.
 *
 * In ui/, not core/: the screen and the sync's password prompt are widgets.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    /**
     * Takes over an open `store`. `host` shows the screens; `demoFolder` is the demo folder the store lives in (null
     * outside the demo): the session keeps it until the store is closed, so the folder cannot go first.
     */
    Session(std::unique_ptr<Store> store,
            MainWindow& host,
            std::shared_ptr<DemoSession> demoFolder = nullptr,
            QObject* parent = nullptr);
    ~Session() override;

    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /** Whether the store is still open (until close()). */
    [[nodiscard]] bool isOpen() const;
    /** The open store, for building screens and services. Only while isOpen(). */
    [[nodiscard]] Store& store() const;
    /** Whose screen is showing; empty before a person is chosen and after clearScreen(). */
    [[nodiscard]] const std::optional<Person>& person() const { return m_person; }
    [[nodiscard]] QWidget* screen() const { return m_screen; }
    [[nodiscard]] BackupScheduler* backups() const { return m_backups.get(); }
    [[nodiscard]] SyncController* sync() const { return m_sync.get(); }

    /** Where backups and sync remember secrets (the system keychain; not owned). Null: nowhere. Before
     * startBackgroundWork. */
    void setSecretVault(SecretVault* vault) { m_vault = vault; }
    [[nodiscard]] SecretVault* secretVault() const { return m_vault; }

    /** Shows `screen` (built for `person` on store()) in the window, destroying the previous screen first. */
    void showScreen(const Person& person, QWidget* screen);
    /** Destroys the screen now (the person erased their data, say); the store stays open. */
    void clearScreen();

    /**
     * Starts automatic backups and hub sync on the store, replacing (and first stopping) any running ones.
     * `prepareSync` runs before the sync starts (tests: a fake hub, short timers). What they report comes out of
     * backupFinished and syncStatusChanged.
     */
    void startBackgroundWork(const std::function<void(SyncController&)>& prepareSync);

    /** The store's preferences (core/services/Preferences), so nobody outside needs the Store for them. */
    [[nodiscard]] Result<Preferences> preferences() const;
    /** Saves `preferences` in the store, in one transaction. */
    [[nodiscard]] Result<void> savePreferences(const Preferences& preferences);

    /**
     * Takes everything down, in this order: sync stopped (a running exchange is waited for, a typed hub password
     * wiped), backups stopped, screen destroyed, store closed, demo folder released (removed, unless the
     * SessionController still holds it for the next unlock). Does nothing the second time.
     */
    void close();

Q_SIGNALS:
    /** An automatic backup finished; `message` is the file written or what went wrong. */
    void backupFinished(bool succeeded, const QString& message);
    /** The hub sync's status changed. */
    void syncStatusChanged(const rapport::ui::SyncStatus& status);
    /** close() is done: the store is closed and nothing of this session uses it. */
    void closed();

private:
    void stopBackgroundWork();
    void destroyScreen();

    std::unique_ptr<Store> m_store;
    QPointer<MainWindow> m_host;
    std::shared_ptr<DemoSession> m_demoFolder;
    std::optional<Person> m_person;
    QPointer<QWidget> m_screen; ///< parented to the window for layout; destroyed by this session
    std::unique_ptr<BackupScheduler> m_backups;
    std::unique_ptr<SyncController> m_sync;
    SecretVault* m_vault = nullptr;
};

} // namespace rapport::ui
