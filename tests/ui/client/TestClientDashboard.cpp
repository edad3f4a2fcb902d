#include "../UiTestFixture.h"
#include "client/AnswerSlider.h"
#include "client/ClientDashboard.h"
#include "client/QuestionnaireDialog.h"
#include "client/ScoreCard.h"
#include "client/ShareRequestBanner.h"
#include "client/TrendChart.h"
#include "common/PersonPickerDialog.h"
#include "instruments/InstrumentIds.h"
#include "models/SubmissionLogModel.h"
#include "services/QuestionnaireService.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"

#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestClientDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsNameAndEmptyCards();
    void wellbeingCheckInUpdatesCardChartAndLog();
    void logSessionSubmitsAllianceSurvey();
    void skippingTheSurveyStoresNothing();
    void sharingButtonShowsState();
    void shareRequestBannerAcceptsAndHides();
    void checkInDueBannerAfterFourteenDays();

private:
    /** Answers every slider of the open questionnaire with End and submits it. */
    void answerAllAndSubmit(QuestionnaireDialog* dialog);

    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<ClientDashboard> m_dashboard;
};

void TestClientDashboard::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
    m_dashboard = std::make_unique<ClientDashboard>(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    m_dashboard->resize(1200, 900);
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
}

void TestClientDashboard::cleanup()
{
    m_dashboard.reset();
    m_fixture.reset();
}

void TestClientDashboard::answerAllAndSubmit(QuestionnaireDialog* dialog)
{
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    for (AnswerSlider* slider : dialog->sliders()) {
        QTest::keyClick(slider, Qt::Key_End);
    }
    auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("submitButton"));
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
}

void TestClientDashboard::showsNameAndEmptyCards()
{
    QCOMPARE(m_dashboard->findChild<QLabel*>(QStringLiteral("clientNameLabel"))->text(), QStringLiteral("Alex Morgan"));
    auto* card = m_dashboard->findChild<ScoreCard*>(QStringLiteral("wellbeingCard"));
    QVERIFY(card);
    QVERIFY(!card->hasScore());
    QVERIFY(card->findChild<QLabel*>(QStringLiteral("scoreUnavailable"))
                ->text()
                .startsWith(QStringLiteral("Not available yet")));
    auto* alliance = m_dashboard->findChild<ScoreCard*>(QStringLiteral("allianceCard_0"));
    QVERIFY(alliance);
    QVERIFY(alliance->findChild<QLabel*>(QStringLiteral("scoreUnavailable"))
                ->text()
                .contains(QStringLiteral("complete the alliance survey after your next session")));
    QCOMPARE(m_dashboard->logModel()->rowCount(), 0);
    QCOMPARE(m_dashboard->wellbeingChart()->scoreSeries().first()->count(), 0);
    QCOMPARE(m_dashboard->allianceChart()->scoreSeries().size(), 2); // one line per professional
}

void TestClientDashboard::wellbeingCheckInUpdatesCardChartAndLog()
{
    QLineSeries* series = m_dashboard->wellbeingChart()->scoreSeries().first();
    QTest::mouseClick(m_dashboard->findChild<QPushButton*>(QStringLiteral("checkInButton")), Qt::LeftButton);
    auto* dialog = m_dashboard->findChild<QuestionnaireDialog*>(QStringLiteral("questionnaireDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->definition().id, InstrumentIds::Wellbeing);
    answerAllAndSubmit(dialog);

    auto* card = m_dashboard->findChild<ScoreCard*>(QStringLiteral("wellbeingCard"));
    QTRY_VERIFY(card->hasScore());
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("scoreValue"))->text(), QStringLiteral("100 / 100"));
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("scoreBracket"))->text(), QStringLiteral("Good"));
    QTRY_COMPARE(series->count(), 1);
    QCOMPARE(series->at(0).y(), 100.0);
    QCOMPARE(m_dashboard->logModel()->rowCount(), 1);
    QCOMPARE(m_dashboard->logModel()->index(0, SubmissionLogModel::ScoreColumn).data().toString(),
             QStringLiteral("100"));

    // A second check-in adds a second point.
    QTRY_VERIFY(!m_dashboard->findChild<QuestionnaireDialog*>(QStringLiteral("questionnaireDialog")));
    QTest::mouseClick(m_dashboard->findChild<QPushButton*>(QStringLiteral("checkInButton")), Qt::LeftButton);
    QTRY_VERIFY(m_dashboard->findChild<QuestionnaireDialog*>(QStringLiteral("questionnaireDialog")));
    answerAllAndSubmit(m_dashboard->findChild<QuestionnaireDialog*>(QStringLiteral("questionnaireDialog")));
    QTRY_COMPARE(series->count(), 2);
    QCOMPARE(m_dashboard->logModel()->rowCount(), 2);
    QVERIFY(card->findChild<QLabel*>(QStringLiteral("scoreTrend"))->text().contains(QStringLiteral("stable")));
}

void TestClientDashboard::logSessionSubmitsAllianceSurvey()
{
    QTest::mouseClick(m_dashboard->findChild<QPushButton*>(QStringLiteral("logSessionButton")), Qt::LeftButton);
    auto* picker = m_dashboard->findChild<PersonPickerDialog*>(QStringLiteral("sessionProfessionalPicker"));
    QVERIFY(picker);
    picker->select(m_fixture->secondProfessional.id);
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);

    QuestionnaireDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_dashboard->findChild<QuestionnaireDialog*>(QStringLiteral("questionnaireDialog"))));
    QCOMPARE(dialog->definition().id, InstrumentIds::Alliance);
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("skipButton")));
    answerAllAndSubmit(dialog);

    // Professionals are ordered by name: Dana Berg, then Sam Ortiz.
    auto* card = m_dashboard->findChild<ScoreCard*>(QStringLiteral("allianceCard_1"));
    QTRY_VERIFY(card->hasScore());
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("scoreValue"))->text(), QStringLiteral("7.0"));
    QVERIFY(!m_dashboard->findChild<ScoreCard*>(QStringLiteral("allianceCard_0"))->hasScore());
    QCOMPARE(m_dashboard->allianceChart()->scoreSeries().at(1)->count(), 1);
    QCOMPARE(m_dashboard->logModel()->index(0, SubmissionLogModel::ProfessionalColumn).data().toString(),
             QStringLiteral("Sam Ortiz"));
}

void TestClientDashboard::skippingTheSurveyStoresNothing()
{
    m_dashboard->openAllianceSurvey(m_fixture->professional);
    auto* dialog = m_dashboard->findChild<QuestionnaireDialog*>(QStringLiteral("questionnaireDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("skipButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_dashboard->findChild<QuestionnaireDialog*>(QStringLiteral("questionnaireDialog")));
    QCOMPARE(m_dashboard->logModel()->rowCount(), 0);
}

void TestClientDashboard::sharingButtonShowsState()
{
    auto* button = m_dashboard->findChild<QPushButton*>(QStringLiteral("sharingButton"));
    QVERIFY(button->text().contains(QStringLiteral("Not Sharing")));
    QCOMPARE(button->property("sharing").toBool(), false);
    QVERIFY_RESULT(m_fixture->store->sharing().set(m_fixture->client.id, Metric::Alliance, true, m_fixture->client.id));
    QTRY_COMPARE(button->property("sharing").toBool(), true);
    QVERIFY(button->text().contains(QStringLiteral("Sharing")));
    QVERIFY(!button->text().contains(QStringLiteral("Not")));
}

void TestClientDashboard::shareRequestBannerAcceptsAndHides()
{
    QVERIFY_RESULT(
        m_fixture->store->shareRequests().add(m_fixture->professional.id, m_fixture->client.id, Metric::Wellbeing));
    ShareRequestBanner* banner = nullptr;
    QTRY_VERIFY((banner = m_dashboard->findChild<ShareRequestBanner*>(QStringLiteral("shareRequestBanner_0"))));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Dana Berg")));
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("shareButton")), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(m_dashboard->overview().sharing.wellbeing);
}

void TestClientDashboard::checkInDueBannerAfterFourteenDays()
{
    auto* due = m_dashboard->findChild<QWidget*>(QStringLiteral("checkInDueBanner"));
    QVERIFY(due);
    QVERIFY(!due->isVisible());
    QuestionnaireService service(*m_fixture->store, m_fixture->registry);
    QVERIFY_RESULT(service.submit(m_fixture->client.id,
                                  InstrumentIds::Wellbeing,
                                  {3, 3, 3, 3, 3},
                                  QUuid(),
                                  QDateTime::currentDateTimeUtc().addDays(-20)));
    QTRY_VERIFY(due->isVisible());
    QVERIFY_RESULT(service.submit(m_fixture->client.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 3}));
    QTRY_VERIFY(!due->isVisible());
}

QTEST_MAIN(TestClientDashboard)
#include "TestClientDashboard.moc"
