#include "ConfirmPassphraseDialog.h"

#include "common/SecretField.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

ConfirmPassphraseDialog::ConfirmPassphraseDialog(const QString& title, const QString& explanation, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmPassphraseDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("explanationLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    auto* row = new QHBoxLayout();
    auto* label = new QLabel(tr("&Passphrase:"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    guardSecretField(m_passphrase);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    label->setBuddy(m_passphrase);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setAccessibleName(tr("Show passphrase"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_passphrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
        m_reveal->setAccessibleName(shown ? tr("Hide passphrase") : tr("Show passphrase"));
    });
    row->addWidget(label);
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_reveal);
    layout->addLayout(row);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Continue"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString& typed) {
        m_ok->setEnabled(!typed.isEmpty());
    });
    layout->addWidget(buttons);
    resize(460, 200);
}

ConfirmPassphraseDialog::~ConfirmPassphraseDialog()
{
    m_passphrase->clear();
}

SecureBytes ConfirmPassphraseDialog::takePassphrase()
{
    return takeSecret(m_passphrase);
}

} // namespace rapport::ui
