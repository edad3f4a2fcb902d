#include "BackupTask.h"

#include "common/UiText.h"

#include <QThread>

#include <algorithm>

namespace rapport::ui {

BackupTask::BackupTask(Work work, QObject* parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_result(fail(ErrorCode::Internal, UiTr::tr("The operation has not run.")))
{
}

BackupTask::~BackupTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void BackupTask::start()
{
    if (m_thread) {
        return;
    }
    m_thread.reset(QThread::create([this] {
        int lastPermille = -1;
        const BackupProgress progress = [this, &lastPermille](qint64 done, qint64 total) {
            const int permille = total > 0 ? static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
            if (permille != lastPermille) {
                lastPermille = permille;
                Q_EMIT progressed(permille); // queued to the owner's thread
            }
            return !m_cancelled.load();
        };
        m_result = m_work(progress);
    }));
    m_thread->setObjectName(QStringLiteral("rapport-backup"));
    // Emitted by the worker, delivered here once the result is written.
    connect(
        m_thread.get(), &QThread::finished, this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    m_thread->start();
}

void BackupTask::cancel()
{
    m_cancelled = true;
}

bool BackupTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace rapport::ui
