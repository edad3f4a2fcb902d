#include "ResultTesting.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrReportJson.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoGenerator.h"
#include "instruments/InstrumentRegistry.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rapport;

// The JSON that rapport-cli hands to `rapport --render-hr-report`: read back, it must be the same report.
class TestHrReportJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    InstrumentRegistry m_registry;

    /** The HR report of a demo organisation of `employees` people. */
    Result<HrReport> demoReport(int employees, const QString& name)
    {
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        auto store = Store::create(m_dir.filePath(name), SecureBytes::fromUtf8(QStringLiteral("passphrase")), options);
        if (!store) {
            return tl::unexpected(store.error());
        }
        DemoOptions demo;
        demo.employees = employees;
        demo.professionals = employees / 10 + 1;
        demo.months = 6;
        demo.seed = 5;
        if (auto filled = DemoGenerator(demo).fill(**store, m_registry); !filled) {
            return tl::unexpected(filled.error());
        }
        return HrAnalytics::load(**store, m_registry);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        m_registry = std::move(*registry);
    }

    void roundTripKeepsTheReport_data()
    {
        QTest::addColumn<int>("employees");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("organisation") << 60 << false;
        QTest::newRow("below k") << 3 << true;
    }

    void roundTripKeepsTheReport()
    {
        QFETCH(int, employees);
        QFETCH(bool, suppressed);
        auto report = demoReport(employees, QStringLiteral("org-%1.rapport").arg(employees));
        QVERIFY_RESULT(report);
        QCOMPARE(report->suppressed, suppressed);

        const QJsonObject json = hrReportToJson(*report);
        const HrReport read = hrReportFromJson(json, m_registry);
        QCOMPARE(hrReportToJson(read), json);

        // What the JSON does not spell out is found again in the instruments: whole brackets and dimensions.
        QCOMPARE(read.distribution.size(), report->distribution.size());
        for (qsizetype i = 0; i < read.distribution.size(); ++i) {
            QCOMPARE(read.distribution.at(i).bracket.id, report->distribution.at(i).bracket.id);
            QCOMPARE(read.distribution.at(i).bracket.max, report->distribution.at(i).bracket.max);
            QCOMPARE(read.distribution.at(i).people, report->distribution.at(i).people);
        }
        QCOMPARE(read.alliance.dimensions.size(), report->alliance.dimensions.size());
        for (qsizetype i = 0; i < read.alliance.dimensions.size(); ++i) {
            QCOMPARE(read.alliance.dimensions.at(i).dimension.id, report->alliance.dimensions.at(i).dimension.id);
            QCOMPARE(read.alliance.dimensions.at(i).mean, report->alliance.dimensions.at(i).mean);
        }
        QCOMPARE(read.wellbeingBracket.has_value(), report->wellbeingBracket.has_value());
        QCOMPARE(read.monthly.size(), report->monthly.size());
        QCOMPARE(read.teams.size(), report->teams.size());
        QCOMPARE(read.asOf.toSecsSinceEpoch(), report->asOf.toSecsSinceEpoch());
        QCOMPARE(read.employees, report->employees);
        QCOMPARE(read.participationRate, report->participationRate);
        QCOMPARE(read.lowParticipation, report->lowParticipation);
    }

    void missingFiguresStaySuppressed()
    {
        const HrReport read
            = hrReportFromJson(QJsonObject {{QStringLiteral("employees"), QStringLiteral("12")},
                                            {QStringLiteral("participants"), -3},
                                            {QStringLiteral("teams"),
                                             QJsonArray {QJsonObject {{QStringLiteral("team"), QStringLiteral("Ops")},
                                                                      {QStringLiteral("suppressed"), true},
                                                                      {QStringLiteral("n"), 9}}}}},
                               m_registry);
        QVERIFY(read.suppressed);
        QVERIFY(!read.employees); // a text is not a number
        QVERIFY(!read.participants); // nor is a negative count
        QVERIFY(!read.wellbeingMean);
        QVERIFY(read.distribution.isEmpty());
        QCOMPARE(read.teams.size(), 1);
        QVERIFY(read.teams.first().isSuppressed());
        QVERIFY(!read.teams.first().people); // a suppressed team keeps no figure, even one the file has
    }

    void readsFilesAndRefusesOthers()
    {
        auto report = demoReport(8, QStringLiteral("file.rapport"));
        QVERIFY_RESULT(report);
        const QString path = m_dir.filePath(QStringLiteral("report.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(hrReportToJson(*report)).toJson());
        file.close();
        auto read = readHrReportJson(path, m_registry);
        QVERIFY_RESULT(read);
        QCOMPARE(hrReportToJson(*read), hrReportToJson(*report));

        QVERIFY_ERROR(readHrReportJson(m_dir.filePath(QStringLiteral("missing.json")), m_registry), ErrorCode::Io);
        for (const QByteArray& contents : {QByteArray("{\"employees\": "), QByteArray("[1, 2]")}) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(contents);
            file.close();
            QVERIFY_ERROR(readHrReportJson(path, m_registry), ErrorCode::CorruptFile);
        }
    }
};

QTEST_GUILESS_MAIN(TestHrReportJson)
#include "TestHrReportJson.moc"
