#include "../AdminTestFixture.h"
#include "../ShotSaver.h"
#include "FakeSecretVault.h"
#include "admin/AdminPanel.h"
#include "admin/AdminPeopleModel.h"
#include "admin/AdminScreenshots.h"
#include "admin/BackupPassphraseDialog.h"
#include "admin/ScriptedPrompts.h"
#include "admin/StoreReplacement.h"
#include "backup/Backup.h"
#include "backup/BackupSchedule.h"
#include "store/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestAdminPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportWritesAFileThatVerifies();
    void wrongStorePassphraseRefusesExport();
    void cancellingExportLeavesNoFile();
    void verifyShowsTheManifest();
    void verifyFailuresShowTheirMessage_data();
    void verifyFailuresShowTheirMessage();
    void restoreIntoNewStore();
    void restoreIntoExistingPathIsRefused();
    void restoreOverCurrentStoreIsHandedToTheSession();
    void scheduleIsSavedAndBackUpNowWritesAFile();
    void scheduleKeepsItsPassphraseInTheKeychain();
    void peopleListShowsNamesAndRolesOnly();
    void backupPassphraseDialogNeedsAStrongMatchingPassphrase();
    void screenshotsAreWritten();

private:
    void makePanel();
    [[nodiscard]] QString resultTitle() const;
    [[nodiscard]] QString resultMessage() const;
    void exportDirectly(const QString& file);

    std::unique_ptr<test::AdminFixture> m_fixture;
    std::unique_ptr<AdminPanel> m_panel;
    ScriptedPrompts* m_prompts = nullptr;
};

void TestAdminPanel::init()
{
    m_fixture = std::make_unique<test::AdminFixture>();
    QVERIFY(m_fixture->setUp());
    makePanel();
}

void TestAdminPanel::cleanup()
{
    if (m_fixture) {
        m_fixture->gate->release();
    }
    m_panel.reset();
    m_fixture.reset();
}

void TestAdminPanel::makePanel()
{
    auto prompts = std::make_unique<ScriptedPrompts>();
    m_prompts = prompts.get();
    m_panel = std::make_unique<AdminPanel>(*m_fixture->store, m_fixture->path, std::move(prompts));
    m_panel->setKdf(KdfParameters::minimal());
    m_panel->show();
}

QString TestAdminPanel::resultTitle() const
{
    return m_panel->findChild<QLabel*>(QStringLiteral("resultTitleLabel"))->text();
}

QString TestAdminPanel::resultMessage() const
{
    return m_panel->findChild<QLabel*>(QStringLiteral("resultMessageLabel"))->text();
}

void TestAdminPanel::exportDirectly(const QString& file)
{
    QVERIFY_RESULT(Backup::exportTo(
        *m_fixture->store, file, SecureBytes::fromUtf8(test::AdminBackupPassphrase), KdfParameters::minimal()));
}

void TestAdminPanel::exportWritesAFileThatVerifies()
{
    const QString file = m_fixture->file(QStringLiteral("out.rapport-backup"));
    m_prompts->passphrases = {test::AdminStorePassphrase};
    m_prompts->files = {file};
    m_prompts->newPassphrases = {test::AdminBackupPassphrase};
    m_panel->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(resultTitle(), QStringLiteral("Backup written"));
    QVERIFY(QFile::exists(file));
    QCOMPARE(m_prompts->asked,
             QStringList({QStringLiteral("Confirm it is you"),
                          QStringLiteral("backupFileToSave"),
                          QStringLiteral("Passphrase for this backup")}));
    auto verified = Backup::verify(file, SecureBytes::fromUtf8(test::AdminBackupPassphrase));
    QVERIFY_RESULT(verified);
    QCOMPARE(verified->rowCounts.value(QStringLiteral("people")), qint64(4));
    // The store passphrase does not open the backup: they are separate.
    QVERIFY_ERROR(Backup::verify(file, SecureBytes::fromUtf8(test::AdminStorePassphrase)), ErrorCode::WrongPassphrase);
}

void TestAdminPanel::wrongStorePassphraseRefusesExport()
{
    const QString file = m_fixture->file(QStringLiteral("out.rapport-backup"));
    m_prompts->passphrases = {QStringLiteral("not the store passphrase")};
    m_prompts->files = {file};
    m_prompts->newPassphrases = {test::AdminBackupPassphrase};
    m_panel->exportBackup();
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(resultTitle(), QStringLiteral("Wrong passphrase"));
    QVERIFY(resultMessage().contains(QStringLiteral("does not open this store")));
    QCOMPARE(m_prompts->asked, QStringList({QStringLiteral("Confirm it is you")}));
    QVERIFY(!QFile::exists(file));
}

void TestAdminPanel::cancellingExportLeavesNoFile()
{
    const QString file = m_fixture->file(QStringLiteral("out.rapport-backup"));
    const QStringList before = QDir(m_fixture->directory.path()).entryList(QDir::Files | QDir::Hidden);
    m_prompts->passphrases = {test::AdminStorePassphrase};
    m_prompts->files = {file};
    m_prompts->newPassphrases = {test::AdminBackupPassphrase};
    m_fixture->gate->armed = true; // the worker waits before writing its first byte
    m_panel->exportBackup();
    QVERIFY(m_panel->isBusy());
    auto* progress = m_panel->findChild<QProgressDialog*>(QStringLiteral("backupProgressDialog"));
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    m_fixture->gate->release();
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(resultTitle(), QStringLiteral("Cancelled"));
    QVERIFY(!QFile::exists(file));
    QTRY_VERIFY(!m_panel->findChild<QProgressDialog*>(QStringLiteral("backupProgressDialog")));
    QCOMPARE(QDir(m_fixture->directory.path()).entryList(QDir::Files | QDir::Hidden), before);
}

void TestAdminPanel::verifyShowsTheManifest()
{
    const QString file = m_fixture->file(QStringLiteral("made.rapport-backup"));
    exportDirectly(file);
    m_prompts->files = {file};
    m_prompts->passphrases = {test::AdminBackupPassphrase};
    m_panel->findChild<QPushButton*>(QStringLiteral("verifyButton"))->click();
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(resultTitle(), QStringLiteral("The backup is sound"));
    auto* manifest = m_panel->findChild<QLabel*>(QStringLiteral("manifestLabel"));
    QVERIFY(manifest->isVisible());
    const QString text = manifest->text();
    QVERIFY(text.contains(QStringLiteral("Schema version")));
    QVERIFY(text.contains(QStringLiteral("<b>%1</b>").arg(m_fixture->store->schemaVersion())));
    QVERIFY(text.contains(QStringLiteral("Made by Rapport")));
    QVERIFY(text.contains(QStringLiteral("Created")));
    QVERIFY(text.contains(QStringLiteral("Rows in people")));
    QVERIFY(text.contains(QStringLiteral("<b>4</b>")));
}

void TestAdminPanel::verifyFailuresShowTheirMessage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("title");
    QTest::newRow("wrong passphrase") << QStringLiteral("wrong") << QStringLiteral("Wrong passphrase");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("The backup is damaged");
    QTest::newRow("not a backup") << QStringLiteral("foreign") << QStringLiteral("Not a Rapport backup");
}

void TestAdminPanel::verifyFailuresShowTheirMessage()
{
    QFETCH(QString, kind);
    QFETCH(QString, title);
    const QString file = m_fixture->file(QStringLiteral("made.rapport-backup"));
    QString passphrase = test::AdminBackupPassphrase;
    if (kind == QLatin1String("foreign")) {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some notes, not a backup\n");
    } else {
        exportDirectly(file);
    }
    if (kind == QLatin1String("wrong")) {
        passphrase = QStringLiteral("not the backup passphrase");
    } else if (kind == QLatin1String("damaged")) {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 at = damaged.size() - 40;
        QVERIFY(damaged.seek(at));
        const char original = damaged.read(1).at(0);
        QVERIFY(damaged.seek(at));
        damaged.write(QByteArray(1, static_cast<char>(original ^ 0x5a)));
    }
    const auto expected = Backup::verify(file, SecureBytes::fromUtf8(passphrase));
    QVERIFY(!expected);
    m_prompts->files = {file};
    m_prompts->passphrases = {passphrase};
    m_panel->verifyBackup();
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(resultTitle(), title);
    QCOMPARE(resultMessage(), expected.error().message);
    QVERIFY(!m_panel->findChild<QLabel*>(QStringLiteral("manifestLabel"))->isVisible());
}

void TestAdminPanel::restoreIntoNewStore()
{
    const QString file = m_fixture->file(QStringLiteral("made.rapport-backup"));
    exportDirectly(file);
    const QString target = m_fixture->file(QStringLiteral("restored/rapport.db"));
    const QString newPassphrase = QStringLiteral("brand new store words");
    m_prompts->passphrases = {test::AdminStorePassphrase, test::AdminBackupPassphrase};
    m_prompts->files = {file, target};
    m_prompts->newPassphrases = {newPassphrase};
    m_panel->findChild<QPushButton*>(QStringLiteral("restoreNewButton"))->click();
    QVERIFY(m_panel->isBusy()); // checking the backup, then (without a pause) restoring it
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 20000);
    QCOMPARE(resultTitle(), QStringLiteral("Backup restored into a new store"));
    QVERIFY(resultMessage().contains(QDir::toNativeSeparators(target)));
    auto restored = Store::open(target, SecureBytes::fromUtf8(newPassphrase));
    QVERIFY_RESULT(restored);
    QCOMPARE((*restored)->people().count().value_or(-1), qint64(4));
}

void TestAdminPanel::restoreIntoExistingPathIsRefused()
{
    const QString file = m_fixture->file(QStringLiteral("made.rapport-backup"));
    exportDirectly(file);
    m_prompts->passphrases = {test::AdminStorePassphrase, test::AdminBackupPassphrase};
    m_prompts->files = {file, m_fixture->path};
    m_prompts->newPassphrases = {QStringLiteral("brand new store words")};
    m_panel->restoreIntoNewStore();
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(resultTitle(), QStringLiteral("Something is already there"));
    QCOMPARE(m_prompts->newPassphrases.size(), qsizetype(1)); // never asked
    QCOMPARE(m_fixture->store->people().count().value_or(-1), qint64(4));
}

void TestAdminPanel::restoreOverCurrentStoreIsHandedToTheSession()
{
    const QString file = m_fixture->file(QStringLiteral("made.rapport-backup"));
    exportDirectly(file);
    QVERIFY_RESULT(m_fixture->store->people().add(QStringLiteral("Added After The Backup"), Role::Client));
    const QString newPassphrase = QStringLiteral("brand new store words");

    std::shared_ptr<RestoreOverCurrentRequest> request;
    connect(
        m_panel.get(),
        &AdminPanel::restoreOverCurrentRequested,
        this,
        [&request](std::shared_ptr<RestoreOverCurrentRequest> asked) { request = std::move(asked); },
        Qt::QueuedConnection); // as the session connects it: it destroys the panel
    m_prompts->passphrases = {test::AdminStorePassphrase, test::AdminBackupPassphrase};
    m_prompts->files = {file};
    m_prompts->confirmations = {true};
    m_prompts->newPassphrases = {newPassphrase};
    m_panel->findChild<QPushButton*>(QStringLiteral("restoreOverButton"))->click();
    QTRY_VERIFY(request);
    QCOMPARE(m_prompts->asked.at(3), QStringLiteral("Replace the current store?"));
    QCOMPARE(request->storePath, m_fixture->path);
    QCOMPARE(request->manifest.rowCounts.value(QStringLiteral("people")), qint64(4));
    QCOMPARE(m_fixture->store->people().count().value_or(-1), qint64(5)); // nothing touched yet

    // What the session controller does: take the screen down, close the store, replace, carry on.
    m_panel.reset();
    m_fixture->store.reset();
    std::optional<StoreReplacementOutcome> outcome;
    replaceStore(
        nullptr, request, StoreOptions {}, [&outcome](StoreReplacementOutcome done) { outcome = std::move(done); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY_RESULT(outcome->restored);
    QVERIFY(outcome->store);
    QCOMPARE(outcome->title, QStringLiteral("Backup restored"));
    QCOMPARE(outcome->store->people().count().value_or(-1), qint64(4));
    QVERIFY_RESULT(outcome->store->verifyPassphrase(SecureBytes::fromUtf8(newPassphrase)));
    outcome->store.reset();
}

void TestAdminPanel::scheduleIsSavedAndBackUpNowWritesAFile()
{
    const QString folder = m_fixture->file(QStringLiteral("automatic"));
    auto* backUpNow = m_panel->findChild<QPushButton*>(QStringLiteral("backUpNowButton"));
    QVERIFY(!backUpNow->isEnabled()); // nothing set up yet
    m_panel->findChild<QCheckBox*>(QStringLiteral("scheduleEnabledCheck"))->setChecked(true);
    m_panel->findChild<QLineEdit*>(QStringLiteral("scheduleFolderEdit"))->setText(QDir::toNativeSeparators(folder));
    auto* frequency = m_panel->findChild<QComboBox*>(QStringLiteral("frequencyCombo"));
    frequency->setCurrentIndex(frequency->findText(QStringLiteral("Every day")));
    m_panel->findChild<QSpinBox*>(QStringLiteral("keepSpin"))->setValue(3);
    m_prompts->newPassphrases = {test::AdminBackupPassphrase};
    m_panel->findChild<QPushButton*>(QStringLiteral("saveScheduleButton"))->click();
    QCOMPARE(m_prompts->asked, QStringList({QStringLiteral("Passphrase for automatic backups")}));
    auto schedule = BackupSchedule::load(*m_fixture->store);
    QVERIFY_RESULT(schedule);
    QVERIFY(schedule->enabled);
    QCOMPARE(schedule->folder, folder);
    QVERIFY(schedule->frequency == BackupSchedule::Frequency::Daily);
    QCOMPARE(schedule->keep, 3);
    QVERIFY(
        m_panel->findChild<QLabel*>(QStringLiteral("scheduleStatusLabel"))->text().startsWith(QStringLiteral("Saved")));

    // Saving again keeps the passphrase and does not ask for it.
    m_panel->saveSchedule();
    QCOMPARE(m_prompts->asked.size(), qsizetype(1));

    QVERIFY(backUpNow->isEnabled());
    backUpNow->click();
    const QStringList written = QDir(folder).entryList({QStringLiteral("*.rapport-backup")}, QDir::Files);
    QCOMPARE(written.size(), qsizetype(1));
    QVERIFY_RESULT(Backup::verify(QDir(folder).filePath(written.constFirst()),
                                  SecureBytes::fromUtf8(test::AdminBackupPassphrase)));
    const QString lastRun = m_panel->findChild<QLabel*>(QStringLiteral("lastRunLabel"))->text();
    QVERIFY2(lastRun.contains(QStringLiteral("succeeded")), qPrintable(lastRun));
    QVERIFY(lastRun.contains(written.constFirst()));
}

void TestAdminPanel::scheduleKeepsItsPassphraseInTheKeychain()
{
    auto* place = m_panel->findChild<QLabel*>(QStringLiteral("schedulePassphraseLabel"));
    QVERIFY(place);
    QVERIFY2(place->text().startsWith(QStringLiteral("No system keychain")), qPrintable(place->text()));
    test::FakeSecretVault vault;
    m_panel->setSecretVault(&vault);
    QVERIFY2(place->text().contains(QStringLiteral("goes into the system keychain")), qPrintable(place->text()));

    const QString folder = m_fixture->file(QStringLiteral("keychain-automatic"));
    m_panel->findChild<QCheckBox*>(QStringLiteral("scheduleEnabledCheck"))->setChecked(true);
    m_panel->findChild<QLineEdit*>(QStringLiteral("scheduleFolderEdit"))->setText(QDir::toNativeSeparators(folder));
    m_prompts->newPassphrases = {test::AdminBackupPassphrase};
    m_panel->findChild<QPushButton*>(QStringLiteral("saveScheduleButton"))->click();
    QCOMPARE(vault.names().size(), qsizetype(1));
    QCOMPARE(vault.entry(vault.names().constFirst()), test::AdminBackupPassphrase);
    QCOMPARE(*m_fixture->store->settings().value(QStringLiteral("backup.schedule.passphrase")), QString());
    QCOMPARE(place->text(), QStringLiteral("The passphrase for automatic backups is kept in the system keychain."));
    test::saveShot(m_panel.get(), QStringLiteral("admin-schedule-keychain"));

    m_panel->findChild<QPushButton*>(QStringLiteral("backUpNowButton"))->click();
    const QStringList written = QDir(folder).entryList({QStringLiteral("*.rapport-backup")}, QDir::Files);
    QCOMPARE(written.size(), qsizetype(1));
    QVERIFY_RESULT(Backup::verify(QDir(folder).filePath(written.constFirst()),
                                  SecureBytes::fromUtf8(test::AdminBackupPassphrase)));
}

void TestAdminPanel::peopleListShowsNamesAndRolesOnly()
{
    auto* view = m_panel->findChild<QTableView*>(QStringLiteral("peopleView"));
    QVERIFY(view);
    auto* model = qobject_cast<AdminPeopleModel*>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4);
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column) {
        headers.append(model->headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(
        headers,
        QStringList({QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Team"), QStringLiteral("Added")}));
    QStringList names;
    QStringList roles;
    for (int row = 0; row < model->rowCount(); ++row) {
        names.append(model->index(row, AdminPeopleModel::NameColumn).data().toString());
        roles.append(model->index(row, AdminPeopleModel::RoleColumn).data().toString());
    }
    QVERIFY(names.contains(QStringLiteral("Alex Morgan")));
    QVERIFY(names.contains(QStringLiteral("Robin Admin")));
    QVERIFY(roles.contains(roleDisplayName(Role::Client)));
    QVERIFY(roles.contains(roleDisplayName(Role::Admin)));

    QVERIFY_RESULT(m_fixture->store->people().add(QStringLiteral("New Starter"), Role::Client));
    QTRY_COMPARE(model->rowCount(), 5);
}

void TestAdminPanel::backupPassphraseDialogNeedsAStrongMatchingPassphrase()
{
    BackupPassphraseDialog dialog(QStringLiteral("title"), QStringLiteral("why"));
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    passphrase->setText(QStringLiteral("short"));
    confirm->setText(QStringLiteral("short"));
    QVERIFY(!ok->isEnabled());
    passphrase->setText(test::AdminBackupPassphrase);
    confirm->setText(QStringLiteral("otter kettle"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("matchLabel"))->text(),
             QStringLiteral("The passphrases do not match."));
    confirm->setText(test::AdminBackupPassphrase);
    QVERIFY(ok->isEnabled());
    SecureBytes taken = dialog.takePassphrase();
    QVERIFY(taken.equals(SecureBytes::fromUtf8(test::AdminBackupPassphrase)));
    QVERIFY(passphrase->text().isEmpty());
}

void TestAdminPanel::screenshotsAreWritten()
{
    m_panel.reset();
    // RAPPORT_ADMIN_SHOTS=DIR keeps the pictures, for looking at them.
    const QString kept = qEnvironmentVariable("RAPPORT_ADMIN_SHOTS");
    const QDir folder(kept.isEmpty() ? m_fixture->file(QStringLiteral("shots")) : kept);
    auto written = renderAdminScreenshots(*m_fixture->store, test::AdminStorePassphrase, folder);
    QVERIFY_RESULT(written);
    QCOMPARE(written->size(), qsizetype(6));
    for (const QString& file : *written) {
        QVERIFY2(QImage(file).width() > 300, qPrintable(file));
    }
}

QTEST_MAIN(TestAdminPanel)
#include "TestAdminPanel.moc"
