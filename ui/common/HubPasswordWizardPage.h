#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rapport::ui {

/**
 * The last step of joining an organisation: the person chooses their own password for the organisation's hub (it
 * replaces the invitation's one-time secret there, and they need it on their other computers), typed twice. Going
 * on runs the injected join; if it fails the page says why and the person can try again or go back.
 */
class HubPasswordWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    /** Joins with the chosen hub password. */
    using Join = std::function<Result<void>(const SecureBytes& hubPassword)>;

    /** The hub's rule (rapport.redeem_invitation): at least this many characters. */
    static constexpr int MinimumLength = 8;

    HubPasswordWizardPage(Join join, QWidget* parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

    void clearFields();

    /** Offers (checked) or greys out "Remember in the system keychain"; greyed until told. */
    void setKeychainAvailable(bool available);
    /** Whether the person wants the hub password remembered in the system keychain. */
    [[nodiscard]] bool remember() const;

private:
    void update();

    Join m_join;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_where = nullptr;
};

} // namespace rapport::ui
