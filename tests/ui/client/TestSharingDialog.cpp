#include "../UiTestFixture.h"
#include "client/SharingDialog.h"
#include "common/StatusColours.h"
#include "models/SharingLogModel.h"
#include "store/SharingRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestSharingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offByDefaultInRed();
    void checkingSharesInGreenAndLogs_data();
    void checkingSharesInGreenAndLogs();
    void logGrowsOneRowPerChange();
    void explainsScope();

private:
    static void verifyState(QLabel* label, bool on);
    std::unique_ptr<test::ClientFixture> m_fixture;
};

void TestSharingDialog::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
}

void TestSharingDialog::cleanup()
{
    m_fixture.reset();
}

void TestSharingDialog::verifyState(QLabel* label, bool on)
{
    QVERIFY(label);
    QCOMPARE(label->text(), on ? QStringLiteral("Sharing") : QStringLiteral("Not Sharing"));
    QCOMPARE(label->palette().color(QPalette::WindowText), StatusColours::forSharing(on));
}

void TestSharingDialog::offByDefaultInRed()
{
    SharingDialog dialog(*m_fixture->store, m_fixture->client.id);
    dialog.show();
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("allianceCheck"))->isChecked());
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("wellbeingCheck"))->isChecked());
    verifyState(dialog.findChild<QLabel*>(QStringLiteral("allianceStateLabel")), false);
    verifyState(dialog.findChild<QLabel*>(QStringLiteral("wellbeingStateLabel")), false);
    verifyState(dialog.findChild<QLabel*>(QStringLiteral("overallStateLabel")), false);
    QCOMPARE(dialog.logModel()->rowCount(), 0);
}

void TestSharingDialog::checkingSharesInGreenAndLogs_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("metric");
    QTest::newRow("alliance") << QStringLiteral("allianceCheck") << QStringLiteral("allianceStateLabel")
                              << static_cast<int>(Metric::Alliance);
    QTest::newRow("wellbeing") << QStringLiteral("wellbeingCheck") << QStringLiteral("wellbeingStateLabel")
                               << static_cast<int>(Metric::Wellbeing);
}

void TestSharingDialog::checkingSharesInGreenAndLogs()
{
    QFETCH(QString, check);
    QFETCH(QString, state);
    QFETCH(int, metric);
    SharingDialog dialog(*m_fixture->store, m_fixture->client.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &SharingDialog::sharingChanged);
    auto* box = dialog.findChild<QCheckBox*>(check);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(8, box->height() / 2));
    QVERIFY(box->isChecked());
    QCOMPARE(changed.count(), 1);
    verifyState(dialog.findChild<QLabel*>(state), true);
    verifyState(dialog.findChild<QLabel*>(QStringLiteral("overallStateLabel")), true);

    auto stored = m_fixture->store->sharing().state(m_fixture->client.id);
    QVERIFY_RESULT(stored);
    QVERIFY(stored->isOn(static_cast<Metric>(metric)));
    QCOMPARE(dialog.logModel()->rowCount(), 1);
    QCOMPARE(dialog.logModel()->index(0, SharingLogModel::ChangeColumn).data().toString(),
             QStringLiteral("Started sharing"));

    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(8, box->height() / 2));
    verifyState(dialog.findChild<QLabel*>(state), false);
    QCOMPARE(dialog.logModel()->rowCount(), 2);
    QCOMPARE(dialog.logModel()->index(0, SharingLogModel::ChangeColumn).data().toString(),
             QStringLiteral("Stopped sharing"));
}

void TestSharingDialog::logGrowsOneRowPerChange()
{
    SharingDialog dialog(*m_fixture->store, m_fixture->client.id);
    auto* alliance = dialog.findChild<QCheckBox*>(QStringLiteral("allianceCheck"));
    auto* wellbeing = dialog.findChild<QCheckBox*>(QStringLiteral("wellbeingCheck"));
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("sharingLogView"));
    QCOMPARE(view->model(), dialog.logModel());
    int expected = 0;
    for (QCheckBox* box : {alliance, wellbeing, alliance, wellbeing, alliance}) {
        box->toggle();
        ++expected;
        QCOMPARE(dialog.logModel()->rowCount(), expected);
    }
    auto log = m_fixture->store->sharing().log(m_fixture->client.id);
    QVERIFY_RESULT(log);
    QCOMPARE(log->size(), expected);
}

void TestSharingDialog::explainsScope()
{
    SharingDialog dialog(*m_fixture->store, m_fixture->client.id);
    const QString text = dialog.findChild<QLabel*>(QStringLiteral("explanationLabel"))->text();
    QVERIFY(text.contains(QStringLiteral("all of your professionals at once")));
    QVERIFY(text.contains(QStringLiteral("never see your individual results")));
}

QTEST_MAIN(TestSharingDialog)
#include "TestSharingDialog.moc"
