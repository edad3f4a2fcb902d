#include "../ShotSaver.h"
#include "../UiTestFixture.h"
#include "FakeSecretVault.h"
#include "ResultTesting.h"
#include "common/HubPasswordDialog.h"
#include "common/MainWindow.h"
#include "common/SessionController.h"
#include "common/SyncController.h"
#include "common/SyncStatusIndicator.h"
#include "common/UnlockDialog.h"
#include "secrets/SecretNames.h"
#include "store/HubBindingRepository.h"
#include "store/SharingRepository.h"
#include "store/SubmissionRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QStatusBar>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace rapport;
using namespace rapport::ui;

/**
 * The sync controller and the status-bar indicator with a fake hub (answers on the worker thread as told) and a
 * failed one (nothing listens): Local only, Syncing…, Synced, Offline with the queue, the password prompt, and a sync
 * started by a local change.
 */
class TestSyncIndicator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    /** What the fake hub was asked, and what it answers. */
    struct FakeHub
    {
        std::mutex mutex;
        QList<hub::SyncRequest> requests;
        std::optional<Error> failure;
        QSemaphore release {1000}; ///< the exchange takes one permit before answering
        PulledSnapshot snapshot;
    };
    std::shared_ptr<FakeHub> m_hub;

    SyncController::Exchange fakeExchange()
    {
        return [hub = m_hub](const hub::SyncRequest& request) -> Result<PulledSnapshot> {
            hub->release.acquire();
            std::lock_guard lock(hub->mutex);
            hub->requests.append(request);
            if (hub->failure) {
                return tl::unexpected(*hub->failure);
            }
            return hub->snapshot;
        };
    }

    void bind()
    {
        HubBinding binding;
        binding.personId = m_fixture->client.id;
        binding.login = QStringLiteral("alex");
        binding.hubUrl = QStringLiteral("postgresql://alex@hub.example.org:5432/rapport");
        binding.role = Role::Client;
        QVERIFY_RESULT(m_fixture->store->hubBinding().bind(binding, m_fixture->client));
    }

    std::unique_ptr<SyncController> controller()
    {
        auto sync = std::make_unique<SyncController>(*m_fixture->store, m_window.get());
        connect(sync.get(), &SyncController::statusChanged, m_window->syncIndicator(), &SyncStatusIndicator::setStatus);
        sync->setExchange(fakeExchange());
        // Syncs after a change only where a test asks for them (changeStartsASync).
        sync->setChangeDelay(std::chrono::hours(1));
        return sync;
    }

    qsizetype requestCount()
    {
        std::lock_guard lock(m_hub->mutex);
        return m_hub->requests.size();
    }

    SyncStatusIndicator* indicator() const { return m_window->syncIndicator(); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::ClientFixture>();
        QVERIFY(m_fixture->setUp());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_hub = std::make_shared<FakeHub>();
        // The hub shows the client, both professionals and the connections the store already has.
        m_hub->snapshot.people = {m_fixture->client, m_fixture->professional, m_fixture->secondProfessional};
        auto connections = m_fixture->store->connections().forClient(m_fixture->client.id);
        QVERIFY_RESULT(connections);
        m_hub->snapshot.connections = *connections;
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void localStoreShowsNothing()
    {
        auto sync = controller();
        sync->start();
        QCOMPARE(sync->status().state, SyncStatus::State::LocalOnly);
        QVERIFY(!sync->isJoined());
        QVERIFY(indicator()->isHidden());
        QCOMPARE(requestCount(), 0);
    }

    void syncingThenSynced()
    {
        bind();
        m_hub->release.acquire(1000); // the hub holds its answer until told
        auto sync = controller();
        sync->start(); // a joined store syncs at once
        QCOMPARE(sync->status().state, SyncStatus::State::Syncing);
        QVERIFY(!indicator()->isHidden());
        QCOMPARE(indicator()->text(), QStringLiteral("Syncing…"));
        test::saveShot(m_window.get(), QStringLiteral("sync-syncing"));
        m_hub->release.release(1);
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QVERIFY(indicator()->text().startsWith(QStringLiteral("Synced ")));
        QVERIFY(sync->status().lastSynced.isValid());
        test::saveShot(m_window.get(), QStringLiteral("sync-synced"));
        // The time was recorded in the store: the next session shows it before its first sync ends.
        auto binding = m_fixture->store->hubBinding().binding();
        QVERIFY_RESULT(binding);
        QCOMPARE((*binding)->lastSyncedAt, sync->status().lastSynced);
        // The client's first sync sent their sharing choices (both off), nothing else.
        QCOMPARE(m_hub->requests.first().batch.sharing.size(), 2);
        QCOMPARE(m_hub->requests.first().batch.submissions.size(), 0);
    }

    void offlineKeepsTheQueue()
    {
        bind();
        auto sync = controller();
        sync->start();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        Submission submission;
        submission.personId = m_fixture->client.id;
        submission.instrumentId = QStringLiteral("wellbeing-index");
        submission.answers = {3, 3, 3, 3, 3};
        submission.score = 60;
        submission.submittedAt = QDateTime::currentDateTimeUtc();
        auto added = m_fixture->store->submissions().add(submission);
        QVERIFY_RESULT(added);

        m_hub->failure = Error {ErrorCode::Unreachable, QStringLiteral("The hub cannot be reached.")};
        sync->syncNow(true);
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Offline);
        QVERIFY2(indicator()->text().startsWith(QStringLiteral("Offline — last synced ")),
                 qPrintable(indicator()->text()));
        QVERIFY2(indicator()->toolTip().contains(QStringLiteral("1 change")), qPrintable(indicator()->toolTip()));
        test::saveShot(m_window.get(), QStringLiteral("sync-offline"));

        // Back online: the queued submission goes out.
        m_hub->failure.reset();
        sync->syncNow(true);
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        std::lock_guard lock(m_hub->mutex);
        QCOMPARE(m_hub->requests.last().batch.submissions.size(), 1);
        QCOMPARE(m_hub->requests.last().batch.submissions.first().id, added->id);
    }

    void unreachableRealHubIsOffline()
    {
        bind();
        auto sync = std::make_unique<SyncController>(*m_fixture->store, m_window.get());
        connect(sync.get(), &SyncController::statusChanged, indicator(), &SyncStatusIndicator::setStatus);
        // The real exchange, to a port nothing listens on.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("RAPPORT_HUB_URL"),
                           QStringLiteral("postgresql://alex@127.0.0.1:1/rapport?connect_timeout=5"));
        environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("unused"));
        sync->setEnvironment(environment);
        sync->start();
        QTRY_COMPARE_WITH_TIMEOUT(sync->status().state, SyncStatus::State::Offline, 20000);
        QVERIFY(indicator()->text().startsWith(QStringLiteral("Offline")));
    }

    void changeStartsASync()
    {
        bind();
        auto sync = controller();
        sync->setChangeDelay(std::chrono::milliseconds(0));
        sync->start();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        const qsizetype before = requestCount();
        // A sharing change has something to send: a sync follows by itself.
        QVERIFY_RESULT(
            m_fixture->store->sharing().set(m_fixture->client.id, Metric::Wellbeing, true, m_fixture->client.id));
        QTRY_COMPARE(requestCount(), before + 1);
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        std::lock_guard lock(m_hub->mutex);
        QCOMPARE(m_hub->requests.last().batch.audit.size(), 1);
        QCOMPARE(m_hub->requests.last().batch.sharing.size(), 1);
    }

    void sessionSyncsAfterUnlockAndOnSyncNow()
    {
        bind();
        const QString path = m_fixture->path;
        const QUuid client = m_fixture->client.id;
        m_fixture->store.reset(); // the session opens it
        StartupOptions options;
        options.storePath = path;
        options.person = client;
        SessionController session(*m_window, options);
        session.setSyncSetup([this](SyncController& sync) {
            sync.setExchange(fakeExchange());
            sync.setChangeDelay(std::chrono::hours(1));
        });
        session.start();
        QTRY_VERIFY(session.unlockDialog() && session.unlockDialog()->isVisible());
        QVERIFY(!m_window->syncAction()->isEnabled());
        auto* field = session.unlockDialog()->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QTest::keyClicks(field, test::FixturePassphrase);
        QTest::mouseClick(session.unlockDialog()->findChild<QPushButton*>(QStringLiteral("unlockButton")),
                          Qt::LeftButton);

        // Unlocking starts a sync by itself.
        QTRY_VERIFY(session.syncController() != nullptr);
        QTRY_COMPARE(session.syncController()->status().state, SyncStatus::State::Synced);
        QCOMPARE(requestCount(), 1);
        QVERIFY(m_window->syncAction()->isEnabled());
        QVERIFY(!indicator()->isHidden());
        test::saveShot(m_window.get(), QStringLiteral("sync-session"));

        // Sync Now (F5) asks again.
        m_window->syncAction()->trigger();
        QTRY_COMPARE(requestCount(), 2);
        QTRY_COMPARE(session.syncController()->status().state, SyncStatus::State::Synced);

        // Locking ends it: no indicator, no action.
        session.lock();
        QVERIFY(session.syncController() == nullptr);
        QVERIFY(indicator()->isHidden());
        QVERIFY(!m_window->syncAction()->isEnabled());
        m_window->showLocked();
    }

    void passwordIsAskedForAndKeptInMemory()
    {
        bind();
        m_hub->failure = Error {ErrorCode::PermissionDenied,
                                QStringLiteral("The hub refused the login: fe_sendauth: no password supplied")};
        auto sync = controller();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("RAPPORT_HUB_URL"),
                           QStringLiteral("postgresql://alex@hub.example.org/rapport"));
        sync->setEnvironment(environment);
        sync->start();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::PasswordNeeded);
        QCOMPARE(indicator()->text(), QStringLiteral("Sync needs the hub password"));
        QTRY_VERIFY(sync->passwordDialog() != nullptr);
        HubPasswordDialog* dialog = sync->passwordDialog();
        test::saveShot(dialog, QStringLiteral("sync-password"));
        QPointer<QLineEdit> field = dialog->findChild<QLineEdit*>(QStringLiteral("hubPasswordField"));
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, QStringLiteral("s3cret"));
        m_hub->failure.reset();
        dialog->findChild<QPushButton*>(QStringLiteral("hubPasswordSync"))->click();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QVERIFY(field.isNull() || field->text().isEmpty());
        std::lock_guard lock(m_hub->mutex);
        QCOMPARE(m_hub->requests.last().environment.value(QStringLiteral("PGPASSWORD")), QStringLiteral("s3cret"));
        QVERIFY(!m_hub->requests.first().environment.contains(QStringLiteral("PGPASSWORD")));
    }

    /** A sync controller for the bound store whose environment has no password, with `vault`. */
    std::unique_ptr<SyncController> controllerWith(test::FakeSecretVault& vault)
    {
        auto sync = controller();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("RAPPORT_HUB_URL"),
                           QStringLiteral("postgresql://alex@hub.example.org/rapport"));
        sync->setEnvironment(environment);
        sync->setSecretVault(&vault);
        return sync;
    }

    static QString keychainName()
    {
        return SecretNames::hubPassword(QStringLiteral("postgresql://alex@hub.example.org:5432/rapport"));
    }

    void rememberedPasswordIsUsedWithoutAsking()
    {
        bind();
        test::FakeSecretVault vault;
        vault.setEntry(keychainName(), QStringLiteral("from the keychain"));
        auto sync = controllerWith(vault);
        sync->start();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QVERIFY(sync->passwordDialog() == nullptr);
        QCOMPARE(vault.calls(), QStringList {QStringLiteral("read ") + keychainName()});
        std::lock_guard lock(m_hub->mutex);
        QCOMPARE(m_hub->requests.first().environment.value(QStringLiteral("PGPASSWORD")),
                 QStringLiteral("from the keychain"));
    }

    void pgpasswordWinsOverTheKeychain()
    {
        bind();
        test::FakeSecretVault vault;
        vault.setEntry(keychainName(), QStringLiteral("from the keychain"));
        auto sync = controllerWith(vault);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("from the environment"));
        sync->setEnvironment(environment);
        sync->start();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QVERIFY(vault.calls().isEmpty());
        std::lock_guard lock(m_hub->mutex);
        QCOMPARE(m_hub->requests.first().environment.value(QStringLiteral("PGPASSWORD")),
                 QStringLiteral("from the environment"));
    }

    void typedPasswordIsRememberedOnceAccepted()
    {
        bind();
        m_hub->failure = Error {ErrorCode::PermissionDenied,
                                QStringLiteral("The hub refused the login: fe_sendauth: no password supplied")};
        test::FakeSecretVault vault;
        auto sync = controllerWith(vault);
        sync->start();
        QTRY_VERIFY(sync->passwordDialog() != nullptr);
        HubPasswordDialog* dialog = sync->passwordDialog();
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("hubPasswordRemember"));
        QVERIFY(remember);
        QVERIFY(remember->isEnabled());
        QVERIFY(remember->isChecked()); // on by default where a keychain is
        test::saveShot(dialog, QStringLiteral("sync-password-keychain"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("hubPasswordField")), QStringLiteral("s3cret"));
        m_hub->failure.reset();
        dialog->findChild<QPushButton*>(QStringLiteral("hubPasswordSync"))->click();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QCOMPARE(vault.entry(keychainName()), QStringLiteral("s3cret"));
        QCOMPARE(vault.names(), QStringList {keychainName()});
    }

    void uncheckedPasswordIsNotRemembered()
    {
        bind();
        m_hub->failure = Error {ErrorCode::PermissionDenied,
                                QStringLiteral("The hub refused the login: fe_sendauth: no password supplied")};
        test::FakeSecretVault vault;
        auto sync = controllerWith(vault);
        sync->start();
        QTRY_VERIFY(sync->passwordDialog() != nullptr);
        HubPasswordDialog* dialog = sync->passwordDialog();
        dialog->findChild<QCheckBox*>(QStringLiteral("hubPasswordRemember"))->setChecked(false);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("hubPasswordField")), QStringLiteral("s3cret"));
        m_hub->failure.reset();
        dialog->findChild<QPushButton*>(QStringLiteral("hubPasswordSync"))->click();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QVERIFY(vault.names().isEmpty());
        QVERIFY(!vault.calls().contains(QStringLiteral("write ") + keychainName()));
    }

    void refusedRememberedPasswordIsForgotten()
    {
        bind();
        m_hub->failure = Error {ErrorCode::PermissionDenied,
                                QStringLiteral("The hub refused the login: FATAL: password authentication failed for "
                                               "user \"alex\"")};
        test::FakeSecretVault vault;
        vault.setEntry(keychainName(), QStringLiteral("changed since"));
        auto sync = controllerWith(vault);
        sync->start();
        QTRY_VERIFY(sync->passwordDialog() != nullptr);
        QVERIFY(!vault.contains(keychainName()));
        QVERIFY(vault.calls().contains(QStringLiteral("remove ") + keychainName()));
        auto* explanation = sync->passwordDialog()->findChild<QLabel*>(QStringLiteral("hubPasswordExplanation"));
        QVERIFY(explanation->text().contains(QStringLiteral("did not accept")));
        {
            std::lock_guard lock(m_hub->mutex);
            QCOMPARE(m_hub->requests.first().environment.value(QStringLiteral("PGPASSWORD")),
                     QStringLiteral("changed since"));
        }
        // The new one, accepted, is remembered in its place.
        HubPasswordDialog* dialog = sync->passwordDialog();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("hubPasswordField")), QStringLiteral("new one"));
        m_hub->failure.reset();
        dialog->findChild<QPushButton*>(QStringLiteral("hubPasswordSync"))->click();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QCOMPARE(vault.entry(keychainName()), QStringLiteral("new one"));
    }

    void withoutKeychainTheBoxIsOff()
    {
        bind();
        m_hub->failure = Error {ErrorCode::PermissionDenied,
                                QStringLiteral("The hub refused the login: fe_sendauth: no password supplied")};
        test::FakeSecretVault vault;
        vault.setAvailable(false);
        auto sync = controllerWith(vault);
        sync->start();
        QTRY_VERIFY(sync->passwordDialog() != nullptr);
        HubPasswordDialog* dialog = sync->passwordDialog();
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("hubPasswordRemember"));
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("hubPasswordWhere"))
                    ->text()
                    .contains(QStringLiteral("No system keychain")));
        test::saveShot(dialog, QStringLiteral("sync-password-no-keychain"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("hubPasswordField")), QStringLiteral("s3cret"));
        m_hub->failure.reset();
        dialog->findChild<QPushButton*>(QStringLiteral("hubPasswordSync"))->click();
        QTRY_COMPARE(sync->status().state, SyncStatus::State::Synced);
        QVERIFY(!vault.calls().contains(QStringLiteral("write ") + keychainName()));
    }
};

QTEST_MAIN(TestSyncIndicator)
#include "TestSyncIndicator.moc"
