#include "ScriptedPrompts.h"

namespace rapport::ui {

QString ScriptedPrompts::nextFile(const QString& kind)
{
    asked.append(kind);
    return files.isEmpty() ? QString() : files.takeFirst();
}

QString ScriptedPrompts::backupFileToSave(QWidget*, const QString&)
{
    return nextFile(QStringLiteral("backupFileToSave"));
}

QString ScriptedPrompts::backupFileToOpen(QWidget*, const QString&)
{
    return nextFile(QStringLiteral("backupFileToOpen"));
}

QString ScriptedPrompts::newStoreFile(QWidget*, const QString&)
{
    return nextFile(QStringLiteral("newStoreFile"));
}

QString ScriptedPrompts::folder(QWidget*, const QString&)
{
    return nextFile(QStringLiteral("folder"));
}

std::optional<SecureBytes> ScriptedPrompts::existingPassphrase(QWidget*, const QString& title, const QString&)
{
    asked.append(title);
    if (passphrases.isEmpty()) {
        return std::nullopt;
    }
    return SecureBytes::fromUtf8(passphrases.takeFirst());
}

std::optional<SecureBytes> ScriptedPrompts::newPassphrase(QWidget*, const QString& title, const QString&)
{
    asked.append(title);
    if (newPassphrases.isEmpty()) {
        return std::nullopt;
    }
    return SecureBytes::fromUtf8(newPassphrases.takeFirst());
}

bool ScriptedPrompts::confirm(QWidget*, const QString& title, const QString&, const QString&)
{
    asked.append(title);
    return !confirmations.isEmpty() && confirmations.takeFirst();
}

} // namespace rapport::ui
