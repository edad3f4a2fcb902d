#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace rapport::ui {

/** Asks once for an existing passphrase: the store's, re-asked before a backup or restore, or a backup's. */
class ConfirmPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmPassphraseDialog(const QString& title, const QString& explanation, QWidget* parent = nullptr);
    ~ConfirmPassphraseDialog() override;

    /** The passphrase typed, once accepted; the field is cleared. */
    [[nodiscard]] SecureBytes takePassphrase();

private:
    QLineEdit* m_passphrase = nullptr;
    QToolButton* m_reveal = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace rapport::ui
