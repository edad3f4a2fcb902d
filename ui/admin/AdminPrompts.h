#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

#include <optional>

class QWidget;

namespace rapport::ui {

/**
 * Every question the admin panel asks: file and folder choices, passphrases and confirmations. Injected so tests
 * can answer them; `DialogPrompts` asks with real dialogs. Each returns an empty string / nullopt / false when the
 * person cancels.
 */
class AdminPrompts
{
public:
    virtual ~AdminPrompts() = default;

    /** Where to write a backup file. */
    [[nodiscard]] virtual QString backupFileToSave(QWidget* parent, const QString& suggestedPath) = 0;
    /** Which backup file to verify or restore. */
    [[nodiscard]] virtual QString backupFileToOpen(QWidget* parent, const QString& startFolder) = 0;
    /** Where a new store (restored from a backup) goes. */
    [[nodiscard]] virtual QString newStoreFile(QWidget* parent, const QString& suggestedPath) = 0;
    /** The folder for automatic backups. */
    [[nodiscard]] virtual QString folder(QWidget* parent, const QString& current) = 0;
    /** The passphrase of something that exists: the store (re-asked), or a backup. */
    [[nodiscard]] virtual std::optional<SecureBytes>
    existingPassphrase(QWidget* parent, const QString& title, const QString& explanation) = 0;
    /** A new passphrase, typed twice, with strength feedback. */
    [[nodiscard]] virtual std::optional<SecureBytes>
    newPassphrase(QWidget* parent, const QString& title, const QString& explanation) = 0;
    /** A yes/no question; `acceptLabel` names the action ("Replace the current store"). */
    [[nodiscard]] virtual bool
    confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
        = 0;
};

/** Asks with QFileDialog, ConfirmPassphraseDialog, BackupPassphraseDialog and QMessageBox. */
class DialogPrompts final : public AdminPrompts
{
public:
    [[nodiscard]] QString backupFileToSave(QWidget* parent, const QString& suggestedPath) override;
    [[nodiscard]] QString backupFileToOpen(QWidget* parent, const QString& startFolder) override;
    [[nodiscard]] QString newStoreFile(QWidget* parent, const QString& suggestedPath) override;
    [[nodiscard]] QString folder(QWidget* parent, const QString& current) override;
    [[nodiscard]] std::optional<SecureBytes>
    existingPassphrase(QWidget* parent, const QString& title, const QString& explanation) override;
    [[nodiscard]] std::optional<SecureBytes>
    newPassphrase(QWidget* parent, const QString& title, const QString& explanation) override;
    [[nodiscard]] bool
    confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) override;
};

} // namespace rapport::ui
