#include "ResultTesting.h"
#include "common/AboutDialog.h"
#include "common/AppPalette.h"
#include "common/Icons.h"
#include "common/MainWindow.h"
#include "common/StartupOptions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSvgRenderer>
#include <QTest>
#include <QTextBrowser>

using namespace rapport;
using namespace rapport::ui;

/** Help → About (version, licences), the bundled icon set, and --palette. */
class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsVersionAndEveryLicence();
    void helpMenuOpensIt();
    void bundledIconsAreValidSvg();
    void paletteOption_data();
    void paletteOption();
};

void TestAboutDialog::initTestCase()
{
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
}

void TestAboutDialog::showsVersionAndEveryLicence()
{
    AboutDialog dialog;
    auto* title = dialog.findChild<QLabel*>(QStringLiteral("aboutTitle"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(QStringLiteral(RAPPORT_VERSION)), qPrintable(title->text()));

    const QList<AboutDialog::Component> components = AboutDialog::components();
    QStringList names;
    for (const AboutDialog::Component& component : components) {
        names.append(component.name);
    }
    const QString all = names.join(QLatin1Char(' '));
    for (const char* required : {"Qt", "SQLCipher", "libsodium", "tl::expected"}) {
        QVERIFY2(all.contains(QLatin1String(required)), required);
    }
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("componentList"));
    QVERIFY(list);
    QCOMPARE(list->count(), components.size());
    // Each licence text is bundled and shown when its component is chosen.
    const QStringList expected = {QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE"),
                                  QStringLiteral("GNU GENERAL PUBLIC LICENSE"),
                                  QStringLiteral("Zetetic LLC"),
                                  QStringLiteral("ISC License"),
                                  QStringLiteral("BSD 2-Clause License"),
                                  QStringLiteral("CC0 1.0 Universal")};
    QCOMPARE(expected.size(), components.size());
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        const QString text = dialog.licenceView()->toPlainText();
        QVERIFY2(text.contains(expected.at(row)), qPrintable(components.at(row).name));
        QVERIFY(text.contains(components.at(row).url));
    }
}

void TestAboutDialog::helpMenuOpensIt()
{
    MainWindow window;
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QTRY_VERIFY(window.aboutDialog() && window.aboutDialog()->isVisible());
    // A second trigger raises the same dialog rather than opening another.
    QDialog* first = window.aboutDialog();
    about->trigger();
    QCOMPARE(window.aboutDialog(), first);
    QTest::keyClick(first, Qt::Key_Escape);
    QTRY_VERIFY(!window.aboutDialog());
}

void TestAboutDialog::bundledIconsAreValidSvg()
{
    const QStringList icons = QDir(QStringLiteral(":/icons/actions")).entryList({QStringLiteral("*.svg")});
    QVERIFY(icons.size() >= 12);
    for (const QString& name : icons) {
        QSvgRenderer renderer(QStringLiteral(":/icons/actions/") + name);
        QVERIFY2(renderer.isValid(), qPrintable(name));
        QCOMPARE(renderer.defaultSize(), QSize(24, 24));
    }
    QVERIFY(QSvgRenderer(QStringLiteral(":/icons/app/rapport.svg")).isValid());
    for (const QIcon& icon : {Icons::lock(),
                              Icons::settings(),
                              Icons::exportData(),
                              Icons::backup(),
                              Icons::questionnaire(),
                              Icons::sharing(),
                              Icons::sync(),
                              Icons::application()}) {
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(32, 32).isNull());
    }
}

void TestAboutDialog::paletteOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("choice");
    QTest::newRow("default") << QStringList {} << true << int(PaletteChoice::System);
    QTest::newRow("dark") << QStringList {QStringLiteral("--palette"), QStringLiteral("dark")} << true
                          << int(PaletteChoice::Dark);
    QTest::newRow("light") << QStringList {QStringLiteral("--palette"), QStringLiteral("Light")} << true
                           << int(PaletteChoice::Light);
    QTest::newRow("unknown") << QStringList {QStringLiteral("--palette"), QStringLiteral("purple")} << false << 0;
}

void TestAboutDialog::paletteOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(int, choice);
    auto options = StartupOptions::parse(QStringList {QStringLiteral("rapport")} + arguments);
    QCOMPARE(options.has_value(), valid);
    if (valid) {
        QCOMPARE(int(options->palette), choice);
    } else {
        QCOMPARE(options.error().code, ErrorCode::InvalidArgument);
        QVERIFY(options.error().message.contains(QStringLiteral("purple")));
    }
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
