#include "ResultTesting.h"
#include "StoreTestFixture.h"
#include "TestSupport.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PersonRepository.h"
#include "store/SettingsRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"
#include "store/StoreKeyFile.h"
#include "store/StoreTesting.h"
#include "store/SubmissionRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::fileHash;
using rapport::test::passphrase;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString storePath() const { return m_dir.filePath(QStringLiteral("rapport.db")); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile::remove(m_dir.filePath(name));
        }
    }

    void createsThenReopens()
    {
        QUuid id;
        {
            auto store = Store::create(storePath(), passphrase("correct horse"), fastOptions());
            QVERIFY_RESULT(store);
            QCOMPARE((*store)->schemaVersion(), Migrations::latestSchemaVersion());
            QVERIFY(!(*store)->cipherVersion().isEmpty());
            auto person = (*store)->people().add(QStringLiteral("Ada"), Role::Client, QStringLiteral("Finance"));
            QVERIFY_RESULT(person);
            id = person->id;
        }
        QVERIFY(QFile::exists(StoreKeyFile::pathFor(storePath())));
        auto store = Store::open(storePath(), passphrase("correct horse"), fastOptions());
        QVERIFY_RESULT(store);
        auto person = (*store)->people().find(id);
        QVERIFY_RESULT(person);
        QCOMPARE(person->name, QStringLiteral("Ada"));
        QCOMPARE(person->team, QStringLiteral("Finance"));
        QVERIFY_RESULT((*store)->checkIntegrity());
    }

    void createRefusesToOverwrite()
    {
        QVERIFY_RESULT(Store::create(storePath(), passphrase("one"), fastOptions()));
        QVERIFY_ERROR(Store::create(storePath(), passphrase("two"), fastOptions()), ErrorCode::AlreadyExists);
    }

    void openMissingStoreIsNotFound()
    {
        QVERIFY_ERROR(Store::open(storePath(), passphrase("x"), fastOptions()), ErrorCode::NotFound);
    }

    void wrongPassphraseChangesNothing()
    {
        {
            auto store = Store::create(storePath(), passphrase("right"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT((*store)->people().add(QStringLiteral("Bo"), Role::Client));
        }
        const QByteArray dbBefore = fileHash(storePath());
        const QByteArray keyBefore = fileHash(StoreKeyFile::pathFor(storePath()));
        QVERIFY_ERROR(Store::open(storePath(), passphrase("wrong"), fastOptions()), ErrorCode::WrongPassphrase);
        QVERIFY_ERROR(Store::open(storePath(), passphrase(""), fastOptions()), ErrorCode::WrongPassphrase);
        QCOMPARE(fileHash(storePath()), dbBefore);
        QCOMPARE(fileHash(StoreKeyFile::pathFor(storePath())), keyBefore);
        QVERIFY_RESULT(Store::open(storePath(), passphrase("right"), fastOptions()));
    }

    void damagedDatabaseIsCorruptNotWrongPassphrase()
    {
        {
            auto store = Store::create(storePath(), passphrase("right"), fastOptions());
            QVERIFY_RESULT(store);
        }
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write(QByteArray(64, '\x5a')); // page 1 holds the salt and the schema: now unreadable
        file.close();
        QVERIFY_ERROR(Store::open(storePath(), passphrase("right"), fastOptions()), ErrorCode::CorruptFile);
    }

    void foreignKeyFileIsRefused()
    {
        {
            QVERIFY_RESULT(Store::create(storePath(), passphrase("right"), fastOptions()));
        }
        QVERIFY_RESULT(
            writeFileAtomically(StoreKeyFile::pathFor(storePath()), QByteArrayLiteral("{\"format\":\"x\"}")));
        QVERIFY_ERROR(Store::open(storePath(), passphrase("right"), fastOptions()), ErrorCode::ForeignFile);
        QVERIFY_RESULT(writeFileAtomically(StoreKeyFile::pathFor(storePath()), QByteArrayLiteral("not json")));
        QVERIFY_ERROR(Store::open(storePath(), passphrase("right"), fastOptions()), ErrorCode::CorruptFile);
    }

    void roundTripsEveryEntity()
    {
        QDateTime now(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
        auto opened = Store::create(storePath(), passphrase("pw"), fastOptions(&now));
        QVERIFY_RESULT(opened);
        Store& store = **opened;

        auto client = store.people().add(QStringLiteral("  Clara  "), Role::Client, QStringLiteral("Sales"));
        auto pro = store.people().add(QStringLiteral("Dr Pim"), Role::Professional, QStringLiteral("ignored"));
        auto hr = store.people().add(QStringLiteral("Harriet"), Role::Hr);
        auto admin = store.people().add(QStringLiteral("Ari"), Role::Admin);
        QVERIFY_RESULT(client);
        QVERIFY_RESULT(pro);
        QVERIFY_RESULT(hr);
        QVERIFY_RESULT(admin);
        QCOMPARE(client->name, QStringLiteral("Clara"));
        QVERIFY(pro->team.isEmpty());
        QCOMPARE(client->createdAt, now);
        QVERIFY_ERROR(store.people().add(QStringLiteral("   "), Role::Client), ErrorCode::InvalidArgument);

        auto everyone = store.people().list();
        QVERIFY_RESULT(everyone);
        QCOMPARE(everyone->size(), 4);
        auto clients = store.people().list(Role::Client);
        QVERIFY_RESULT(clients);
        QCOMPARE(clients->size(), 1);
        QCOMPARE(clients->first(), *client);

        now = now.addSecs(60);
        auto renamed = store.people().rename(client->id, QStringLiteral("Clara B."));
        QVERIFY_RESULT(renamed);
        QCOMPARE(renamed->name, QStringLiteral("Clara B."));
        QCOMPARE(renamed->updatedAt, now);
        QCOMPARE(renamed->createdAt, client->createdAt);

        auto connection = store.connections().connect(client->id, pro->id, Connection::State::Accepted);
        QVERIFY_RESULT(connection);
        QVERIFY_ERROR(store.connections().connect(client->id, pro->id, Connection::State::Accepted),
                      ErrorCode::AlreadyExists);
        QVERIFY_ERROR(store.connections().connect(pro->id, client->id, Connection::State::Accepted),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(store.connections().connect(client->id, hr->id, Connection::State::Accepted),
                      ErrorCode::InvalidArgument);
        auto forPro = store.connections().forProfessional(pro->id);
        QVERIFY_RESULT(forPro);
        QCOMPARE(forPro->size(), 1);
        QCOMPARE(forPro->first(), *connection);

        Submission wellbeing;
        wellbeing.personId = client->id;
        wellbeing.instrumentId = QStringLiteral("wellbeing-index");
        wellbeing.answers = {3, 4, 5, 2, 1};
        wellbeing.score = 60;
        wellbeing.submittedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 30, 15, 250), QTimeZone::utc());
        auto storedWellbeing = store.submissions().add(wellbeing);
        QVERIFY_RESULT(storedWellbeing);
        Submission alliance;
        alliance.personId = client->id;
        alliance.instrumentId = QStringLiteral("professional-alliance");
        alliance.answers = {7, 6, 5, 6, 7};
        alliance.score = 6.2;
        alliance.professionalId = pro->id;
        alliance.submittedAt = wellbeing.submittedAt.addDays(1);
        auto storedAlliance = store.submissions().add(alliance);
        QVERIFY_RESULT(storedAlliance);

        auto all = store.submissions().forPerson(client->id);
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0), *storedWellbeing);
        QCOMPARE(all->at(1), *storedAlliance);
        QCOMPARE(all->at(0).answers, (QList<int> {3, 4, 5, 2, 1}));
        auto ofConnection
            = store.submissions().forConnection(client->id, pro->id, QStringLiteral("professional-alliance"));
        QVERIFY_RESULT(ofConnection);
        QCOMPARE(ofConnection->size(), 1);
        QCOMPARE(ofConnection->first().score, 6.2);

        auto sharing = store.sharing().state(client->id);
        QVERIFY_RESULT(sharing);
        QCOMPARE(*sharing, SharingState {});
        auto change = store.sharing().set(client->id, Metric::Alliance, true, client->id);
        QVERIFY_RESULT(change);
        QVERIFY(change->has_value());
        auto unchanged = store.sharing().set(client->id, Metric::Alliance, true, client->id);
        QVERIFY_RESULT(unchanged);
        QVERIFY(!unchanged->has_value());
        QVERIFY_ERROR(store.sharing().set(client->id, Metric::Wellbeing, true, pro->id), ErrorCode::PermissionDenied);
        auto log = store.sharing().log(client->id);
        QVERIFY_RESULT(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first(), **change);

        auto request = store.shareRequests().add(pro->id, client->id, Metric::Wellbeing);
        QVERIFY_RESULT(request);
        QVERIFY_ERROR(store.shareRequests().add(pro->id, client->id, Metric::Wellbeing), ErrorCode::AlreadyExists);
        QVERIFY_ERROR(store.shareRequests().add(pro->id, client->id, Metric::Alliance), ErrorCode::InvalidArgument);
        QVERIFY_ERROR(store.shareRequests().answer(request->id, true, pro->id), ErrorCode::PermissionDenied);
        auto pending = store.shareRequests().forClient(client->id, true);
        QVERIFY_RESULT(pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first(), *request);
        auto answered = store.shareRequests().answer(request->id, true, client->id);
        QVERIFY_RESULT(answered);
        QCOMPARE(answered->status, ShareRequest::Status::Accepted);
        QVERIFY_ERROR(store.shareRequests().answer(request->id, false, client->id), ErrorCode::InvalidArgument);
        auto afterAccept = store.sharing().state(client->id);
        QVERIFY_RESULT(afterAccept);
        QVERIFY(afterAccept->wellbeing);
        auto logAfter = store.sharing().log(client->id);
        QVERIFY_RESULT(logAfter);
        QCOMPARE(logAfter->size(), 2);

        QVERIFY_RESULT(store.settings().setValue(QStringLiteral("wellbeing.intervalDays"), QStringLiteral("21")));
        auto setting = store.settings().value(QStringLiteral("wellbeing.intervalDays"));
        QVERIFY_RESULT(setting);
        QCOMPARE(*setting, QStringLiteral("21"));
        auto fallback = store.settings().value(QStringLiteral("missing"), QStringLiteral("14"));
        QVERIFY_RESULT(fallback);
        QCOMPARE(*fallback, QStringLiteral("14"));

        // Erasing the client takes everything of theirs with them.
        QVERIFY_RESULT(store.people().erase(client->id));
        auto gone = store.submissions().forPerson(client->id);
        QVERIFY_RESULT(gone);
        QVERIFY(gone->isEmpty());
        auto noLog = store.sharing().log(client->id);
        QVERIFY_RESULT(noLog);
        QVERIFY(noLog->isEmpty());
        auto noConnections = store.connections().forProfessional(pro->id);
        QVERIFY_RESULT(noConnections);
        QVERIFY(noConnections->isEmpty());
    }

    void notifiesAfterEachWriteWithWhatChanged()
    {
        auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        QSignalSpy spy(store->get(), &Store::changed);
        auto client = (*store)->people().add(QStringLiteral("Eve"), Role::Client);
        QVERIFY_RESULT(client);
        QCOMPARE(spy.count(), 1);
        auto change = spy.takeFirst().at(0).value<StoreChange>();
        QCOMPARE(change, StoreChange(StoreChange::Kind::People, {client->id}));
        QVERIFY(!change.concerns(QUuid::createUuid()));

        QVERIFY_RESULT((*store)->sharing().set(client->id, Metric::Alliance, true, client->id));
        QCOMPARE(spy.count(), 1);
        change = spy.takeFirst().at(0).value<StoreChange>();
        QVERIFY(change.touches(StoreChange::Kind::Sharing, client->id));
        QVERIFY(!change.touches(StoreChange::Kind::Submissions | StoreChange::Kind::People));

        // Switching it on again changes nothing, so nothing is reported.
        QVERIFY_RESULT((*store)->sharing().set(client->id, Metric::Alliance, true, client->id));
        QCOMPARE(spy.count(), 0);

        auto pro = (*store)->people().add(QStringLiteral("Dr Lee"), Role::Professional);
        QVERIFY_RESULT(pro);
        spy.clear();
        QVERIFY_RESULT((*store)->connections().connect(client->id, pro->id, Connection::State::Accepted));
        change = spy.takeFirst().at(0).value<StoreChange>();
        QCOMPARE(change, StoreChange(StoreChange::Kind::Connections, {client->id, pro->id}));

        QVERIFY_RESULT((*store)->settings().setValue(QStringLiteral("ui.test"), QStringLiteral("1")));
        change = spy.takeFirst().at(0).value<StoreChange>();
        QVERIFY(change.touches(StoreChange::Kind::Settings));
        QVERIFY(!change.concerns(client->id));
    }

    void transactionReportsOnceAfterCommitAndNothingOnRollback()
    {
        auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        Store& s = **store;
        QSignalSpy spy(&s, &Store::changed);
        QUuid eve;
        QUuid lee;
        int seenInside = -1;
        QVERIFY_RESULT(s.transaction([&]() -> Result<void> {
            auto client = s.people().add(QStringLiteral("Eve"), Role::Client);
            if (!client) {
                return tl::unexpected(client.error());
            }
            eve = client->id;
            // A nested transaction joins the outer one and reports with it.
            return s.transaction([&]() -> Result<void> {
                auto pro = s.people().add(QStringLiteral("Dr Lee"), Role::Professional);
                if (!pro) {
                    return tl::unexpected(pro.error());
                }
                lee = pro->id;
                seenInside = static_cast<int>(spy.count());
                return {};
            });
        }));
        QCOMPARE(seenInside, 0); // nothing is reported before the commit
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<StoreChange>(), StoreChange(StoreChange::Kind::People, {eve, lee}));

        auto failed = s.transaction([&]() -> Result<void> {
            auto added = s.people().add(QStringLiteral("Mallory"), Role::Client);
            if (!added) {
                return tl::unexpected(added.error());
            }
            return fail(ErrorCode::InvalidArgument, QStringLiteral("changed my mind"));
        });
        QVERIFY_ERROR(failed, ErrorCode::InvalidArgument);
        QCOMPARE(spy.count(), 0);
        auto people = s.people().list();
        QVERIFY_RESULT(people);
        QCOMPARE(people->size(), 2); // Mallory was rolled back
    }

    void bulkLoadIsOneTransactionAndRefusedInsideAnother()
    {
        auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        Store& s = **store;
        QSignalSpy spy(&s, &Store::changed);
        QUuid client;
        QVERIFY_RESULT(s.bulkLoad([&]() -> Result<void> {
            auto added = s.people().add(QStringLiteral("Eve"), Role::Client, QStringLiteral("Ops"));
            if (!added) {
                return tl::unexpected(added.error());
            }
            client = added->id;
            for (int i = 0; i < 3; ++i) {
                Submission submission;
                submission.personId = client;
                submission.instrumentId = QStringLiteral("wellbeing-index");
                submission.answers = {3, 3, 3, 3, 3};
                submission.score = 60;
                auto done = s.submissions().add(submission);
                if (!done) {
                    return tl::unexpected(done.error());
                }
            }
            return {};
        }));
        QCOMPARE(spy.count(), 1);
        const auto change = spy.takeFirst().at(0).value<StoreChange>();
        QVERIFY(change.touches(StoreChange::Kind::People | StoreChange::Kind::Submissions, client));
        auto submissions = s.submissions().forPerson(client);
        QVERIFY_RESULT(submissions);
        QCOMPARE(submissions->size(), 3);

        auto nested = s.transaction([&]() -> Result<void> { return s.bulkLoad([] { return Result<void>(); }); });
        QVERIFY_ERROR(nested, ErrorCode::Internal);

        // A failing bulk load leaves nothing behind and reports nothing.
        auto failed = s.bulkLoad([&]() -> Result<void> {
            auto added = s.people().add(QStringLiteral("Mallory"), Role::Client);
            if (!added) {
                return tl::unexpected(added.error());
            }
            return fail(ErrorCode::InvalidArgument, QStringLiteral("stop"));
        });
        QVERIFY_ERROR(failed, ErrorCode::InvalidArgument);
        QCOMPARE(spy.count(), 0);
        auto people = s.people().list();
        QVERIFY_RESULT(people);
        QCOMPARE(people->size(), 1);
    }

    void storeFilesHoldNoPlaintext()
    {
        const QString name = QStringLiteral("Zebulon Quixotic-Wainwright");
        const QString team = QStringLiteral("Xylophone Tuning Department");
        {
            auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            auto client = (*store)->people().add(name, Role::Client, team);
            QVERIFY_RESULT(client);
            for (int i = 0; i < 50; ++i) {
                Submission submission;
                submission.personId = client->id;
                submission.instrumentId = QStringLiteral("wellbeing-index");
                submission.answers = {5, 4, 3, 2, 1};
                submission.score = 60;
                QVERIFY_RESULT((*store)->submissions().add(submission));
            }
            // While open, the WAL holds the recent pages: it must be encrypted too.
            const QByteArray wal = rapport::test::readAll(storePath() + QStringLiteral("-wal"));
            QVERIFY(!wal.isEmpty());
            for (const QByteArray& needle : {name.toUtf8(),
                                             team.toUtf8(),
                                             QByteArrayLiteral("5,4,3,2,1"),
                                             QByteArrayLiteral("wellbeing-index"),
                                             QByteArrayLiteral("CREATE TABLE")}) {
                QVERIFY2(!wal.contains(needle), needle.constData());
            }
        }
        const QByteArray db = rapport::test::readAll(storePath());
        QVERIFY(db.size() > 4096);
        const QByteArray keyFile = rapport::test::readAll(StoreKeyFile::pathFor(storePath()));
        for (const QByteArray& needle : {name.toUtf8(),
                                         name.toUtf8().toLower(),
                                         team.toUtf8(),
                                         QByteArrayLiteral("5,4,3,2,1"),
                                         QByteArrayLiteral("wellbeing-index"),
                                         QByteArrayLiteral("SQLite format 3"),
                                         QByteArrayLiteral("CREATE TABLE")}) {
            QVERIFY2(!db.contains(needle), needle.constData());
            QVERIFY2(!keyFile.contains(needle), needle.constData());
        }
        QByteArray utf16(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
        QVERIFY(!db.contains(utf16));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        {
            auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT(StoreTesting::database(**store).exec(QStringLiteral("PRAGMA user_version = 999;")));
        }
        const QByteArray before = fileHash(storePath());
        QVERIFY_ERROR(Store::open(storePath(), passphrase("pw"), fastOptions()), ErrorCode::NewerSchema);
        QCOMPARE(fileHash(storePath()), before);
    }

    void migratesFromAnEmptyDatabase()
    {
        auto db = Database::open(storePath(), Database::OpenMode::ReadWriteCreate);
        QVERIFY_RESULT(db);
        QVERIFY_RESULT((*db)->key(SecureBytes::random(32), CipherPageSize::Default));
        auto before = Migrations::schemaVersion(**db);
        QVERIFY_RESULT(before);
        QCOMPARE(*before, 0);
        QVERIFY_RESULT(Migrations::migrate(**db));
        auto after = Migrations::schemaVersion(**db);
        QVERIFY_RESULT(after);
        QCOMPARE(*after, Migrations::latestSchemaVersion());
        auto tables = (*db)->queryInteger(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        QVERIFY_RESULT(tables);
        // 7 of version 1, two for hub sync (version 3), four HR summaries (version 4), the connection answers (7),
        // the published HR snapshots (8), the interventions, their teams and their
        // frozen panels
        QCOMPARE(*tables, 18);
        // Running it again is a no-op.
        QVERIFY_RESULT(Migrations::migrate(**db));
    }

    void migratesAVersionOneStoreKeepingItsData()
    {
        QUuid id;
        QUuid professionalId;
        {
            auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            auto person = (*store)->people().add(QStringLiteral("From v1"), Role::Client);
            QVERIFY_RESULT(person);
            id = person->id;
            auto professional = (*store)->people().add(QStringLiteral("Their therapist"), Role::Professional);
            QVERIFY_RESULT(professional);
            professionalId = professional->id;
            QVERIFY_RESULT((*store)->connections().connect(id, professionalId, Connection::State::Pending));
            // Turn it back into exactly what schema version 1 created.
            QVERIFY_RESULT(StoreTesting::database(**store).exec(QStringLiteral(
                "DROP TRIGGER submissions_hr_insert; DROP TRIGGER submissions_hr_delete; "
                "DROP TRIGGER submissions_hr_update; DROP TABLE hr_person_stats; "
                "DROP TABLE hr_person_months; DROP TABLE hr_months; "
                "DROP TABLE hr_latest_by_professional; DROP TABLE hub_binding; DROP TABLE hub_pushed; "
                "DROP INDEX people_for_hr; DROP TABLE connection_decisions; DROP TABLE hr_snapshots; "
                "DROP TABLE hr_intervention_teams; DROP TABLE hr_interventions; DROP TABLE hr_intervention_panels; "
                // Version 7 added two columns, which SQLite 3.15 cannot drop: rebuild the table.
                "CREATE TABLE connections_v1 (id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL "
                "REFERENCES people (id) ON DELETE CASCADE, professional_id TEXT NOT NULL REFERENCES "
                "people (id) ON DELETE CASCADE, created_at INTEGER NOT NULL, updated_at INTEGER NOT "
                "NULL, UNIQUE (client_id, professional_id)); "
                "INSERT INTO connections_v1 SELECT id, client_id, professional_id, created_at, "
                "updated_at FROM connections; "
                "DROP TABLE connections; ALTER TABLE connections_v1 RENAME TO connections; "
                "CREATE INDEX connections_by_professional ON connections (professional_id); "
                "CREATE INDEX submissions_by_instrument ON submissions (instrument_id, person_id, "
                "submitted_at); PRAGMA user_version = 1;")));
        }
        auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        QCOMPARE((*store)->schemaVersion(), Migrations::latestSchemaVersion());
        auto version = Migrations::schemaVersion(StoreTesting::database(**store));
        QVERIFY_RESULT(version);
        QCOMPARE(*version, Migrations::latestSchemaVersion());
        // Version 2 added the covering index and version 5 dropped it with version 1's by-instrument index: the
        // submissions keep only the index every remaining query uses.
        auto indexes = StoreTesting::database(**store).queryText(
            QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = 'submissions' AND name NOT LIKE 'sqlite_autoindex_%' ORDER BY name)"));
        QVERIFY_RESULT(indexes);
        QCOMPARE(*indexes, QStringLiteral("submissions_by_person"));
        auto peopleIndex = StoreTesting::database(**store).queryInteger(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'people_for_hr'"));
        QVERIFY_RESULT(peopleIndex);
        QCOMPARE(*peopleIndex, 1);
        auto summaries = StoreTesting::database(**store).queryInteger(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'submissions_hr_%'"));
        QVERIFY_RESULT(summaries);
        QCOMPARE(*summaries, 3);
        QVERIFY_RESULT((*store)->people().find(id));
        // A connection from before version 7 was made under the old rules and is in use: it stays accepted.
        auto connection = (*store)->connections().find(id, professionalId);
        QVERIFY_RESULT(connection);
        QVERIFY(connection->has_value());
        QCOMPARE((*connection)->state, Connection::State::Accepted);
    }

    void auditLogIsAppendOnly()
    {
        auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        auto client = (*store)->people().add(QStringLiteral("Fay"), Role::Client);
        QVERIFY_RESULT(client);
        QVERIFY_RESULT((*store)->sharing().set(client->id, Metric::Alliance, true, client->id));
        QVERIFY(!StoreTesting::database(**store).exec(QStringLiteral("UPDATE sharing_audit SET new_value = 0;")));
        // So is the log of the client's answers to connections.
        auto professional = (*store)->people().add(QStringLiteral("Gil"), Role::Professional);
        QVERIFY_RESULT(professional);
        auto connection = (*store)->connections().connect(client->id, professional->id, Connection::State::Pending);
        QVERIFY_RESULT(connection);
        auto decided = (*store)->connections().decide(connection->id, client->id, true);
        QVERIFY_RESULT(decided);
        QVERIFY(decided->has_value());
        QVERIFY(!StoreTesting::database(**store).exec(
            QStringLiteral("UPDATE connection_decisions SET decision = 'declined';")));
        auto log = (*store)->connections().decisions(client->id);
        QVERIFY_RESULT(log);
        QCOMPARE(log->size(), 1);
        QVERIFY(log->first().accepted);
        // Erasing the client takes the log with them.
        QVERIFY_RESULT((*store)->people().erase(client->id));
        auto left
            = StoreTesting::database(**store).queryInteger(QStringLiteral("SELECT count(*) FROM connection_decisions"));
        QVERIFY_RESULT(left);
        QCOMPARE(*left, 0);
    }

    void secondProcessIsRefused()
    {
        auto first = Store::create(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(first);
        QVERIFY_ERROR(Store::open(storePath(), passphrase("pw"), fastOptions()), ErrorCode::Busy);
        first->reset();
        QVERIFY_RESULT(Store::open(storePath(), passphrase("pw"), fastOptions()));
    }

    void anotherProcessIsRefusedWhileOpen()
    {
        auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        auto client = (*store)->people().add(QStringLiteral("Jo"), Role::Client);
        QVERIFY_RESULT(client);
        QProcess other;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("pw"));
        other.setProcessEnvironment(environment);
        other.start(QStringLiteral(STORE_WRITER_HELPER), {storePath(), client->id.toString(QUuid::WithoutBraces)});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 1);
        QVERIFY(QString::fromUtf8(other.readAllStandardError()).contains(QStringLiteral("already open")));
        auto submissions = (*store)->submissions().forPerson(client->id);
        QVERIFY_RESULT(submissions);
        QVERIFY(submissions->isEmpty());
    }

    void changesPassphrase()
    {
        QUuid id;
        {
            auto store = Store::create(storePath(), passphrase("old secret"), fastOptions());
            QVERIFY_RESULT(store);
            auto person = (*store)->people().add(QStringLiteral("Gil"), Role::Client);
            QVERIFY_RESULT(person);
            id = person->id;
            QVERIFY_RESULT((*store)->changePassphrase(passphrase("new secret"), KdfParameters::minimal()));
            // The session goes on with the new key.
            QVERIFY_RESULT((*store)->people().add(QStringLiteral("Hal"), Role::Client));
            QVERIFY_RESULT((*store)->verifyPassphrase(passphrase("new secret")));
            QVERIFY_ERROR((*store)->verifyPassphrase(passphrase("old secret")), ErrorCode::WrongPassphrase);
        }
        QVERIFY(!QFile::exists(storePath() + QStringLiteral(".rekey")));
        QVERIFY_ERROR(Store::open(storePath(), passphrase("old secret"), fastOptions()), ErrorCode::WrongPassphrase);
        auto store = Store::open(storePath(), passphrase("new secret"), fastOptions());
        QVERIFY_RESULT(store);
        QVERIFY_RESULT((*store)->people().find(id));
        auto count = (*store)->people().count();
        QVERIFY_RESULT(count);
        QCOMPARE(*count, 2);
        QVERIFY_RESULT((*store)->checkIntegrity());
        QCOMPARE((*store)->schemaVersion(), Migrations::latestSchemaVersion());
    }

    void everyNewKeyGetsItsOwnSalt()
    {
        const KdfParameters reused = KdfParameters::minimal();
        StoreOptions options = fastOptions();
        options.kdf = reused;
        auto store = Store::create(storePath(), passphrase("a"), options);
        QVERIFY_RESULT(store);
        const QByteArray first = (*store)->kdfParameters().salt;
        QVERIFY(first != reused.salt);
        QVERIFY_RESULT((*store)->changePassphrase(passphrase("b"), reused));
        QVERIFY((*store)->kdfParameters().salt != first);
        QVERIFY((*store)->kdfParameters().salt != reused.salt);
    }

    void changesPassphraseOfAReopenedStore()
    {
        {
            QVERIFY_RESULT(Store::create(storePath(), passphrase("first"), fastOptions()));
        }
        {
            auto store = Store::open(storePath(), passphrase("first"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT((*store)->changePassphrase(passphrase("second"), KdfParameters::minimal()));
        }
        QVERIFY_RESULT(Store::open(storePath(), passphrase("second"), fastOptions()));
    }

    void interruptedPassphraseChangeBeforeTheSwapKeepsTheOldPassphrase()
    {
        {
            QVERIFY_RESULT(Store::create(storePath(), passphrase("old"), fastOptions()));
        }
        // State after step 2 of a change: the key file names a pending key the database never got.
        auto keyFile = StoreKeyFile::load(StoreKeyFile::pathFor(storePath()));
        QVERIFY_RESULT(keyFile);
        const KdfParameters pendingKdf = KdfParameters::minimal();
        auto pendingKey = deriveKey(passphrase("new"), pendingKdf);
        QVERIFY_RESULT(pendingKey);
        keyFile->pending = StoreKeyFile::KeySlot {
            pendingKdf, keyCheckValue(*pendingKey, StoreKeyFile::keyCheckLabel()), CipherPageSize::Default};
        QVERIFY_RESULT(keyFile->save(StoreKeyFile::pathFor(storePath())));
        QVERIFY_RESULT(writeFileAtomically(storePath() + QStringLiteral(".rekey"), QByteArrayLiteral("partial")));

        QVERIFY_ERROR(Store::open(storePath(), passphrase("new"), fastOptions()), ErrorCode::WrongPassphrase);
        {
            auto store = Store::open(storePath(), passphrase("old"), fastOptions());
            QVERIFY_RESULT(store);
        }
        auto settled = StoreKeyFile::load(StoreKeyFile::pathFor(storePath()));
        QVERIFY_RESULT(settled);
        QVERIFY(!settled->pending.has_value());
        QVERIFY(!QFile::exists(storePath() + QStringLiteral(".rekey")));
    }

    void interruptedPassphraseChangeAfterTheSwapOpensWithTheNewPassphrase()
    {
        StoreKeyFile oldKeyFile;
        {
            auto store = Store::create(storePath(), passphrase("old"), fastOptions());
            QVERIFY_RESULT(store);
            auto loaded = StoreKeyFile::load(StoreKeyFile::pathFor(storePath()));
            QVERIFY_RESULT(loaded);
            oldKeyFile = *loaded;
            QVERIFY_RESULT((*store)->changePassphrase(passphrase("new"), KdfParameters::minimal()));
        }
        // State after step 3: the database is under the new key but the key file was not settled.
        auto newKeyFile = StoreKeyFile::load(StoreKeyFile::pathFor(storePath()));
        QVERIFY_RESULT(newKeyFile);
        StoreKeyFile interrupted;
        interrupted.current = oldKeyFile.current;
        interrupted.pending = newKeyFile->current;
        QVERIFY_RESULT(interrupted.save(StoreKeyFile::pathFor(storePath())));

        QVERIFY_ERROR(Store::open(storePath(), passphrase("old"), fastOptions()), ErrorCode::CorruptFile);
        {
            auto store = Store::open(storePath(), passphrase("new"), fastOptions());
            QVERIFY_RESULT(store);
        }
        auto settled = StoreKeyFile::load(StoreKeyFile::pathFor(storePath()));
        QVERIFY_RESULT(settled);
        QVERIFY(!settled->pending.has_value());
        QCOMPARE(settled->current.kdf, newKeyFile->current.kdf);
    }

    void killedWriterLosesNoCommittedRow()
    {
        // A writer process is killed (SIGKILL on Unix) at pseudo-random points until it has committed at least 200
        // submissions across its lives; every submission it reported as committed must be in the store, and the
        // store must pass its integrity check after each kill. Fixed seed: the same kill points every run (in
        // rows committed; the moment within a write still varies with the machine, which is the point).
        QUuid clientId;
        {
            auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            auto client = (*store)->people().add(QStringLiteral("Ivo"), Role::Client);
            QVERIFY_RESULT(client);
            clientId = client->id;
        }
        QRandomGenerator random(20261123);
        QStringList committed;
        for (int round = 0; round < 60 && committed.size() < 200; ++round) {
            QProcess writer;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("pw"));
            writer.setProcessEnvironment(environment);
            writer.start(QStringLiteral(STORE_WRITER_HELPER), {storePath(), clientId.toString(QUuid::WithoutBraces)});
            QVERIFY(writer.waitForStarted());
            const int target = 1 + static_cast<int>(random.bounded(30));
            QByteArray output;
            while (output.count('\n') < target && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(30000);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(output.count('\n') >= target, writer.readAllStandardError().constData());
            QThread::usleep(random.bounded(3000)); // land somewhere inside the next write
            writer.kill();
            QVERIFY(writer.waitForFinished());
            output += writer.readAllStandardOutput();
            for (const QByteArray& line : output.split('\n')) {
                if (!line.isEmpty()) {
                    committed.append(QString::fromLatin1(line));
                }
            }
            auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT((*store)->checkIntegrity());
        }
        auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        QVERIFY_RESULT((*store)->checkIntegrity());
        auto submissions = (*store)->submissions().forPerson(clientId);
        QVERIFY_RESULT(submissions);
        QSet<QString> stored;
        for (const Submission& submission : std::as_const(*submissions)) {
            stored.insert(submission.id.toString(QUuid::WithoutBraces));
        }
        QVERIFY(committed.size() >= 200);
        for (const QString& id : std::as_const(committed)) {
            QVERIFY2(stored.contains(id), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
