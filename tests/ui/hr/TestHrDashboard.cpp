#include "../HrTestFixture.h"
#include "../ShotSaver.h"
#include "ResultTesting.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrReportJson.h"
#include "common/DateText.h"
#include "hr/HrBarChart.h"
#include "hr/HrDashboard.h"
#include "hr/HrMonthlyChart.h"
#include "hr/HrScreenshots.h"
#include "models/HrMonthlyModel.h"
#include "models/HrTeamsModel.h"
#include "store/PersonRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

namespace {

/** Every string the dashboard shows or hands to assistive technology. */
QStringList shownStrings(HrDashboard& dashboard)
{
    QStringList strings;
    const QList<QWidget*> widgets = dashboard.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        strings << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription()
                << widget->whatsThis() << widget->windowTitle() << widget->statusTip();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            strings << label->text();
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            strings << button->text();
        }
        if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            strings << box->title();
        }
        if (auto* view = qobject_cast<QChartView*>(widget)) {
            QChart* chart = view->chart();
            strings << chart->title();
            for (QAbstractSeries* series : chart->series()) {
                strings << series->name();
            }
            for (QAbstractAxis* axis : chart->axes()) {
                strings << axis->titleText();
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                    strings << categories->categories();
                }
            }
        }
    }
    const QList<QAbstractItemModel*> models = {dashboard.teamsModel(), dashboard.monthlyModel()};
    for (QAbstractItemModel* model : models) {
        for (int column = 0; column < model->columnCount(); ++column) {
            strings << model->headerData(column, Qt::Horizontal).toString();
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role : {int(Qt::DisplayRole),
                                 int(Qt::ToolTipRole),
                                 int(Qt::AccessibleTextRole),
                                 int(Qt::AccessibleDescriptionRole),
                                 int(Qt::WhatsThisRole)}) {
                    strings << model->data(index, role).toString();
                }
            }
        }
    }
    strings.removeAll(QString());
    return strings;
}

HrMonth month(int year, int monthNumber, std::optional<double> mean, std::optional<qint64> people)
{
    return HrMonth {QDate(year, monthNumber, 1), people, mean};
}

} // namespace

class TestHrDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheOrganisation();
    void smallOrganisationShowsNoNumbers();
    void showsNoPersonalData_data();
    void showsNoPersonalData();
    void modelsKeepTheContract();
    void suppressedMonthsAreGaps();
    void suppressedTeamRowsSayFewerThanK();
    void exportsPdfThroughTheSeam();
    void refreshesWhenTheStoreChanges();
    void screenshots();

private:
    test::HrFixture m_large;
    test::HrFixture m_small;
};

void TestHrDashboard::initTestCase()
{
    QVERIFY(m_large.setUp(80, 9));
    QVERIFY(m_small.setUp(3, 3));
}

void TestHrDashboard::showsTheOrganisation()
{
    HrDashboard dashboard(*m_large.store, m_large.registry);
    dashboard.resize(1200, 900);
    dashboard.show();
    QVERIFY(dashboard.report().has_value());
    const HrReport& report = *dashboard.report();
    QVERIFY(!report.suppressed);

    auto* title = dashboard.findChild<QLabel*>(QStringLiteral("hrTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Organisation overview"));
    QVERIFY(dashboard.findChild<QWidget*>(QStringLiteral("hrHeader"))->autoFillBackground());
    QVERIFY(!dashboard.findChild<QLabel*>(QStringLiteral("hrSuppressedBanner"))->isVisible());
    QCOMPARE(dashboard.findChild<QLabel*>(QStringLiteral("hrLowParticipationBanner"))->isVisible(),
             report.lowParticipation);

    QVERIFY(report.employees);
    QCOMPARE(dashboard.findChild<QLabel*>(QStringLiteral("hrEmployeesValue"))->text(),
             QLocale().toString(*report.employees));
    QVERIFY(report.wellbeingMean);
    QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("hrWellbeingMeanValue"))
                ->text()
                .startsWith(QLocale().toString(*report.wellbeingMean, 'f', 1)));
    QVERIFY(
        dashboard.findChild<QLabel*>(QStringLiteral("hrParticipationRateValue"))->text().contains(QLatin1Char('%')));

    auto* distribution = dashboard.findChild<HrBarChart*>(QStringLiteral("hrDistributionChart"));
    QVERIFY(distribution);
    QCOMPARE(distribution->categories().size(), report.distribution.size());
    QVERIFY(!distribution->accessibleDescription().isEmpty());
    QCOMPARE(dashboard.findChild<QLabel*>(QStringLiteral("hrDistributionSummary"))->text(), distribution->summary());
    auto* trends = dashboard.findChild<HrBarChart*>(QStringLiteral("hrTrendChart"));
    QVERIFY(trends);
    QCOMPARE(trends->categories().size(), 3);
    QVERIFY(!trends->accessibleDescription().isEmpty());

    auto* monthly = dashboard.findChild<HrMonthlyChart*>(QStringLiteral("hrMonthlyChart"));
    QVERIFY(monthly);
    QVERIFY(!monthly->runs().isEmpty());
    QVERIFY(!monthly->accessibleDescription().isEmpty());
    QCOMPARE(dashboard.monthlyModel()->rowCount(), report.monthly.size());

    QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("hrAllianceMeanValue")));
    for (const HrDimensionMean& dimension : report.alliance.dimensions) {
        QVERIFY2(dashboard.findChild<QLabel*>(QStringLiteral("hrAllianceDimension_") + dimension.dimension.id),
                 qPrintable(dimension.dimension.id));
    }
    QCOMPARE(dashboard.teamsModel()->rowCount(), report.teams.size());

    auto* guide = dashboard.findChild<QLabel*>(QStringLiteral("hrGuide"));
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    for (const QString& words : {QStringLiteral("performance"),
                                 QStringLiteral("workload"),
                                 QStringLiteral("restructuring"),
                                 QStringLiteral("provider"),
                                 QStringLiteral("Cross-check"),
                                 QStringLiteral("measure again")}) {
        QVERIFY2(guide->text().contains(words, Qt::CaseInsensitive), qPrintable(words));
    }
    test::saveShot(&dashboard, QStringLiteral("hr-dashboard-test"));
}

void TestHrDashboard::smallOrganisationShowsNoNumbers()
{
    HrDashboard dashboard(*m_small.store, m_small.registry);
    dashboard.resize(1200, 900);
    dashboard.show();
    QVERIFY(dashboard.report().has_value());
    const HrReport& report = *dashboard.report();
    QVERIFY(report.suppressed);
    const QString hidden = HrAnalytics::suppressedText(report.minimumGroupSize);

    auto* banner = dashboard.findChild<QLabel*>(QStringLiteral("hrSuppressedBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("hidden")));
    for (const QString& name : {QStringLiteral("hrEmployeesValue"),
                                QStringLiteral("hrParticipantsValue"),
                                QStringLiteral("hrRecentValue"),
                                QStringLiteral("hrParticipationRateValue"),
                                QStringLiteral("hrWellbeingMeanValue"),
                                QStringLiteral("hrTrendPeopleValue"),
                                QStringLiteral("hrImprovingValue"),
                                QStringLiteral("hrStableValue"),
                                QStringLiteral("hrDecliningValue"),
                                QStringLiteral("hrAllianceMeanValue")}) {
        auto* label = dashboard.findChild<QLabel*>(name);
        QVERIFY2(label, qPrintable(name));
        QCOMPARE(label->text(), hidden);
    }
    // Apart from k itself and the "last 90 days" / "30 %" wording, nothing shown holds a digit.
    const QString date = DateText::date(report.asOf);
    for (QString text : shownStrings(dashboard)) {
        text.remove(date);
        // Which month's published figures these are, and when the next month's follow (rule 10).
        text.remove(DateText::date(report.publishedAt));
        text.remove(DateText::date(report.nextPublication));
        text.remove(QString::number(HrAnalytics::RecentDays));
        text.remove(QStringLiteral("30 %"));
        text.remove(QString::number(report.minimumGroupSize));
        // Month names and bracket ranges on the chart axes are not figures.
        text.remove(QRegularExpression(QStringLiteral("\\b(19|20)\\d\\d\\b")));
        text.remove(QRegularExpression(QStringLiteral("\\(\\d+–\\d+\\)")));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(text));
    }
}

void TestHrDashboard::showsNoPersonalData_data()
{
    QTest::addColumn<bool>("large");
    QTest::newRow("300-style organisation") << true;
    QTest::newRow("too small organisation") << false;
}

void TestHrDashboard::showsNoPersonalData()
{
    QFETCH(bool, large);
    test::HrFixture& fixture = large ? m_large : m_small;
    HrDashboard dashboard(*fixture.store, fixture.registry);
    dashboard.show();
    const QStringList strings = shownStrings(dashboard);
    QVERIFY(strings.size() > 40);
    auto people = fixture.store->people().list();
    QVERIFY_RESULT(people);
    QVERIFY(!people->isEmpty());
    for (const Person& person : std::as_const(*people)) {
        const QStringList forbidden = {person.name,
                                       person.id.toString(),
                                       person.id.toString(QUuid::WithoutBraces),
                                       person.id.toString(QUuid::Id128)};
        for (const QString& text : strings) {
            for (const QString& needle : forbidden) {
                QVERIFY2(!text.contains(needle, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("'%1' shows '%2'").arg(text, needle)));
            }
        }
    }
}

void TestHrDashboard::modelsKeepTheContract()
{
    auto report = HrAnalytics::load(*m_large.store, m_large.registry);
    QVERIFY_RESULT(report);
    HrTeamsModel teams(1);
    QAbstractItemModelTester teamsTester(&teams, QAbstractItemModelTester::FailureReportingMode::QtTest);
    teams.setReport(*report);
    QCOMPARE(teams.rowCount(), report->teams.size());
    QCOMPARE(teams.columnCount(), int(HrTeamsModel::ColumnCount));
    QCOMPARE(teams.headerData(HrTeamsModel::TeamColumn, Qt::Horizontal).toString(), QStringLiteral("Team"));

    HrMonthlyModel months(1);
    QAbstractItemModelTester monthsTester(&months, QAbstractItemModelTester::FailureReportingMode::QtTest);
    months.setReport(*report);
    QCOMPARE(months.rowCount(), report->monthly.size());
    for (int row = 0; row < months.rowCount(); ++row) {
        const HrMonth& expected = report->monthly.at(row);
        QCOMPARE(months.data(months.index(row, 0), HrMonthlyModel::MonthRole).toDate(), expected.month);
        QCOMPARE(months.data(months.index(row, 0), HrMonthlyModel::SuppressedRole).toBool(), expected.isSuppressed());
        QCOMPARE(months.data(months.index(row, 0), HrMonthlyModel::MeanRole).isValid(), expected.mean.has_value());
    }
    teams.setReport(HrReport {});
    months.setReport(HrReport {});
    QCOMPARE(teams.rowCount(), 0);
    QCOMPARE(months.rowCount(), 0);
}

void TestHrDashboard::suppressedMonthsAreGaps()
{
    HrReport report;
    report.suppressed = false;
    report.monthly = {month(2026, 1, 55.0, 12),
                      month(2026, 2, 57.5, 13),
                      month(2026, 3, std::nullopt, std::nullopt),
                      month(2026, 4, 60.1, 14),
                      month(2026, 5, std::nullopt, std::nullopt)};
    HrMonthlyModel model(1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    const QString hidden = HrAnalytics::suppressedText(5);
    QCOMPARE(model.data(model.index(2, HrMonthlyModel::MeanColumn)).toString(), hidden);
    QCOMPARE(model.data(model.index(2, HrMonthlyModel::PeopleColumn)).toString(), hidden);
    QVERIFY(!model.data(model.index(2, 0), HrMonthlyModel::MeanRole).isValid());

    auto registry = InstrumentRegistry::builtIn();
    QVERIFY_RESULT(registry);
    auto wellbeing = registry->get(QStringLiteral("wellbeing-index"));
    QVERIFY_RESULT(wellbeing);
    HrMonthlyChart chart(*wellbeing, &model);
    QCOMPARE(chart.runs().size(), 2);
    QCOMPARE(chart.runs().at(0)->count(), 2);
    QCOMPARE(chart.runs().at(1)->count(), 1);
    QVERIFY(chart.runs().at(1)->pointsVisible()); // a lone month still shows as a point
    int points = 0;
    for (QLineSeries* run : chart.runs()) {
        points += run->count();
    }
    QCOMPARE(points, 3);
    QVERIFY(chart.summary().contains(QStringLiteral("gaps")));
}

void TestHrDashboard::suppressedTeamRowsSayFewerThanK()
{
    HrReport report;
    report.suppressed = false;
    report.minimumGroupSize = 7;
    Bracket good;
    good.id = QStringLiteral("good");
    report.teams = {HrTeam {QStringLiteral("Finance"), 9, 58.1, good}, HrTeam {QStringLiteral("Legal"), {}, {}, {}}};
    HrTeamsModel model(1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QCOMPARE(model.data(model.index(0, HrTeamsModel::PeopleColumn)).toString(), QLocale().toString(9));
    QCOMPARE(model.data(model.index(0, HrTeamsModel::MeanColumn)).toString(), QLocale().toString(58.1, 'f', 1));
    QCOMPARE(model.data(model.index(1, HrTeamsModel::TeamColumn)).toString(), QStringLiteral("Legal"));
    QCOMPARE(model.data(model.index(1, HrTeamsModel::PeopleColumn)).toString(), HrAnalytics::suppressedText(7));
    QVERIFY(model.data(model.index(1, HrTeamsModel::PeopleColumn)).toString().contains(QLatin1Char('7')));
    QVERIFY(model.data(model.index(1, HrTeamsModel::MeanColumn)).toString().isEmpty());
    QVERIFY(!model.data(model.index(1, 0), HrTeamsModel::MeanRole).isValid());
    QVERIFY(model.data(model.index(1, 0), HrTeamsModel::SuppressedRole).toBool());
    QVERIFY(model.data(model.index(1, 0), Qt::ToolTipRole).toString().contains(HrAnalytics::suppressedText(7)));
}

void TestHrDashboard::exportsPdfThroughTheSeam()
{
    HrDashboard dashboard(*m_large.store, m_large.registry);
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("report.pdf"));
    QString suggested;
    dashboard.setSaveFileChooser([&](QWidget*, const QString& name) {
        suggested = name;
        return QString();
    });
    auto* button = dashboard.findChild<QPushButton*>(QStringLiteral("hrExportPdfButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QSignalSpy exported(&dashboard, &HrDashboard::reportExported);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral(".pdf")));
    QCOMPARE(exported.count(), 0); // cancelled
    QVERIFY(!QFile::exists(path));

    dashboard.setSaveFileChooser([&](QWidget*, const QString&) { return path; });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
    QVERIFY(file.size() > 20000);
    QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("hrExportStatus"))->text().contains(QStringLiteral("saved")));
}

void TestHrDashboard::refreshesWhenTheStoreChanges()
{
    test::HrFixture fixture;
    QVERIFY(fixture.setUp(30, 2, 11));
    HrDashboard dashboard(*fixture.store, fixture.registry);
    QVERIFY(dashboard.report().has_value());
    QVERIFY(dashboard.report()->employees);
    const qint64 before = *dashboard.report()->employees;
    const QJsonObject published = hrReportToJson(*dashboard.report());
    // A change reloads the dashboard (at once), and the figures stay those published for the closed month (rule
    // 10): a new employee, or a check-in today, shows only when the month now open is published.
    QVERIFY_RESULT(fixture.store->people().add(QStringLiteral("Newly Joined"), Role::Client, QStringLiteral("Ops")));
    QVERIFY(dashboard.report().has_value());
    QCOMPARE(dashboard.report()->employees.value_or(-1), before);
    QCOMPARE(hrReportToJson(*dashboard.report()), published);
    QCOMPARE(dashboard.findChild<QLabel*>(QStringLiteral("hrEmployeesValue"))->text(), QLocale().toString(before));
}

void TestHrDashboard::screenshots()
{
    const QString shots = qEnvironmentVariable("RAPPORT_TEST_SHOTS");
    QTemporaryDir temporary;
    const QDir folder(shots.isEmpty() ? temporary.path() : shots);
    renderHrScreenshots(*m_large.store, m_large.registry, folder);
    renderHrScreenshots(*m_small.store, m_small.registry, folder, QStringLiteral("small-"));
    for (const QString& name : {QStringLiteral("hr-dashboard.png"),
                                QStringLiteral("hr-dashboard-figures.png"),
                                QStringLiteral("hr-dashboard-dark.png"),
                                QStringLiteral("small-hr-dashboard.png")}) {
        QImage image(folder.filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY(image.width() >= 1000);
    }
}

QTEST_MAIN(TestHrDashboard)
#include "TestHrDashboard.moc"
