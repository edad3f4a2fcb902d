#include "SecretField.h"

#include "crypto/SecretStrings.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace rapport::ui {

void guardSecretField(QLineEdit* field)
{
    field->setDragEnabled(false);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->installEventFilter(new SecretFieldGuard(field));
}

SecureBytes takeSecret(QLineEdit* field)
{
    QString text = field->text();
    // setText, unlike clear(), also drops the undo history; afterwards `text` is the only owner of its buffer.
    field->setText(QString());
    return takeSecretString(text);
}

SecretFieldGuard::SecretFieldGuard(QLineEdit* field)
    : QObject(field)
    , m_field(field)
{
}

bool SecretFieldGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_field) {
        return false;
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            event->accept(); // taken here (so no window shortcut sees it either), and ignored
            return true;
        }
        break;
    }
    case QEvent::ContextMenu:
        return true;
    default:
        break;
    }
    // A shown passphrase: mouse and keyboard selections would land in the X11 selection clipboard. QLineEdit only
    // copies there in Normal echo mode, so handle these events in Password mode for that moment.
    const bool selectingKey = event->type() == QEvent::KeyPress
        && (static_cast<QKeyEvent*>(event)->modifiers().testFlag(Qt::ShiftModifier)
            || static_cast<QKeyEvent*>(event)->matches(QKeySequence::SelectAll));
    const bool selects
        = selectingKey || event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonDblClick;
    if (selects && m_field->echoMode() == QLineEdit::Normal) {
        m_field->removeEventFilter(this);
        m_field->setEchoMode(QLineEdit::Password);
        const bool handled = static_cast<QObject*>(m_field)->event(event);
        m_field->setEchoMode(QLineEdit::Normal);
        m_field->installEventFilter(this);
        return handled;
    }
    return false;
}

} // namespace rapport::ui
