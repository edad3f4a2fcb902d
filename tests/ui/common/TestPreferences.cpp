#include "../ShotSaver.h"
#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "common/IdleWatcher.h"
#include "common/MainWindow.h"
#include "common/PreferencesDialog.h"
#include "common/SessionController.h"
#include "common/UnlockDialog.h"
#include "services/Preferences.h"
#include "store/SettingsRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;
using namespace std::chrono_literals;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaults();
    void invalidStoredValuesFallBack();
    void saveRejectsValuesOutsideTheChoices();
    void dialogShowsAndSavesChoices();
    void cancelSavesNothing();
    void menuOpensPreferencesAndAppliesAutoLockAtOnce();
    void autoLockOffStopsTheIdleWatcher();
    void storedAutoLockAppliesAtUnlock();

private:
    void startSession();
    [[nodiscard]] PreferencesDialog* openFromMenu();
    void choose(PreferencesDialog* dialog, int minutes, int days);

    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_session;
};

void TestPreferences::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp(false));
}

void TestPreferences::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestPreferences::startSession()
{
    m_fixture->store.reset();
    StartupOptions options;
    options.storePath = m_fixture->path;
    m_window = std::make_unique<MainWindow>();
    m_session = std::make_unique<SessionController>(*m_window, options);
    m_window->attachSession(*m_session);
    m_window->show();
    QVERIFY(!m_window->preferencesAction()->isEnabled()); // locked: no store to keep them in
    m_session->start();
    UnlockDialog* unlock = m_session->unlockDialog();
    QVERIFY(unlock);
    QTRY_VERIFY(unlock->isVisible());
    QTest::keyClicks(unlock->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), test::FixturePassphrase);
    QTest::mouseClick(unlock->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<ClientDashboard*>());
}

PreferencesDialog* TestPreferences::openFromMenu()
{
    if (!m_window->preferencesAction()->isEnabled()) {
        return nullptr;
    }
    m_window->preferencesAction()->trigger();
    auto* dialog = qobject_cast<PreferencesDialog*>(m_window->preferencesDialog());
    if (dialog) {
        (void)QTest::qWaitForWindowExposed(dialog);
    }
    return dialog;
}

void TestPreferences::choose(PreferencesDialog* dialog, int minutes, int days)
{
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("autoLockCombo"));
    const int index = combo->findData(minutes);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("checkInReminderSpin"));
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(days));
    QCOMPARE(spin->value(), days);
}

void TestPreferences::defaults()
{
    auto preferences = Preferences::load(*m_fixture->store);
    QVERIFY_RESULT(preferences);
    QCOMPARE(preferences->autoLock, 10min);
    QCOMPARE(preferences->checkInReminderDays, 14);
    QCOMPARE(Preferences::autoLockChoices(), (QList<std::chrono::minutes> {0min, 5min, 10min, 15min, 30min, 60min}));
}

void TestPreferences::invalidStoredValuesFallBack()
{
    QVERIFY_RESULT(m_fixture->store->settings().setValue(QStringLiteral("ui.autoLockMinutes"), QStringLiteral("7")));
    QVERIFY_RESULT(
        m_fixture->store->settings().setValue(QStringLiteral("ui.checkInReminderDays"), QStringLiteral("soon")));
    auto preferences = Preferences::load(*m_fixture->store);
    QVERIFY_RESULT(preferences);
    QCOMPARE(*preferences, Preferences());
}

void TestPreferences::saveRejectsValuesOutsideTheChoices()
{
    Preferences preferences;
    preferences.autoLock = 7min;
    QVERIFY_ERROR(preferences.save(*m_fixture->store), ErrorCode::OutOfRange);
    preferences.autoLock = 5min;
    preferences.checkInReminderDays = 0;
    QVERIFY_ERROR(preferences.save(*m_fixture->store), ErrorCode::OutOfRange);
}

void TestPreferences::dialogShowsAndSavesChoices()
{
    PreferencesDialog dialog(*m_fixture->store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("autoLockCombo"));
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->itemText(0), QStringLiteral("Never"));
    QCOMPARE(combo->currentData().toInt(), 10);
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("checkInReminderSpin"))->value(), 14);
    auto* quietFrom = dialog.findChild<QComboBox*>(QStringLiteral("quietFromCombo"));
    auto* quietUntil = dialog.findChild<QComboBox*>(QStringLiteral("quietUntilCombo"));
    QCOMPARE(quietFrom->currentData().toInt(), 21);
    QCOMPARE(quietUntil->currentData().toInt(), 8);
    test::saveShot(&dialog, QStringLiteral("preferences"));

    QSignalSpy saved(&dialog, &PreferencesDialog::preferencesSaved);
    choose(&dialog, 30, 21);
    quietFrom->setCurrentIndex(quietFrom->findData(22));
    quietUntil->setCurrentIndex(quietUntil->findData(7));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Persisted in the store, and still there after reopening it.
    m_fixture->store.reset();
    auto reopened = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
    QVERIFY_RESULT(reopened);
    auto preferences = Preferences::load(**reopened);
    QVERIFY_RESULT(preferences);
    QCOMPARE(preferences->autoLock, 30min);
    QCOMPARE(preferences->checkInReminderDays, 21);
    QCOMPARE(preferences->quietFrom, QTime(22, 0));
    QCOMPARE(preferences->quietUntil, QTime(7, 0));
}

void TestPreferences::cancelSavesNothing()
{
    PreferencesDialog dialog(*m_fixture->store);
    dialog.show();
    choose(&dialog, 5, 3);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    auto preferences = Preferences::load(*m_fixture->store);
    QVERIFY_RESULT(preferences);
    QCOMPARE(*preferences, Preferences());
}

void TestPreferences::menuOpensPreferencesAndAppliesAutoLockAtOnce()
{
    startSession();
    QCOMPARE(m_session->idleWatcher()->timeout(), std::chrono::milliseconds(10min));
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    choose(dialog, 5, 7);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_session->idleWatcher()->timeout(), std::chrono::milliseconds(5min));
    QVERIFY(m_session->idleWatcher()->isActive());
    auto preferences = Preferences::load(*m_session->store());
    QVERIFY_RESULT(preferences);
    QCOMPARE(preferences->checkInReminderDays, 7);

    // Locking takes an open preferences dialog down with the store.
    QPointer<PreferencesDialog> again = openFromMenu();
    QVERIFY(again);
    m_window->lockAction()->trigger();
    QVERIFY(again.isNull());
    QVERIFY(!m_window->preferencesAction()->isEnabled());
}

void TestPreferences::autoLockOffStopsTheIdleWatcher()
{
    startSession();
    PreferencesDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    choose(dialog, 0, 14);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!m_session->idleWatcher()->isActive());
    QVERIFY(m_session->isUnlocked());

    // And back on: watching again.
    dialog = openFromMenu();
    QVERIFY(dialog);
    choose(dialog, 15, 14);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(m_session->idleWatcher()->isActive());
    QCOMPARE(m_session->idleWatcher()->timeout(), std::chrono::milliseconds(15min));
}

void TestPreferences::storedAutoLockAppliesAtUnlock()
{
    Preferences preferences;
    preferences.autoLock = 60min;
    QVERIFY_RESULT(preferences.save(*m_fixture->store));
    startSession();
    QCOMPARE(m_session->idleWatcher()->timeout(), std::chrono::milliseconds(60min));
    QVERIFY(m_session->idleWatcher()->isActive());
}

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
