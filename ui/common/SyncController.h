#pragma once

#include "SyncStatus.h"
#include "crypto/SecureBytes.h"
#include "hub/sync/HubSync.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;
class QWidget;

namespace rapport {
class SecretVault;
class Store;
} // namespace rapport

namespace rapport::ui {

class HubPasswordDialog;

/**
 * Syncs the open store with its hub while a session runs: once after unlock, a little after each change that has
 * something to send (a submission, a sharing choice, an answer), every few minutes, and when asked (Sync now, F5).
 *
 * The Store is single-threaded, so a sync is split: the outgoing batch is read here on the GUI thread, the
 * PostgreSQL work runs on a worker thread with its own connection (HubSync::exchange, or a test's fake), and the
 * pulled snapshot is applied back here. If libpq finds no password, the person is asked once (and again whenever
 * they choose Sync now); the password lives in guarded memory until this controller goes (at lock), and is wiped
 * at once if the hub refuses it. Destroying the controller waits for a running exchange to end.
 *
 * With a SecretVault (the system keychain), a password the hub accepted is remembered there when the person asked
 * for it (the prompt's checkbox), and read back at the next start, before anyone is asked; a remembered password
 * the hub refuses is removed from the keychain and the person is asked again. PGPASSWORD in the environment wins
 * over the keychain. The password reaches libpq only through the environment of the sync request, never a file.
 */
class SyncController : public QObject
{
    Q_OBJECT

public:
    using Exchange = std::function<Result<PulledSnapshot>(const hub::SyncRequest& request)>;

    static constexpr std::chrono::minutes DefaultInterval {5};
    static constexpr std::chrono::seconds DefaultChangeDelay {3};

    SyncController(Store& store, QWidget* dialogParent, QObject* parent = nullptr);
    ~SyncController() override;

    /** Replaces the network step (tests: a fake hub, or one that fails). */
    void setExchange(Exchange exchange);
    /** Where RAPPORT_HUB_URL, PGPASSWORD and PGPASSFILE come from (the process environment by default). */
    void setEnvironment(QProcessEnvironment environment);
    /** Where a hub password is remembered between runs (not owned; outlives this). Null: nowhere, as before. */
    void setSecretVault(SecretVault* vault);
    void setInterval(std::chrono::milliseconds interval);
    void setChangeDelay(std::chrono::milliseconds delay);
    /**
     * The hub password the person has just typed elsewhere (joining), used instead of asking for it; `remember`:
     * kept in the system keychain once the hub accepts it, as when typed into the prompt with the box on.
     */
    void usePassword(SecureBytes password, bool remember = false);

    /** Reads the store's binding: a local-only store stays LocalOnly; a joined one syncs at once. */
    void start();
    /**
     * Starts a sync unless one is running (then another follows it). `asked`: the person chose Sync now, so a
     * missing password is asked for even if they dismissed the prompt before.
     */
    void syncNow(bool asked = false);

    [[nodiscard]] bool isJoined() const { return m_binding.has_value(); }
    /**
     * What connects to the joined hub as this store's person (RAPPORT_HUB_URL and the password in hand, if any),
     * for the requests a screen makes itself (the HR dashboard's figures); empty while not joined.
     */
    [[nodiscard]] QProcessEnvironment connectionEnvironment() const;
    [[nodiscard]] bool isSyncing() const { return m_thread != nullptr; }
    [[nodiscard]] const SyncStatus& status() const { return m_status; }
    [[nodiscard]] HubPasswordDialog* passwordDialog() const;

Q_SIGNALS:
    void statusChanged(const rapport::ui::SyncStatus& status);
    /** A sync ended (`succeeded` or not); the status says how. */
    void syncFinished(bool succeeded);

private:
    void setStatus(SyncStatus::State state, const QString& detail = QString(), qsizetype queued = 0);
    void exchangeFinished();
    void changedLocally();
    void askForPassword(bool retry);
    [[nodiscard]] QProcessEnvironment environmentWithPassword() const;
    void readRememberedPassword(const HubBinding& binding);
    void rememberTypedPassword();
    void forgetRememberedPassword();
    [[nodiscard]] QString secretName() const;

    Store& m_store;
    QPointer<QWidget> m_dialogParent;
    Exchange m_exchange;
    QProcessEnvironment m_environment;
    std::optional<HubBinding> m_binding;
    SyncStatus m_status;
    QTimer* m_interval = nullptr;
    QTimer* m_changeDelay = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::optional<hub::SyncRequest> m_request;
    std::shared_ptr<std::optional<Result<PulledSnapshot>>> m_result;
    bool m_again = false;
    SecureBytes m_password; ///< the hub password the person typed, if libpq found none
    bool m_promptDismissed = false;
    SecretVault* m_vault = nullptr;
    bool m_fromVault = false; ///< m_password was read from the keychain
    bool m_rememberTyped = false; ///< the person asked to remember m_password once the hub takes it
    bool m_inVault = false; ///< a keychain call is waiting in its local event loop: no sync starts meanwhile
    QPointer<HubPasswordDialog> m_passwordDialog;
};

} // namespace rapport::ui
