#include "AdminPanel.h"

#include "AdminPeopleModel.h"
#include "BackupMessages.h"
#include "BackupTask.h"
#include "HubOrganisationBox.h"
#include "HubSetupDialog.h"
#include "backup/BackupSchedule.h"
#include "common/Icons.h"
#include "common/StatusColours.h"
#include "secrets/SecretVault.h"
#include "services/PersonDirectory.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

// The header's colour sets admin mode apart from the client's and professional's screens at a glance.
const QColor HeaderBackground = QColor(0x2b, 0x3a, 0x67);
const QColor HeaderText = QColor(0xff, 0xff, 0xff);

void setTextColour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QLabel* paragraph(const QString& text, QWidget* parent, const QString& objectName = QString())
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton* button(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    return result;
}

QString scheduledPassphraseText(const SecureBytes& passphrase)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(passphrase.data()),
                             static_cast<qsizetype>(passphrase.size()));
}

} // namespace

AdminPanel::AdminPanel(Store& store, QString storePath, std::unique_ptr<AdminPrompts> prompts, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_storePath(std::move(storePath))
    , m_prompts(prompts ? std::move(prompts) : std::make_unique<DialogPrompts>())
    , m_kdf(KdfParameters::defaults())
{
    setObjectName(QStringLiteral("adminPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());

    auto* body = new QHBoxLayout();
    body->setContentsMargins(16, 16, 16, 16);
    body->setSpacing(16);
    auto* left = new QVBoxLayout();
    left->setSpacing(16);
    left->addWidget(buildBackupsGroup());
    left->addWidget(buildScheduleGroup());
    left->addWidget(buildHubSetupGroup());
    left->addStretch(1);
    body->addLayout(left, 1);
    m_rightColumn = new QVBoxLayout();
    m_rightColumn->setSpacing(16);
    m_rightColumn->addWidget(buildPeopleGroup(), 1);
    body->addLayout(m_rightColumn, 1);
    layout->addLayout(body, 1);

    connect(&m_store, &Store::changed, this, [this](const StoreChange& change) {
        if (change.touches(StoreChange::Kind::People)) {
            refreshPeople();
        }
        if (change.touches(StoreChange::Kind::Settings)) {
            refreshScheduleStatus(); // the schedule and its last run live in the settings
        }
    });
    loadScheduleForm();
    refresh();
}

// A running task is a child: destroying it cancels the work and waits for it, so the store outlives the worker.
AdminPanel::~AdminPanel() = default;

QWidget* AdminPanel::buildHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("adminHeader"));
    header->setAutoFillBackground(true);
    QPalette palette = header->palette();
    palette.setColor(QPalette::Window, HeaderBackground);
    palette.setColor(QPalette::WindowText, HeaderText);
    header->setPalette(palette);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* title = new QLabel(tr("Administration"), header);
    title->setObjectName(QStringLiteral("adminTitleLabel"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    title->setAccessibleName(tr("Administration"));
    layout->addWidget(title);
    auto* subtitle = paragraph(tr("Backups of this Rapport store, and the people in it. Nobody's answers or scores "
                                  "are shown in this mode."),
                               header,
                               QStringLiteral("adminSubtitleLabel"));
    layout->addWidget(subtitle);
    m_adminName = paragraph(QString(), header, QStringLiteral("adminNameLabel"));
    m_adminName->hide();
    layout->addWidget(m_adminName);
    return header;
}

QWidget* AdminPanel::buildBackupsGroup()
{
    auto* group = new QGroupBox(tr("Backups"), this);
    group->setObjectName(QStringLiteral("backupsGroup"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(paragraph(tr("A backup is one encrypted file holding the whole store. It has its own "
                                   "passphrase, chosen when you export and separate from the store's: keep it safe, "
                                   "without it the backup cannot be restored."),
                                group,
                                QStringLiteral("backupsIntroLabel")));
    auto* row = new QHBoxLayout();
    m_export = button(tr("Export a backup…"), group, QStringLiteral("exportButton"));
    m_export->setIcon(Icons::backup());
    m_verify = button(tr("Verify a backup…"), group, QStringLiteral("verifyButton"));
    m_verify->setIcon(Icons::verify());
    row->addWidget(m_export);
    row->addWidget(m_verify);
    row->addStretch(1);
    layout->addLayout(row);
    auto* restoreRow = new QHBoxLayout();
    m_restoreNew = button(tr("Restore into a new store…"), group, QStringLiteral("restoreNewButton"));
    m_restoreNew->setIcon(Icons::restore());
    m_restoreOver = button(tr("Restore over this store…"), group, QStringLiteral("restoreOverButton"));
    m_restoreOver->setIcon(Icons::restore());
    m_restoreOver->setToolTip(tr("Replaces the data in use with a backup, after asking. The current store is kept "
                                 "until the restored one has been checked."));
    restoreRow->addWidget(m_restoreNew);
    restoreRow->addWidget(m_restoreOver);
    restoreRow->addStretch(1);
    layout->addLayout(restoreRow);
    connect(m_export, &QPushButton::clicked, this, &AdminPanel::exportBackup);
    connect(m_verify, &QPushButton::clicked, this, &AdminPanel::verifyBackup);
    connect(m_restoreNew, &QPushButton::clicked, this, &AdminPanel::restoreIntoNewStore);
    connect(m_restoreOver, &QPushButton::clicked, this, &AdminPanel::restoreOverCurrentStore);

    m_result = new QFrame(group);
    m_result->setObjectName(QStringLiteral("resultFrame"));
    m_result->setFrameShape(QFrame::StyledPanel);
    auto* resultLayout = new QVBoxLayout(m_result);
    m_resultTitle = paragraph(QString(), m_result, QStringLiteral("resultTitleLabel"));
    QFont font = m_resultTitle->font();
    font.setBold(true);
    m_resultTitle->setFont(font);
    m_resultMessage = paragraph(QString(), m_result, QStringLiteral("resultMessageLabel"));
    m_resultMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_manifest = new QLabel(m_result);
    m_manifest->setObjectName(QStringLiteral("manifestLabel"));
    m_manifest->setTextFormat(Qt::RichText);
    m_manifest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_resultTitle);
    resultLayout->addWidget(m_resultMessage);
    resultLayout->addWidget(m_manifest);
    m_result->hide();
    layout->addWidget(m_result);
    return group;
}

QWidget* AdminPanel::buildHubSetupGroup()
{
    auto* group = new QGroupBox(tr("The organisation's hub"), this);
    group->setObjectName(QStringLiteral("hubSetupGroup"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(paragraph(tr("For the hub's owner: create the hub in a new database, or upgrade it after "
                                   "installing a newer Rapport."),
                                group));
    auto* row = new QHBoxLayout();
    auto* open = button(tr("Create or &upgrade the hub…"), group, QStringLiteral("hubSetupButton"));
    row->addWidget(open);
    row->addStretch(1);
    layout->addLayout(row);
    connect(open, &QPushButton::clicked, this, &AdminPanel::openHubSetup);
    return group;
}

HubSetupDialog* AdminPanel::openHubSetup()
{
    auto* dialog = new HubSetupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget* AdminPanel::buildScheduleGroup()
{
    auto* group = new QGroupBox(tr("Automatic backups"), this);
    group->setObjectName(QStringLiteral("scheduleGroup"));
    auto* layout = new QVBoxLayout(group);
    m_scheduleEnabled = new QCheckBox(tr("Back up automatically while Rapport is open"), group);
    m_scheduleEnabled->setObjectName(QStringLiteral("scheduleEnabledCheck"));
    layout->addWidget(m_scheduleEnabled);

    auto* form = new QFormLayout();
    auto* folderRow = new QHBoxLayout();
    m_scheduleFolder = new QLineEdit(group);
    m_scheduleFolder->setObjectName(QStringLiteral("scheduleFolderEdit"));
    m_scheduleFolder->setAccessibleName(tr("Backup folder"));
    m_chooseFolder = button(tr("Choose…"), group, QStringLiteral("chooseFolderButton"));
    folderRow->addWidget(m_scheduleFolder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* folderLabel = new QLabel(tr("&Folder:"), group);
    folderLabel->setBuddy(m_scheduleFolder);
    form->addRow(folderLabel, folderRow);
    m_frequency = new QComboBox(group);
    m_frequency->setObjectName(QStringLiteral("frequencyCombo"));
    m_frequency->addItem(tr("Every day"), static_cast<int>(BackupSchedule::Frequency::Daily));
    m_frequency->addItem(tr("Every week"), static_cast<int>(BackupSchedule::Frequency::Weekly));
    form->addRow(tr("&How often:"), m_frequency);
    m_keep = new QSpinBox(group);
    m_keep->setObjectName(QStringLiteral("keepSpin"));
    m_keep->setRange(1, 1000);
    m_keep->setSuffix(tr(" newest backups"));
    form->addRow(tr("&Keep:"), m_keep);
    layout->addLayout(form);

    auto* row = new QHBoxLayout();
    m_saveSchedule = button(tr("Save settings"), group, QStringLiteral("saveScheduleButton"));
    m_backUpNow = button(tr("Back up now"), group, QStringLiteral("backUpNowButton"));
    m_backUpNow->setIcon(Icons::backup());
    row->addWidget(m_saveSchedule);
    row->addWidget(m_backUpNow);
    row->addStretch(1);
    layout->addLayout(row);
    m_scheduleStatus = paragraph(QString(), group, QStringLiteral("scheduleStatusLabel"));
    m_scheduleStatus->hide();
    layout->addWidget(m_scheduleStatus);
    m_lastRun = paragraph(QString(), group, QStringLiteral("lastRunLabel"));
    m_lastRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lastRun);
    m_passphrasePlace = paragraph(QString(), group, QStringLiteral("schedulePassphraseLabel"));
    layout->addWidget(m_passphrasePlace);

    connect(m_chooseFolder, &QPushButton::clicked, this, &AdminPanel::chooseScheduleFolder);
    connect(m_saveSchedule, &QPushButton::clicked, this, &AdminPanel::saveSchedule);
    connect(m_backUpNow, &QPushButton::clicked, this, &AdminPanel::backUpNow);
    return group;
}

QWidget* AdminPanel::buildPeopleGroup()
{
    auto* group = new QGroupBox(tr("People"), this);
    group->setObjectName(QStringLiteral("peopleGroup"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(paragraph(tr("Names and roles only: administrators manage people but never see anyone's "
                                   "answers or scores."),
                                group,
                                QStringLiteral("peopleIntroLabel")));
    m_people = new AdminPeopleModel(this);
    m_peopleView = new QTableView(group);
    m_peopleView->setTabKeyNavigation(false); // arrows move between cells; Tab moves on
    m_peopleView->setObjectName(QStringLiteral("peopleView"));
    m_peopleView->setModel(m_people);
    m_peopleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peopleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peopleView->setAlternatingRowColors(true);
    m_peopleView->verticalHeader()->hide();
    // One line a person: the name takes what the other columns leave and is elided, never wrapped; the dates stay
    // whole.
    m_peopleView->setWordWrap(false);
    m_peopleView->setTextElideMode(Qt::ElideRight);
    m_peopleView->horizontalHeader()->setStretchLastSection(false);
    m_peopleView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_peopleView->horizontalHeader()->setSectionResizeMode(AdminPeopleModel::NameColumn, QHeaderView::Stretch);
    m_peopleView->horizontalHeader()->setSectionResizeMode(AdminPeopleModel::RoleColumn, QHeaderView::ResizeToContents);
    m_peopleView->horizontalHeader()->setSectionResizeMode(AdminPeopleModel::TeamColumn, QHeaderView::ResizeToContents);
    m_peopleView->setAccessibleName(tr("People in this store"));
    layout->addWidget(m_peopleView, 1);
    m_peopleCount = paragraph(QString(), group, QStringLiteral("peopleCountLabel"));
    layout->addWidget(m_peopleCount);
    return group;
}

void AdminPanel::setKdf(KdfParameters kdf)
{
    m_kdf = std::move(kdf);
}

void AdminPanel::setHubAccess(std::function<Result<std::unique_ptr<hub::HubConnection>>()> access)
{
    if (m_hubBox != nullptr) {
        return;
    }
    auto selected = [this]() -> std::optional<Person> {
        const QModelIndexList rows = m_peopleView->selectionModel()->selectedRows();
        if (rows.isEmpty() || rows.first().row() >= m_people->people().size()) {
            return std::nullopt;
        }
        return m_people->people().at(rows.first().row());
    };
    m_hubBox = new HubOrganisationBox(std::move(access), selected, this);
    m_hubBox->setPeopleList([this] { return m_people->people(); });
    m_rightColumn->addWidget(m_hubBox, 1);
    connect(m_hubBox, &HubOrganisationBox::hubChanged, this, &AdminPanel::hubChanged);
    m_hubBox->refresh();
}

void AdminPanel::setSecretVault(SecretVault* vault)
{
    m_vault = vault;
    refreshScheduleStatus();
}

void AdminPanel::setAdminName(const QString& name)
{
    m_adminName->setText(tr("Signed in as %1").arg(name));
    m_adminName->setVisible(!name.isEmpty());
}

KdfParameters AdminPanel::freshKdf() const
{
    // The cost is the admin's choice; the salt must be new for every key derived.
    KdfParameters kdf = m_kdf;
    const SecureBytes salt = SecureBytes::random(static_cast<std::size_t>(std::max<qsizetype>(kdf.salt.size(), 16)));
    kdf.salt = QByteArray(reinterpret_cast<const char*>(salt.data()), static_cast<qsizetype>(salt.size()));
    return kdf;
}

QString AdminPanel::startFolder() const
{
    if (!m_lastFolder.isEmpty()) {
        return m_lastFolder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void AdminPanel::rememberFolder(const QString& file)
{
    m_lastFolder = QFileInfo(file).absolutePath();
}

bool AdminPanel::isBusy() const
{
    return !m_task.isNull();
}

void AdminPanel::setBusy(bool busy)
{
    for (QPushButton* action : {m_export, m_verify, m_restoreNew, m_restoreOver, m_backUpNow, m_saveSchedule}) {
        action->setEnabled(!busy);
    }
    if (!busy) {
        refreshScheduleStatus();
    }
}

void AdminPanel::refresh()
{
    refreshPeople();
    refreshScheduleStatus();
}

void AdminPanel::refreshPeople()
{
    auto people = PersonDirectory(m_store).list();
    if (!people) {
        m_people->setPeople({});
        m_peopleCount->setText(tr("The people could not be read: %1").arg(people.error().message));
        return;
    }
    m_people->setPeople(*people);
    m_peopleCount->setText(tr("%n people in this store.", nullptr, static_cast<int>(people->size())));
}

void AdminPanel::loadScheduleForm()
{
    auto schedule = BackupSchedule::load(m_store);
    if (!schedule) {
        m_scheduleStatus->setText(schedule.error().message);
        m_scheduleStatus->show();
        return;
    }
    m_scheduleEnabled->setChecked(schedule->enabled);
    m_scheduleFolder->setText(QDir::toNativeSeparators(schedule->folder));
    m_frequency->setCurrentIndex(m_frequency->findData(static_cast<int>(schedule->frequency)));
    m_keep->setValue(schedule->keep);
}

void AdminPanel::refreshScheduleStatus()
{
    auto schedule = BackupSchedule::load(m_store);
    if (!schedule) {
        m_lastRun->setText(schedule.error().message);
        setTextColour(m_lastRun, StatusColours::Poor);
        return;
    }
    m_backUpNow->setEnabled(!isBusy() && !schedule->folder.isEmpty());
    // The keychain is asked only once a vault is set (isAvailable() probes once, then remembers).
    const bool keychain = m_vault && m_vault->isAvailable();
    m_passphrasePlace->setText(
        schedule->passphraseInKeychain ? tr("The passphrase for automatic backups is kept in the system keychain.")
            : keychain ? tr("The passphrase for automatic backups goes into the system keychain when it is set or next "
                            "used.")
                       : tr("No system keychain is available here, so the passphrase for automatic backups is kept "
                            "inside the encrypted store."));
    if (!schedule->lastRunAt.isValid()) {
        m_lastRun->setText(schedule->enabled ? tr("Last automatic backup: none yet.")
                                             : tr("Automatic backups are off."));
        setTextColour(m_lastRun, StatusColours::Neutral);
        return;
    }
    const QString when = BackupMessages::formatTime(schedule->lastRunAt);
    if (schedule->lastSucceeded) {
        m_lastRun->setText(
            tr("Last automatic backup: %1, succeeded: %2").arg(when, QDir::toNativeSeparators(schedule->lastResult)));
        setTextColour(m_lastRun, StatusColours::Good);
    } else {
        m_lastRun->setText(tr("Last automatic backup: %1, failed: %2").arg(when, schedule->lastResult));
        setTextColour(m_lastRun, StatusColours::Poor);
    }
}

void AdminPanel::showResult(Outcome outcome, const QString& title, const QString& message, const QString& manifestHtml)
{
    m_resultTitle->setText(title);
    setTextColour(m_resultTitle,
                  outcome == Outcome::Succeeded    ? StatusColours::Good
                      : outcome == Outcome::Failed ? StatusColours::Poor
                                                   : StatusColours::Neutral);
    m_resultMessage->setText(message);
    m_manifest->setText(manifestHtml);
    m_manifest->setVisible(!manifestHtml.isEmpty());
    m_result->setAccessibleDescription(title + QLatin1Char('\n') + message);
    m_result->show();
    if (outcome != Outcome::Information) {
        Q_EMIT operationFinished(outcome == Outcome::Succeeded, title);
    }
}

void AdminPanel::showFailure(const Error& error, const QString& context)
{
    const QString message = context.isEmpty() ? error.message : tr("%1 %2").arg(error.message, context);
    showResult(Outcome::Failed, BackupMessages::titleFor(error.code), message);
}

std::optional<SecureBytes> AdminPanel::reaskStorePassphrase(const QString& why)
{
    QPointer<AdminPanel> self(this);
    auto passphrase = m_prompts->existingPassphrase(this, tr("Confirm it is you"), why);
    if (!self || !passphrase) {
        return std::nullopt;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto verified = m_store.verifyPassphrase(*passphrase);
    QApplication::restoreOverrideCursor();
    if (!verified) {
        showFailure(verified.error(), tr("Nothing was done."));
        return std::nullopt;
    }
    return passphrase;
}

std::optional<SecureBytes> AdminPanel::askBackupPassphrase()
{
    return m_prompts->existingPassphrase(
        this, tr("Backup passphrase"), tr("Type the passphrase that was chosen when this backup was made."));
}

void AdminPanel::runTask(const QString& label,
                         std::function<Result<BackupManifest>(const BackupProgress&)> work,
                         std::function<void(const Result<BackupManifest>&)> done)
{
    auto* progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("backupProgressDialog"));
    progress->setWindowTitle(tr("Rapport backup"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    progress->setValue(0);
    m_progress = progress;

    auto* task = new BackupTask(std::move(work), this);
    m_task = task;
    connect(task, &BackupTask::progressed, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, task, [task, progress] {
        task->cancel();
        progress->setLabelText(tr("Cancelling…"));
    });
    connect(task, &BackupTask::finished, this, [this, task, progress, done = std::move(done)] {
        const Result<BackupManifest> result = task->result();
        progress->hide();
        progress->deleteLater();
        task->deleteLater();
        m_task = nullptr;
        m_progress = nullptr;
        setBusy(false);
        done(result);
    });
    setBusy(true);
    task->start();
}

void AdminPanel::exportBackup()
{
    if (isBusy()) {
        return;
    }
    QPointer<AdminPanel> self(this);
    auto storePassphrase
        = reaskStorePassphrase(tr("To export a backup, type the passphrase of this Rapport store again."));
    if (!self || !storePassphrase) {
        return;
    }
    storePassphrase->wipe();
    const QString suggested
        = QDir(startFolder())
              .filePath(tr("rapport-%1.rapport-backup")
                            .arg(m_store.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString file = m_prompts->backupFileToSave(this, suggested);
    if (!self || file.isEmpty()) {
        return;
    }
    auto backupPassphrase = m_prompts->newPassphrase(
        this,
        tr("Passphrase for this backup"),
        tr("Choose a passphrase for the backup. It is separate from the store's passphrase, and needed to verify or "
           "restore the backup: without it nobody, you included, can read the file."));
    if (!self || !backupPassphrase) {
        return;
    }
    rememberFolder(file);
    auto passphrase = std::make_shared<SecureBytes>(std::move(*backupPassphrase));
    Store* store = &m_store;
    runTask(
        tr("Writing the backup…"),
        [store, file, passphrase, kdf = freshKdf()](const BackupProgress& progress) {
            return Backup::exportTo(*store, file, *passphrase, kdf, progress);
        },
        [this, file](const Result<BackupManifest>& result) {
            if (!result) {
                showFailure(result.error());
                return;
            }
            showResult(Outcome::Succeeded,
                       tr("Backup written"),
                       tr("The whole store was written, encrypted, to %1.").arg(QDir::toNativeSeparators(file)),
                       BackupMessages::manifestHtml(*result));
        });
}

void AdminPanel::verifyBackup()
{
    if (isBusy()) {
        return;
    }
    QPointer<AdminPanel> self(this);
    const QString file = m_prompts->backupFileToOpen(this, startFolder());
    if (!self || file.isEmpty()) {
        return;
    }
    rememberFolder(file);
    auto backupPassphrase = askBackupPassphrase();
    if (!self || !backupPassphrase) {
        return;
    }
    auto passphrase = std::make_shared<SecureBytes>(std::move(*backupPassphrase));
    runTask(
        tr("Checking the backup…"),
        [file, passphrase](const BackupProgress& progress) { return Backup::verify(file, *passphrase, progress); },
        [this, file](const Result<BackupManifest>& result) {
            if (!result) {
                showFailure(result.error());
                return;
            }
            showResult(Outcome::Succeeded,
                       tr("The backup is sound"),
                       tr("%1: the passphrase opens it, every byte is authentic, and the store inside passed its "
                          "integrity check with the schema and row counts below.")
                           .arg(QDir::toNativeSeparators(file)),
                       BackupMessages::manifestHtml(*result));
        });
}

void AdminPanel::restoreIntoNewStore()
{
    if (isBusy()) {
        return;
    }
    QPointer<AdminPanel> self(this);
    auto storePassphrase
        = reaskStorePassphrase(tr("To restore a backup, type the passphrase of this Rapport store again."));
    if (!self || !storePassphrase) {
        return;
    }
    storePassphrase->wipe();
    const QString file = m_prompts->backupFileToOpen(this, startFolder());
    if (!self || file.isEmpty()) {
        return;
    }
    rememberFolder(file);
    auto backupPassphrase = askBackupPassphrase();
    if (!self || !backupPassphrase) {
        return;
    }
    auto passphrase = std::make_shared<SecureBytes>(std::move(*backupPassphrase));
    // Check the backup before asking where it goes, so a wrong passphrase is said at once.
    runTask(
        tr("Checking the backup…"),
        [file, passphrase](const BackupProgress& progress) { return Backup::verify(file, *passphrase, progress); },
        [this, file, passphrase](const Result<BackupManifest>& verified) {
            if (!verified) {
                showFailure(verified.error());
                return;
            }
            QPointer<AdminPanel> alive(this);
            const QFileInfo current(m_storePath);
            const QString suggested = current.dir().filePath(
                tr("%1-restored.%2")
                    .arg(current.completeBaseName(),
                         current.suffix().isEmpty() ? QStringLiteral("db") : current.suffix()));
            const QString target = m_prompts->newStoreFile(this, suggested);
            if (!alive || target.isEmpty()) {
                return;
            }
            if (Store::exists(target)) {
                showFailure(Error {ErrorCode::AlreadyExists,
                                   tr("A Rapport store already exists at %1.").arg(QDir::toNativeSeparators(target))},
                            tr("Choose another place; restoring never writes over a store from here."));
                return;
            }
            auto newPassphrase = m_prompts->newPassphrase(
                this,
                tr("Passphrase for the restored store"),
                tr("The restored store is locked with this passphrase. People will need it to open Rapport "
                   "with the restored data."));
            if (!alive || !newPassphrase) {
                return;
            }
            auto storeKey = std::make_shared<SecureBytes>(std::move(*newPassphrase));
            runTask(
                tr("Restoring the backup…"),
                [file, passphrase, target, storeKey, kdf = freshKdf()](const BackupProgress& progress) {
                    return Backup::restoreTo(file, *passphrase, target, *storeKey, kdf, progress);
                },
                [this, target](const Result<BackupManifest>& restored) {
                    if (!restored) {
                        showFailure(restored.error());
                        return;
                    }
                    showResult(Outcome::Succeeded,
                               tr("Backup restored into a new store"),
                               tr("The new store is at %1. To use it, start Rapport with --store \"%1\".")
                                   .arg(QDir::toNativeSeparators(target)),
                               BackupMessages::manifestHtml(*restored));
                });
        });
}

void AdminPanel::restoreOverCurrentStore()
{
    if (isBusy()) {
        return;
    }
    if (!isSignalConnected(QMetaMethod::fromSignal(&AdminPanel::restoreOverCurrentRequested))) {
        showFailure(Error {ErrorCode::Internal, tr("Restoring over the store in use is not available here.")},
                    tr("Restore into a new store instead."));
        return;
    }
    QPointer<AdminPanel> self(this);
    auto storePassphrase = reaskStorePassphrase(
        tr("To restore a backup over this store, type the passphrase of this Rapport store again."));
    if (!self || !storePassphrase) {
        return;
    }
    const QString file = m_prompts->backupFileToOpen(this, startFolder());
    if (!self || file.isEmpty()) {
        return;
    }
    rememberFolder(file);
    auto backupPassphrase = askBackupPassphrase();
    if (!self || !backupPassphrase) {
        return;
    }
    auto request = std::make_shared<RestoreOverCurrentRequest>();
    request->backupFile = file;
    request->storePath = m_storePath;
    request->backupPassphrase = std::move(*backupPassphrase);
    request->currentStorePassphrase = std::move(*storePassphrase);
    runTask(
        tr("Checking the backup…"),
        [request](const BackupProgress& progress) {
            return Backup::verify(request->backupFile, request->backupPassphrase, progress);
        },
        [this, request](const Result<BackupManifest>& verified) {
            if (!verified) {
                showFailure(verified.error(), tr("The current store was not touched."));
                return;
            }
            QPointer<AdminPanel> alive(this);
            request->manifest = *verified;
            const bool confirmed = m_prompts->confirm(
                this,
                tr("Replace the current store?"),
                tr("%1\n\nEverything in the current store is replaced by this backup; what changed since it was "
                   "made is lost. Rapport closes the store to do this. The current store is kept as a dated copy "
                   "until the restored one has been checked, and is left as it was if anything fails.")
                    .arg(BackupMessages::manifestSummary(*verified)),
                tr("Replace the current store"));
            if (!alive || !confirmed) {
                return;
            }
            auto newPassphrase = m_prompts->newPassphrase(
                this,
                tr("Passphrase for the restored store"),
                tr("The restored store is locked with this passphrase. To keep the current passphrase, type it "
                   "here again."));
            if (!alive || !newPassphrase) {
                return;
            }
            request->newStorePassphrase = std::move(*newPassphrase);
            request->kdf = freshKdf();
            showResult(Outcome::Information,
                       tr("Restoring over the current store"),
                       tr("Rapport closes the store and restores the backup."),
                       BackupMessages::manifestHtml(*verified));
            Q_EMIT restoreOverCurrentRequested(request);
        });
}

void AdminPanel::chooseScheduleFolder()
{
    QPointer<AdminPanel> self(this);
    const QString current = m_scheduleFolder->text().isEmpty() ? startFolder() : m_scheduleFolder->text();
    const QString folder = m_prompts->folder(this, QDir::fromNativeSeparators(current));
    if (!self || folder.isEmpty()) {
        return;
    }
    m_scheduleFolder->setText(QDir::toNativeSeparators(folder));
}

void AdminPanel::saveSchedule()
{
    QPointer<AdminPanel> self(this);
    auto loaded = BackupSchedule::load(m_store);
    if (!loaded) {
        showFailure(loaded.error());
        return;
    }
    BackupSchedule schedule = *loaded;
    schedule.enabled = m_scheduleEnabled->isChecked();
    schedule.folder = QDir::fromNativeSeparators(m_scheduleFolder->text().trimmed());
    schedule.frequency = static_cast<BackupSchedule::Frequency>(m_frequency->currentData().toInt());
    schedule.keep = m_keep->value();

    auto report = [this](const QString& text, const QColor& colour) {
        m_scheduleStatus->setText(text);
        setTextColour(m_scheduleStatus, colour);
        m_scheduleStatus->show();
    };
    if (schedule.enabled && schedule.folder.isEmpty()) {
        report(tr("Choose a folder for the automatic backups."), StatusColours::Poor);
        return;
    }
    auto saved = schedule.save(m_store, QString(), m_vault);
    if (!saved && schedule.enabled && saved.error().code == ErrorCode::SecretRequired) {
        // The first time on, automatic backups need their own passphrase.
        auto passphrase = m_prompts->newPassphrase(
            this,
            tr("Passphrase for automatic backups"),
            m_vault && m_vault->isAvailable()
                ? tr("Automatic backups are encrypted with this passphrase. It is kept in the system keychain so "
                     "backups can run unattended; you need it to verify or restore them.")
                : tr("Automatic backups are encrypted with this passphrase. It is kept inside the encrypted store so "
                     "backups can run unattended; you need it to verify or restore them."));
        if (!self) {
            return;
        }
        if (!passphrase) {
            report(tr("Not saved: automatic backups need a passphrase."), StatusColours::Poor);
            return;
        }
        saved = schedule.save(m_store, scheduledPassphraseText(*passphrase), m_vault);
    }
    if (!saved) {
        report(tr("Not saved: %1").arg(saved.error().message), StatusColours::Poor);
        return;
    }
    report(schedule.enabled ? tr("Saved: automatic backups are on.") : tr("Saved: automatic backups are off."),
           StatusColours::Good);
    refreshScheduleStatus();
}

void AdminPanel::backUpNow()
{
    if (isBusy()) {
        return;
    }
    // runNow reads and records through the store's own connection, so it runs here, not on a worker.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto file = BackupSchedule::runNow(m_store, m_vault);
    QApplication::restoreOverrideCursor();
    // On success the last-run line below says where the file went; a failure is also said here with its title.
    if (!file) {
        m_scheduleStatus->setText(tr("%1: %2").arg(BackupMessages::titleFor(file.error().code), file.error().message));
        setTextColour(m_scheduleStatus, StatusColours::Poor);
    }
    m_scheduleStatus->setVisible(!file);
    refreshScheduleStatus();
}

} // namespace rapport::ui
