#pragma once

#include "AdminPrompts.h"

#include <QList>
#include <QStringList>

namespace rapport::ui {

/**
 * AdminPrompts answered from queues, for tests and screenshots: each question takes the next answer of its kind,
 * and an empty queue answers "cancel". Every question asked is recorded in `asked`.
 */
class ScriptedPrompts final : public AdminPrompts
{
public:
    QStringList files; ///< for backupFileToSave, backupFileToOpen, newStoreFile and folder, in order
    QStringList passphrases; ///< for existingPassphrase
    QStringList newPassphrases; ///< for newPassphrase
    QList<bool> confirmations; ///< for confirm
    QStringList asked; ///< the title (or kind) of every question, in order

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

private:
    [[nodiscard]] QString nextFile(const QString& kind);
};

} // namespace rapport::ui
