#include "ResultTesting.h"
#include "client/AnswerSlider.h"
#include "client/QuestionnaireDialog.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestQuestionnaireDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsUnanswered_data();
    void startsUnanswered();
    void submitEnabledOnlyWhenAllAnswered();
    void keyboardAnswers();
    void homeAtMinimumStillCounts();
    void tabMovesBetweenSliders();
    void mouseAnswers();
    void answerShownInWords();
    void methodologyLinkTogglesText();
    void skipOrCancel();

private:
    InstrumentRegistry m_registry;
};

void TestQuestionnaireDialog::initTestCase()
{
    auto registry = InstrumentRegistry::builtIn();
    QVERIFY_RESULT(registry);
    m_registry = *registry;
}

void TestQuestionnaireDialog::startsUnanswered_data()
{
    QTest::addColumn<QString>("instrumentId");
    QTest::newRow("wellbeing") << InstrumentIds::Wellbeing;
    QTest::newRow("alliance") << InstrumentIds::Alliance;
}

void TestQuestionnaireDialog::startsUnanswered()
{
    QFETCH(QString, instrumentId);
    const InstrumentDefinition* definition = m_registry.find(instrumentId);
    QVERIFY(definition);
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Cancel);
    QCOMPARE(dialog.sliders().size(), definition->items.size());
    for (int i = 0; i < dialog.sliders().size(); ++i) {
        auto* slider = dialog.findChild<AnswerSlider*>(QStringLiteral("answerSlider_%1").arg(i));
        QVERIFY(slider);
        QVERIFY(!slider->isAnswered());
        QVERIFY(!slider->accessibleName().isEmpty());
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("answerLabel_%1").arg(i));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Not answered yet"));
    }
    auto* submit = dialog.findChild<QPushButton*>(QStringLiteral("submitButton"));
    QVERIFY(submit);
    QVERIFY(!submit->isEnabled());
    QVERIFY(dialog.answers().isEmpty());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), definition->title.text());
}

void TestQuestionnaireDialog::submitEnabledOnlyWhenAllAnswered()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Skip);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* submit = dialog.findChild<QPushButton*>(QStringLiteral("submitButton"));
    const QList<AnswerSlider*> sliders = dialog.sliders();
    for (int i = 0; i < sliders.size(); ++i) {
        QVERIFY2(!submit->isEnabled(), "Submit must wait for every item");
        QTest::keyClick(sliders.at(i), Qt::Key_Right);
        QVERIFY(sliders.at(i)->isAnswered());
        QCOMPARE(dialog.answeredCount(), i + 1);
    }
    QVERIFY(submit->isEnabled());
    QCOMPARE(dialog.answers().size(), sliders.size());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
}

void TestQuestionnaireDialog::keyboardAnswers()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance); // 1..7, starts at 4
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Skip);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<AnswerSlider*> sliders = dialog.sliders();
    QCOMPARE(sliders.size(), 5);
    QTest::keyClick(sliders.at(0), Qt::Key_Home);
    QTest::keyClick(sliders.at(1), Qt::Key_End);
    QTest::keyClick(sliders.at(2), Qt::Key_Right);
    QTest::keyClick(sliders.at(3), Qt::Key_Left);
    QTest::keyClick(sliders.at(3), Qt::Key_Left);
    QTest::keyClick(sliders.at(4), Qt::Key_End);
    QTest::keyClick(sliders.at(4), Qt::Key_Left);
    QCOMPARE(dialog.answers(), (QList<int> {1, 7, 5, 2, 6}));
}

void TestQuestionnaireDialog::homeAtMinimumStillCounts()
{
    // Pressing Home on a slider already at its minimum is still an answer.
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Wellbeing);
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Cancel);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    AnswerSlider* slider = dialog.sliders().first();
    slider->setValue(slider->minimum()); // not an answer by itself
    QVERIFY(!slider->isAnswered());
    QTest::keyClick(slider, Qt::Key_Home);
    QVERIFY(slider->isAnswered());
    QCOMPARE(slider->answer(), std::optional<int>(definition->scale.min));
}

void TestQuestionnaireDialog::tabMovesBetweenSliders()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Wellbeing);
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Cancel);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QList<AnswerSlider*> sliders = dialog.sliders();
    sliders.at(0)->setFocus();
    QTRY_VERIFY(sliders.at(0)->hasFocus());
    QTest::keyClick(sliders.at(0), Qt::Key_End);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(sliders.at(1)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QVERIFY(sliders.at(1)->isAnswered());
    QCOMPARE(sliders.at(1)->value(), definition->scale.min);
}

void TestQuestionnaireDialog::mouseAnswers()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Skip);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<AnswerSlider*> sliders = dialog.sliders();
    // A click near the right end moves towards it; a press in the middle (on the handle) keeps the middle.
    AnswerSlider* first = sliders.at(0);
    const int before = first->value();
    QTest::mouseClick(first, Qt::LeftButton, Qt::NoModifier, QPoint(first->width() - 3, first->height() / 2));
    QVERIFY(first->isAnswered());
    QVERIFY(first->value() > before);
    QCOMPARE(first->value(), definition->scale.max); // jumps to the point clicked

    AnswerSlider* second = sliders.at(1);
    QTest::mouseClick(second, Qt::LeftButton, Qt::NoModifier, QPoint(second->width() / 2, second->height() / 2));
    QVERIFY(second->isAnswered());
    QCOMPARE(second->value(), 4);
    QCOMPARE(dialog.answeredCount(), 2);
    QVERIFY(dialog.answers().isEmpty()); // still incomplete
}

void TestQuestionnaireDialog::answerShownInWords()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Skip);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.sliders().at(0), Qt::Key_End);
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("answerLabel_0"));
    QCOMPARE(label->text(), QStringLiteral("Your answer: Strongly agree"));
    QTest::keyClick(dialog.sliders().at(0), Qt::Key_Home);
    QCOMPARE(label->text(), QStringLiteral("Your answer: Strongly disagree"));
}

void TestQuestionnaireDialog::methodologyLinkTogglesText()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Wellbeing);
    QuestionnaireDialog dialog(*definition, QString(), QuestionnaireDialog::Dismissal::Cancel);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* link = dialog.findChild<QLabel*>(QStringLiteral("methodologyLink"));
    auto* text = dialog.findChild<QLabel*>(QStringLiteral("methodologyText"));
    QVERIFY(link && text);
    QVERIFY(!text->isVisible());
    Q_EMIT link->linkActivated(QStringLiteral("#methodology"));
    QVERIFY(text->isVisible());
    QCOMPARE(text->text(), definition->methodology.text());
}

void TestQuestionnaireDialog::skipOrCancel()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    QuestionnaireDialog skippable(
        *definition, QStringLiteral("About your sessions with Dana"), QuestionnaireDialog::Dismissal::Skip);
    QVERIFY(skippable.findChild<QPushButton*>(QStringLiteral("skipButton")));
    QVERIFY(!skippable.findChild<QPushButton*>(QStringLiteral("cancelButton")));
    QSignalSpy rejected(&skippable, &QDialog::rejected);
    skippable.show();
    QTest::mouseClick(skippable.findChild<QPushButton*>(QStringLiteral("skipButton")), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
}

QTEST_MAIN(TestQuestionnaireDialog)
#include "TestQuestionnaireDialog.moc"
