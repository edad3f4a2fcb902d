#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QWizard>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace rapport::ui {

/**
 * The first run: what Rapport is and what stays private, choosing a passphrase (with strength feedback and a
 * confirmation that must match), and the person's name. Finishing calls the injected creator, which makes the store
 * and the client; if that fails the wizard shows why and stays on the last page.
 */
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    using Creator = std::function<Result<void>(const SecureBytes& passphrase, const QString& name)>;

    enum PageId
    {
        WelcomePage,
        PassphrasePage,
        NamePage,
    };

    explicit FirstRunWizard(Creator creator, QWidget* parent = nullptr);
};

} // namespace rapport::ui
