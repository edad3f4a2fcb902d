#include "../store/StoreTestFixture.h"
#include "ResultTesting.h"
#include "analytics/HrReportInputs.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "services/QuestionnaireService.h"
#include "sharing/Overviews.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/SettingsRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace rapport;

/**
 * The screens reload only when a committed write may change what they show. Each case makes a real write through
 * the store and asks the screens' filters about the change the store reported: a filter that says "no" wrongly
 * leaves a screen stale, so every "no" here is one a screen relies on.
 */
class TestChangeFilters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    InstrumentRegistry m_registry;
    Person m_client, m_otherClient, m_pro, m_otherPro;

    Person add(const QString& name, Role role)
    {
        auto person = m_store->people().add(name, role);
        if (!person) {
            qFatal("cannot add person");
        }
        return *person;
    }

    /** The one change `write` reported. */
    StoreChange changeOf(const std::function<void()>& write)
    {
        QSignalSpy spy(m_store.get(), &Store::changed);
        write();
        if (spy.count() != 1) {
            qFatal("expected exactly one change report, got %d", static_cast<int>(spy.count()));
        }
        return spy.at(0).at(0).value<StoreChange>();
    }

    ProfessionalOverview overviewOf(const Person& professional)
    {
        auto overview = loadProfessionalOverview(*m_store, m_registry, professional.id);
        if (!overview) {
            qFatal("cannot load the professional overview");
        }
        return *overview;
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
        QVERIFY_RESULT(m_store->connections().connect(m_client.id, m_pro.id, Connection::State::Accepted));
        QVERIFY_RESULT(m_store->connections().connect(m_otherClient.id, m_otherPro.id, Connection::State::Accepted));
    }

    void cleanupTestCase() { m_store.reset(); }

    void anotherClientsCheckInTouchesNeitherTheClientNorTheirProfessional()
    {
        const ProfessionalOverview proView = overviewOf(m_pro);
        const StoreChange change = changeOf([&] {
            QVERIFY_RESULT(QuestionnaireService(*m_store, m_registry)
                               .submit(m_otherClient.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 3}));
        });
        QVERIFY(!affectsClient(change, m_client.id));
        QVERIFY(affectsClient(change, m_otherClient.id));
        QVERIFY(!affects(change, proView));
        QVERIFY(affects(change, overviewOf(m_otherPro)));
        QVERIFY(changesHrReport(change));
    }

    void aClientsOwnWritesReachTheirDashboardAndTheirProfessional()
    {
        const ProfessionalOverview proView = overviewOf(m_pro);
        const StoreChange sharing = changeOf(
            [&] { QVERIFY_RESULT(m_store->sharing().set(m_client.id, Metric::Wellbeing, true, m_client.id)); });
        QVERIFY(affectsClient(sharing, m_client.id));
        QVERIFY(affects(sharing, proView));
        QVERIFY(!affects(sharing, overviewOf(m_otherPro)));
        QVERIFY(!changesHrReport(sharing)); // a sharing switch is not an HR input

        const StoreChange alliance = changeOf([&] {
            QVERIFY_RESULT(QuestionnaireService(*m_store, m_registry)
                               .submit(m_client.id, InstrumentIds::Alliance, {5, 5, 5, 5, 5}, m_pro.id));
        });
        QVERIFY(affectsClient(alliance, m_client.id));
        QVERIFY(affects(alliance, proView));
    }

    void aRequestReachesTheClientAndANewConnectionTheProfessional()
    {
        const StoreChange request
            = changeOf([&] { QVERIFY_RESULT(m_store->shareRequests().add(m_pro.id, m_client.id, Metric::Wellbeing)); });
        QVERIFY(affectsClient(request, m_client.id));
        QVERIFY(!affectsClient(request, m_otherClient.id));
        QVERIFY(!changesHrReport(request));

        const ProfessionalOverview before = overviewOf(m_otherPro);
        const StoreChange connection = changeOf([&] {
            QVERIFY_RESULT(m_store->connections().connect(m_client.id, m_otherPro.id, Connection::State::Pending));
        });
        QVERIFY(affects(connection, before)); // the professional is named, though the client is not in the view yet
        QVERIFY(affectsClient(connection, m_client.id));
    }

    void settingsAndNamesReachEveryDashboard()
    {
        const StoreChange setting = changeOf([&] {
            QVERIFY_RESULT(
                m_store->settings().setValue(QStringLiteral("ui.checkInReminderDays"), QStringLiteral("21")));
        });
        QVERIFY(affectsClient(setting, m_client.id));
        QVERIFY(changesHrReport(setting)); // the minimum group size is a setting
        const StoreChange rename
            = changeOf([&] { QVERIFY_RESULT(m_store->people().rename(m_pro.id, QStringLiteral("Dr Pro"))); });
        QVERIFY(affectsClient(rename, m_client.id)); // the professional's name is on the client's charts
        QVERIFY(affectsClient(rename, m_otherClient.id)); // names are cheap to reload; former professionals too
    }

    void aChangeToEveryoneReachesEveryView()
    {
        const StoreChange all = StoreChange::everything();
        QVERIFY(affectsClient(all, m_client.id));
        QVERIFY(affects(all, overviewOf(m_pro)));
        QVERIFY(changesHrReport(all));
        StoreChange merged(StoreChange::Kind::Submissions, {m_otherClient.id});
        merged.merge(StoreChange(StoreChange::Kind::Sharing, {m_client.id}));
        QVERIFY(merged.touches(StoreChange::Kind::Sharing, m_client.id));
        QVERIFY(merged.concerns(m_otherClient.id));
        QVERIFY(!merged.concerns(m_pro.id));
        merged.merge(StoreChange::everyone(StoreChange::Kind::People));
        QVERIFY(merged.concerns(m_pro.id));
        QVERIFY(merged.isForEveryone());
    }
};

QTEST_GUILESS_MAIN(TestChangeFilters)
#include "TestChangeFilters.moc"
