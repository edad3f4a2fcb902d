// Fails when a translation is unfinished, obsolete or missing, when a translation drops or invents a placeholder,
// and when a user-visible text in ui/ or app/ is set from a literal that is not wrapped in tr().

#include "UnwrappedTexts.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString SourceDir = QStringLiteral(RAPPORT_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    QStringList translations; ///< one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages.append(current);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const Message& m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void scannerFindsUnwrappedTexts_data();
    void scannerFindsUnwrappedTexts();
    void uiStringsAreWrapped();
};

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("German") << QStringLiteral("rapport_de.ts") << false;
    QTest::newRow("Icelandic") << QStringLiteral("rapport_is.ts") << false;
    QTest::newRow("English plural forms") << QStringLiteral("rapport_en.ts") << true;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(file);
    QVERIFY(QFile::copy(SourceDir + QStringLiteral("/translations/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same options as the rapport_ui_lupdate target and scripts/update-translations.
    QStringList arguments {QStringLiteral("-locations"),
                           QStringLiteral("none"),
                           QStringLiteral("-source-language"),
                           QStringLiteral("en"),
                           QStringLiteral("-I"),
                           SourceDir + QStringLiteral("/core"),
                           QStringLiteral("-I"),
                           SourceDir + QStringLiteral("/ui")};
    if (pluralOnly) {
        arguments << QStringLiteral("-pluralonly");
    }
    arguments << QLatin1Char('@') + QStringLiteral(RAPPORT_LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RAPPORT_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList unfinished;
    QStringList obsolete;
    QStringList badPlaceholders;
    for (const Message& m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            obsolete.append(describe(m));
            continue;
        }
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString& t) {
                               return t.isEmpty();
                           });
        if (m.type == QLatin1String("unfinished") || empty) {
            unfinished.append(describe(m));
            continue;
        }
        QStringList expected = placeholders(m.source);
        for (const QString& translation : m.translations) {
            QStringList found = placeholders(translation);
            if (m.numerus) {
                // A plural form may spell its number out ("the last day" for %n = 1): only %n may be left out.
                found.removeAll(QStringLiteral("%n"));
                expected.removeAll(QStringLiteral("%n"));
            }
            if (found != expected) {
                badPlaceholders.append(describe(m) + QStringLiteral(" -> \"") + translation + QLatin1Char('"'));
            }
        }
    }
    const auto report = [&](const QString& what, const QStringList& list) {
        return QStringLiteral("%1 %2 in %3 (run scripts/update-translations, then translate in Qt Linguist):\n  %4")
            .arg(list.size())
            .arg(what, file, list.mid(0, 25).join(QStringLiteral("\n  ")));
    };
    QVERIFY2(unfinished.isEmpty(), qPrintable(report(QStringLiteral("unfinished or new texts"), unfinished)));
    QVERIFY2(obsolete.isEmpty(), qPrintable(report(QStringLiteral("texts no longer in the sources"), obsolete)));
    QVERIFY2(badPlaceholders.isEmpty(),
             qPrintable(report(QStringLiteral("translations whose placeholders differ"), badPlaceholders)));
}

void TestTranslations::scannerFindsUnwrappedTexts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("flagged");
    const auto code = [](const char* text) { return QString::fromUtf8(text); };
    QTest::newRow("QStringLiteral label") << code(R"(label->setText(QStringLiteral("Saved.")); )") << true;
    QTest::newRow("plain literal title") << code(R"(setWindowTitle("Preferences");)") << true;
    QTest::newRow("u literal tooltip") << code(R"(button->setToolTip(u"Share"_s);)") << true;
    QTest::newRow("second argument") << code(R"(QMessageBox::warning(this, tr("Title"), QStringLiteral("Oops"));)")
                                     << true;
    QTest::newRow("over two lines") << code("auto* label = new QLabel(\n    QStringLiteral(\"Your data\"), this);")
                                    << true;
    QTest::newRow("accessible name") << code(R"(chart->setAccessibleName(QString::fromUtf8("Trend"));)") << true;
    QTest::newRow("translated") << code(R"(label->setText(tr("Saved."));)") << false;
    QTest::newRow("symbol only") << code(R"(arrow->setText(QStringLiteral("→"));)") << false;
    QTest::newRow("format only") << code(R"(label->setText(QStringLiteral("%1 / %2").arg(a, b));)") << false;
    QTest::newRow("object name") << code(R"(label->setObjectName(QStringLiteral("scoreLabel"));)") << false;
    QTest::newRow("opted out") << code(R"(label->setText(QStringLiteral("Rapport")); // i18n-ok: product name)")
                               << false;
    QTest::newRow("comment") << code(R"(// label->setText(QStringLiteral("old"));)") << false;
}

void TestTranslations::scannerFindsUnwrappedTexts()
{
    QFETCH(QString, code);
    QFETCH(bool, flagged);
    const QStringList found = unwrappedTexts(code);
    QVERIFY2(found.isEmpty() != flagged, qPrintable(found.join(QLatin1Char('\n'))));
}

void TestTranslations::uiStringsAreWrapped()
{
    QStringList offenders;
    for (const QString& folder : {QStringLiteral("/ui"), QStringLiteral("/app")}) {
        QDirIterator it(SourceDir + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString relative = QDir(SourceDir).relativeFilePath(path);
            const QStringList found = unwrappedTexts(QString::fromUtf8(file.readAll()));
            for (const QString& place : found) {
                offenders.append(relative + QLatin1Char(':') + place);
            }
        }
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 visible texts are not wrapped in tr() (wrap them, or mark the line "
                                       "// i18n-ok: <reason>):\n  %2")
                            .arg(offenders.size())
                            .arg(offenders.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
