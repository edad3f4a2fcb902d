#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rapport::ui {

/**
 * Asks for the hub password when libpq found none (no PGPASSWORD, ~/.pgpass or PGPASSFILE). The password is taken
 * out into guarded memory as soon as the dialog is accepted and the field is cleared; it is never written anywhere.
 */
class HubPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    HubPasswordDialog(const QString& login, const QString& hubUrl, bool retry, QWidget* parent = nullptr);

    /** The password typed, moved into guarded memory; the field is empty afterwards. */
    [[nodiscard]] SecureBytes takePassword();

private:
    QLineEdit* m_password = nullptr;
};

} // namespace rapport::ui
