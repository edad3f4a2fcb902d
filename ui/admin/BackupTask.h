#pragma once

#include "backup/Backup.h"
#include "common/Error.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rapport::ui {

/**
 * Runs one backup operation (export, verify, restore) on a worker thread. Progress arrives as a signal on the
 * thread that owns the task; `cancel()` makes the next progress report return false, which core turns into a
 * Cancelled error that leaves no file behind. Destroying a running task cancels it and waits for the thread.
 *
 * The work must not touch GUI objects, nor a Store's own connection: `Backup::exportTo` is safe (it reads the
 * store's path, key and clock and opens its own connection); verify and restore need no Store at all.
 */
class BackupTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Result<BackupManifest>(const BackupProgress& progress)>;

    explicit BackupTask(Work work, QObject* parent = nullptr);
    ~BackupTask() override;

    void start();
    /** Asks the work to stop at its next progress report. */
    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }
    [[nodiscard]] bool isRunning() const;
    /** The outcome; meaningful once `finished` was emitted. */
    [[nodiscard]] const Result<BackupManifest>& result() const { return m_result; }

Q_SIGNALS:
    /** Roughly every tenth of a percent: `permille` of the work is done. */
    void progressed(int permille);
    /** The work returned (successfully, with an error, or cancelled); the thread has ended. */
    void finished();

private:
    Work m_work;
    std::atomic_bool m_cancelled {false};
    std::unique_ptr<QThread> m_thread;
    Result<BackupManifest> m_result;
};

} // namespace rapport::ui
