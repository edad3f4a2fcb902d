#include "../store/StoreTestFixture.h"
#include "ResultTesting.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "services/ConnectionDecisions.h"
#include "services/QuestionnaireService.h"
#include "sharing/Overviews.h"
#include "sharing/SharingPolicy.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestSharingPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    InstrumentRegistry m_registry;
    Person m_client, m_otherClient, m_pro, m_otherPro, m_unconnectedPro, m_pendingPro, m_declinedPro, m_hr, m_admin;

    Person add(const QString& name, Role role)
    {
        auto person = m_store->people().add(name, role);
        if (!person) {
            qFatal("cannot add person");
        }
        return *person;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("s.db.key.json")));
        auto store = Store::create(m_dir.filePath(QStringLiteral("s.db")), test::passphrase("pw"), test::fastOptions());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        m_registry = *registry;
        m_client = add(QStringLiteral("Client"), Role::Client);
        m_otherClient = add(QStringLiteral("Other client"), Role::Client);
        m_pro = add(QStringLiteral("Pro"), Role::Professional);
        m_otherPro = add(QStringLiteral("Other pro"), Role::Professional);
        m_unconnectedPro = add(QStringLiteral("Stranger"), Role::Professional);
        m_pendingPro = add(QStringLiteral("Not yet"), Role::Professional);
        m_declinedPro = add(QStringLiteral("Declined"), Role::Professional);
        m_hr = add(QStringLiteral("HR"), Role::Hr);
        m_admin = add(QStringLiteral("Admin"), Role::Admin);
        QVERIFY_RESULT(m_store->connections().connect(m_client.id, m_pro.id, Connection::State::Accepted));
        QVERIFY_RESULT(m_store->connections().connect(m_client.id, m_otherPro.id, Connection::State::Accepted));
        // Connections the organisation made for the client: one still waiting, one the client declined.
        QVERIFY_RESULT(m_store->connections().connect(m_client.id, m_pendingPro.id, Connection::State::Pending));
        auto declined = m_store->connections().connect(m_client.id, m_declinedPro.id, Connection::State::Pending);
        QVERIFY_RESULT(declined);
        QVERIFY_RESULT(m_store->connections().decide(declined->id, m_client.id, false));
        QuestionnaireService questionnaires(*m_store, m_registry);
        QVERIFY_RESULT(questionnaires.submit(m_client.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 3}));
        QVERIFY_RESULT(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {6, 6, 6, 6, 6}, m_pro.id));
        QVERIFY_RESULT(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {2, 2, 2, 2, 2}, m_otherPro.id));
    }

    void cleanupTestCase() { m_store.reset(); }

    void matrix_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("shareAlliance");
        QTest::addColumn<bool>("shareWellbeing");
        QTest::addColumn<int>("wellbeingSeen");
        QTest::addColumn<int>("ownAllianceSeen"); // alliance about the viewer (or about "Pro" for non-professionals)
        QTest::addColumn<int>("otherAllianceSeen"); // alliance about "Other pro" (never for "Pro")

        for (bool alliance : {false, true}) {
            for (bool wellbeing : {false, true}) {
                const QByteArray state = QByteArray(alliance ? "A+" : "A-") + (wellbeing ? "W+" : "W-");
                QTest::newRow(QByteArray("client self " + state).constData())
                    << QStringLiteral("client") << alliance << wellbeing << 1 << 1 << 1;
                QTest::newRow(QByteArray("connected professional " + state).constData())
                    << QStringLiteral("pro") << alliance << wellbeing << (wellbeing ? 1 : 0) << (alliance ? 1 : 0) << 0;
                QTest::newRow(QByteArray("unconnected professional " + state).constData())
                    << QStringLiteral("stranger") << alliance << wellbeing << 0 << 0 << 0;
                QTest::newRow(QByteArray("pending professional " + state).constData())
                    << QStringLiteral("pending") << alliance << wellbeing << 0 << 0 << 0;
                QTest::newRow(QByteArray("declined professional " + state).constData())
                    << QStringLiteral("declined") << alliance << wellbeing << 0 << 0 << 0;
                QTest::newRow(QByteArray("another client " + state).constData())
                    << QStringLiteral("otherClient") << alliance << wellbeing << 0 << 0 << 0;
                QTest::newRow(QByteArray("hr " + state).constData())
                    << QStringLiteral("hr") << alliance << wellbeing << 0 << 0 << 0;
                QTest::newRow(QByteArray("admin " + state).constData())
                    << QStringLiteral("admin") << alliance << wellbeing << 0 << 0 << 0;
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, viewer);
        QFETCH(bool, shareAlliance);
        QFETCH(bool, shareWellbeing);
        QFETCH(int, wellbeingSeen);
        QFETCH(int, ownAllianceSeen);
        QFETCH(int, otherAllianceSeen);
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Alliance, shareAlliance, m_client.id));
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Wellbeing, shareWellbeing, m_client.id));
        const QMap<QString, Person> viewers {{QStringLiteral("client"), m_client},
                                             {QStringLiteral("pro"), m_pro},
                                             {QStringLiteral("stranger"), m_unconnectedPro},
                                             {QStringLiteral("pending"), m_pendingPro},
                                             {QStringLiteral("declined"), m_declinedPro},
                                             {QStringLiteral("otherClient"), m_otherClient},
                                             {QStringLiteral("hr"), m_hr},
                                             {QStringLiteral("admin"), m_admin}};
        const Person who = viewers.value(viewer);
        SharingPolicy policy(*m_store);
        auto wellbeing = policy.wellbeing(who, m_client.id);
        QVERIFY_RESULT(wellbeing);
        QCOMPARE(wellbeing->size(), wellbeingSeen);
        auto own = policy.alliance(who, m_client.id, who.role == Role::Professional ? who.id : m_pro.id);
        QVERIFY_RESULT(own);
        QCOMPARE(own->size(), ownAllianceSeen);
        auto other = policy.alliance(who, m_client.id, m_otherPro.id);
        QVERIFY_RESULT(other);
        QCOMPARE(other->size(), otherAllianceSeen);
    }

    void turningSharingOffTakesEffectAtOnceForEveryProfessional()
    {
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Alliance, true, m_client.id));
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Wellbeing, true, m_client.id));
        SharingPolicy policy(*m_store);
        auto before = policy.alliance(m_otherPro, m_client.id, m_otherPro.id);
        QVERIFY_RESULT(before);
        QCOMPARE(before->size(), 1);
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Alliance, false, m_client.id));
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Wellbeing, false, m_client.id));
        for (const Person& professional : {m_pro, m_otherPro}) {
            auto access = policy.access(professional, m_client.id);
            QVERIFY_RESULT(access);
            QVERIFY(!access->seesAnyScore());
        }
    }

    void professionalOverviewShowsOnlyWhatIsShared()
    {
        auto hidden = loadProfessionalOverview(*m_store, m_registry, m_pro.id);
        QVERIFY_RESULT(hidden);
        QCOMPARE(hidden->clients.size(), 1);
        QVERIFY(!hidden->clients.first().alliance.has_value());
        QVERIFY(!hidden->clients.first().wellbeing.has_value());
        QVERIFY(!hidden->clients.first().lastUpdated.isValid());
        QVERIFY(hidden->clients.first().client.team.isEmpty());

        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Alliance, true, m_client.id));
        auto shown = loadProfessionalOverview(*m_store, m_registry, m_pro.id);
        QVERIFY_RESULT(shown);
        const ProfessionalClientEntry& entry = shown->clients.first();
        QVERIFY(entry.alliance.has_value());
        QCOMPARE(entry.alliance->points.size(), 1);
        QCOMPARE(*entry.alliance->latest, 6.0); // about this professional, never the other one's 2.0
        QVERIFY(!entry.wellbeing.has_value());
        QCOMPARE(entry.alliance->points.first().dimensions.value(QStringLiteral("bond")), 6.0);
    }

    void pendingRequestShowsOnBothSides()
    {
        auto request = m_store->shareRequests().add(m_pro.id, m_client.id, Metric::Alliance);
        QVERIFY_RESULT(request);
        auto professional = loadProfessionalOverview(*m_store, m_registry, m_pro.id);
        QVERIFY_RESULT(professional);
        QCOMPARE(professional->clients.first().pendingRequests.size(), 1);
        auto client = loadClientOverview(*m_store, m_registry, m_client.id);
        QVERIFY_RESULT(client);
        QCOMPARE(client->pendingRequests.size(), 1);
        QCOMPARE(client->alliance.size(), 2);
        QCOMPARE(*client->wellbeing.latest, 60.0);
        QCOMPARE(client->wellbeing.bracket->id, QStringLiteral("good"));
        QCOMPARE(client->wellbeing.trend.direction, TrendDirection::Insufficient);
    }

    void questionnaireServiceChecksWhoAnswersWhat()
    {
        QuestionnaireService questionnaires(*m_store, m_registry);
        QVERIFY_ERROR(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {6, 6, 6, 6, 6}),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {6, 6, 6, 6, 6}, m_unconnectedPro.id),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(questionnaires.submit(m_client.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 3}, m_pro.id),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(questionnaires.submit(m_pro.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 3}),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(questionnaires.submit(m_client.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 9}),
                      ErrorCode::OutOfRange);
        QVERIFY_ERROR(questionnaires.submit(m_client.id, InstrumentIds::Wellbeing, {3, 3, 3}), ErrorCode::Incomplete);
        QVERIFY_ERROR(questionnaires.submit(m_client.id, QStringLiteral("no-such-instrument"), {1}),
                      ErrorCode::NotFound);
        auto stored = questionnaires.submit(m_client.id, InstrumentIds::Wellbeing, {5, 5, 5, 5, 4});
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->score, 96.0);
    }

    /**
     * A connection made for the client shares nothing until the client accepts it: the professional's view does
     * not list the client, they cannot ask them to share, the client cannot rate them yet; accepting (or accepting
     * everything at once) opens it, every answer is logged, and only the client answers.
     */
    void pendingConnectionSharesNothingUntilAccepted()
    {
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Wellbeing, true, m_client.id));
        QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Alliance, true, m_client.id));
        auto clientsOf = [this](const Person& professional) {
            auto overview = loadProfessionalOverview(*m_store, m_registry, professional.id);
            return overview ? overview->clients.size() : qsizetype(-1);
        };
        QCOMPARE(clientsOf(m_pendingPro), qsizetype(0));
        QCOMPARE(clientsOf(m_declinedPro), qsizetype(0));
        QCOMPARE(clientsOf(m_pro), qsizetype(1));
        QVERIFY_ERROR(m_store->shareRequests().add(m_pendingPro.id, m_client.id, Metric::Wellbeing),
                      ErrorCode::PermissionDenied);
        QuestionnaireService questionnaires(*m_store, m_registry);
        QVERIFY_ERROR(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {6, 6, 6, 6, 6}, m_pendingPro.id),
                      ErrorCode::InvalidArgument);

        // The client's dashboard names who waits; the alliance cards are for accepted connections only.
        auto overview = loadClientOverview(*m_store, m_registry, m_client.id);
        QVERIFY_RESULT(overview);
        QCOMPARE(overview->pendingConnections.size(), 1);
        QCOMPARE(overview->pendingConnections.first().id, m_pendingPro.id);
        QCOMPARE(overview->alliance.size(), 2);

        // Only the client answers.
        ConnectionDecisions decisions(*m_store);
        auto listed = decisions.list(m_client.id);
        QVERIFY_RESULT(listed);
        QCOMPARE(listed->size(), 4);
        QCOMPARE(listed->first().professional.id, m_pendingPro.id); // pending first
        const QUuid pendingId = listed->first().connection.id;
        QVERIFY_ERROR(decisions.answer(m_otherClient.id, pendingId, true), ErrorCode::PermissionDenied);
        QVERIFY_ERROR(decisions.answer(m_pro.id, pendingId, true), ErrorCode::InvalidArgument);
        QVERIFY_ERROR(decisions.answer(m_client.id, QUuid::createUuid(), true), ErrorCode::NotFound);
        QCOMPARE(clientsOf(m_pendingPro), qsizetype(0));

        // Accepting everything pending opens it; the declined one stays declined.
        auto accepted = decisions.acceptAllPending(m_client.id);
        QVERIFY_RESULT(accepted);
        QCOMPARE(*accepted, 1);
        QCOMPARE(clientsOf(m_pendingPro), qsizetype(1));
        QCOMPARE(clientsOf(m_declinedPro), qsizetype(0));
        QVERIFY_RESULT(questionnaires.submit(m_client.id, InstrumentIds::Alliance, {6, 6, 6, 6, 6}, m_pendingPro.id));
        SharingPolicy policy(*m_store);
        auto seen = policy.wellbeing(m_pendingPro, m_client.id);
        QVERIFY_RESULT(seen);
        QCOMPARE(seen->size(), 1);

        // The answers are in the client's history: the decline from init() and this acceptance.
        auto log = decisions.decisions(m_client.id);
        QVERIFY_RESULT(log);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).professionalId, m_declinedPro.id);
        QVERIFY(!log->at(0).accepted);
        QCOMPARE(log->at(1).professionalId, m_pendingPro.id);
        QVERIFY(log->at(1).accepted);
        // Answering as it stands changes nothing and logs nothing.
        QVERIFY_RESULT(decisions.answer(m_client.id, pendingId, true));
        QCOMPARE(decisions.decisions(m_client.id)->size(), 2);

        // Declining again shuts the professional out at once.
        QVERIFY_RESULT(decisions.answer(m_client.id, pendingId, false));
        seen = policy.wellbeing(m_pendingPro, m_client.id);
        QVERIFY_RESULT(seen);
        QCOMPARE(seen->size(), 0);
        QCOMPARE(clientsOf(m_pendingPro), qsizetype(0));
    }
};

QTEST_GUILESS_MAIN(TestSharingPolicy)
#include "TestSharingPolicy.moc"
