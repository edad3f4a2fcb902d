#include "../UiTestFixture.h"
#include "cli/CliApplication.h"
#include "client/ClientDashboard.h"
#include "client/ShareRequestBanner.h"
#include "client/TrendChart.h"
#include "common/DateText.h"
#include "common/ScreenshotRunner.h"
#include "common/StatusColours.h"
#include "instruments/InstrumentIds.h"
#include "models/ProfessionalClientsModel.h"
#include "models/ScoreSeriesModel.h"
#include "professional/ClientDetailPanel.h"
#include "professional/InterpretationHelp.h"
#include "professional/ProfessionalView.h"
#include "services/QuestionnaireService.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBrush>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

namespace {

const QDateTime Start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

} // namespace

/**
 * Dana Berg (the professional whose view is open) and Sam Ortiz both work with Alex Morgan, who shares both scores
 * and rates Dana high and Sam low. Robin Lee (with Dana) shares nothing; Jo Quinn (with Dana) shares wellbeing only.
 */
class TestProfessionalView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelShowsEachClientsStateThroughThePolicy();
    void sharingClientShowsAllianceWithDimensionsAndWellbeing();
    void notSharingClientShowsOnlyNameStateAndRequest();
    void requestIsRecordedOnceAndShownToTheClient();
    void turningSharingOffRemovesDataAtOnce();
    void otherProfessionalsSurveysNeverAppear();
    void partialSharingShowsOnlyTheSharedScore();
    void interpretationHelpExplainsTheScores();
    void professionalWithoutClients();
    void cliShowsTheSameData();
    void screenshotsOfTheProfessionalView();
    void everyListColumnIsReadableInASmallWindow();

private:
    void submitAlliance(const Person& client, const Person& professional, int answer, int day);
    void submitWellbeing(const Person& client, int answer, int day);
    [[nodiscard]] std::unique_ptr<ProfessionalView> openView(const Person& professional);

    std::unique_ptr<test::ClientFixture> m_fixture;
    Person m_robin;
    Person m_jo;
};

void TestProfessionalView::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
    Store& store = *m_fixture->store;
    auto robin = store.people().add(QStringLiteral("Robin Lee"), Role::Client);
    auto jo = store.people().add(QStringLiteral("Jo Quinn"), Role::Client);
    QVERIFY_RESULT(robin);
    QVERIFY_RESULT(jo);
    m_robin = *robin;
    m_jo = *jo;
    QVERIFY_RESULT(store.connections().connect(m_robin.id, m_fixture->professional.id, Connection::State::Accepted));
    QVERIFY_RESULT(store.connections().connect(m_jo.id, m_fixture->professional.id, Connection::State::Accepted));

    const Person& alex = m_fixture->client;
    for (int i = 0; i < 4; ++i) {
        submitAlliance(alex, m_fixture->professional, 5 + (i % 3), i * 7);
        submitAlliance(alex, m_fixture->secondProfessional, 1 + (i % 2), i * 7 + 1);
        submitWellbeing(alex, 2 + (i % 3), i * 7 + 2);
    }
    submitAlliance(m_robin, m_fixture->professional, 3, 3);
    submitWellbeing(m_robin, 1, 4);
    submitAlliance(m_jo, m_fixture->professional, 4, 5);
    submitWellbeing(m_jo, 4, 6);

    QVERIFY_RESULT(store.sharing().set(alex.id, Metric::Alliance, true, alex.id));
    QVERIFY_RESULT(store.sharing().set(alex.id, Metric::Wellbeing, true, alex.id));
    QVERIFY_RESULT(store.sharing().set(m_jo.id, Metric::Wellbeing, true, m_jo.id));
}

void TestProfessionalView::cleanup()
{
    m_fixture.reset();
}

void TestProfessionalView::submitAlliance(const Person& client, const Person& professional, int answer, int day)
{
    QuestionnaireService service(*m_fixture->store, m_fixture->registry);
    // Items 1-2 bond, 3-4 partnership, 5 confidence: a different answer for confidence makes the dimensions differ.
    QVERIFY_RESULT(service.submit(client.id,
                                  InstrumentIds::Alliance,
                                  {answer, answer, answer, answer, std::max(1, answer - 1)},
                                  professional.id,
                                  Start.addDays(day)));
}

void TestProfessionalView::submitWellbeing(const Person& client, int answer, int day)
{
    QuestionnaireService service(*m_fixture->store, m_fixture->registry);
    QVERIFY_RESULT(service.submit(
        client.id, InstrumentIds::Wellbeing, {answer, answer, answer, answer, answer}, QUuid(), Start.addDays(day)));
}

std::unique_ptr<ProfessionalView> TestProfessionalView::openView(const Person& professional)
{
    auto view = std::make_unique<ProfessionalView>(*m_fixture->store, m_fixture->registry, professional.id);
    view->resize(1200, 900);
    view->show();
    return view;
}

void TestProfessionalView::modelShowsEachClientsStateThroughThePolicy()
{
    auto view = openView(m_fixture->professional);
    ProfessionalClientsModel* model = view->clientsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(ProfessionalClientsModel::ColumnCount));
    // By name.
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Alex Morgan"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Jo Quinn"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Robin Lee"));

    const auto sharing = [model](int row) { return model->index(row, ProfessionalClientsModel::SharingColumn); };
    QCOMPARE(sharing(0).data().toString(), QStringLiteral("● Sharing"));
    QCOMPARE(sharing(1).data().toString(), QStringLiteral("● Sharing: wellbeing only"));
    QCOMPARE(sharing(2).data().toString(), QStringLiteral("● Not Sharing"));
    QCOMPARE(sharing(0).data(Qt::ForegroundRole).value<QBrush>().color(), StatusColours::Good);
    QCOMPARE(sharing(2).data(Qt::ForegroundRole).value<QBrush>().color(), StatusColours::Poor);
    QCOMPARE(sharing(0).data(ProfessionalClientsModel::SharingRole).toBool(), true);
    QCOMPARE(sharing(2).data(ProfessionalClientsModel::SharingRole).toBool(), false);

    // Alex's latest survey about Dana (day 21, answers 5,5,5,5,4 → 4.8), never Sam's.
    const QModelIndex alliance = model->index(0, ProfessionalClientsModel::AllianceColumn);
    QCOMPARE(alliance.data().toString(), QStringLiteral("4.8"));
    QCOMPARE(alliance.data(ProfessionalClientsModel::LatestAllianceRole).toDouble(), 4.8);
    QVERIFY(!model->index(0, ProfessionalClientsModel::TrendColumn).data().toString().isEmpty());
    QCOMPARE(model->index(0, 0).data(ProfessionalClientsModel::LastUpdatedRole).toDateTime(), Start.addDays(23));
    // Written out like every other date in Rapport ("25 Jan 2026"), not the locale's numeric short form.
    const QString lastUpdated = model->index(0, ProfessionalClientsModel::LastUpdatedColumn).data().toString();
    QCOMPARE(lastUpdated, DateText::date(Start.addDays(23)));
    QVERIFY2(!lastUpdated.contains(QLatin1Char('/')), qPrintable(lastUpdated));
    QVERIFY2(lastUpdated.contains(QString::number(Start.addDays(23).toLocalTime().date().year())),
             qPrintable(lastUpdated));

    // Robin shares nothing: no score in any role.
    QCOMPARE(model->index(2, ProfessionalClientsModel::AllianceColumn).data().toString(), QStringLiteral("Not shared"));
    QVERIFY(!model->index(2, 0).data(ProfessionalClientsModel::LatestAllianceRole).isValid());
    QVERIFY(!model->index(2, 0).data(ProfessionalClientsModel::AllianceTrendRole).isValid());
    QVERIFY(!model->index(2, 0).data(ProfessionalClientsModel::LastUpdatedRole).isValid());
    QCOMPARE(model->index(2, 0).data(ProfessionalClientsModel::HasScoresRole).toBool(), false);
    QCOMPARE(model->index(2, ProfessionalClientsModel::LastUpdatedColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model->headerData(ProfessionalClientsModel::LastUpdatedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last updated"));
}

void TestProfessionalView::sharingClientShowsAllianceWithDimensionsAndWellbeing()
{
    auto view = openView(m_fixture->professional);
    view->selectClient(m_fixture->client.id);
    QCOMPARE(view->selectedClient(), m_fixture->client.id);
    ClientDetailPanel* detail = view->detailPanel();
    QCOMPARE(detail->clientId(), m_fixture->client.id);
    QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("clientNameLabel"))->text(), QStringLiteral("Alex Morgan"));
    QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("sharingStateLabel"))->text(), QStringLiteral("● Sharing"));
    QVERIFY(!detail->findChild<QWidget*>(QStringLiteral("requestSharingBox"))->isVisible());

    // The alliance about Dana: overall and the three dimensions.
    QVERIFY(detail->allianceChart()->isVisible());
    const QList<QLineSeries*> lines = detail->allianceChart()->scoreSeries();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0)->name(), QStringLiteral("Overall"));
    QCOMPARE(lines.at(1)->name(), QStringLiteral("Bond"));
    QCOMPARE(lines.at(2)->name(), QStringLiteral("Partnership"));
    QCOMPARE(lines.at(3)->name(), QStringLiteral("Confidence"));
    for (QLineSeries* line : lines) {
        QCOMPARE(line->count(), 4);
    }
    QCOMPARE(lines.at(1)->at(3).y(), 5.0); // bond of the last survey: 5, 5
    QCOMPARE(lines.at(3)->at(3).y(), 4.0); // confidence: 4
    const QString summary = detail->findChild<QLabel*>(QStringLiteral("allianceSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("4.8")) && summary.contains(QStringLiteral("Bond 5.0")),
             qPrintable(summary));

    // Wellbeing, with its bands.
    QVERIFY(detail->wellbeingChart()->isVisible());
    QCOMPARE(detail->wellbeingModel()->rowCount(), 4);
    QVERIFY(detail->wellbeingChart()->chart()->findChild<QAreaSeries*>(QStringLiteral("band_poor")));
    QVERIFY(detail->wellbeingChart()->chart()->findChild<QAreaSeries*>(QStringLiteral("band_good")));
    QVERIFY(detail->findChild<QLabel*>(QStringLiteral("wellbeingSummaryLabel"))
                ->text()
                .contains(QStringLiteral("Moderate")));
}

void TestProfessionalView::notSharingClientShowsOnlyNameStateAndRequest()
{
    auto view = openView(m_fixture->professional);
    view->selectClient(m_robin.id);
    ClientDetailPanel* detail = view->detailPanel();
    QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("clientNameLabel"))->text(), QStringLiteral("Robin Lee"));
    auto* state = detail->findChild<QLabel*>(QStringLiteral("sharingStateLabel"));
    QCOMPARE(state->text(), QStringLiteral("● Not Sharing"));
    QCOMPARE(state->palette().color(QPalette::WindowText), StatusColours::Poor);
    QVERIFY(!detail->findChild<QWidget*>(QStringLiteral("allianceBox"))->isVisible());
    QVERIFY(!detail->findChild<QWidget*>(QStringLiteral("wellbeingBox"))->isVisible());
    QVERIFY(!detail->findChild<QLabel*>(QStringLiteral("lastUpdatedLabel"))->isVisible());
    for (ScoreSeriesModel* model : detail->allianceModels()) {
        QCOMPARE(model->rowCount(), 0);
    }
    QCOMPARE(detail->wellbeingModel()->rowCount(), 0);
    auto* button = detail->findChild<QPushButton*>(QStringLiteral("requestSharingButton"));
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Request sharing"));
}

void TestProfessionalView::requestIsRecordedOnceAndShownToTheClient()
{
    auto view = openView(m_fixture->professional);
    view->selectClient(m_robin.id);
    QSignalSpy sent(view.get(), &ProfessionalView::sharingRequestSent);
    auto* button = view->findChild<QPushButton*>(QStringLiteral("requestSharingButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(sent.count(), 2); // both scores: Robin shares neither

    auto pending = m_fixture->store->shareRequests().forClient(m_robin.id, true);
    QVERIFY_RESULT(pending);
    QCOMPARE(pending->size(), 2);
    for (const ShareRequest& request : std::as_const(*pending)) {
        QCOMPARE(request.professionalId, m_fixture->professional.id);
    }
    // Shown as pending, and it cannot be sent twice.
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Request pending"));
    auto* status = view->findChild<QLabel*>(QStringLiteral("requestStatusLabel"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().startsWith(QStringLiteral("Request pending")));
    const QModelIndex row
        = view->clientsModel()->index(view->clientsModel()->rowOf(m_robin.id), ProfessionalClientsModel::SharingColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("● Not Sharing (request pending)"));
    QCOMPARE(row.data(ProfessionalClientsModel::PendingRequestsRole).toInt(), 2);
    view->requestSharing(m_robin.id);
    QCOMPARE(sent.count(), 2);
    QVERIFY_ERROR(m_fixture->store->shareRequests().add(m_fixture->professional.id, m_robin.id, Metric::Alliance),
                  ErrorCode::AlreadyExists);

    // Robin sees it as a banner on their dashboard.
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_robin.id);
    dashboard.show();
    const QList<ShareRequestBanner*> banners = dashboard.findChildren<ShareRequestBanner*>();
    const auto visible = std::count_if(
        banners.cbegin(), banners.cend(), [](const ShareRequestBanner* banner) { return banner->isVisible(); });
    QCOMPARE(visible, qsizetype(2));
    QVERIFY(banners.constFirst()->text().contains(QStringLiteral("Dana Berg")));

    // Jo shares wellbeing already: the button asks for the alliance only.
    view->selectClient(m_jo.id);
    QCOMPARE(button->text(), QStringLiteral("Request alliance sharing"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(sent.count(), 3);
    QCOMPARE(sent.last().at(0).value<ShareRequest>().metric, Metric::Alliance);
}

void TestProfessionalView::turningSharingOffRemovesDataAtOnce()
{
    auto view = openView(m_fixture->professional);
    view->selectClient(m_fixture->client.id);
    ClientDetailPanel* detail = view->detailPanel();
    QCOMPARE(detail->allianceModels().constFirst()->rowCount(), 4);
    const Person& alex = m_fixture->client;

    QVERIFY_RESULT(m_fixture->store->sharing().set(alex.id, Metric::Alliance, false, alex.id));
    // No event loop in between: the store's notification already reloaded the view.
    ProfessionalClientsModel* model = view->clientsModel();
    const int row = model->rowOf(alex.id);
    QVERIFY(!model->index(row, 0).data(ProfessionalClientsModel::LatestAllianceRole).isValid());
    QCOMPARE(model->index(row, ProfessionalClientsModel::AllianceColumn).data().toString(),
             QStringLiteral("Not shared"));
    for (ScoreSeriesModel* series : detail->allianceModels()) {
        QCOMPARE(series->rowCount(), 0);
    }
    QVERIFY(!detail->findChild<QWidget*>(QStringLiteral("allianceBox"))->isVisible());
    QCOMPARE(detail->wellbeingModel()->rowCount(), 4); // still shared

    QVERIFY_RESULT(m_fixture->store->sharing().set(alex.id, Metric::Wellbeing, false, alex.id));
    QCOMPARE(view->selectedClient(), alex.id); // the selection stays
    QCOMPARE(model->index(row, 0).data(ProfessionalClientsModel::HasScoresRole).toBool(), false);
    QCOMPARE(model->index(row, ProfessionalClientsModel::SharingColumn).data().toString(),
             QStringLiteral("● Not Sharing"));
    QVERIFY(!model->index(row, 0).data(ProfessionalClientsModel::LastUpdatedRole).isValid());
    QCOMPARE(detail->wellbeingModel()->rowCount(), 0);
    QVERIFY(!detail->findChild<QWidget*>(QStringLiteral("wellbeingBox"))->isVisible());
    QVERIFY(detail->findChild<QPushButton*>(QStringLiteral("requestSharingButton"))->isVisible());
    QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("sharingStateLabel"))->text(), QStringLiteral("● Not Sharing"));
    const auto& entry = view->overview().clients.at(row);
    QVERIFY(!entry.alliance && !entry.wellbeing);
}

void TestProfessionalView::otherProfessionalsSurveysNeverAppear()
{
    // Sam's surveys score 1.0–2.0 (answers 1 and 2); Dana's 4.8 and more.
    auto view = openView(m_fixture->professional);
    view->selectClient(m_fixture->client.id);
    const auto check = [&view] {
        const auto& entry = view->overview().clients.constFirst();
        QVERIFY(entry.alliance);
        QCOMPARE(entry.alliance->points.size(), qsizetype(4));
        for (const SeriesPoint& point : entry.alliance->points) {
            QVERIFY2(point.score >= 4.8, qPrintable(QString::number(point.score)));
        }
        ScoreSeriesModel* overall = view->detailPanel()->allianceModels().constFirst();
        QCOMPARE(overall->rowCount(), 4);
        for (int row = 0; row < overall->rowCount(); ++row) {
            QVERIFY(overall->index(row, ScoreSeriesModel::ScoreColumn).data().toDouble() >= 4.8);
        }
    };
    check();
    // A new survey about Sam while Dana's view is open changes nothing in it.
    submitAlliance(m_fixture->client, m_fixture->secondProfessional, 1, 40);
    check();

    // Sam's own view shows Sam's surveys (five now), and not Robin or Jo.
    auto samView = openView(m_fixture->secondProfessional);
    QCOMPARE(samView->clientsModel()->rowCount(), 1);
    QCOMPARE(samView->overview().clients.constFirst().alliance->points.size(), qsizetype(5));
    QCOMPARE(samView->clientsModel()->index(0, ProfessionalClientsModel::AllianceColumn).data().toString(),
             QStringLiteral("1.0"));
}

void TestProfessionalView::partialSharingShowsOnlyTheSharedScore()
{
    auto view = openView(m_fixture->professional);
    view->selectClient(m_jo.id);
    ClientDetailPanel* detail = view->detailPanel();
    QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("sharingStateLabel"))->text(),
             QStringLiteral("● Sharing: wellbeing only"));
    QVERIFY(!detail->findChild<QWidget*>(QStringLiteral("allianceBox"))->isVisible());
    QCOMPARE(detail->allianceModels().constFirst()->rowCount(), 0);
    QVERIFY(detail->wellbeingChart()->isVisible());
    QCOMPARE(detail->wellbeingModel()->rowCount(), 1);
    QVERIFY(detail->findChild<QLabel*>(QStringLiteral("requestSharingText"))
                ->text()
                .contains(QStringLiteral("Professional Alliance")));
}

void TestProfessionalView::interpretationHelpExplainsTheScores()
{
    auto view = openView(m_fixture->professional);
    const QString help = view->interpretationHelp()->plainText();
    for (const QString& expected : {QStringLiteral("not a verdict"),
                                    QStringLiteral("Bond"),
                                    QStringLiteral("Partnership"),
                                    QStringLiteral("Confidence"),
                                    QStringLiteral("Feeling understood, respected"),
                                    QStringLiteral("A change of 1.0 points or more"),
                                    QStringLiteral("A change of 10 points or more"),
                                    QStringLiteral("Poor 0–28"),
                                    QStringLiteral("other professionals' surveys are never shown")}) {
        QVERIFY2(help.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + help));
    }
    view->findChild<QPushButton*>(QStringLiteral("interpretationButton"))->click();
    QVERIFY(view->interpretationHelp()->isVisible());
}

void TestProfessionalView::professionalWithoutClients()
{
    auto lonely = m_fixture->store->people().add(QStringLiteral("Kai Lund"), Role::Professional);
    QVERIFY_RESULT(lonely);
    auto view = openView(*lonely);
    QCOMPARE(view->clientsModel()->rowCount(), 0);
    auto* hint = view->findChild<QLabel*>(QStringLiteral("detailHintLabel"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("no connected clients")));
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("professionalNameLabel"))->text(), QStringLiteral("Kai Lund"));
    QVERIFY(view->findChild<QWidget*>(QStringLiteral("modeHeader"))->isVisible());
}

void TestProfessionalView::cliShowsTheSameData()
{
    QVERIFY_RESULT(m_fixture->store->shareRequests().add(m_fixture->professional.id, m_robin.id, Metric::Alliance));
    struct Row
    {
        QString id;
        QString name;
        bool alliance = false;
        bool wellbeing = false;
        QVariant latest;
        QVariant lastUpdated;
        bool hasScores = false;
        int pending = 0;
    };
    QList<Row> rows;
    {
        auto view = openView(m_fixture->professional);
        const ProfessionalClientsModel* model = view->clientsModel();
        for (int i = 0; i < model->rowCount(); ++i) {
            const QModelIndex index = model->index(i, 0);
            rows.append({index.data(ProfessionalClientsModel::ClientIdRole).toUuid().toString(QUuid::WithoutBraces),
                         index.data(ProfessionalClientsModel::NameRole).toString(),
                         index.data(ProfessionalClientsModel::SharesAllianceRole).toBool(),
                         index.data(ProfessionalClientsModel::SharesWellbeingRole).toBool(),
                         index.data(ProfessionalClientsModel::LatestAllianceRole),
                         index.data(ProfessionalClientsModel::LastUpdatedRole),
                         index.data(ProfessionalClientsModel::HasScoresRole).toBool(),
                         index.data(ProfessionalClientsModel::PendingRequestsRole).toInt()});
        }
    }
    m_fixture->store.reset(); // one Store per store file: the CLI opens it next

    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), test::FixturePassphrase);
    const int code = cli::run({QStringLiteral("rapport-cli"),
                               QStringLiteral("--store"),
                               m_fixture->path,
                               QStringLiteral("view"),
                               QStringLiteral("professional"),
                               m_fixture->professional.id.toString(QUuid::WithoutBraces),
                               QStringLiteral("--json")},
                              cli::standardCommands(),
                              out,
                              err,
                              environment);
    out.flush();
    err.flush();
    QVERIFY2(code == 0, qPrintable(errors));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonArray clients = document.object().value(QStringLiteral("clients")).toArray();
    QCOMPARE(clients.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const QJsonObject client = clients.at(i).toObject();
        QCOMPARE(client.value(QStringLiteral("id")).toString(), row.id);
        QCOMPARE(client.value(QStringLiteral("name")).toString(), row.name);
        const QJsonObject sharing = client.value(QStringLiteral("sharing")).toObject();
        QCOMPARE(sharing.value(QStringLiteral("alliance")).toBool(), row.alliance);
        QCOMPARE(sharing.value(QStringLiteral("wellbeing")).toBool(), row.wellbeing);
        QCOMPARE(client.contains(QStringLiteral("alliance")) || client.contains(QStringLiteral("wellbeing")),
                 row.hasScores);
        const QJsonValue latest = client.value(QStringLiteral("alliance")).toObject().value(QStringLiteral("latest"));
        QCOMPARE(latest.isDouble(), row.latest.isValid());
        if (row.latest.isValid()) {
            QCOMPARE(latest.toDouble(), row.latest.toDouble());
        }
        const QJsonValue lastUpdated = client.value(QStringLiteral("lastUpdated"));
        QCOMPARE(lastUpdated.isString(), row.lastUpdated.isValid());
        if (row.lastUpdated.isValid()) {
            QCOMPARE(QDateTime::fromString(lastUpdated.toString(), Qt::ISODateWithMs), row.lastUpdated.toDateTime());
        }
        QCOMPARE(client.value(QStringLiteral("pendingRequests")).toArray().size(), qsizetype(row.pending));
    }
    QCOMPARE(rows.at(2).name, QStringLiteral("Robin Lee"));
    QCOMPARE(rows.at(2).pending, 1);
}

void TestProfessionalView::screenshotsOfTheProfessionalView()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    ScreenshotRunner runner(out.path(), QString());
    auto written = runner.run();
    QVERIFY_RESULT(written);
    for (const QString& name : {QStringLiteral("professional-view"),
                                QStringLiteral("professional-view-help"),
                                QStringLiteral("professional-view-not-sharing"),
                                QStringLiteral("professional-view-request-pending")}) {
        const QString path = QDir(out.path()).filePath(name + QStringLiteral(".png"));
        QVERIFY2(written->contains(path), qPrintable(path));
        QVERIFY2(!QImage(path).isNull(), qPrintable(path));
    }
}

void TestProfessionalView::everyListColumnIsReadableInASmallWindow()
{
    // The professional view inside a window on a 1024×768 screen (90 % of it), and at the default size.
    for (const QSize& size : {QSize(921, 640), QSize(1200, 800)}) {
        auto view = openView(m_fixture->professional);
        view->resize(size);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QCoreApplication::processEvents();
        auto* table = view->findChild<QTableView*>(QStringLiteral("clientTable"));
        QVERIFY(table);
        // No column hidden behind a horizontal scroll bar: "Last updated" is the last and must be in view.
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        const QHeaderView* header = table->horizontalHeader();
        const int last = ProfessionalClientsModel::LastUpdatedColumn;
        QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last) <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 px wide").arg(size.width())));
        // And the details keep room beside the list.
        auto* splitter = view->findChild<QSplitter*>(QStringLiteral("professionalSplitter"));
        QVERIFY(splitter);
        QVERIFY2(splitter->sizes().value(1) >= 300, qPrintable(QString::number(splitter->sizes().value(1))));
    }
}

QTEST_MAIN(TestProfessionalView)
#include "TestProfessionalView.moc"
