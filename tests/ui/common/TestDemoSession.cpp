#include "ResultTesting.h"
#include "common/DemoSession.h"
#include "common/ScreenshotRunner.h"
#include "instruments/InstrumentRegistry.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestDemoSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoStoreIsFilledAndRemovedOnExit();
    void screenshotsOfEveryScreen();
};

void TestDemoSession::demoStoreIsFilledAndRemovedOnExit()
{
    auto registry = InstrumentRegistry::builtIn();
    QVERIFY_RESULT(registry);
    QString folder;
    {
        auto demo = DemoSession::create(*registry);
        QVERIFY_RESULT(demo);
        folder = QFileInfo((*demo)->storePath()).absolutePath();
        QVERIFY(QFileInfo::exists(folder));
        QVERIFY(!(*demo)->passphrase().isEmpty());
        std::unique_ptr<Store> store = (*demo)->takeStore();
        QVERIFY(store);
        auto client = store->people().find((*demo)->showcaseClient());
        QVERIFY_RESULT(client);
        QCOMPARE(client->role, Role::Client);
        auto clients = store->people().count(Role::Client);
        QVERIFY_RESULT(clients);
        QCOMPARE(*clients, qint64(40));
        store.reset(); // the store closes before its folder goes
    }
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
}

void TestDemoSession::screenshotsOfEveryScreen()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    ScreenshotRunner runner(out.path(), QString());
    auto written = runner.run();
    QVERIFY_RESULT(written);
    const QStringList expected = {
        QStringLiteral("dashboard"),
        QStringLiteral("dashboard-new-client"),
        QStringLiteral("dashboard-long-history"),
        QStringLiteral("sharing"),
        QStringLiteral("questionnaire-wellbeing-index"),
        QStringLiteral("questionnaire-professional-alliance"),
        QStringLiteral("unlock"),
        QStringLiteral("unlock-wrong-passphrase"),
        QStringLiteral("first-run-1-welcome"),
        QStringLiteral("first-run-2-passphrase"),
        QStringLiteral("first-run-3-name"),
    };
    for (const QString& name : expected) {
        const QString path = QDir(out.path()).filePath(name + QStringLiteral(".png"));
        QVERIFY2(written->contains(path), qPrintable(path));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY(image.width() >= 400);
    }
}

QTEST_MAIN(TestDemoSession)
#include "TestDemoSession.moc"
