#include "HubPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

HubPasswordDialog::HubPasswordDialog(
    const QString& login, const QString& hubUrl, bool retry, bool keychainAvailable, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hubPasswordDialog"));
    setWindowTitle(tr("Hub password"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        (retry ? tr("<b>The hub did not accept that password.</b><br>") : QString())
            + tr("Rapport syncs with your organisation's hub at %1 as <b>%2</b>. Enter the hub password to sync.")
                  .arg(hubUrl.toHtmlEscaped(), login.toHtmlEscaped()),
        this);
    explanation->setObjectName(QStringLiteral("hubPasswordExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("hubPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Hub password"));
    layout->addWidget(m_password);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("hubPasswordRemember"));
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    layout->addWidget(m_remember);
    auto* where
        = new QLabel(keychainAvailable ? tr("Remembered, it is there the next time Rapport starts. Otherwise it "
                                            "is kept in memory only, until Rapport locks.")
                                       : tr("No system keychain is available here, so the password is kept in "
                                            "memory only, until Rapport locks."),
                     this);
    where->setObjectName(QStringLiteral("hubPasswordWhere"));
    where->setWordWrap(true);
    layout->addWidget(where);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sync"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("hubPasswordSync"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Whatever happens, the field does not keep the password.
    connect(this, &QDialog::rejected, m_password, &QLineEdit::clear);
}

SecureBytes HubPasswordDialog::takePassword()
{
    SecureBytes password = SecureBytes::fromUtf8(m_password->text());
    m_password->clear();
    return password;
}

bool HubPasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace rapport::ui
