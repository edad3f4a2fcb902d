#include "BackupPassphraseDialog.h"

#include "common/PassphraseStrength.h"
#include "common/SecretField.h"
#include "common/StatusColours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

void setTextColour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

BackupPassphraseDialog::BackupPassphraseDialog(const QString& title, const QString& explanation, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("backupPassphraseDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("explanationLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    auto* form = new QFormLayout();
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    guardSecretField(m_passphrase);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    guardSecretField(m_confirm);
    m_confirm->setAccessibleName(tr("Confirm the new passphrase"));
    m_meter = new QProgressBar(this);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(10);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    m_strength->setWordWrap(true);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("matchLabel"));
    m_match->setWordWrap(true);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_strength);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_match);
    layout->addLayout(form);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Use this passphrase"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, &BackupPassphraseDialog::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &BackupPassphraseDialog::update);
    update();
    resize(520, 300);
}

BackupPassphraseDialog::~BackupPassphraseDialog()
{
    m_passphrase->clear();
    m_confirm->clear();
}

SecureBytes BackupPassphraseDialog::takePassphrase()
{
    SecureBytes passphrase = takeSecret(m_passphrase);
    takeSecret(m_confirm).wipe();
    return passphrase;
}

void BackupPassphraseDialog::update()
{
    const PassphraseStrength strength = PassphraseStrength::assess(m_passphrase->text());
    m_meter->setValue(strength.percent());
    m_strength->setText(strength.description());
    const bool weak
        = strength.level() == PassphraseStrength::Level::TooWeak || strength.level() == PassphraseStrength::Level::Weak;
    const bool strong = strength.level() == PassphraseStrength::Level::Strong
        || strength.level() == PassphraseStrength::Level::VeryStrong;
    setTextColour(m_strength, weak ? StatusColours::Poor : (strong ? StatusColours::Good : StatusColours::Neutral));
    const bool matches = !m_confirm->text().isEmpty() && m_confirm->text() == m_passphrase->text();
    if (m_confirm->text().isEmpty()) {
        m_match->setText(tr("Type the passphrase again."));
        setTextColour(m_match, StatusColours::Neutral);
    } else if (matches) {
        m_match->setText(tr("The passphrases match."));
        setTextColour(m_match, StatusColours::Good);
    } else {
        m_match->setText(tr("The passphrases do not match."));
        setTextColour(m_match, StatusColours::Poor);
    }
    m_ok->setEnabled(strength.isAcceptable() && matches);
}

} // namespace rapport::ui
