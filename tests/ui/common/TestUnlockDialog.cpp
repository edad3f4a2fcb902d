#include "../ShotSaver.h"
#include "../UiTestFixture.h"
#include "ResultTesting.h"
#include "common/UnlockDialog.h"
#include "crypto/KeyDerivation.h"
#include "store/Store.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace rapport;
using namespace rapport::ui;

/**
 * The unlock dialog derives the key off the GUI thread: the event loop keeps turning (timers fire, the dialog
 * repaints and says it is working), the opened store arrives on the GUI thread, and cancelling while the key is
 * derived unlocks nothing.
 */
class TestUnlockDialog : public QObject
{
    Q_OBJECT

private:
    static void typeAndClick(UnlockDialog& dialog, const QString& passphrase)
    {
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), passphrase);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    /** An opener that takes as long as a slow derivation: the GUI thread keeps running timers meanwhile. */
    void eventLoopTurnsWhileTheKeyIsDerived()
    {
        std::atomic<bool> release {false};
        std::atomic<bool> ranOnGuiThread {true};
        QThread* gui = QThread::currentThread();
        UnlockDialog dialog(QStringLiteral("/nowhere/rapport.db"),
                            [&](const SecureBytes&) -> Result<std::unique_ptr<Store>> {
                                ranOnGuiThread = QThread::currentThread() == gui;
                                // Blocks until the test has seen the loop turn: no timing assumption at all.
                                while (!release) {
                                    QThread::msleep(5);
                                }
                                return fail(ErrorCode::WrongPassphrase, QString());
                            });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &UnlockDialog::attemptFinished);
        typeAndClick(dialog, QStringLiteral("whatever it is"));

        // The worker is blocked, yet timers on the GUI thread fire and the dialog shows that it is working.
        QVERIFY(dialog.isUnlocking());
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        QTRY_VERIFY(ticks >= 10);
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("workingProgress"))->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("workingLabel"))->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"))->isEnabled());
        QCOMPARE(finished.count(), 0);
        test::saveShot(&dialog, QStringLiteral("unlock-working"));

        release = true;
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!ranOnGuiThread);
        QVERIFY(!dialog.isUnlocking());
        QCOMPARE(finished.first().first().toBool(), false);
        // A wrong passphrase: said plainly, the field back for another try.
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->isEnabled());
        QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("workingProgress"))->isVisible());
        QVERIFY(dialog.isVisible());
    }

    /** A real store at the default key-derivation cost: it opens, and lives on the GUI thread afterwards. */
    void opensARealStoreOnTheGuiThread()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("real.rapport"));
        StoreOptions options;
        options.kdf = KdfParameters::defaults();
        {
            auto created = Store::create(path, SecureBytes::fromUtf8(test::FixturePassphrase), options);
            QVERIFY_RESULT(created);
        }
        UnlockDialog dialog(path, [path](const SecureBytes& passphrase) { return Store::open(path, passphrase); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(1);
        typeAndClick(dialog, test::FixturePassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(accepted.count() == 1, 60000);
        ticker.stop();
        // The derivation took a while at this cost; the GUI thread ran timers through it (no speed asserted: just
        // that the loop turned at all while the worker derived).
        QVERIFY(ticks > 0);
        std::unique_ptr<Store> store = dialog.takeStore();
        QVERIFY(store);
        QCOMPARE(store->thread(), QThread::currentThread());
        QVERIFY_RESULT(store->people().list());
    }

    /** Cancel while the key is derived: the store that opens meanwhile is closed again, nothing is accepted. */
    void cancellingWhileDerivingUnlocksNothing()
    {
        test::ClientFixture fixture;
        QVERIFY(fixture.setUp(false));
        const QString path = fixture.path;
        fixture.store.reset();
        std::atomic<bool> release {false};
        auto dialog = std::make_unique<UnlockDialog>(path, [&release, path](const SecureBytes& passphrase) {
            while (!release) {
                QThread::msleep(5);
            }
            return Store::open(path, passphrase);
        });
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        QSignalSpy finished(dialog.get(), &UnlockDialog::attemptFinished);
        typeAndClick(*dialog, test::FixturePassphrase);
        QVERIFY(dialog->isUnlocking());
        dialog->reject();
        release = true;
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog->takeStore());
        dialog.reset();
        // The store was closed with the attempt: it opens again at once (no lock left behind).
        QVERIFY_RESULT(Store::open(path, SecureBytes::fromUtf8(test::FixturePassphrase)));
    }

    /** Closing the dialog while the worker runs waits for it instead of crashing. */
    void destroyedWhileDerivingWaits()
    {
        std::atomic<bool> entered {false};
        auto dialog = std::make_unique<UnlockDialog>(QStringLiteral("/nowhere/rapport.db"),
                                                     [&entered](const SecureBytes&) -> Result<std::unique_ptr<Store>> {
                                                         entered = true;
                                                         QThread::msleep(200);
                                                         return fail(ErrorCode::WrongPassphrase, QString());
                                                     });
        dialog->show();
        typeAndClick(*dialog, QStringLiteral("anything"));
        QTRY_VERIFY(entered);
        dialog.reset();
    }
};

QTEST_MAIN(TestUnlockDialog)
#include "TestUnlockDialog.moc"
