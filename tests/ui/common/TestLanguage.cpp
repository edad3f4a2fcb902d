#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "common/Language.h"
#include "common/MainWindow.h"
#include "common/PreferencesDialog.h"
#include "common/SessionController.h"
#include "common/StartupOptions.h"
#include "common/UnlockDialog.h"
#include "instruments/Scoring.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void availableLanguagesHaveNativeNames();
    void resolveFallsBackToEnglish();
    void applyInstallsTranslationsAndLocale();
    void englishHasSingularForms();
    void icelandicPluralFollowsTheLastDigit();
    void qtStandardButtonsAreTranslated();
    void scoresAndDatesFollowTheLocale();
    void choiceIsStoredPerUser();
    void startupOptionValidatesTheLanguage();
    void preferencesSwitchLanguageWithoutLosingTheSession();

private:
    static QString translate(const char* context, const char* text, int n = -1)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, never the user's
    Language::storeChoice(QString());
}

void TestLanguage::cleanup()
{
    Language::storeChoice(QString());
    Language::apply(QStringLiteral("en"));
}

void TestLanguage::availableLanguagesHaveNativeNames()
{
    QCOMPARE(Language::available(), (QStringList {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("is")}));
    QCOMPARE(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(Language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Language::nativeName(QStringLiteral("is")), QStringLiteral("Íslenska"));
}

void TestLanguage::resolveFallsBackToEnglish()
{
    QCOMPARE(Language::resolve(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Language::resolve(QStringLiteral("is")), QStringLiteral("is"));
    // The tests run in the C locale: "system" and unknown codes end in English.
    QCOMPARE(Language::resolve(QString()), QStringLiteral("en"));
    QCOMPARE(Language::resolve(QStringLiteral("system")), QStringLiteral("en"));
    QCOMPARE(Language::resolve(QStringLiteral("fr")), QStringLiteral("en"));
}

void TestLanguage::applyInstallsTranslationsAndLocale()
{
    QCOMPARE(Language::apply(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(Language::current(), QStringLiteral("de"));
    QCOMPARE(translate("rapport::ui::MainWindow", "&Lock"), QStringLiteral("&Sperren"));
    QCOMPARE(translate("Rapport", "That passphrase does not open this store. Check it and try again."),
             QStringLiteral("Diese Passphrase öffnet den Datenspeicher nicht. Prüfen Sie sie und versuchen Sie es "
                            "erneut."));

    QCOMPARE(Language::apply(QStringLiteral("is")), QStringLiteral("is"));
    QCOMPARE(QLocale().language(), QLocale::Icelandic);
    QCOMPARE(translate("rapport::ui::MainWindow", "&Lock"), QStringLiteral("&Læsa"));
    QCOMPARE(translate("rapport::ui::UnlockDialog", "Unlock Rapport"), QStringLiteral("Aflæsa Rapport"));

    // Switching replaces the translators: nothing German is left behind.
    QCOMPARE(Language::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(translate("rapport::ui::MainWindow", "&Lock"), QStringLiteral("&Lock"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguage::englishHasSingularForms()
{
    Language::apply(QStringLiteral("en"));
    QCOMPARE(translate("rapport::ui::ClientDashboard", "%n days ago (%1)", 1), QStringLiteral("1 day ago (%1)"));
    QCOMPARE(translate("rapport::ui::ClientDashboard", "%n days ago (%1)", 3), QStringLiteral("3 days ago (%1)"));
    QCOMPARE(translate("Rapport", "%n items", 1), QStringLiteral("1 item"));
}

void TestLanguage::icelandicPluralFollowsTheLastDigit()
{
    Language::apply(QStringLiteral("is"));
    const char* text = "After %n minutes without use";
    QCOMPARE(translate("rapport::ui::PreferencesDialog", text, 1), QStringLiteral("Eftir 1 mínútu án notkunar"));
    QCOMPARE(translate("rapport::ui::PreferencesDialog", text, 21), QStringLiteral("Eftir 21 mínútu án notkunar"));
    QCOMPARE(translate("rapport::ui::PreferencesDialog", text, 11), QStringLiteral("Eftir 11 mínútur án notkunar"));
    QCOMPARE(translate("rapport::ui::PreferencesDialog", text, 5), QStringLiteral("Eftir 5 mínútur án notkunar"));
    Language::apply(QStringLiteral("de"));
    QCOMPARE(translate("rapport::ui::PreferencesDialog", text, 1), QStringLiteral("Nach 1 Minute ohne Nutzung"));
    QCOMPARE(translate("rapport::ui::PreferencesDialog", text, 21), QStringLiteral("Nach 21 Minuten ohne Nutzung"));
}

void TestLanguage::qtStandardButtonsAreTranslated()
{
    // German from the system's qtbase_de.qm (qt6-translations-l10n), Icelandic from translations/qt_is.ts.
    Language::apply(QStringLiteral("de"));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    Language::apply(QStringLiteral("is"));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Hætta við"));
    QCOMPARE(translate("QPlatformTheme", "Save"), QStringLiteral("Vista"));
    QCOMPARE(translate("QWizard", "&Next >"), QStringLiteral("Á&fram >"));
}

void TestLanguage::scoresAndDatesFollowTheLocale()
{
    Language::apply(QStringLiteral("de"));
    QCOMPARE(displayScore(5.25, 1), QStringLiteral("5,3"));
    QCOMPARE(formatScore(5.25, 1), QStringLiteral("5.3")); // files for programs keep the C locale
    QCOMPARE(QLocale().toString(QDate(2026, 3, 5), QLocale::LongFormat), QStringLiteral("Donnerstag, 5. März 2026"));
    Language::apply(QStringLiteral("is"));
    QCOMPARE(displayScore(5.25, 1), QStringLiteral("5,3"));
    QVERIFY(QLocale().toString(QDate(2026, 3, 5), QLocale::LongFormat).contains(QStringLiteral("mars")));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(displayScore(5.25, 1), QStringLiteral("5.3"));
}

void TestLanguage::choiceIsStoredPerUser()
{
    QCOMPARE(Language::storedChoice(), QString());
    Language::storeChoice(QStringLiteral("is"));
    QCOMPARE(Language::storedChoice(), QStringLiteral("is"));
    QCOMPARE(Language::startupChoice(), QStringLiteral("is"));
    qputenv("RAPPORT_LANGUAGE", "de");
    QCOMPARE(Language::startupChoice(), QStringLiteral("de"));
    qunsetenv("RAPPORT_LANGUAGE");
    Language::storeChoice(QString());
    QCOMPARE(Language::storedChoice(), QString());
}

void TestLanguage::startupOptionValidatesTheLanguage()
{
    const QString program = QStringLiteral("rapport");
    auto german = StartupOptions::parse({program, QStringLiteral("--language"), QStringLiteral("DE")});
    QVERIFY_RESULT(german);
    QCOMPARE(german->language, QStringLiteral("de"));
    auto system = StartupOptions::parse({program, QStringLiteral("--language"), QStringLiteral("system")});
    QVERIFY_RESULT(system);
    QCOMPARE(system->language, QStringLiteral("system"));
    auto none = StartupOptions::parse({program});
    QVERIFY_RESULT(none);
    QVERIFY(none->language.isEmpty());
    auto unknown = StartupOptions::parse({program, QStringLiteral("--language"), QStringLiteral("fr")});
    QVERIFY_ERROR(unknown, ErrorCode::InvalidArgument);
}

void TestLanguage::preferencesSwitchLanguageWithoutLosingTheSession()
{
    test::ClientFixture fixture;
    QVERIFY(fixture.setUp(false));
    fixture.store.reset();
    StartupOptions options;
    options.storePath = fixture.path;
    MainWindow window;
    SessionController session(window, options);
    window.attachSession(session);
    window.show();
    session.start();
    UnlockDialog* unlock = session.unlockDialog();
    QVERIFY(unlock);
    QTRY_VERIFY(unlock->isVisible());
    QTest::keyClicks(unlock->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), test::FixturePassphrase);
    QTest::mouseClick(unlock->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<ClientDashboard*>());
    QPointer<ClientDashboard> englishDashboard = window.findChild<ClientDashboard*>();
    QCOMPARE(window.lockAction()->text(), QStringLiteral("&Lock"));

    window.preferencesAction()->trigger();
    auto* dialog = qobject_cast<PreferencesDialog*>(window.preferencesDialog());
    QVERIFY(dialog);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString()); // system default
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);

    // The screen is rebuilt in German; the store stays open and the same person stays signed in.
    QTRY_VERIFY(englishDashboard.isNull());
    auto* dashboard = window.findChild<ClientDashboard*>();
    QVERIFY(dashboard);
    QVERIFY(session.isUnlocked());
    QCOMPARE(Language::storedChoice(), QStringLiteral("de"));
    QCOMPARE(window.lockAction()->text(), QStringLiteral("&Sperren"));
    QCOMPARE(window.preferencesAction()->text(), QStringLiteral("&Einstellungen …"));
    const auto labels = dashboard->findChildren<QLabel*>();
    const bool germanOnScreen = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
        return label->text().contains(QStringLiteral("Wohlbefinden"));
    });
    QVERIFY(germanOnScreen);

    // Locking still works in the new language, and the locked page speaks it too.
    window.lockAction()->trigger();
    QVERIFY(!session.isUnlocked());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("lockedLabel"))->text(), QStringLiteral("Rapport ist gesperrt."));
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
