#include "InvitationWizardPage.h"

#include "DateText.h"
#include "StatusColours.h"

#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

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

/** The hub's host as people know it ("hub.example.org"), from the invitation's libpq URI. */
QString hubHost(const hub::Invitation& invitation)
{
    const QUrl url(invitation.hubUri);
    return url.host().isEmpty() ? invitation.hubUri.section(QLatin1Char('@'), -1) : url.host();
}

/** "as a client": a phrase per role, so that languages can inflect it as they need. */
QString asRole(Role role)
{
    switch (role) {
    case Role::Client:
        return InvitationWizardPage::tr("as a client");
    case Role::Professional:
        return InvitationWizardPage::tr("as a professional");
    case Role::Hr:
        return InvitationWizardPage::tr("as HR");
    case Role::Admin:
        return InvitationWizardPage::tr("as an administrator");
    }
    return roleDisplayName(role);
}

} // namespace

InvitationWizardPage::InvitationWizardPage(QWidget* parent, Now now)
    : QWizardPage(parent)
    , m_now(now ? std::move(now) : Now([] { return QDateTime::currentDateTimeUtc(); }))
{
    setObjectName(QStringLiteral("invitationPage"));
    setTitle(tr("Your invitation"));
    setSubTitle(tr("Your organisation's administrator sent you an invitation: a file ending in .%1, or a code "
                   "starting with %2.")
                    .arg(hub::Invitation::FileSuffix, hub::Invitation::CodePrefix));
    auto* layout = new QVBoxLayout(this);
    m_openButton = new QPushButton(tr("&Open the invitation file…"), this);
    m_openButton->setObjectName(QStringLiteral("openInvitationButton"));
    layout->addWidget(m_openButton, 0, Qt::AlignLeft);
    auto* codeLabel = new QLabel(tr("Or &paste the code:"), this);
    layout->addWidget(codeLabel);
    m_code = new QPlainTextEdit(this);
    m_code->setObjectName(QStringLiteral("invitationCodeEdit"));
    m_code->setTabChangesFocus(true);
    m_code->setPlaceholderText(hub::Invitation::CodePrefix + QStringLiteral("…"));
    m_code->setMaximumHeight(m_code->fontMetrics().lineSpacing() * 4);
    codeLabel->setBuddy(m_code);
    layout->addWidget(m_code);
    m_summary = paragraph(this, QStringLiteral("invitationSummary"));
    m_problem = paragraph(this, QStringLiteral("invitationProblem"));
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_problem->setPalette(palette);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    m_summary->hide();
    m_problem->hide();

    connect(m_openButton, &QPushButton::clicked, this, &InvitationWizardPage::chooseFile);
    connect(m_code, &QPlainTextEdit::textChanged, this, [this] { readText(m_code->toPlainText()); });
}

void InvitationWizardPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Open the invitation"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Rapport invitations (*.%1);;All files (*)").arg(hub::Invitation::FileSuffix));
    if (!path.isEmpty()) {
        openPath(path);
    }
}

void InvitationWizardPage::openPath(const QString& path)
{
    const QSignalBlocker blocker(m_code); // the file replaces whatever was pasted
    m_code->clear();
    present(hub::Invitation::load(path));
}

void InvitationWizardPage::readText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_invitation.reset();
        m_summary->hide();
        m_problem->hide();
        Q_EMIT completeChanged();
        return;
    }
    present(hub::Invitation::parse(text.trimmed().toUtf8()));
}

void InvitationWizardPage::present(Result<hub::Invitation> read)
{
    m_invitation.reset();
    m_summary->hide();
    m_problem->hide();
    if (!read) {
        m_problem->setText(read.error().message);
        m_problem->show();
    } else if (read->hasExpired(m_now())) {
        const QString inviter = read->invitedBy.isEmpty() ? tr("your administrator") : read->invitedBy;
        m_problem->setText(tr("This invitation expired on %1. Ask %2 for a new one.")
                               .arg(DateText::dateTime(read->expiresAt), inviter));
        m_problem->show();
    } else {
        m_summary->setText(summary(*read));
        m_summary->show();
        m_invitation = std::move(*read);
    }
    Q_EMIT completeChanged();
}

QString InvitationWizardPage::summary(const hub::Invitation& invitation)
{
    const QString inviter = invitation.invitedBy.isEmpty() ? tr("Your administrator") : invitation.invitedBy;
    return tr("%1 invited you, %2, to join your organisation on %3 %4. The invitation works once, until %5. "
              "Next you choose a passphrase for this computer and your own password for the organisation.")
        .arg(inviter,
             invitation.personName,
             hubHost(invitation),
             asRole(invitation.role),
             DateText::dateTime(invitation.expiresAt));
}

bool InvitationWizardPage::isComplete() const
{
    return m_invitation.has_value();
}

const hub::Invitation* InvitationWizardPage::invitation() const
{
    return m_invitation ? &*m_invitation : nullptr;
}

} // namespace rapport::ui
