// Erasing a person leaves nothing of theirs behind — not even their id in what Rapport remembered about reminding
// them — whether the client deletes their data in the GUI or an administrator runs `rapport-cli person remove`.

#include "../hub/HubTestSupport.h"
#include "ResultTesting.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "services/ClientReminders.h"
#include "services/PersonErasure.h"
#include "store/PersonRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {
const QString Passphrase = QStringLiteral("erasure passphrase");
const QString RemindersSetting = QStringLiteral("ui.clientReminders");
} // namespace

class TestPersonErasure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    std::unique_ptr<Store> newStore(const QString& name)
    {
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        auto store = Store::create(QDir(m_directory.path()).filePath(name), SecureBytes::fromUtf8(Passphrase), options);
        return store ? std::move(*store) : nullptr;
    }

    /** Two clients, both with something remembered about reminding them. */
    static std::pair<QUuid, QUuid> twoRemindedClients(Store& store)
    {
        auto ann = store.people().add(QStringLiteral("Ann Lee"), Role::Client);
        auto bob = store.people().add(QStringLiteral("Bob Ray"), Role::Client);
        if (!ann || !bob) {
            return {};
        }
        const QDateTime at(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        (void)ClientReminders(store, ann->id).setCheckInRemindedAt(at);
        (void)ClientReminders(store, ann->id).snoozeRequest(QUuid::createUuid(), at);
        (void)ClientReminders(store, bob->id).setCheckInRemindedAt(at);
        return {ann->id, bob->id};
    }

    static QString remembered(Store& store)
    {
        auto value = SettingsRepository(store).value(RemindersSetting);
        return value ? *value : QStringLiteral("error: ") + value.error().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_directory.isValid()); }

    void erasingForgetsTheReminders()
    {
        auto store = newStore(QStringLiteral("service.rapport"));
        QVERIFY(store);
        const auto [ann, bob] = twoRemindedClients(*store);
        QVERIFY(!ann.isNull() && !bob.isNull());
        QVERIFY(remembered(*store).contains(ann.toString(QUuid::WithoutBraces)));

        QVERIFY_RESULT(PersonErasure(*store).erase(ann));
        QVERIFY_ERROR(store->people().find(ann), ErrorCode::NotFound);
        QVERIFY2(!remembered(*store).contains(ann.toString(QUuid::WithoutBraces)), qPrintable(remembered(*store)));
        // Bob's stay.
        auto bobReminded = ClientReminders(*store, bob).checkInRemindedAt();
        QVERIFY_RESULT(bobReminded);
        QVERIFY(bobReminded->isValid());

        // Nobody to erase: NotFound, and nothing else changes.
        const QString before = remembered(*store);
        QVERIFY_ERROR(PersonErasure(*store).erase(QUuid::createUuid()), ErrorCode::NotFound);
        QCOMPARE(remembered(*store), before);
    }

    void cliPersonRemoveForgetsTheRemindersToo()
    {
        const QString path = QDir(m_directory.path()).filePath(QStringLiteral("cli.rapport"));
        QUuid ann;
        {
            auto store = newStore(QStringLiteral("cli.rapport"));
            QVERIFY(store);
            ann = twoRemindedClients(*store).first;
            QVERIFY(!ann.isNull());
        } // closed, so the CLI can open it
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), Passphrase);
        const auto run = test::runCli({QStringLiteral("--store"),
                                       path,
                                       QStringLiteral("person"),
                                       QStringLiteral("remove"),
                                       ann.toString(QUuid::WithoutBraces)},
                                      environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        auto store = Store::open(path, SecureBytes::fromUtf8(Passphrase));
        QVERIFY_RESULT(store);
        QVERIFY_ERROR((*store)->people().find(ann), ErrorCode::NotFound);
        QVERIFY2(!remembered(**store).contains(ann.toString(QUuid::WithoutBraces)), qPrintable(remembered(**store)));
    }
};

QTEST_GUILESS_MAIN(TestPersonErasure)
#include "TestPersonErasure.moc"
