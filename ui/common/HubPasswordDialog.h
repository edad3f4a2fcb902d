#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rapport::ui {

/**
 * Asks for the hub password when libpq found none (no PGPASSWORD, ~/.pgpass or PGPASSFILE) and the system keychain
 * holds none that works. The password is taken out into guarded memory as soon as the dialog is accepted and the
 * field is cleared; it is never written to a file. With a keychain, "Remember in the system keychain" (on by
 * default) asks SyncController to keep it there once the hub accepts it; without one, the box is off and greyed,
 * and the dialog says the password stays in memory only.
 */
class HubPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    HubPasswordDialog(
        const QString& login, const QString& hubUrl, bool retry, bool keychainAvailable, QWidget* parent = nullptr);

    /** The password typed, moved into guarded memory; the field is empty afterwards. */
    [[nodiscard]] SecureBytes takePassword();
    /** Whether the person wants the password remembered in the system keychain. */
    [[nodiscard]] bool remember() const;

private:
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

} // namespace rapport::ui
