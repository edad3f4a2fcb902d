#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "client/ClientDataExport.h"
#include "instruments/InstrumentIds.h"
#include "services/QuestionnaireService.h"
#include "store/SharingRepository.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace rapport;
using namespace rapport::ui;

class TestClientDataExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvField_data();
    void csvField();
    void submissionsCsvHasEveryAnswerQuoted();
    void sharingLogCsv();
    void formerProfessionalsStayInTheExport();
    void writesBothCsvFilesAtomically();
    void pdfReportWithCharts();
    void dashboardExportsThroughTheFileChooser();
    void cancelledFileChooserWritesNothing();

private:
    [[nodiscard]] ClientDataExport exporter();
    [[nodiscard]] QString pathIn(const QString& name) const;
    std::unique_ptr<test::ClientFixture> m_fixture;
};

void TestClientDataExport::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
    // A name that needs quoting in CSV.
    QVERIFY_RESULT(m_fixture->store->people().rename(m_fixture->professional.id, QStringLiteral("Berg, Dana \"DB\"")));
    QuestionnaireService service(*m_fixture->store, m_fixture->registry);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY_RESULT(
        service.submit(m_fixture->client.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 3}, QUuid(), now.addDays(-20)));
    QVERIFY_RESULT(
        service.submit(m_fixture->client.id, InstrumentIds::Wellbeing, {5, 4, 4, 5, 4}, QUuid(), now.addDays(-5)));
    QVERIFY_RESULT(service.submit(
        m_fixture->client.id, InstrumentIds::Alliance, {5, 6, 7, 6, 5}, m_fixture->professional.id, now.addDays(-3)));
    QVERIFY_RESULT(service.submit(m_fixture->client.id,
                                  InstrumentIds::Alliance,
                                  {2, 3, 4, 3, 2},
                                  m_fixture->secondProfessional.id,
                                  now.addDays(-2)));
    QVERIFY_RESULT(m_fixture->store->sharing().set(m_fixture->client.id, Metric::Alliance, true, m_fixture->client.id));
}

void TestClientDataExport::cleanup()
{
    m_fixture.reset();
}

ClientDataExport TestClientDataExport::exporter()
{
    auto data = ClientExportData::collect(*m_fixture->store, m_fixture->client.id);
    if (!data) {
        qWarning("%s", qPrintable(data.error().message));
        return ClientDataExport(ClientExportData(), m_fixture->registry);
    }
    return ClientDataExport(*data, m_fixture->registry);
}

QString TestClientDataExport::pathIn(const QString& name) const
{
    return QDir(m_fixture->directory.path()).filePath(name);
}

void TestClientDataExport::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Wellbeing") << QStringLiteral("Wellbeing");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("3,4,5") << QStringLiteral("\"3,4,5\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    QTest::newRow("unicode") << QStringLiteral("Žofia Ørsted") << QStringLiteral("Žofia Ørsted");
    // Formula injection: what a spreadsheet would run opens as text; numbers stay numbers.
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                             << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("minus text") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("negative number") << QStringLiteral("-3.5") << QStringLiteral("-3.5");
    QTest::newRow("number") << QStringLiteral("42.0") << QStringLiteral("42.0");
}

void TestClientDataExport::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(ClientDataExport::csvField(text), field);
}

void TestClientDataExport::submissionsCsvHasEveryAnswerQuoted()
{
    const QString csv = QString::fromUtf8(exporter().submissionsCsv());
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header + four submissions
    QCOMPARE(lines.at(0), QStringLiteral("Date (UTC),Questionnaire,Professional,Score,Result,Answers"));
    // Oldest first; the date is ISO 8601 in UTC.
    QVERIFY2(lines.at(1).contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,"))),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",\"3,3,3,3,3\"")));
    QVERIFY2(lines.at(3).contains(QStringLiteral(",\"Berg, Dana \"\"DB\"\"\",")), qPrintable(lines.at(3)));
    QVERIFY(lines.at(3).endsWith(QStringLiteral(",\"5,6,7,6,5\"")));
    QVERIFY(lines.at(4).contains(QStringLiteral(",Sam Ortiz,")));
    // Scores as on the dashboard; the Wellbeing result word beside them.
    QVERIFY2(lines.at(1).contains(QStringLiteral(",60,")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(3).contains(QStringLiteral(",5.8,,")));
}

void TestClientDataExport::sharingLogCsv()
{
    QVERIFY_RESULT(
        m_fixture->store->sharing().set(m_fixture->client.id, Metric::Alliance, false, m_fixture->client.id));
    const QStringList lines
        = QString::fromUtf8(exporter().sharingLogCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Date (UTC),Score,Change,Sharing afterwards"));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",Professional Alliance,Started sharing,Sharing")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral(",Professional Alliance,Stopped sharing,Not Sharing")));
}

void TestClientDataExport::formerProfessionalsStayInTheExport()
{
    QVERIFY_RESULT(m_fixture->store->connections().disconnect(m_fixture->client.id, m_fixture->secondProfessional.id));
    const QString csv = QString::fromUtf8(exporter().submissionsCsv());
    QVERIFY(csv.contains(QStringLiteral(",Sam Ortiz,")));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 5);
}

void TestClientDataExport::writesBothCsvFilesAtomically()
{
    const QString path = pathIn(QStringLiteral("alex.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();

    auto written = exporter().writeCsv(path);
    QVERIFY_RESULT(written);
    QCOMPARE(*written, (QStringList {path, pathIn(QStringLiteral("alex-sharing-log.csv"))}));
    QFile submissions(path);
    QVERIFY(submissions.open(QIODevice::ReadOnly));
    QCOMPARE(submissions.readAll(), exporter().submissionsCsv());
    QFile log(written->at(1));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll(), exporter().sharingLogCsv());

    // A folder that does not exist: an error, nothing half-written.
    auto failed = exporter().writeCsv(pathIn(QStringLiteral("missing/alex.csv")));
    QVERIFY_ERROR(failed, ErrorCode::Io);
}

void TestClientDataExport::pdfReportWithCharts()
{
    const ClientDataExport exportData = exporter();
    const std::unique_ptr<QTextDocument> report = exportData.report();
    const QString text = report->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Rapport report for Alex Morgan")));
    QVERIFY(text.contains(QStringLiteral("Wellbeing Score")));
    QVERIFY(text.contains(QStringLiteral("Professional Alliance with Sam Ortiz")));
    QVERIFY(text.contains(QStringLiteral("Started sharing")));
    const QImage chart
        = report->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("rapport-chart://wellbeing")))
              .value<QImage>();
    QVERIFY(!chart.isNull());
    QVERIFY(chart.width() >= 900);
    QVERIFY(!report->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("rapport-chart://alliance")))
                 .value<QImage>()
                 .isNull());
    if (qEnvironmentVariableIsSet("RAPPORT_TEST_SHOTS")) {
        chart.save(QDir(qEnvironmentVariable("RAPPORT_TEST_SHOTS")).filePath(QStringLiteral("export-chart.png")));
        // The report's first page, as laid out for A4 at 96 dpi.
        report->setPageSize(QSizeF(794, 1123));
        QImage page(794, 1123, QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::white);
        QPainter painter(&page);
        report->drawContents(&painter, QRectF(0, 0, 794, 1123));
        painter.end();
        page.save(QDir(qEnvironmentVariable("RAPPORT_TEST_SHOTS")).filePath(QStringLiteral("export-report.png")));
    }

    const QString path = pathIn(QStringLiteral("report.pdf"));
    QVERIFY_RESULT(exportData.writePdf(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 20000, qPrintable(QString::number(bytes.size()))); // the charts are in it
    QVERIFY(bytes.contains("/Image"));
}

void TestClientDataExport::dashboardExportsThroughTheFileChooser()
{
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    dashboard.show();
    QString suggested;
    const QString csvPath = pathIn(QStringLiteral("mine"));
    dashboard.setSaveFileChooser([&](QWidget*, const QString&, const QString& proposal, const QString&) {
        suggested = proposal;
        return csvPath;
    });
    dashboard.findChild<QAction*>(QStringLiteral("exportCsvAction"))->trigger();
    QVERIFY(suggested.endsWith(QStringLiteral("rapport-alex-morgan.csv")));
    QVERIFY(QFile::exists(csvPath + QStringLiteral(".csv")));
    QVERIFY(QFile::exists(pathIn(QStringLiteral("mine-sharing-log.csv"))));
    auto* notice = dashboard.findChild<QLabel*>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("mine-sharing-log.csv")));

    const QString pdfPath = pathIn(QStringLiteral("mine.pdf"));
    dashboard.setSaveFileChooser([&](QWidget*, const QString&, const QString&, const QString&) { return pdfPath; });
    dashboard.findChild<QAction*>(QStringLiteral("exportPdfAction"))->trigger();
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    QVERIFY(!dashboard.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
}

void TestClientDataExport::cancelledFileChooserWritesNothing()
{
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    dashboard.setSaveFileChooser([](QWidget*, const QString&, const QString&, const QString&) { return QString(); });
    dashboard.findChild<QAction*>(QStringLiteral("exportPdfAction"))->trigger();
    dashboard.findChild<QAction*>(QStringLiteral("exportCsvAction"))->trigger();
    QCOMPARE(
        QDir(m_fixture->directory.path()).entryList(QStringList {QStringLiteral("*.pdf"), QStringLiteral("*.csv")}),
        QStringList());
}

QTEST_MAIN(TestClientDataExport)
#include "TestClientDataExport.moc"
