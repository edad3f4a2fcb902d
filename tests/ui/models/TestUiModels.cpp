#include "ResultTesting.h"
#include "domain/SharingState.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "models/HubConnectionsModel.h"
#include "models/PeopleModel.h"
#include "models/ScoreSeriesModel.h"
#include "models/SharingLogModel.h"
#include "models/SubmissionLogModel.h"
#include "sharing/Overviews.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submissionLogModel();
    void submissionLogFromOverview();
    void scoreSeriesModel();
    void sharingLogModel();
    void peopleModel();
    void hubConnectionsModel();
};

void TestUiModels::submissionLogModel()
{
    SubmissionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(SubmissionLogModel::ColumnCount));

    const QDateTime base(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    SubmissionLogModel::Entry older {
        base, InstrumentIds::Wellbeing, QStringLiteral("Wellbeing Index"), QUuid(), QString(), 64, 0};
    SubmissionLogModel::Entry newer {base.addDays(7),
                                     InstrumentIds::Alliance,
                                     QStringLiteral("Professional Alliance"),
                                     QUuid::createUuid(),
                                     QStringLiteral("Dana Berg"),
                                     5.4,
                                     1};
    model.setEntries({older, newer});
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.index(0, SubmissionLogModel::QuestionnaireColumn).data().toString(),
             QStringLiteral("Professional Alliance"));
    QCOMPARE(model.index(0, SubmissionLogModel::ScoreColumn).data().toString(), QStringLiteral("5.4"));
    QCOMPARE(model.index(0, SubmissionLogModel::ProfessionalColumn).data().toString(), QStringLiteral("Dana Berg"));
    QCOMPARE(model.index(1, SubmissionLogModel::ScoreColumn).data().toString(), QStringLiteral("64"));
    QCOMPARE(model.index(1, SubmissionLogModel::ProfessionalColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(1, 0).data(SubmissionLogModel::TimestampRole).toDateTime(), base);
    QCOMPARE(model.index(0, 0).data(SubmissionLogModel::ScoreRole).toDouble(), 5.4);
    QCOMPARE(model.index(0, 0).data(SubmissionLogModel::InstrumentIdRole).toString(), InstrumentIds::Alliance);
    QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.headerData(SubmissionLogModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Date"));

    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::submissionLogFromOverview()
{
    auto registry = InstrumentRegistry::builtIn();
    QVERIFY_RESULT(registry);
    ClientOverview overview;
    SeriesPoint wellbeing;
    wellbeing.at = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    wellbeing.score = 48;
    overview.wellbeing.points = {wellbeing};
    AllianceSeries alliance;
    alliance.professional.id = QUuid::createUuid();
    alliance.professional.name = QStringLiteral("Sam Ortiz");
    SeriesPoint survey;
    survey.at = wellbeing.at.addDays(2);
    survey.score = 6.2;
    alliance.series.points = {survey};
    overview.alliance = {alliance};
    const auto entries = SubmissionLogModel::entriesFrom(overview, *registry);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).questionnaire, QStringLiteral("Wellbeing Index"));
    QCOMPARE(entries.at(1).professional, QStringLiteral("Sam Ortiz"));
    QCOMPARE(entries.at(1).decimals, 1);
}

void TestUiModels::scoreSeriesModel()
{
    ScoreSeriesModel model(1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScoreSeries series;
    for (int i = 0; i < 3; ++i) {
        SeriesPoint point;
        point.at = QDateTime(QDate(2026, 2, 1 + i), QTime(12, 0), Qt::UTC);
        point.score = 4 + i * 0.5;
        series.points.append(point);
    }
    model.setSeries(series);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ScoreSeriesModel::TimeColumn).data().toDateTime(), series.points.at(0).at);
    QCOMPARE(model.index(2, ScoreSeriesModel::ScoreColumn).data().toDouble(), 5.0);
    QCOMPARE(model.index(1, ScoreSeriesModel::ScoreColumn).data(ScoreSeriesModel::ScoreTextRole).toString(),
             QStringLiteral("4.5"));
}

void TestUiModels::sharingLogModel()
{
    SharingLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SharingChange on;
    on.metric = Metric::Alliance;
    on.from = false;
    on.to = true;
    on.at = QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
    SharingChange off = on;
    off.from = true;
    off.to = false;
    off.at = on.at.addDays(1);
    model.setChanges({on, off});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SharingLogModel::ChangeColumn).data().toString(), QStringLiteral("Stopped sharing"));
    QCOMPARE(model.index(1, SharingLogModel::ChangeColumn).data().toString(), QStringLiteral("Started sharing"));
    QCOMPARE(model.index(1, SharingLogModel::ScoreColumn).data().toString(), QStringLiteral("Professional Alliance"));
    QCOMPARE(model.index(1, 0).data(SharingLogModel::SharingOnRole).toBool(), true);
}

void TestUiModels::peopleModel()
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Person client;
    client.id = QUuid::createUuid();
    client.name = QStringLiteral("Alex Morgan");
    Person hr;
    hr.id = QUuid::createUuid();
    hr.name = QStringLiteral("Kim Hart");
    hr.role = Role::Hr;
    model.setPeople({client, hr});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Alex Morgan"));
    QVERIFY(model.index(1, 0).data().toString().startsWith(QStringLiteral("Kim Hart (")));
    QCOMPARE(model.index(1, 0).data(PeopleModel::PersonIdRole).toUuid(), hr.id);
}

void TestUiModels::hubConnectionsModel()
{
    HubConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(HubConnectionsModel::ColumnCount));
    const QDateTime made(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    hub::HubConnectionEntry pending;
    pending.id = QUuid::createUuid();
    pending.clientName = QStringLiteral("Cy Client");
    pending.professionalName = QStringLiteral("Pat Pro");
    pending.createdAt = made;
    hub::HubConnectionEntry accepted = pending;
    accepted.id = QUuid::createUuid();
    accepted.professionalName = QStringLiteral("Quinn Pro");
    accepted.state = Connection::State::Accepted;
    accepted.decidedAt = made.addDays(2);
    model.setConnections({pending, accepted});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HubConnectionsModel::ClientColumn).data().toString(), QStringLiteral("Cy Client"));
    QCOMPARE(model.index(1, HubConnectionsModel::ProfessionalColumn).data().toString(), QStringLiteral("Quinn Pro"));
    QCOMPARE(model.index(0, HubConnectionsModel::StateColumn).data().toString(),
             QStringLiteral("Waiting for the client"));
    QCOMPARE(model.index(1, HubConnectionsModel::StateColumn).data().toString(), QStringLiteral("Accepted"));
    // Since when: made while pending, answered once the client has.
    QCOMPARE(model.index(0, 0).data(HubConnectionsModel::SinceRole).toDateTime(), made);
    QCOMPARE(model.index(1, 0).data(HubConnectionsModel::SinceRole).toDateTime(), made.addDays(2));
    QVERIFY(!model.index(1, HubConnectionsModel::SinceColumn).data().toString().isEmpty());
    QVERIFY(model.index(1, HubConnectionsModel::SinceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("answered")));
    QCOMPARE(model.index(1, 0).data(HubConnectionsModel::ConnectionIdRole).toUuid(), accepted.id);
    QCOMPARE(model.index(1, 0).data(HubConnectionsModel::StateRole).toInt(), int(Connection::State::Accepted));
    QCOMPARE(model.headerData(HubConnectionsModel::SinceColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Since"));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.entry(1)->id, accepted.id);
    QCOMPARE(model.entry(2), nullptr);
    model.setConnections({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestUiModels)
#include "TestUiModels.moc"
