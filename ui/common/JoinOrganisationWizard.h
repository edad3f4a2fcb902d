#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QWizard>

#include <functional>

namespace rapport::hub {
class Invitation;
}

namespace rapport::ui {

/**
 * Joining an organisation with the store already open (`rapport --join FILE` or an opened invitation file when
 * Rapport is set up, or File ▸ Join an Organisation…): the invitation, then the person's own hub password. The
 * joiner applies the rules sync has for an existing store (docs/sync.md): a store with other people in it, or one
 * joined already, is refused with the reason, and nothing in it changes.
 */
class JoinOrganisationWizard : public QWizard
{
    Q_OBJECT

public:
    using Joiner = std::function<Result<void>(const hub::Invitation& invitation, const SecureBytes& hubPassword)>;

    enum PageId
    {
        InvitationPage,
        HubPasswordPage,
    };

    explicit JoinOrganisationWizard(Joiner joiner, QWidget* parent = nullptr);

    /** Reads the invitation at `path` on the first page. */
    void openInvitation(const QString& path);
    /** Whether the password page offers to remember the hub password in the system keychain. */
    void setKeychainAvailable(bool available);
    /** Whether the person chose to remember the hub password in the system keychain. */
    [[nodiscard]] bool rememberHubPassword() const;
};

} // namespace rapport::ui
