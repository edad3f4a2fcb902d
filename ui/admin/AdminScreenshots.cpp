#include "AdminScreenshots.h"

#include "AdminPanel.h"
#include "BackupPassphraseDialog.h"
#include "ConfirmPassphraseDialog.h"
#include "ScriptedPrompts.h"
#include "common/UiText.h"
#include "domain/Role.h"
#include "services/PersonDirectory.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTemporaryDir>

namespace rapport::ui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

bool waitUntilIdle(const AdminPanel& panel)
{
    QDeadlineTimer deadline(60000);
    while (panel.isBusy() && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    settle();
    return !panel.isBusy();
}

class Shooter
{
public:
    explicit Shooter(QDir directory)
        : m_directory(std::move(directory))
    {
    }

    Result<void> save(QWidget& widget, const QSize& size, const QString& name)
    {
        widget.resize(size);
        widget.show();
        settle();
        const QString path = m_directory.filePath(name + QStringLiteral(".png"));
        if (!widget.grab().save(path, "PNG")) {
            return fail(ErrorCode::Io, UiTr::tr("Could not write %1").arg(QDir::toNativeSeparators(path)));
        }
        written.append(path);
        widget.hide();
        return {};
    }

    QStringList written;

private:
    QDir m_directory;
};

} // namespace

Result<QStringList> renderAdminScreenshots(Store& store, const QString& storePassphrase, const QDir& directory)
{
    if (!QDir().mkpath(directory.absolutePath())) {
        return fail(ErrorCode::Io,
                    UiTr::tr("Could not create the folder %1").arg(QDir::toNativeSeparators(directory.absolutePath())));
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        return fail(ErrorCode::Io, UiTr::tr("Could not create a temporary folder."));
    }
    const QString backupPassphrase = UiTr::tr("otter kettle violet harbour");
    const QString backupFile = QDir(work.path()).filePath(QStringLiteral("rapport-2026-11-23.rapport-backup"));
    Shooter shooter(directory);
    const QSize panelSize(1280, 860);

    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts& script = *prompts;
    AdminPanel panel(store, store.path(), std::move(prompts));
    panel.setKdf(KdfParameters::minimal());
    if (auto admins = PersonDirectory(store).list(Role::Admin); admins && !admins->isEmpty()) {
        panel.setAdminName(admins->constFirst().name);
    }
    RAPPORT_TRY(shooter.save(panel, panelSize, QStringLiteral("admin-panel")));

    script.passphrases = {storePassphrase, backupPassphrase};
    script.files = {backupFile, backupFile};
    script.newPassphrases = {backupPassphrase};
    panel.show();
    panel.exportBackup();
    if (!waitUntilIdle(panel)) {
        return fail(ErrorCode::Internal, UiTr::tr("The export for the screenshots did not finish."));
    }
    panel.verifyBackup();
    if (!waitUntilIdle(panel)) {
        return fail(ErrorCode::Internal, UiTr::tr("The check for the screenshots did not finish."));
    }
    RAPPORT_TRY(shooter.save(panel, panelSize, QStringLiteral("admin-panel-verified")));

    script.files = {backupFile};
    script.passphrases = {UiTr::tr("not the passphrase")};
    panel.show();
    panel.verifyBackup();
    waitUntilIdle(panel);
    RAPPORT_TRY(shooter.save(panel, panelSize, QStringLiteral("admin-panel-wrong-passphrase")));

    panel.findChild<QCheckBox*>(QStringLiteral("scheduleEnabledCheck"))->setChecked(true);
    panel.findChild<QLineEdit*>(QStringLiteral("scheduleFolderEdit"))
        ->setText(QDir::toNativeSeparators(QDir(work.path()).filePath(QStringLiteral("automatic"))));
    script.newPassphrases = {backupPassphrase};
    panel.saveSchedule();
    panel.backUpNow();
    RAPPORT_TRY(shooter.save(panel, panelSize, QStringLiteral("admin-panel-scheduled")));

    {
        BackupPassphraseDialog dialog(
            UiTr::tr("Passphrase for this backup"),
            UiTr::tr("Choose a passphrase for the backup. It is separate from the store's passphrase, and needed to "
                     "verify or restore the backup: without it nobody, you included, can read the file."));
        dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(backupPassphrase);
        dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->setText(UiTr::tr("otter kettle"));
        RAPPORT_TRY(shooter.save(dialog, QSize(520, 300), QStringLiteral("admin-backup-passphrase")));
    }
    {
        ConfirmPassphraseDialog dialog(
            UiTr::tr("Confirm it is you"),
            UiTr::tr("To export a backup, type the passphrase of this Rapport store again."));
        dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(storePassphrase);
        RAPPORT_TRY(shooter.save(dialog, QSize(460, 200), QStringLiteral("admin-confirm-passphrase")));
    }
    return shooter.written;
}

} // namespace rapport::ui
