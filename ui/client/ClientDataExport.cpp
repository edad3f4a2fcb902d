#include "ClientDataExport.h"

#include "TrendChart.h"
#include "common/SaveFile.h"
#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "models/ScoreSeriesModel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace rapport::ui {

namespace {

Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, ClientDataExport::tr("%1 cannot be written: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !commitSaveFile(file)) {
        const ErrorCode code = file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        return fail(code, ClientDataExport::tr("%1 could not be saved: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString readableTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), ClientDataExport::tr("d MMM yyyy, HH:mm"));
}

QString metricText(Metric metric)
{
    return metric == Metric::Alliance ? ClientDataExport::tr("Professional Alliance")
                                      : ClientDataExport::tr("Wellbeing Score");
}

QString changeText(const SharingChange& change)
{
    return change.to ? ClientDataExport::tr("Started sharing") : ClientDataExport::tr("Stopped sharing");
}

/** One line of the sharing history: a sharing change or an answer to a connection, with its time. */
struct HistoryLine
{
    QDateTime at;
    QString what;
    QString change;
    QString sharingAfterwards; ///< empty for a connection
};

QList<HistoryLine> historyLines(const ClientExportData& data)
{
    QList<HistoryLine> lines;
    for (const SharingChange& change : data.sharingLog) {
        lines.append({change.at, metricText(change.metric), changeText(change),
                      change.to ? ClientDataExport::tr("Sharing") : ClientDataExport::tr("Not Sharing")});
    }
    for (const ConnectionDecision& decision : data.connectionDecisions) {
        lines.append({decision.at,
                      ClientDataExport::tr("Connection with %1")
                          .arg(data.professionalNames.value(decision.professionalId,
                                                            ClientDataExport::tr("a professional"))),
                      decision.accepted ? ClientDataExport::tr("Accepted") : ClientDataExport::tr("Declined"),
                      QString()});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const HistoryLine& a, const HistoryLine& b) { return a.at < b.at; });
    return lines;
}

const QString WellbeingChartUrl = QStringLiteral("rapport-chart://wellbeing");
const QString AllianceChartUrl = QStringLiteral("rapport-chart://alliance");

} // namespace

ClientDataExport::ClientDataExport(ClientExportData data, const InstrumentRegistry& registry)
    : m_data(std::move(data))
    , m_registry(registry)
{
}

QString ClientDataExport::csvField(const QString& original)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return before one) as a formula: a
    // professional's name such as "=HYPERLINK(…)" must open as text. Numbers, negative ones too, stay numbers.
    QString text = original;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        bool isNumber = false;
        text.toDouble(&isNumber);
        const bool formulaStart = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                                  first == QLatin1Char('-') || first == QLatin1Char('@') ||
                                  first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (formulaStart && !isNumber) {
            text.prepend(QLatin1Char('\''));
        }
    }
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ClientDataExport::csvRecord(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields) {
        escaped.append(csvField(field));
    }
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString ClientDataExport::questionnaireTitle(const QString& instrumentId) const
{
    const InstrumentDefinition* definition = m_registry.find(instrumentId);
    return definition ? definition->title.text(instrumentLanguage()) : instrumentId;
}

QString ClientDataExport::professionalName(const QUuid& id) const
{
    if (id.isNull()) {
        return QString();
    }
    return m_data.professionalNames.value(id, tr("A professional no longer in Rapport"));
}

QString ClientDataExport::scoreText(const Submission& submission, const QLocale& locale) const
{
    const InstrumentDefinition* definition = m_registry.find(submission.instrumentId);
    const int decimals = definition ? definition->decimals : 1;
    // The C locale keeps the CSV machine-readable ("5.3"); the PDF is for people and follows the language.
    return locale.language() == QLocale::C ? formatScore(submission.score, decimals)
                                           : locale.toString(roundScore(submission.score, decimals), 'f', decimals);
}

QByteArray ClientDataExport::submissionsCsv() const
{
    QString csv = csvRecord({tr("Date (UTC)"), tr("Questionnaire"), tr("Professional"), tr("Score"), tr("Result"),
                             tr("Answers")});
    for (const Submission& submission : m_data.submissions) {
        const InstrumentDefinition* definition = m_registry.find(submission.instrumentId);
        QString bracket;
        if (definition) {
            if (const auto found = definition->bracketFor(submission.score)) {
                bracket = found->label.text(instrumentLanguage());
            }
        }
        QStringList answers;
        for (const int answer : submission.answers) {
            answers.append(QString::number(answer));
        }
        csv += csvRecord({isoTime(submission.submittedAt), questionnaireTitle(submission.instrumentId),
                          professionalName(submission.professionalId), scoreText(submission), bracket,
                          answers.join(QLatin1Char(','))});
    }
    return csv.toUtf8();
}

QByteArray ClientDataExport::sharingLogCsv() const
{
    QString csv = csvRecord({tr("Date (UTC)"), tr("Score"), tr("Change"), tr("Sharing afterwards")});
    for (const HistoryLine& line : historyLines(m_data)) {
        csv += csvRecord({isoTime(line.at), line.what, line.change, line.sharingAfterwards});
    }
    return csv.toUtf8();
}

QString ClientDataExport::sharingLogPathFor(const QString& path)
{
    const QFileInfo info(path);
    QString base = info.completeBaseName();
    if (base.isEmpty()) {
        base = info.fileName();
    }
    return info.dir().filePath(base + QStringLiteral("-sharing-log.csv"));
}

Result<QStringList> ClientDataExport::writeCsv(const QString& path) const
{
    const QString logPath = sharingLogPathFor(path);
    RAPPORT_TRY(writeAtomically(path, submissionsCsv()));
    RAPPORT_TRY(writeAtomically(logPath, sharingLogCsv()));
    return QStringList{path, logPath};
}

ScoreSeries ClientDataExport::wellbeingSeries() const
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Wellbeing);
    if (!definition) {
        return {};
    }
    QList<Submission> wellbeing;
    for (const Submission& submission : m_data.submissions) {
        if (submission.instrumentId == InstrumentIds::Wellbeing) {
            wellbeing.append(submission);
        }
    }
    return ScoreSeries::from(wellbeing, *definition);
}

QList<std::pair<QUuid, ScoreSeries>> ClientDataExport::allianceSeries() const
{
    QList<std::pair<QUuid, ScoreSeries>> result;
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    if (!definition) {
        return result;
    }
    QList<QUuid> professionals = m_data.connectedProfessionals;
    QList<QUuid> former;
    for (const Submission& submission : m_data.submissions) {
        if (submission.instrumentId == InstrumentIds::Alliance && !professionals.contains(submission.professionalId) &&
            !former.contains(submission.professionalId)) {
            former.append(submission.professionalId);
        }
    }
    professionals += former;
    for (const QUuid& id : std::as_const(professionals)) {
        QList<Submission> about;
        for (const Submission& submission : m_data.submissions) {
            if (submission.instrumentId == InstrumentIds::Alliance && submission.professionalId == id) {
                about.append(submission);
            }
        }
        result.append({id, ScoreSeries::from(about, *definition)});
    }
    return result;
}

QString ClientDataExport::trendText(const ScoreSeries& series)
{
    switch (series.trend.direction) {
    case TrendDirection::Improving:
        return tr("↑ improving");
    case TrendDirection::Stable:
        return tr("→ stable");
    case TrendDirection::Declining:
        return tr("↓ declining");
    case TrendDirection::Insufficient:
        break;
    }
    return tr("not enough results yet");
}

QImage ClientDataExport::chartImage(const QString& instrumentId, const QString& title,
                                    const QList<std::pair<QString, ScoreSeries>>& lines) const
{
    const InstrumentDefinition* definition = m_registry.find(instrumentId);
    if (!definition) {
        return {};
    }
    TrendChart chart(*definition, title);
    QList<ScoreSeriesModel*> models;
    for (const auto& [name, series] : lines) {
        auto* model = new ScoreSeriesModel(definition->decimals, &chart);
        model->setSeries(series);
        chart.addSeries(model, name);
    }
    const QSize size(900, 420);
    chart.resize(size);
    // Laid out like a visible view (the chart follows the view's size), without appearing on screen.
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.show();
    constexpr int Scale = 2; // drawn at twice the size, so it stays sharp when printed
    QImage image(size * Scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart.QGraphicsView::render(&painter, QRectF(image.rect()), chart.viewport()->rect());
    painter.end();
    return image;
}

std::unique_ptr<QTextDocument> ClientDataExport::report() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 18px; } "
        "table { border-collapse: collapse; } th { background-color: #e8eef5; text-align: left; } "
        "td, th { padding: 4px 8px; border: 1px solid #c4ccd6; } .muted { color: #555555; }"));

    const QString name = m_data.client.name.toHtmlEscaped();
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Rapport report for %1").arg(name));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(tr("Exported %1. Private: this report holds your own scores and answers.")
                         .arg(readableTime(m_data.exportedAt).toHtmlEscaped()));

    // Current scores.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Current scores"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(tr("Score"), tr("Latest"), tr("Result"), tr("Trend"), tr("Last completed"));
    const auto row = [&html](const QStringList& cells) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : cells) {
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    };
    const InstrumentDefinition* wellbeingDefinition = m_registry.find(InstrumentIds::Wellbeing);
    const InstrumentDefinition* allianceDefinition = m_registry.find(InstrumentIds::Alliance);
    const ScoreSeries wellbeing = wellbeingSeries();
    if (wellbeing.latest && wellbeingDefinition) {
        row({tr("Wellbeing Score"),
             tr("%1 / %2").arg(displayScore(*wellbeing.latest, wellbeingDefinition->decimals),
                               displayScore(wellbeingDefinition->scoreMax, wellbeingDefinition->decimals)),
             wellbeing.bracket ? wellbeing.bracket->label.text(instrumentLanguage()) : QString(),
             trendText(wellbeing), readableTime(wellbeing.latestAt)});
    } else {
        row({tr("Wellbeing Score"), tr("not available yet"), QString(), QString(), QString()});
    }
    const QList<std::pair<QUuid, ScoreSeries>> alliance = allianceSeries();
    for (const auto& [id, series] : alliance) {
        const bool connected = m_data.connectedProfessionals.contains(id);
        const QString label = connected ? tr("Professional Alliance with %1").arg(professionalName(id))
                                        : tr("Professional Alliance with %1 (no longer connected)")
                                              .arg(professionalName(id));
        if (series.latest && allianceDefinition) {
            row({label,
                 tr("%1 on a scale from %2 to %3")
                     .arg(displayScore(*series.latest, allianceDefinition->decimals),
                          displayScore(allianceDefinition->scoreMin, 0), displayScore(allianceDefinition->scoreMax, 0)),
                 QString(), trendText(series), readableTime(series.latestAt)});
        } else {
            row({label, tr("not available yet"), QString(), QString(), QString()});
        }
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Sharing with your professionals: Professional Alliance %1, Wellbeing Score %2.")
                         .arg(m_data.sharing.alliance ? tr("Sharing") : tr("Not Sharing"),
                              m_data.sharing.wellbeing ? tr("Sharing") : tr("Not Sharing")));

    // Charts.
    const QImage wellbeingChart =
        chartImage(InstrumentIds::Wellbeing, tr("Wellbeing over time"), {{tr("Wellbeing Score"), wellbeing}});
    QList<std::pair<QString, ScoreSeries>> allianceLines;
    for (const auto& [id, series] : alliance) {
        allianceLines.append({professionalName(id), series});
    }
    const QImage allianceChart =
        chartImage(InstrumentIds::Alliance, tr("Professional Alliance over time"), allianceLines);
    const auto addChart = [&](const QString& url, const QImage& image, const QString& title) {
        if (image.isNull()) {
            return;
        }
        document->addResource(QTextDocument::ImageResource, QUrl(url), image);
        html += QStringLiteral("<h2>%1</h2><p><img src=\"%2\" width=\"640\" alt=\"%1\"></p>").arg(title, url);
    };
    addChart(WellbeingChartUrl, wellbeingChart, tr("Wellbeing over time"));
    addChart(AllianceChartUrl, allianceChart, tr("Professional Alliance over time"));

    // The logs.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Your check-ins and surveys"));
    if (m_data.submissions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing completed yet."));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                               "<th>%4</th></tr>")
                    .arg(tr("Date"), tr("Questionnaire"), tr("Professional"), tr("Score"));
        for (auto it = m_data.submissions.crbegin(); it != m_data.submissions.crend(); ++it) {
            row({readableTime(it->submittedAt), questionnaireTitle(it->instrumentId),
                 it->professionalId.isNull() ? tr("—") : professionalName(it->professionalId),
                 scoreText(*it, QLocale())});
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Your sharing history"));
    const QList<HistoryLine> history = historyLines(m_data);
    if (history.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("You have never shared a score."));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(tr("When"), tr("Score"), tr("Change"));
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            row({readableTime(it->at), it->what, it->change});
        }
        html += QStringLiteral("</table>");
    }
    document->setHtml(html);
    return document;
}

Result<void> ClientDataExport::writePdf(const QString& path) const
{
    const std::unique_ptr<QTextDocument> document = report();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path),
                                                                       file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Rapport report for %1").arg(m_data.client.name));
        writer.setCreator(QStringLiteral("Rapport"));
        document->print(&writer);
    }
    if (!commitSaveFile(file)) {
        const ErrorCode code = file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        return fail(code, tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace rapport::ui
