#include "HubSetupDialog.h"

#include "common/SecretField.h"
#include "common/StatusColours.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("hubSetupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Create or &upgrade"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("hubSetupRunButton"));
    m_run->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &HubSetupDialog::run);
    connect(browse, &QPushButton::clicked, this, &HubSetupDialog::chooseCertificate);
    for (QLineEdit* field : {m_address, m_login, m_password}) {
        connect(field, &QLineEdit::textChanged, this, &HubSetupDialog::update);
    }
    update();
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
    m_run->setEnabled(!m_address->text().trimmed().isEmpty() && !m_login->text().trimmed().isEmpty()
                      && !m_password->text().isEmpty());
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
    hub::HubSetupRequest request;
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
    if (done->previousVersion == 0) {
        say(true, tr("The hub is created: it has schema version %1.").arg(done->version));
    } else if (done->applied.isEmpty()) {
        say(true, tr("The hub is up to date: it has schema version %1, the newest this Rapport knows.").arg(done->version));
    } else {
        say(true,
            tr("The hub is upgraded from schema version %1 to %2.").arg(done->previousVersion).arg(done->version));
    }
    Q_EMIT hubReady(done->version);
}

} // namespace rapport::ui
