#pragma once

#include "crypto/SecureBytes.h"

#include <QObject>

class QLineEdit;

namespace rapport::ui {

/**
 * Passphrase fields. In Password echo mode QLineEdit already refuses to copy, cut or drag its text; Rapport's
 * fields can be switched to plain text ("Show"), and then a plain QLineEdit would copy the passphrase to the
 * clipboard or the X11 selection. guardSecretField() keeps the clipboard out of it in both modes: no copy or cut
 * shortcut, no context menu, no drag, and selections (mouse or keyboard) never reach the selection clipboard.
 */
void guardSecretField(QLineEdit* field);

/**
 * The field's text as a secret, then clears the field (its undo history included) and wipes the QString buffer
 * this code held. Qt's own earlier copies (typed characters in freed memory) are beyond reach; see
 * docs/security.md.
 */
[[nodiscard]] SecureBytes takeSecret(QLineEdit* field);

/** The event filter behind guardSecretField (one per field, owned by the field). */
class SecretFieldGuard : public QObject
{
    Q_OBJECT

public:
    explicit SecretFieldGuard(QLineEdit* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_field;
};

} // namespace rapport::ui
