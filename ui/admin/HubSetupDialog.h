#pragma once

#include "hub/HubSetup.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport::ui {

/**
 * Creates the organisation's hub or upgrades it to this version of Rapport (what `rapport-cli hub init` does), for
 * whoever owns the hub's database: the hub's address, its CA certificate (for a hub on another computer), the
 * owner's login and password. Says which schema version the hub has afterwards, or in plain words why it could not
 * (a wrong password, nothing answering, a refused or unchecked encrypted connection, a hub set up by a newer
 * Rapport). On day one it also adds the first administrator and saves their invitation: the owner's login is no
 * person, so someone must be the first to run the admin console. The password is used for this one connection and
 * never kept.
 */
class HubSetupDialog : public QDialog
{
    Q_OBJECT

public:
    /** The work behind the button (HubSetup::createOrUpgrade); tests may pass their own environment through it. */
    using Runner = std::function<Result<hub::HubSetupOutcome>(const hub::HubSetupRequest&)>;
    /** Picks the CA certificate file; empty cancels. */
    using FileChooser = std::function<QString(QWidget* parent)>;
    /** Where to save the first administrator's invitation (suggested file name given); empty cancels. */
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    explicit HubSetupDialog(QWidget* parent = nullptr);

    void setRunner(Runner runner);
    void setFileChooser(FileChooser chooser);
    void setSaveChooser(SaveChooser chooser);

    /** Connects and creates or upgrades the hub with what is in the fields; the outcome shows in the dialog. */
    void run();

Q_SIGNALS:
    /** The hub now has schema `version` (created, upgraded or already up to date). */
    void hubReady(int version);

private:
    void update();
    void chooseCertificate();
    void say(bool succeeded, const QString& message);

    Runner m_runner;
    FileChooser m_chooseFile;
    SaveChooser m_chooseSave;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_adminLogin = nullptr;
    QLineEdit* m_code = nullptr;
    bool m_loginEdited = false;
    QPushButton* m_run = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace rapport::ui
