#include "UnlockDialog.h"

#include "common/SecretField.h"
#include "StatusColours.h"
#include "store/Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

UnlockDialog::UnlockDialog(const QString& storePath, Opener opener, QWidget* parent)
    : QDialog(parent)
    , m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Rapport"));

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Unlock Rapport"), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* intro = new QLabel(tr("Your data is encrypted. Enter your passphrase to open it."), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* path = new QLabel(QDir::toNativeSeparators(storePath), this);
    path->setObjectName(QStringLiteral("pathLabel"));
    path->setWordWrap(true);
    path->setForegroundRole(QPalette::PlaceholderText);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setTextFormat(Qt::PlainText);
    layout->addWidget(path);

    auto* fieldRow = new QHBoxLayout();
    auto* fieldLabel = new QLabel(tr("&Passphrase:"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    guardSecretField(m_passphrase);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    fieldLabel->setBuddy(m_passphrase);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the passphrase"));
    m_reveal->setAccessibleName(tr("Show passphrase"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_passphrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
        m_reveal->setAccessibleName(shown ? tr("Hide passphrase") : tr("Show passphrase"));
    });
    fieldRow->addWidget(fieldLabel);
    fieldRow->addWidget(m_passphrase, 1);
    fieldRow->addWidget(m_reveal);
    layout->addLayout(fieldRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();
    layout->addWidget(m_hint);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Accepting is decided by tryUnlock, not by the button box.
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_unlock->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_unlock->setEnabled(!text.isEmpty()); });
    resize(460, 260);
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

std::unique_ptr<Store> UnlockDialog::takeStore()
{
    return std::move(m_store);
}

void UnlockDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UnlockDialog::tryUnlock()
{
    if (m_passphrase->text().isEmpty()) {
        return;
    }
    SecureBytes passphrase = takeSecret(m_passphrase); // a failed attempt leaves the field empty for the next
    m_unlock->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = m_opener(passphrase);
    QApplication::restoreOverrideCursor();
    passphrase.wipe();
    m_unlock->setEnabled(true);
    if (!opened) {
        switch (opened.error().code) {
        case ErrorCode::WrongPassphrase:
            showError(tr("That passphrase is not correct. Check Caps Lock and try again."));
            break;
        case ErrorCode::Busy:
            showError(tr("This Rapport data is already open in another Rapport window. Close it there, then try "
                         "again."));
            break;
        default:
            showError(opened.error().message);
            break;
        }
        m_passphrase->setFocus();
        return;
    }
    m_store = std::move(*opened);
    m_passphrase->clear();
    showError(QString());
    accept();
}

} // namespace rapport::ui
