#pragma once

#include "AdminPrompts.h"
#include "StoreReplacement.h"
#include "backup/Backup.h"
#include "common/Error.h"
#include "crypto/KeyDerivation.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace rapport {
class SecretVault;
class Store;
} // namespace rapport

namespace rapport::hub {
class HubConnection;
}

namespace rapport::ui {

class AdminPeopleModel;
class HubOrganisationBox;
class HubSetupDialog;
class BackupTask;

/**
 * The admin mode's screen: encrypted backups (export, verify, restore into a new store or over this one), automatic
 * backups, and the people in the store (names and roles only; admins never see scores).
 *
 * Export and restore re-ask the store passphrase first. Long operations run on a worker thread behind a cancellable
 * progress dialog; a cancelled one leaves no file. Every question goes through the injected AdminPrompts. Restoring
 * over the store in use needs the store closed, which only the session can do: the panel checks the backup and the
 * passphrases, then emits `restoreOverCurrentRequested` (see `replaceStore`).
 *
 * Must be destroyed before `store` closes; destroying it during an operation cancels the operation and waits.
 */
class AdminPanel : public QWidget
{
    Q_OBJECT

public:
    /** `prompts` null: real dialogs (DialogPrompts). */
    AdminPanel(Store& store,
               QString storePath,
               std::unique_ptr<AdminPrompts> prompts = nullptr,
               QWidget* parent = nullptr);
    ~AdminPanel() override;

    /** The key-derivation cost for new backup passphrases and restored stores (default: KdfParameters::defaults()). */
    void setKdf(KdfParameters kdf);
    /** Shown in the header ("Signed in as …"). */
    void setAdminName(const QString& name);
    /**
     * Where the automatic backups' passphrase is remembered (the system keychain; not owned, outlives the panel).
     * Null, or a vault without a keychain: inside the encrypted store, and the panel says so.
     */
    void setSecretVault(SecretVault* vault);
    /**
     * For a store joined to a hub as an admin: shows the organisation box (invitations, offboarding), which connects
     * through `access` for each action.
     */
    void setHubAccess(std::function<Result<std::unique_ptr<hub::HubConnection>>()> access);
    [[nodiscard]] HubOrganisationBox* hubOrganisationBox() const { return m_hubBox; }
    /** Opens the dialog that creates or upgrades the organisation's hub (for its database owner); returns it. */
    HubSetupDialog* openHubSetup();

    /** Re-reads the people and the automatic-backup status (also done on Store::changed). */
    void refresh();
    /** Whether a backup operation is running. */
    [[nodiscard]] bool isBusy() const;

    void exportBackup();
    void verifyBackup();
    void restoreIntoNewStore();
    void restoreOverCurrentStore();
    void chooseScheduleFolder();
    void saveSchedule();
    void backUpNow();

Q_SIGNALS:
    /**
     * The admin confirmed a restore over the store in use. The receiver closes the store (destroying this panel
     * first), calls `replaceStore(window, request, options, done)`, and carries on with the store it gets back.
     * Connect it with Qt::QueuedConnection: it is emitted from inside the panel, which the receiver destroys.
     */
    void restoreOverCurrentRequested(std::shared_ptr<rapport::ui::RestoreOverCurrentRequest> request);
    /** A backup operation (or a refusal before one) ended; `title` is what the result area shows. */
    void operationFinished(bool succeeded, const QString& title);
    /** The organisation on the hub changed (an invitation made, a person removed): time to sync. */
    void hubChanged();

private:
    enum class Outcome
    {
        Succeeded,
        Failed,
        Information,
    };

    QWidget* buildHeader();
    QWidget* buildBackupsGroup();
    QWidget* buildScheduleGroup();
    QWidget* buildPeopleGroup();
    QWidget* buildHubSetupGroup();

    /** Asks for the store passphrase again and checks it; nullopt (with the reason shown) when refused. */
    [[nodiscard]] std::optional<SecureBytes> reaskStorePassphrase(const QString& why);
    [[nodiscard]] std::optional<SecureBytes> askBackupPassphrase();
    void runTask(const QString& label,
                 std::function<Result<BackupManifest>(const BackupProgress&)> work,
                 std::function<void(const Result<BackupManifest>&)> done);
    void
    showResult(Outcome outcome, const QString& title, const QString& message, const QString& manifestHtml = QString());
    void showFailure(const Error& error, const QString& context = QString());
    void setBusy(bool busy);
    void loadScheduleForm();
    void refreshScheduleStatus();
    void refreshPeople();
    [[nodiscard]] KdfParameters freshKdf() const;
    [[nodiscard]] QString startFolder() const;
    void rememberFolder(const QString& file);

    Store& m_store;
    QString m_storePath;
    std::unique_ptr<AdminPrompts> m_prompts;
    KdfParameters m_kdf;
    QString m_lastFolder;

    QLabel* m_adminName = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_restoreNew = nullptr;
    QPushButton* m_restoreOver = nullptr;
    QFrame* m_result = nullptr;
    QLabel* m_resultTitle = nullptr;
    QLabel* m_resultMessage = nullptr;
    QLabel* m_manifest = nullptr;

    QCheckBox* m_scheduleEnabled = nullptr;
    QLineEdit* m_scheduleFolder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QComboBox* m_frequency = nullptr;
    QSpinBox* m_keep = nullptr;
    QPushButton* m_saveSchedule = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QLabel* m_scheduleStatus = nullptr;
    QLabel* m_lastRun = nullptr;
    QLabel* m_passphrasePlace = nullptr;
    SecretVault* m_vault = nullptr;

    AdminPeopleModel* m_people = nullptr;
    QVBoxLayout* m_rightColumn = nullptr;
    HubOrganisationBox* m_hubBox = nullptr;
    QTableView* m_peopleView = nullptr;
    QLabel* m_peopleCount = nullptr;

    QPointer<BackupTask> m_task;
    QPointer<QProgressDialog> m_progress;
};

} // namespace rapport::ui
