#include "JoinOrganisationWizard.h"

#include "HubPasswordWizardPage.h"
#include "InvitationWizardPage.h"
#include "ScreenFit.h"
#include "hub/Invitation.h"

namespace rapport::ui {

JoinOrganisationWizard::JoinOrganisationWizard(Joiner joiner, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("joinOrganisationWizard"));
    setWindowTitle(tr("Join an organisation"));
    setWizardStyle(QWizard::ModernStyle);
    auto* invitationPage = new InvitationWizardPage(this);
    setPage(InvitationPage, invitationPage);
    auto join = [joiner = std::move(joiner), invitationPage](const SecureBytes& hubPassword) -> Result<void> {
        const hub::Invitation* invitation = invitationPage->invitation();
        if (invitation == nullptr) {
            return rapport::fail(ErrorCode::InvalidArgument, tr("Open an invitation first."));
        }
        return joiner(*invitation, hubPassword);
    };
    setPage(HubPasswordPage, new HubPasswordWizardPage(std::move(join), this));
    setButtonText(QWizard::FinishButton, tr("Join"));
    resize(fittedToScreen(this, QSize(620, 520)));
}

void JoinOrganisationWizard::openInvitation(const QString& path)
{
    static_cast<InvitationWizardPage*>(page(InvitationPage))->openPath(path);
}

} // namespace rapport::ui

namespace rapport::ui {

void JoinOrganisationWizard::setKeychainAvailable(bool available)
{
    static_cast<HubPasswordWizardPage*>(page(HubPasswordPage))->setKeychainAvailable(available);
}

bool JoinOrganisationWizard::rememberHubPassword() const
{
    return static_cast<HubPasswordWizardPage*>(page(HubPasswordPage))->remember();
}

} // namespace rapport::ui
