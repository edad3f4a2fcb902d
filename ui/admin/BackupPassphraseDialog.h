#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rapport::ui {

/**
 * Chooses a new passphrase: typed twice, with a strength meter; only acceptable ones (PassphraseStrength) that
 * match can be confirmed. Used for a backup's passphrase and for the store a backup is restored into.
 */
class BackupPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    BackupPassphraseDialog(const QString& title, const QString& explanation, QWidget* parent = nullptr);
    ~BackupPassphraseDialog() override;

    /** The passphrase chosen, once accepted; the fields are cleared. */
    [[nodiscard]] SecureBytes takePassphrase();

private:
    void update();

    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_match = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace rapport::ui
