#include "InstrumentFixtures.h"
#include "ResultTesting.h"
#include "TestSupport.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(contents), contents.size());
}

/** Every text of a definition with a name saying where it is. */
QList<std::pair<QString, LocalizedText>> allTexts(const InstrumentDefinition& definition)
{
    QList<std::pair<QString, LocalizedText>> texts {{QStringLiteral("title"), definition.title},
                                                    {QStringLiteral("instructions"), definition.instructions},
                                                    {QStringLiteral("timeFrame"), definition.timeFrame},
                                                    {QStringLiteral("methodology"), definition.methodology}};
    for (auto it = definition.scale.labels.cbegin(); it != definition.scale.labels.cend(); ++it) {
        texts.append({QStringLiteral("scale label %1").arg(it.key()), it.value()});
    }
    for (const InstrumentItem& item : definition.items) {
        texts.append({QStringLiteral("item ") + item.id, item.text});
    }
    for (const Dimension& dimension : definition.dimensions) {
        texts.append({QStringLiteral("dimension label ") + dimension.id, dimension.label});
        texts.append({QStringLiteral("dimension description ") + dimension.id, dimension.description});
    }
    for (const Bracket& bracket : definition.brackets) {
        texts.append({QStringLiteral("bracket ") + bracket.id, bracket.label});
    }
    return texts;
}

} // namespace

class TestInstrumentRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourcesAreLinkedIn()
    {
        for (const QString& name :
             {QStringLiteral("wellbeing-index.json"), QStringLiteral("professional-alliance.json")}) {
            const QByteArray contents = readAll(QStringLiteral(":/instruments/") + name);
            QVERIFY2(!contents.isEmpty(), qPrintable(name));
        }
    }

    void builtInHasBoth()
    {
        const auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        QCOMPARE(registry->size(), 2);
        QVERIFY(registry->ids().contains(InstrumentIds::Wellbeing));
        QVERIFY(registry->ids().contains(InstrumentIds::Alliance));
        QCOMPARE(registry->all().size(), 2);
        QVERIFY_RESULT(registry->get(InstrumentIds::Wellbeing));
        QCOMPARE(registry->get(InstrumentIds::Alliance)->id, InstrumentIds::Alliance);
        QVERIFY(registry->find(QStringLiteral("who-5")) == nullptr);
        const auto missing = registry->get(QStringLiteral("who-5"));
        QVERIFY_ERROR(missing, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("who-5")));
    }

    void wellbeingIndex()
    {
        const auto definition = InstrumentRegistry::builtIn().and_then(
            [](const InstrumentRegistry& registry) { return registry.get(InstrumentIds::Wellbeing); });
        QVERIFY_RESULT(definition);
        QCOMPARE(definition->title.text(), QStringLiteral("Wellbeing Index"));
        QVERIFY(definition->version >= 1);
        QCOMPARE(definition->scale.min, 0);
        QCOMPARE(definition->scale.max, 5);
        const QStringList labels {QStringLiteral("At no time"),
                                  QStringLiteral("Some of the time"),
                                  QStringLiteral("Less than half of the time"),
                                  QStringLiteral("More than half of the time"),
                                  QStringLiteral("Most of the time"),
                                  QStringLiteral("All of the time")};
        for (int point = 0; point <= 5; ++point) {
            QCOMPARE(definition->scale.labelFor(point).text(), labels.at(point));
        }
        QCOMPARE(definition->items.size(), 5);
        for (const InstrumentItem& item : definition->items) {
            QVERIFY(!item.reverse); // positively worded
            QVERIFY(item.dimension.isEmpty());
        }
        QVERIFY(definition->dimensions.isEmpty());
        QCOMPARE(definition->rule, ScoringRule::Sum);
        QCOMPARE(definition->multiplier, 4.0);
        QCOMPARE(definition->scoreMin, 0.0);
        QCOMPARE(definition->scoreMax, 100.0);
        QCOMPARE(definition->decimals, 0);
        QCOMPARE(definition->meaningfulChange, 10.0);
        QCOMPARE(definition->brackets.size(), 3);
        const QStringList ids {QStringLiteral("poor"), QStringLiteral("moderate"), QStringLiteral("good")};
        const QList<std::pair<double, double>> ranges {{0, 28}, {29, 50}, {51, 100}};
        const QStringList names {QStringLiteral("Poor"), QStringLiteral("Moderate"), QStringLiteral("Good")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(definition->brackets.at(i).id, ids.at(i));
            QCOMPARE(definition->brackets.at(i).min, ranges.at(i).first);
            QCOMPARE(definition->brackets.at(i).max, ranges.at(i).second);
            QCOMPARE(definition->brackets.at(i).label.text(), names.at(i));
        }
        const QString methodology = definition->methodology.text();
        QVERIFY(methodology.contains(QStringLiteral("WHO-5")));
        QVERIFY(methodology.contains(QStringLiteral("Rapport's own")));
        QVERIFY(methodology.contains(QStringLiteral("not a diagnosis")));
    }

    void professionalAlliance()
    {
        const auto definition = InstrumentRegistry::builtIn().and_then(
            [](const InstrumentRegistry& registry) { return registry.get(InstrumentIds::Alliance); });
        QVERIFY_RESULT(definition);
        QCOMPARE(definition->title.text(), QStringLiteral("Professional Alliance"));
        QCOMPARE(definition->scale.min, 1);
        QCOMPARE(definition->scale.max, 7);
        QCOMPARE(definition->scale.labels.size(), 7);
        QCOMPARE(definition->scale.labelFor(1).text(), QStringLiteral("Strongly disagree"));
        QCOMPARE(definition->scale.labelFor(7).text(), QStringLiteral("Strongly agree"));
        QCOMPARE(definition->items.size(), 5);
        QCOMPARE(definition->dimensions.size(), 3);
        for (const QString& id :
             {QStringLiteral("bond"), QStringLiteral("partnership"), QStringLiteral("confidence")}) {
            QVERIFY2(definition->dimension(id) != nullptr, qPrintable(id));
            const auto items = std::count_if(definition->items.cbegin(),
                                             definition->items.cend(),
                                             [&](const InstrumentItem& item) { return item.dimension == id; });
            QVERIFY2(items >= 1, qPrintable(id));
        }
        for (const InstrumentItem& item : definition->items) {
            QVERIFY(!item.dimension.isEmpty());
        }
        QCOMPARE(definition->rule, ScoringRule::Mean);
        QCOMPARE(definition->scoreMin, 1.0);
        QCOMPARE(definition->scoreMax, 7.0);
        QCOMPARE(definition->decimals, 1);
        QCOMPARE(definition->meaningfulChange, 1.0);
        QVERIFY(definition->brackets.isEmpty());
        const QString methodology = definition->methodology.text();
        QVERIFY(methodology.contains(QStringLiteral("ARM-5")));
        QVERIFY(methodology.contains(QStringLiteral("Rapport's own")));
        QVERIFY(methodology.contains(QStringLiteral("not a diagnosis")));
    }

    void everyTextIsTranslated()
    {
        const auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        const QStringList languages {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("is")};
        for (const InstrumentDefinition& definition : registry->all()) {
            for (const auto& [where, text] : allTexts(definition)) {
                const QString context = definition.id + QStringLiteral(": ") + where;
                QVERIFY2(text.languages() == languages, qPrintable(context));
                for (const QString& language : languages) {
                    QVERIFY2(!text.byLanguage.value(language).trimmed().isEmpty(), qPrintable(context));
                }
                // A translation that equals the English text is probably a forgotten one.
                QVERIFY2(text.text(QStringLiteral("de")) != text.text(), qPrintable(context));
                QVERIFY2(text.text(QStringLiteral("is")) != text.text(), qPrintable(context));
            }
        }
    }

    void loadWithoutDirectoryIsBuiltIn()
    {
        const auto registry = InstrumentRegistry::load(QString());
        QVERIFY_RESULT(registry);
        QCOMPARE(registry->ids(), InstrumentRegistry::builtIn()->ids());
    }

    void directoryReplacesBuiltIn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("licensed.json")), toJson(fixtureDefinition()));
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a definition");
        const auto registry = InstrumentRegistry::load(dir.path());
        QVERIFY_RESULT(registry);
        QCOMPARE(registry->ids(), QStringList {QStringLiteral("fixture")});
        QVERIFY(registry->find(InstrumentIds::Wellbeing) == nullptr);
    }

    void filesLoadInNameOrder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("b.json")),
                  toJson(withField(fixtureDefinition(), QStringLiteral("id"), QStringLiteral("second"))));
        writeFile(dir.filePath(QStringLiteral("a.json")),
                  toJson(withField(fixtureDefinition(), QStringLiteral("id"), QStringLiteral("first"))));
        const auto registry = InstrumentRegistry::fromDirectory(dir.path());
        QVERIFY_RESULT(registry);
        QCOMPARE(registry->ids(), (QStringList {QStringLiteral("first"), QStringLiteral("second")}));
    }

    void brokenFileNamesFileAndField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("alliance.json")), toJson(fixtureDefinition()));
        // The built-in Wellbeing Index with one item pointing at a dimension that does not exist.
        QJsonObject wellbeing
            = QJsonDocument::fromJson(readAll(QStringLiteral(":/instruments/wellbeing-index.json"))).object();
        QVERIFY(!wellbeing.isEmpty());
        wellbeing = withField(wellbeing, QStringLiteral("items[2].dimension"), QStringLiteral("trust"));
        writeFile(dir.filePath(QStringLiteral("wellbeing.json")), toJson(wellbeing));

        const auto registry = InstrumentRegistry::load(dir.path());
        QVERIFY_ERROR(registry, ErrorCode::InvalidDefinition);
        QCOMPARE(registry.error().message,
                 QStringLiteral("wellbeing.json: items[2].dimension: unknown dimension 'trust'"));
    }

    void invalidJsonFileNamesFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("half.json")), R"({"id": "half", "version": )");
        const auto registry = InstrumentRegistry::fromDirectory(dir.path());
        QVERIFY_ERROR(registry, ErrorCode::InvalidDefinition);
        QVERIFY2(registry.error().message.startsWith(QStringLiteral("half.json: not valid JSON")),
                 qPrintable(registry.error().message));
    }

    void duplicateIdsAcrossFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("one.json")), toJson(fixtureDefinition()));
        writeFile(dir.filePath(QStringLiteral("two.json")), toJson(fixtureDefinition()));
        const auto registry = InstrumentRegistry::fromDirectory(dir.path());
        QVERIFY_ERROR(registry, ErrorCode::InvalidDefinition);
        QCOMPARE(registry.error().message,
                 QStringLiteral("two.json: id: instrument 'fixture' is already defined in one.json"));
    }

    void missingOrEmptyDirectory()
    {
        QTemporaryDir dir;
        const auto empty = InstrumentRegistry::load(dir.path());
        QVERIFY_ERROR(empty, ErrorCode::NotFound);
        QVERIFY(empty.error().message.contains(dir.path()));
        const QString missingPath = dir.filePath(QStringLiteral("nowhere"));
        const auto missing = InstrumentRegistry::load(missingPath);
        QVERIFY_ERROR(missing, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(missingPath));
        // A file is not a folder.
        writeFile(dir.filePath(QStringLiteral("file.json")), toJson(fixtureDefinition()));
        QVERIFY_ERROR(InstrumentRegistry::load(dir.filePath(QStringLiteral("file.json"))), ErrorCode::NotFound);
    }

    void fromDefinitions()
    {
        const auto definition = loadDefinition(fixtureDefinition());
        QVERIFY_RESULT(definition);
        const auto registry = InstrumentRegistry::fromDefinitions({*definition});
        QVERIFY_RESULT(registry);
        QCOMPARE(registry->ids(), QStringList {QStringLiteral("fixture")});
        QVERIFY_ERROR(InstrumentRegistry::fromDefinitions({*definition, *definition}), ErrorCode::AlreadyExists);
        QVERIFY(InstrumentRegistry().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstrumentRegistry)
#include "TestInstrumentRegistry.moc"
