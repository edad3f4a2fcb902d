#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rapport {

class SecretVault;
class Store;

/**
 * Runs scheduled backups while Rapport is open: checks on start and then every few minutes. The passphrase comes
 * from `vault` (the system keychain; not owned, outlives this) or the store: see BackupSchedule.
 */
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(Store& store, SecretVault* vault = nullptr, QObject* parent = nullptr);

    /** Checks now whether a backup is due and runs it. */
    void check();

Q_SIGNALS:
    /** A scheduled backup finished; `message` is the file written or what went wrong. */
    void backupFinished(bool succeeded, const QString& message);

private:
    QPointer<Store> m_store;
    SecretVault* m_vault = nullptr;
    QTimer m_timer;
};

} // namespace rapport
