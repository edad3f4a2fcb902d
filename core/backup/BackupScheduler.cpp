#include "BackupScheduler.h"

#include "BackupSchedule.h"
#include "store/Store.h"

namespace rapport {

BackupScheduler::BackupScheduler(Store& store, SecretVault* vault, QObject* parent)
    : QObject(parent)
    , m_store(&store)
    , m_vault(vault)
{
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::check);
    m_timer.start();
    QTimer::singleShot(0, this, &BackupScheduler::check);
}

void BackupScheduler::check()
{
    if (m_store.isNull()) {
        return;
    }
    auto schedule = BackupSchedule::load(*m_store);
    if (!schedule || !schedule->isDue(m_store->clock().now())) {
        return;
    }
    auto file = BackupSchedule::runNow(*m_store, m_vault);
    Q_EMIT backupFinished(file.has_value(), file ? *file : file.error().message);
}

} // namespace rapport
