#include "StoreReplacement.h"

#include "BackupMessages.h"
#include "BackupTask.h"
#include "common/UiText.h"

#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QProgressDialog>

namespace rapport::ui {

void replaceStore(QWidget* parent,
                  std::shared_ptr<RestoreOverCurrentRequest> request,
                  StoreOptions reopenOptions,
                  std::function<void(StoreReplacementOutcome outcome)> done)
{
    auto* progress = new QProgressDialog(
        UiTr::tr("Restoring the backup over the current store…"), UiTr::tr("Cancel"), 0, 1000, parent);
    progress->setObjectName(QStringLiteral("restoreProgressDialog"));
    progress->setWindowTitle(UiTr::tr("Restoring"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    progress->setValue(0);

    auto* task = new BackupTask(
        [request](const BackupProgress& report) {
            return Backup::restoreReplacing(request->backupFile,
                                            request->backupPassphrase,
                                            request->storePath,
                                            request->newStorePassphrase,
                                            request->kdf,
                                            report);
        },
        progress);
    QObject::connect(task, &BackupTask::progressed, progress, &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, task, [task, progress] {
        task->cancel();
        progress->setLabelText(UiTr::tr("Cancelling…"));
    });
    QObject::connect(task, &BackupTask::finished, progress, [task, progress, request, reopenOptions, done] {
        StoreReplacementOutcome outcome {task->result(), nullptr, QString(), QString(), QString()};
        progress->hide();
        progress->deleteLater(); // takes the finished task with it
        const bool restored = outcome.restored.has_value();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto reopened = Store::open(request->storePath,
                                    restored ? request->newStorePassphrase : request->currentStorePassphrase,
                                    reopenOptions);
        QApplication::restoreOverrideCursor();
        if (reopened) {
            outcome.store = std::move(*reopened);
        } else {
            outcome.reopenError = reopened.error().message;
        }
        if (restored) {
            outcome.title = UiTr::tr("Backup restored");
            outcome.message = UiTr::tr("The store now holds the backup. %1")
                                  .arg(BackupMessages::manifestSummary(*outcome.restored));
        } else {
            outcome.title = BackupMessages::titleFor(outcome.restored.error().code);
            outcome.message
                = UiTr::tr("%1 The current store was left as it was.").arg(outcome.restored.error().message);
        }
        done(std::move(outcome));
    });
    task->start();
}

} // namespace rapport::ui
