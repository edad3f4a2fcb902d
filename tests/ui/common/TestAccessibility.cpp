#include "../HrTestFixture.h"
#include "ResultTesting.h"
#include "admin/AdminPanel.h"
#include "admin/BackupPassphraseDialog.h"
#include "admin/ConfirmPassphraseDialog.h"
#include "admin/ScriptedPrompts.h"
#include "client/ClientDashboard.h"
#include "client/DeleteDataDialog.h"
#include "client/ProfessionalsDialog.h"
#include "client/QuestionnaireDialog.h"
#include "client/SharingDialog.h"
#include "client/TrendChart.h"
#include "common/AboutDialog.h"
#include "common/AppPalette.h"
#include "common/DateText.h"
#include "common/FirstRunWizard.h"
#include "common/MainWindow.h"
#include "common/PreferencesDialog.h"
#include "common/StatusColours.h"
#include "common/UnlockDialog.h"
#include "domain/Role.h"
#include "hr/HrDashboard.h"
#include "instruments/InstrumentIds.h"
#include "instruments/Scoring.h"
#include "models/ScoreSeriesModel.h"
#include "professional/ProfessionalView.h"
#include "services/BusiestProfessional.h"
#include "sharing/Overviews.h"
#include "store/PersonRepository.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>

#include <cmath>

using namespace rapport;
using namespace rapport::ui;

namespace {

/** A widget a keyboard user must be able to reach and a screen reader must be able to name. */
bool isInteractive(const QWidget* widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && widget->focusProxy() == nullptr;
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    // Qt names a widget from its text, its accessibleName, or the label whose buddy it is.
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

/** Interactive widgets of `window` with no accessible name. */
QStringList unnamed(QWidget* window)
{
    QStringList missing;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (isInteractive(widget) && accessibleName(widget).isEmpty()) {
            missing.append(describe(widget));
        }
    }
    return missing;
}

/**
 * Presses Tab from the window's focus until the focus comes back round to where it started (or 400 presses), as a
 * keyboard user would, and returns the interactive widgets Tab never reached. A widget may keep the focus for a few
 * presses while Tab walks its own links; one that keeps it for 20 (a keyboard trap) shows up as everything after it
 * being unreachable.
 */
QStringList unreachable(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QApplication::processEvents();
    QSet<QWidget*> visited;
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !window->isAncestorOf(focus)) {
        QTest::keyClick(window, Qt::Key_Tab);
        focus = QApplication::focusWidget();
    }
    QWidget* const first = focus;
    int pressesOnSameWidget = 0;
    for (int presses = 0; focus && presses < 400 && pressesOnSameWidget < 20; ++presses) {
        if (!visited.contains(focus) && qEnvironmentVariableIsSet("RAPPORT_TRACE_TAB")) {
            qDebug("tab: %s", qPrintable(describe(focus)));
        }
        visited.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        pressesOnSameWidget = next == focus ? pressesOnSameWidget + 1 : 0;
        if (next == first && next != focus) {
            break; // round once
        }
        focus = next;
    }
    QStringList missing;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (isInteractive(widget) && !visited.contains(widget)) {
            missing.append(describe(widget));
        }
    }
    return missing;
}

/** Every chart in `window` has a visible label beside it that says what its accessible description says. */
QStringList chartsWithoutSummary(QWidget* window)
{
    QStringList missing;
    const QList<QChartView*> charts = window->findChildren<QChartView*>();
    QStringList shown;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisible()) {
            shown.append(label->text());
        }
    }
    for (QChartView* chart : charts) {
        if (!chart->isVisible()) {
            continue;
        }
        const QString description = chart->accessibleDescription();
        if (description.isEmpty() || !shown.contains(description)) {
            missing.append(describe(chart));
        }
    }
    return missing;
}

double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void settle(QWidget& widget, const QSize& size)
{
    widget.resize(size);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QApplication::processEvents();
}

} // namespace

/**
 * Keyboard and screen-reader access to every screen: each interactive widget has an accessible name and is reached
 * by Tab; each chart has a text summary shown beside it; the status colours keep their contrast in light and dark
 * palettes. Runs on a demo organisation, so the screens are full.
 */
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void screens_data();
    void screens();
    void dialogs_data();
    void dialogs();
    void trendChartSummaryMatchesTheData();
    void statusColoursKeepContrastInBothPalettes();

private:
    void checkWindow(QWidget& window, const QSize& size);

    std::unique_ptr<test::HrFixture> m_fixture;
    QUuid m_client;
};

void TestAccessibility::initTestCase()
{
    m_fixture = std::make_unique<test::HrFixture>();
    QVERIFY(m_fixture->setUp(40, 4));
    auto clients = m_fixture->store->people().list(Role::Client);
    QVERIFY_RESULT(clients);
    // The client with the most to show: both scores, and at least one professional.
    for (const Person& person : std::as_const(*clients)) {
        auto overview = loadClientOverview(*m_fixture->store, m_fixture->registry, person.id);
        if (overview && overview->wellbeing.points.size() > 2 && !overview->alliance.isEmpty()) {
            m_client = person.id;
            break;
        }
    }
    QVERIFY(!m_client.isNull());
}

void TestAccessibility::cleanupTestCase()
{
    QApplication::setPalette(lightPalette());
}

void TestAccessibility::checkWindow(QWidget& window, const QSize& size)
{
    settle(window, size);
    QVERIFY2(QApplication::focusWidget() && window.isAncestorOf(QApplication::focusWidget()),
             "the focus must land inside the window when it opens");
    const QStringList noName = unnamed(&window);
    QVERIFY2(noName.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + noName.join(QStringLiteral(", "))));
    const QStringList noTab = unreachable(&window);
    QVERIFY2(noTab.isEmpty(), qPrintable(QStringLiteral("not reached by Tab: ") + noTab.join(QStringLiteral(", "))));
    const QStringList noSummary = chartsWithoutSummary(&window);
    QVERIFY2(noSummary.isEmpty(),
             qPrintable(QStringLiteral("chart without a visible summary: ") + noSummary.join(QStringLiteral(", "))));
}

void TestAccessibility::screens_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        const char* palette = dark ? "dark" : "light";
        for (const char* screen : {"client", "professional", "hr", "admin"}) {
            QTest::addRow("%s, %s", screen, palette) << QString::fromLatin1(screen) << dark;
        }
    }
}

void TestAccessibility::screens()
{
    QFETCH(QString, screen);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    Store& store = *m_fixture->store;
    MainWindow window;
    if (screen == QLatin1String("client")) {
        window.setScreen(new ClientDashboard(store, m_fixture->registry, m_client));
    } else if (screen == QLatin1String("professional")) {
        auto professional = busiestProfessional(store);
        QVERIFY_RESULT(professional);
        QVERIFY(professional->has_value());
        auto* view = new ProfessionalView(store, m_fixture->registry, (**professional).id);
        window.setScreen(view);
        const QList<ProfessionalClientEntry> clients = view->overview().clients;
        // A client who shares something with a history (both charts if there is one), so the detail is full.
        auto sharing = std::find_if(clients.cbegin(), clients.cend(), [](const ProfessionalClientEntry& entry) {
            return entry.alliance && entry.alliance->latest && entry.wellbeing && entry.wellbeing->latest;
        });
        if (sharing == clients.cend()) {
            sharing = std::find_if(clients.cbegin(), clients.cend(), [](const ProfessionalClientEntry& entry) {
                return (entry.alliance && entry.alliance->latest) || (entry.wellbeing && entry.wellbeing->latest);
            });
        }
        QVERIFY(sharing != clients.cend());
        view->selectClient(sharing->client.id);
    } else if (screen == QLatin1String("hr")) {
        window.setScreen(new HrDashboard(store, m_fixture->registry));
    } else {
        auto* panel = new AdminPanel(store, store.path(), std::make_unique<ScriptedPrompts>());
        window.setScreen(panel);
    }
    window.setLockEnabled(true);
    checkWindow(window, QSize(1280, 1000));
}

void TestAccessibility::dialogs_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* dialog : {"wellbeing",
                               "alliance",
                               "sharing",
                               "professionals",
                               "preferences",
                               "delete",
                               "unlock",
                               "first-run",
                               "about",
                               "backup-passphrase",
                               "confirm-passphrase"}) {
        QTest::newRow(dialog) << QString::fromLatin1(dialog);
    }
}

void TestAccessibility::dialogs()
{
    QFETCH(QString, dialog);
    QApplication::setPalette(lightPalette());
    Store& store = *m_fixture->store;
    std::unique_ptr<QWidget> window;
    if (dialog == QLatin1String("wellbeing") || dialog == QLatin1String("alliance")) {
        const InstrumentDefinition* definition = m_fixture->registry.find(
            dialog == QLatin1String("wellbeing") ? InstrumentIds::Wellbeing : InstrumentIds::Alliance);
        QVERIFY(definition);
        window = std::make_unique<QuestionnaireDialog>(*definition, QString(), QuestionnaireDialog::Dismissal::Cancel);
    } else if (dialog == QLatin1String("sharing")) {
        window = std::make_unique<SharingDialog>(store, m_client);
    } else if (dialog == QLatin1String("professionals")) {
        window = std::make_unique<ProfessionalsDialog>(store, m_client);
    } else if (dialog == QLatin1String("preferences")) {
        window = std::make_unique<PreferencesDialog>(store);
    } else if (dialog == QLatin1String("delete")) {
        window = std::make_unique<DeleteDataDialog>(
            QStringLiteral("Alex Morgan"), QStringLiteral("everything"), []() -> Result<void> { return {}; });
    } else if (dialog == QLatin1String("unlock")) {
        window = std::make_unique<UnlockDialog>(QStringLiteral("/nowhere/rapport.db"),
                                                [](const SecureBytes&) -> Result<std::unique_ptr<Store>> {
                                                    return fail(ErrorCode::WrongPassphrase, QString());
                                                });
    } else if (dialog == QLatin1String("first-run")) {
        auto wizard
            = std::make_unique<FirstRunWizard>([](const SecureBytes&, const QString&) -> Result<void> { return {}; });
        // Each page in turn: the welcome, the passphrase, the name.
        settle(*wizard, QSize(620, 480));
        checkWindow(*wizard, QSize(620, 480));
        wizard->next();
        checkWindow(*wizard, QSize(620, 480));
        window = std::move(wizard);
    } else if (dialog == QLatin1String("about")) {
        window = std::make_unique<AboutDialog>();
    } else if (dialog == QLatin1String("backup-passphrase")) {
        window = std::make_unique<BackupPassphraseDialog>(QStringLiteral("Backup passphrase"), QStringLiteral("Why"));
    } else {
        window = std::make_unique<ConfirmPassphraseDialog>(QStringLiteral("Passphrase"), QStringLiteral("Why"));
    }
    checkWindow(*window, QSize(760, 820));
}

void TestAccessibility::trendChartSummaryMatchesTheData()
{
    Store& store = *m_fixture->store;
    auto overview = loadClientOverview(store, m_fixture->registry, m_client);
    QVERIFY_RESULT(overview);
    const InstrumentDefinition* wellbeing = m_fixture->registry.find(InstrumentIds::Wellbeing);
    QVERIFY(wellbeing);
    ClientDashboard dashboard(store, m_fixture->registry, m_client);
    settle(dashboard, QSize(1280, 1000));

    auto* chart = dashboard.findChild<TrendChart*>(QStringLiteral("wellbeingChart"));
    auto* label = dashboard.findChild<QLabel*>(QStringLiteral("wellbeingChartSummary"));
    QVERIFY(chart);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), chart->summary());
    QCOMPARE(chart->accessibleDescription(), chart->summary());

    const ScoreSeries& series = overview->wellbeing;
    QVERIFY(series.latest);
    QVERIFY(series.bracket);
    const QString summary = chart->summary();
    QVERIFY2(summary.contains(formatScore(*series.latest, wellbeing->decimals)), qPrintable(summary));
    QVERIFY2(summary.contains(series.bracket->label.text(QLocale().name())), qPrintable(summary));
    QVERIFY2(summary.contains(DateText::date(series.latestAt)), qPrintable(summary));
    const QString trend = series.trend.direction == TrendDirection::Improving ? QStringLiteral("improving")
        : series.trend.direction == TrendDirection::Declining                 ? QStringLiteral("declining")
        : series.trend.direction == TrendDirection::Stable                    ? QStringLiteral("stable")
                                                                              : QStringLiteral("no trend yet");
    QVERIFY2(summary.contains(trend), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("number of results: %1").arg(series.points.size())), qPrintable(summary));

    // One alliance line per professional, each named with its latest score.
    auto* alliance = dashboard.findChild<TrendChart*>(QStringLiteral("allianceChart"));
    QVERIFY(alliance);
    for (const AllianceSeries& each : overview->alliance) {
        QVERIFY2(alliance->summary().contains(each.professional.name), qPrintable(alliance->summary()));
    }
    QCOMPARE(dashboard.findChild<QLabel*>(QStringLiteral("allianceChartSummary"))->text(), alliance->summary());

    // A chart with nothing to show says so, instead of staying silent.
    ScoreSeriesModel empty(0);
    TrendChart blank(*wellbeing, QStringLiteral("Wellbeing over time"));
    blank.addSeries(&empty, QStringLiteral("Wellbeing Score"));
    QVERIFY2(blank.summary().contains(QStringLiteral("no results yet")), qPrintable(blank.summary()));
}

void TestAccessibility::statusColoursKeepContrastInBothPalettes()
{
    const QPalette light = lightPalette();
    const QPalette dark = darkPalette();
    for (const StatusColours::Colour* colour :
         {&StatusColours::Good, &StatusColours::Moderate, &StatusColours::Poor, &StatusColours::Neutral}) {
        for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            QVERIFY2(contrast(colour->onLight, light.color(role)) >= 4.5, qPrintable(colour->onLight.name()));
            QVERIFY2(contrast(colour->onDark, dark.color(role)) >= 4.5, qPrintable(colour->onDark.name()));
        }
    }
    // The colour a widget gets follows the application palette.
    QApplication::setPalette(dark);
    QCOMPARE(QColor(StatusColours::Good), StatusColours::Good.onDark);
    const StatusColours::Banner darkBanner = StatusColours::attentionBanner();
    QVERIFY(contrast(darkBanner.text, darkBanner.window) >= 4.5);
    QVERIFY(contrast(StatusColours::informationBanner().text, StatusColours::informationBanner().window) >= 4.5);
    QVERIFY(contrast(StatusColours::warningBanner().text, StatusColours::warningBanner().window) >= 4.5);
    QApplication::setPalette(light);
    QCOMPARE(QColor(StatusColours::Good), StatusColours::Good.onLight);
    QVERIFY(contrast(StatusColours::attentionBanner().text, StatusColours::attentionBanner().window) >= 4.5);
    QVERIFY(contrast(StatusColours::informationBanner().text, StatusColours::informationBanner().window) >= 4.5);
    QVERIFY(contrast(StatusColours::warningBanner().text, StatusColours::warningBanner().window) >= 4.5);
    // The bundled action icons' stroke: 3:1 (non-text contrast) on both windows.
    const QColor iconStroke(0x4a, 0x86, 0xd0);
    QVERIFY(contrast(iconStroke, light.color(QPalette::Window)) >= 3.0);
    QVERIFY(contrast(iconStroke, dark.color(QPalette::Window)) >= 3.0);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
