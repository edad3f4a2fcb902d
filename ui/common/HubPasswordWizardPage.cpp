#include "HubPasswordWizardPage.h"

#include "SecretField.h"
#include "StatusColours.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rapport::ui {
namespace {

QLabel* paragraph(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setTextColour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QLineEdit* secretEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    guardSecretField(edit);
    return edit;
}

} // namespace

HubPasswordWizardPage::HubPasswordWizardPage(Join join, QWidget* parent)
    : QWizardPage(parent)
    , m_join(std::move(join))
{
    setObjectName(QStringLiteral("hubPasswordPage"));
    setTitle(tr("Your organisation password"));
    setSubTitle(tr("Choose your password for your organisation's server. It replaces the invitation's one-time "
                   "secret."));
    auto* form = new QFormLayout(this);
    auto* explanation = paragraph(this, QStringLiteral("hubPasswordExplanation"));
    explanation->setText(tr("You need it when you use Rapport on another computer. It is not your passphrase: that "
                            "one stays on this computer and protects your data here."));
    form->addRow(explanation);
    m_password = secretEdit(this, QStringLiteral("hubPasswordEdit"));
    m_confirm = secretEdit(this, QStringLiteral("hubPasswordConfirmEdit"));
    m_hint = paragraph(this, QStringLiteral("hubPasswordHint"));
    m_error = paragraph(this, QStringLiteral("joinErrorLabel"));
    setTextColour(m_error, StatusColours::Poor);
    m_error->hide();
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_hint);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("joinHubPasswordRemember"));
    form->addRow(QString(), m_remember);
    m_where = paragraph(this, QStringLiteral("joinHubPasswordWhere"));
    form->addRow(QString(), m_where);
    setKeychainAvailable(false);
    form->addRow(m_error);
    connect(m_password, &QLineEdit::textChanged, this, &HubPasswordWizardPage::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &HubPasswordWizardPage::update);
    update();
}

void HubPasswordWizardPage::update()
{
    if (m_password->text().size() < MinimumLength) {
        m_hint->setText(tr("At least %n characters.", nullptr, MinimumLength));
        setTextColour(m_hint, StatusColours::Neutral);
    } else if (m_confirm->text().isEmpty()) {
        m_hint->setText(tr("Type the password again."));
        setTextColour(m_hint, StatusColours::Neutral);
    } else if (m_confirm->text() == m_password->text()) {
        m_hint->setText(tr("The passwords match."));
        setTextColour(m_hint, StatusColours::Good);
    } else {
        m_hint->setText(tr("The passwords do not match."));
        setTextColour(m_hint, StatusColours::Poor);
    }
    Q_EMIT completeChanged();
}

bool HubPasswordWizardPage::isComplete() const
{
    return m_password->text().size() >= MinimumLength && m_password->text() == m_confirm->text();
}

bool HubPasswordWizardPage::validatePage()
{
    m_error->hide();
    SecureBytes password = SecureBytes::fromUtf8(m_password->text());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto joined = m_join(password);
    QApplication::restoreOverrideCursor();
    password.wipe();
    if (!joined) {
        m_error->setText(tr("Rapport could not join the organisation: %1").arg(joined.error().message));
        m_error->show();
        return false;
    }
    clearFields();
    return true;
}

void HubPasswordWizardPage::setKeychainAvailable(bool available)
{
    m_remember->setChecked(available);
    m_remember->setEnabled(available);
    m_where->setText(available ? tr("Remembered, Rapport syncs without asking for it again on this computer.")
                               : tr("No system keychain is available here: Rapport asks for this password when it "
                                    "next starts and keeps it in memory only, until it locks."));
}

bool HubPasswordWizardPage::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void HubPasswordWizardPage::clearFields()
{
    m_password->clear();
    m_confirm->clear();
}

} // namespace rapport::ui
