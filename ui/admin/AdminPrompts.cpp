#include "AdminPrompts.h"

#include "BackupPassphraseDialog.h"
#include "ConfirmPassphraseDialog.h"
#include "common/UiText.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace rapport::ui {

namespace {

QString backupFilter()
{
    return UiTr::tr("Rapport backups (*.rapport-backup);;All files (*)");
}

} // namespace

// These dialogs run their own event loop (exec): the panel checks that it still exists after each answer, since
// an idle lock may have taken it down meanwhile.

QString DialogPrompts::backupFileToSave(QWidget* parent, const QString& suggestedPath)
{
    QFileDialog dialog(parent, UiTr::tr("Export a backup"), suggestedPath, backupFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("rapport-backup"));
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return dialog.selectedFiles().constFirst();
}

QString DialogPrompts::backupFileToOpen(QWidget* parent, const QString& startFolder)
{
    return QFileDialog::getOpenFileName(parent, UiTr::tr("Choose a backup"), startFolder, backupFilter());
}

QString DialogPrompts::newStoreFile(QWidget* parent, const QString& suggestedPath)
{
    QFileDialog dialog(parent, UiTr::tr("Where should the restored store go?"), suggestedPath);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return dialog.selectedFiles().constFirst();
}

QString DialogPrompts::folder(QWidget* parent, const QString& current)
{
    return QFileDialog::getExistingDirectory(parent, UiTr::tr("Folder for automatic backups"), current);
}

std::optional<SecureBytes>
DialogPrompts::existingPassphrase(QWidget* parent, const QString& title, const QString& explanation)
{
    ConfirmPassphraseDialog dialog(title, explanation, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.takePassphrase();
}

std::optional<SecureBytes>
DialogPrompts::newPassphrase(QWidget* parent, const QString& title, const QString& explanation)
{
    BackupPassphraseDialog dialog(title, explanation, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.takePassphrase();
}

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace rapport::ui
