#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

namespace rapport::hub {
class Invitation;
}

#include <QWizard>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace rapport::ui {

/**
 * The first run: what Rapport is and what stays private, and a choice between using Rapport on one's own and joining
 * an organisation with an invitation. On one's own: a passphrase (with strength feedback and a confirmation that
 * must match) and the person's name; finishing calls the injected creator, which makes the store and the client.
 * Joining: the invitation (file or code), the passphrase, and the person's own hub password; finishing calls the
 * injected joiner, which makes the store and joins it. If either fails the wizard shows why and stays on the page.
 */
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    using Creator = std::function<Result<void>(const SecureBytes& passphrase, const QString& name)>;
    using Joiner = std::function<Result<void>(
        const hub::Invitation& invitation, const SecureBytes& passphrase, const SecureBytes& hubPassword)>;

    enum PageId
    {
        WelcomePage,
        InvitationPage, ///< joining only
        PassphrasePage,
        NamePage, ///< on one's own only
        HubPasswordPage, ///< joining only
    };

    /** Without a joiner the wizard offers only a store of one's own. */
    explicit FirstRunWizard(Creator creator, QWidget* parent = nullptr);
    FirstRunWizard(Creator creator, Joiner joiner, QWidget* parent = nullptr);

    /** Opens on joining, with the invitation at `path` read (`rapport --join FILE`, an opened invitation file). */
    void startJoining(const QString& invitationPath);
    /** Whether the person chose to join an organisation. */
    [[nodiscard]] bool isJoining() const;
    /** Whether the hub password page (joining) offers to remember the password in the system keychain. */
    void setKeychainAvailable(bool available);
    /** Whether the person, joining, chose to remember the hub password in the system keychain. */
    [[nodiscard]] bool rememberHubPassword() const;
};

} // namespace rapport::ui
