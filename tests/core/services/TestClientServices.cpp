// The use cases behind the client's screens and the administrator's, tested below the widgets: what each does in
// one transaction, and what each refuses.

#include "../store/StoreTestFixture.h"
#include "ResultTesting.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "services/AdminOperations.h"
#include "services/ClientProfessionals.h"
#include "services/ClientRequests.h"
#include "services/PersonDirectory.h"
#include "services/Preferences.h"
#include "services/ProfessionalRequests.h"
#include "services/QuestionnaireService.h"
#include "services/SharingChoices.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestClientServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Person m_client;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        const QString path = m_dir.filePath(QStringLiteral("services.rapport"));
        removeDatabaseFiles(path);
        QFile::remove(path + QStringLiteral(".key.json"));
        auto store = Store::create(path, test::passphrase("pw"), test::fastOptions());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        auto client
            = AdminOperations(*m_store).addPerson(QStringLiteral("Ann Lee"), Role::Client, QStringLiteral("Ops"));
        QVERIFY_RESULT(client);
        m_client = *client;
    }

    void cleanup() { m_store.reset(); }

    /** Adding a professional creates them and the client's own (accepted) connection, or nothing at all. */
    void addingAProfessionalIsOneTransaction()
    {
        ClientProfessionals professionals(*m_store);
        auto added = professionals.add(m_client.id, QStringLiteral("Dr Kim"));
        QVERIFY_RESULT(added);
        QCOMPARE(added->role, Role::Professional);
        auto connection = m_store->connections().find(m_client.id, added->id);
        QVERIFY_RESULT(connection);
        QVERIFY(connection->has_value());
        QVERIFY((*connection)->isAccepted());

        // A blank name, or a "client" that is no client: refused, and no professional is left behind.
        auto before = PersonDirectory(*m_store).count(Role::Professional);
        QVERIFY_RESULT(before);
        QVERIFY(!professionals.add(m_client.id, QStringLiteral("   ")));
        auto hr = AdminOperations(*m_store).addPerson(QStringLiteral("HR"), Role::Hr);
        QVERIFY_RESULT(hr);
        QVERIFY_ERROR(professionals.add(hr->id, QStringLiteral("Dr Orphan")), ErrorCode::InvalidArgument);
        auto after = PersonDirectory(*m_store).count(Role::Professional);
        QVERIFY_RESULT(after);
        QCOMPARE(*after, *before);
    }

    /** A client renames and removes only their own professionals. */
    void renameAndRemoveOnlyYourOwn()
    {
        ClientProfessionals professionals(*m_store);
        auto mine = professionals.add(m_client.id, QStringLiteral("Dr Kim"));
        QVERIFY_RESULT(mine);
        auto other = AdminOperations(*m_store).addPerson(QStringLiteral("Dr Someone"), Role::Professional);
        QVERIFY_RESULT(other);
        QVERIFY_ERROR(professionals.rename(m_client.id, other->id, QStringLiteral("Hijacked")), ErrorCode::NotFound);
        auto renamed = professionals.rename(m_client.id, mine->id, QStringLiteral("Dr Kim Lee"));
        QVERIFY_RESULT(renamed);
        QCOMPARE(renamed->name, QStringLiteral("Dr Kim Lee"));
        QVERIFY_ERROR(professionals.remove(m_client.id, other->id), ErrorCode::NotFound);
        QVERIFY_RESULT(professionals.remove(m_client.id, mine->id));
    }

    /** An administrator's connection waits for the client; until then the professional cannot ask to share. */
    void administratorsConnectionsArePending()
    {
        auto professional = AdminOperations(*m_store).addPerson(QStringLiteral("Dr Vale"), Role::Professional);
        QVERIFY_RESULT(professional);
        auto connection = AdminOperations(*m_store).connect(m_client.id, professional->id);
        QVERIFY_RESULT(connection);
        QCOMPARE(connection->state, Connection::State::Pending);
        QVERIFY_ERROR(ProfessionalRequests(*m_store).ask(professional->id, m_client.id, Metric::Wellbeing),
                      ErrorCode::PermissionDenied);
        QVERIFY_RESULT(m_store->connections().decide(connection->id, m_client.id, true));
        auto request = ProfessionalRequests(*m_store).ask(professional->id, m_client.id, Metric::Wellbeing);
        QVERIFY_RESULT(request);

        // Only the client answers, and accepting turns sharing on.
        auto stranger = AdminOperations(*m_store).addPerson(QStringLiteral("Bob"), Role::Client);
        QVERIFY_RESULT(stranger);
        QVERIFY(!ClientRequests(*m_store).answer(stranger->id, request->id, true));
        QVERIFY_RESULT(ClientRequests(*m_store).answer(m_client.id, request->id, true));
        auto state = SharingChoices(*m_store).state(m_client.id);
        QVERIFY_RESULT(state);
        QVERIFY(state->wellbeing);
        auto log = SharingChoices(*m_store).log(m_client.id);
        QVERIFY_RESULT(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().changedBy, m_client.id);
    }

    /** Surveys about a professional who is no longer connected stay the client's, named while the professional is. */
    void formerAllianceSurveysStayTheClients()
    {
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        ClientProfessionals professionals(*m_store);
        auto kept = professionals.add(m_client.id, QStringLiteral("Dr Kept"));
        auto left = professionals.add(m_client.id, QStringLiteral("Dr Left"));
        QVERIFY_RESULT(kept);
        QVERIFY_RESULT(left);
        QuestionnaireService questionnaires(*m_store, *registry);
        QVERIFY_RESULT(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {6, 6, 6, 6, 6}, kept->id));
        QVERIFY_RESULT(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {4, 4, 4, 4, 4}, left->id));
        QVERIFY_RESULT(professionals.remove(m_client.id, left->id));
        auto former = ClientRequests(*m_store).formerAllianceSurveys(m_client.id, {kept->id});
        QVERIFY_RESULT(former);
        QCOMPARE(former->size(), 1);
        QCOMPARE(former->first().submission.professionalId, left->id);
        QCOMPARE(former->first().professionalName, std::optional<QString>(QStringLiteral("Dr Left")));
    }

    /** Preferences: out-of-range values refused with nothing written; valid ones read back. */
    void preferencesRefuseWhatIsOutOfRange()
    {
        Preferences wrong;
        wrong.checkInReminderDays = 0;
        QVERIFY_ERROR(wrong.save(*m_store), ErrorCode::OutOfRange);
        auto loaded = Preferences::load(*m_store);
        QVERIFY_RESULT(loaded);
        QCOMPARE(*loaded, Preferences());
        Preferences halfHour;
        halfHour.quietFrom = QTime(22, 30);
        QVERIFY_ERROR(halfHour.save(*m_store), ErrorCode::OutOfRange);
        Preferences chosen;
        chosen.autoLock = std::chrono::minutes(30);
        chosen.checkInReminderDays = 21;
        chosen.quietFrom = QTime(22, 0);
        chosen.quietUntil = QTime(7, 0);
        QVERIFY_RESULT(chosen.save(*m_store));
        loaded = Preferences::load(*m_store);
        QVERIFY_RESULT(loaded);
        QCOMPARE(*loaded, chosen);
    }
};

QTEST_GUILESS_MAIN(TestClientServices)
#include "TestClientServices.moc"
