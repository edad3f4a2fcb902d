#include "../HrTestFixture.h"
#include "ResultTesting.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrReportJson.h"
#include "cli/CliApplication.h"
#include "cli/CliContext.h"
#include "common/DateText.h"
#include "hr/HrReportDocument.h"
#include "hr/HrReportRendering.h"
#include "store/PersonRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace rapport;
using namespace rapport::ui;

class TestHrReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentHoldsTheFigures();
    void writesPdf();
    void smallOrganisationHasNoNumbers();
    void failedWriteLeavesNoFile();
    void rendersPdfFromJson();
    void renderingRefusesWhatItCannotRead();
    void cliWritesPdf();
    void cliRejectsBadUsage_data();
    void cliRejectsBadUsage();

private:
    int runCli(const QStringList& words, QString* output = nullptr);

    test::HrFixture m_large;
    test::HrFixture m_small;
};

void TestHrReport::initTestCase()
{
    QVERIFY(m_large.setUp(60, 6));
    QVERIFY(m_small.setUp(3, 3));
}

int TestHrReport::runCli(const QStringList& words, QString* output)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), test::HrFixturePassphrase);
    const int code = cli::run(QStringList {QStringLiteral("rapport-cli")} + words,
                              cli::standardCommands(),
                              outStream,
                              errStream,
                              environment);
    outStream.flush();
    errStream.flush();
    if (output) {
        *output = out + err;
    }
    return code;
}

void TestHrReport::documentHoldsTheFigures()
{
    auto report = HrAnalytics::load(*m_large.store, m_large.registry);
    QVERIFY_RESULT(report);
    QVERIFY(!report->suppressed);
    const HrReportDocument document(*report, m_large.registry);
    const auto images = document.chartImages();
    QCOMPARE(images.size(), 3);
    for (const auto& [name, image] : images) {
        QVERIFY2(!image.isNull() && image.width() >= 900, qPrintable(name));
    }
    const auto built = document.build();
    const QString text = built->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Organisation overview")));
    QVERIFY(text.contains(QStringLiteral("Employees in the programme")));
    QVERIFY(text.contains(QLocale().toString(*report->employees)));
    QVERIFY(text.contains(QStringLiteral("performance metrics")));
    for (const HrTeam& team : report->teams) {
        QVERIFY2(text.contains(team.name), qPrintable(team.name));
    }
    for (const auto& [name, image] : images) {
        QVERIFY2(!built->resource(QTextDocument::ImageResource, QUrl(name)).isNull(), qPrintable(name));
    }
    // Never a person's name.
    auto people = m_large.store->people().list();
    QVERIFY_RESULT(people);
    for (const Person& person : std::as_const(*people)) {
        QVERIFY2(!text.contains(person.name), qPrintable(person.name));
        QVERIFY(!text.contains(person.id.toString(QUuid::WithoutBraces)));
    }
}

void TestHrReport::writesPdf()
{
    auto report = HrAnalytics::load(*m_large.store, m_large.registry);
    QVERIFY_RESULT(report);
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("hr.pdf"));
    QVERIFY_RESULT(HrReportDocument(*report, m_large.registry).writePdf(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY2(file.size() > 50000, qPrintable(QString::number(file.size()))); // charts are in it
}

void TestHrReport::smallOrganisationHasNoNumbers()
{
    auto report = HrAnalytics::load(*m_small.store, m_small.registry);
    QVERIFY_RESULT(report);
    QVERIFY(report->suppressed);
    const HrReportDocument document(*report, m_small.registry);
    QVERIFY(document.chartImages().isEmpty());
    QString text = document.build()->toPlainText();
    const QString hidden = HrAnalytics::suppressedText(report->minimumGroupSize);
    QVERIFY(text.contains(hidden));
    QVERIFY(text.contains(QStringLiteral("every figure on this page is hidden")));
    // The only digits allowed: the date, k, and the fixed wording ("last 90 days", "30 %").
    text.remove(DateText::date(report->asOf));
    text.remove(QString::number(HrAnalytics::RecentDays));
    text.remove(QStringLiteral("30 %"));
    text.remove(QString::number(report->minimumGroupSize));
    const QRegularExpressionMatch digit = QRegularExpression(QStringLiteral(".{0,40}\\d.{0,40}")).match(text);
    QVERIFY2(!digit.hasMatch(), qPrintable(digit.captured()));

    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("small.pdf"));
    QVERIFY_RESULT(document.writePdf(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
    QVERIFY(file.size() > 2000);
}

void TestHrReport::failedWriteLeavesNoFile()
{
    auto report = HrAnalytics::load(*m_large.store, m_large.registry);
    QVERIFY_RESULT(report);
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("missing/folder/hr.pdf"));
    QVERIFY_ERROR(HrReportDocument(*report, m_large.registry).writePdf(path), ErrorCode::Io);
    QVERIFY(!QFile::exists(path));

    // An existing file is replaced whole.
    const QString existing = QDir(folder.path()).filePath(QStringLiteral("old.pdf"));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    QVERIFY_RESULT(HrReportDocument(*report, m_large.registry).writePdf(existing));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.read(4), QByteArray("%PDF"));
}

void TestHrReport::rendersPdfFromJson()
{
    auto report = HrAnalytics::load(*m_large.store, m_large.registry);
    QVERIFY_RESULT(report);
    QTemporaryDir folder;
    const QString json = QDir(folder.path()).filePath(QStringLiteral("hr.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(hrReportToJson(*report)).toJson());
    file.close();
    const QString pdf = QDir(folder.path()).filePath(QStringLiteral("hr.pdf"));
    QVERIFY_RESULT(renderHrReportPdf(json, pdf, QString()));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
    QVERIFY2(written.size() > 50000, qPrintable(QString::number(written.size()))); // the charts are drawn again
}

void TestHrReport::renderingRefusesWhatItCannotRead()
{
    QTemporaryDir folder;
    const QString pdf = QDir(folder.path()).filePath(QStringLiteral("hr.pdf"));
    QVERIFY_ERROR(renderHrReportPdf(QDir(folder.path()).filePath(QStringLiteral("missing.json")), pdf, QString()),
                  ErrorCode::Io);
    QVERIFY(!QFile::exists(pdf));

    // The real `rapport`: the message on standard error (rapport-cli passes it on), exit code 1, no PDF.
    QProcess rapport;
    rapport.start(QStringLiteral(RAPPORT_GUI_PROGRAM),
                  {QStringLiteral("--render-hr-report"),
                   QDir(folder.path()).filePath(QStringLiteral("missing.json")),
                   QStringLiteral("--out"),
                   pdf});
    QVERIFY(rapport.waitForFinished(60000));
    QCOMPARE(rapport.exitCode(), 1);
    QVERIFY2(rapport.readAllStandardError().contains("missing.json"), "the error names the file");
    QVERIFY(!QFile::exists(pdf));
}

void TestHrReport::cliWritesPdf()
{
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("cli.pdf"));
    // The store is open in this process: close it for the CLI (one process at a time), reopen after.
    m_large.store.reset();
    // The real rapport-cli, which computes the figures and has the real `rapport` beside it draw them.
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), test::HrFixturePassphrase);
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(RAPPORT_CLI_PROGRAM),
                  {QStringLiteral("--store"),
                   m_large.path,
                   QStringLiteral("report"),
                   QStringLiteral("hr"),
                   QStringLiteral("--pdf"),
                   path});
    QVERIFY(program.waitForFinished(120000));
    const QString output = QString::fromUtf8(program.readAllStandardOutput() + program.readAllStandardError());
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QVERIFY2(program.exitCode() == int(cli::ExitOk), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Wrote the HR report")), qPrintable(output));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
    QVERIFY(file.size() > 50000);
    auto reopened = Store::open(m_large.path, SecureBytes::fromUtf8(test::HrFixturePassphrase));
    QVERIFY_RESULT(reopened);
    m_large.store = std::move(*reopened);
}

void TestHrReport::cliRejectsBadUsage_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("code");
    QTest::newRow("no report name") << QStringList {QStringLiteral("report"),
                                                    QStringLiteral("--pdf"),
                                                    QStringLiteral("x.pdf")}
                                    << int(cli::ExitUsage);
    QTest::newRow("unknown report") << QStringList {QStringLiteral("report"),
                                                    QStringLiteral("people"),
                                                    QStringLiteral("--pdf"),
                                                    QStringLiteral("x.pdf")}
                                    << int(cli::ExitUsage);
    QTest::newRow("no --pdf") << QStringList {QStringLiteral("report"), QStringLiteral("hr")} << int(cli::ExitUsage);
    QTest::newRow("unknown option") << QStringList {QStringLiteral("report"),
                                                    QStringLiteral("hr"),
                                                    QStringLiteral("--csv"),
                                                    QStringLiteral("x")}
                                    << int(cli::ExitUsage);
    QTest::newRow("help") << QStringList {QStringLiteral("report"), QStringLiteral("--help")} << int(cli::ExitOk);
}

void TestHrReport::cliRejectsBadUsage()
{
    QFETCH(QStringList, words);
    QFETCH(int, code);
    QString output;
    QCOMPARE(runCli(QStringList {QStringLiteral("--store"), m_small.path} + words, &output), code);
    QVERIFY(!output.isEmpty());
}

QTEST_MAIN(TestHrReport)
#include "TestHrReport.moc"
