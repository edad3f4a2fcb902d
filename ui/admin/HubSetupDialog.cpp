#include "HubSetupDialog.h"

#include "HubPersonDialog.h"
#include "common/DateText.h"
#include "common/SecretField.h"
#include "common/StatusColours.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rapport::ui {

HubSetupDialog::HubSetupDialog(QWidget* parent)
    : QDialog(parent)
    , m_runner([](const hub::HubSetupRequest& request) { return hub::HubSetup::createOrUpgrade(request); })
{
    setObjectName(QStringLiteral("hubSetupDialog"));
    setWindowTitle(tr("Create or upgrade the hub"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_chooseFile = [](QWidget* dialogParent) {
        return QFileDialog::getOpenFileName(dialogParent,
                                            tr("The hub's CA certificate"),
                                            QString(),
                                            tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    };
    auto* layout = new QVBoxLayout(this);
    // Grows with its wrapped texts (the outcome appears below the fields), never cutting them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(tr("Do this once when the hub's database is new, and again after installing a newer "
                                "Rapport: it creates the hub's tables and rules, or brings them up to date. Nothing "
                                "already on the hub is lost. Use the login that owns the hub's database (from whoever "
                                "set up the database server); its password is used for this and not kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout();
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("hubSetupAddress"));
    m_address->setPlaceholderText(tr("hub.example.org/rapport"));
    form->addRow(tr("Hub &address:"), m_address);
    auto* certificateRow = new QHBoxLayout();
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("hubSetupCertificate"));
    m_certificate->setPlaceholderText(tr("Not needed for a hub on this computer"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("hubSetupChooseCertificate"));
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(browse);
    auto* certificateLabel = new QLabel(tr("CA &certificate:"), this);
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, certificateRow);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("hubSetupLogin"));
    form->addRow(tr("Owner's &login:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("hubSetupPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    guardSecretField(m_password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto* adminGroup = new QGroupBox(tr("The first administrator (only when creating the hub)"), this);
    auto* adminForm = new QFormLayout(adminGroup);
    auto* adminIntro
        = new QLabel(tr("The owner's login belongs to the database, not to a person: name the person who will run the "
                        "organisation in Rapport. They get an invitation to open on their computer; from "
                        "there they add and invite everyone else. Leave it empty to upgrade."),
                     adminGroup);
    adminIntro->setWordWrap(true);
    adminForm->addRow(adminIntro);
    m_adminName = new QLineEdit(adminGroup);
    m_adminName->setObjectName(QStringLiteral("hubSetupAdminName"));
    adminForm->addRow(tr("&Name:"), m_adminName);
    m_adminLogin = new QLineEdit(adminGroup);
    m_adminLogin->setObjectName(QStringLiteral("hubSetupAdminLogin"));
    adminForm->addRow(tr("Their l&ogin:"), m_adminLogin);
    layout->addWidget(adminGroup);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("hubSetupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("hubSetupInvitationCode"));
    m_code->setReadOnly(true);
    m_code->setAccessibleName(tr("Invitation code"));
    m_code->hide();
    layout->addWidget(m_code);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Create or &upgrade"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("hubSetupRunButton"));
    m_run->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &HubSetupDialog::run);
    connect(browse, &QPushButton::clicked, this, &HubSetupDialog::chooseCertificate);
    for (QLineEdit* field : {m_address, m_login, m_password, m_adminName, m_adminLogin}) {
        connect(field, &QLineEdit::textChanged, this, &HubSetupDialog::update);
    }
    connect(m_adminName, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (!m_loginEdited) {
            m_adminLogin->setText(name.trimmed().isEmpty() ? QString() : HubPersonDialog::suggestedLogin(name));
        }
    });
    connect(m_adminLogin, &QLineEdit::textEdited, this, [this] { m_loginEdited = true; });
    m_chooseSave = [](QWidget* dialogParent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(dialogParent,
                                            tr("Save the invitation"),
                                            folder + QLatin1Char('/') + suggestedName,
                                            tr("Rapport invitations (*.%1)").arg(hub::Invitation::FileSuffix));
    };
    update();
}

void HubSetupDialog::setSaveChooser(SaveChooser chooser)
{
    m_chooseSave = std::move(chooser);
}

void HubSetupDialog::setRunner(Runner runner)
{
    m_runner = std::move(runner);
}

void HubSetupDialog::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

void HubSetupDialog::update()
{
    const bool adminComplete = m_adminName->text().trimmed().isEmpty() || !m_adminLogin->text().trimmed().isEmpty();
    m_run->setEnabled(!m_address->text().trimmed().isEmpty() && !m_login->text().trimmed().isEmpty()
                      && !m_password->text().isEmpty() && adminComplete);
}

void HubSetupDialog::chooseCertificate()
{
    const QString path = m_chooseFile(this);
    if (!path.isEmpty()) {
        m_certificate->setText(path);
    }
}

void HubSetupDialog::say(bool succeeded, const QString& message)
{
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText,
                     succeeded ? QApplication::palette().color(QPalette::WindowText) : QColor(StatusColours::Poor));
    m_result->setPalette(palette);
    m_result->setText(message);
    m_result->show();
    adjustSize();
}

void HubSetupDialog::run()
{
    m_code->clear();
    m_code->hide();
    hub::HubSetupRequest request;
    QString invitationPath;
    if (const QString name = m_adminName->text().trimmed(); !name.isEmpty()) {
        // Where the invitation goes is asked first: cancelling then changes nothing on the hub.
        invitationPath = m_chooseSave(
            this, HubPersonDialog::suggestedLogin(name) + QLatin1Char('.') + hub::Invitation::FileSuffix);
        if (invitationPath.isEmpty()) {
            return;
        }
        request.firstAdministrator = hub::HubSetupRequest::FirstAdministrator {name, m_adminLogin->text().trimmed(), 7};
    }
    request.address = m_address->text();
    request.login = m_login->text();
    request.caCertificate = m_certificate->text();
    request.password = takeSecret(m_password); // used once; the field is cleared
    QApplication::setOverrideCursor(Qt::WaitCursor); // at most the connection's timeout (10 s)
    const auto done = m_runner(request);
    QApplication::restoreOverrideCursor();
    if (!done) {
        say(false, done.error().message);
        return;
    }
    const hub::HubInitResult& schema = done->schema;
    QString message;
    if (schema.previousVersion == 0) {
        message = tr("The hub is created: it has schema version %1.").arg(schema.version);
    } else if (schema.applied.isEmpty()) {
        message
            = tr("The hub is up to date: it has schema version %1, the newest this Rapport knows.").arg(schema.version);
    } else {
        message
            = tr("The hub is upgraded from schema version %1 to %2.").arg(schema.previousVersion).arg(schema.version);
    }
    if (done->invitation) {
        if (auto saved = done->invitation->save(invitationPath); !saved) {
            say(false,
                message + QLatin1Char(' ') + tr("The invitation could not be saved: %1").arg(saved.error().message));
            Q_EMIT hubReady(schema.version);
            return;
        }
        message += QLatin1Char(' ')
            + tr("%1 is its first administrator: hand them the invitation saved to %2 (or the code below) privately. "
                 "It works once, until %3.")
                  .arg(done->invitation->personName,
                       QDir::toNativeSeparators(invitationPath),
                       DateText::dateTime(done->invitation->expiresAt));
        m_code->setText(done->invitation->toCode());
        m_code->setCursorPosition(0);
        m_code->show();
        m_adminName->clear();
        m_adminLogin->clear();
        m_loginEdited = false;
    }
    say(true, message);
    Q_EMIT hubReady(schema.version);
}

} // namespace rapport::ui
