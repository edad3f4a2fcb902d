#include "ClientDataExport.h"

#include "TrendChart.h"
#include "common/SaveFile.h"
#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "models/ScoreSeriesModel.h"
#include "services/ClientExportCsv.h"

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

QString readableTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), ClientDataExport::tr("d MMM yyyy, HH:mm"));
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
    return ClientExportCsv::csvField(original);
}

QString ClientDataExport::csvRecord(const QStringList& fields)
{
    return ClientExportCsv::csvRecord(fields);
}

QString ClientDataExport::questionnaireTitle(const QString& instrumentId) const
{
    const InstrumentDefinition* definition = m_registry.find(instrumentId);
    return definition ? definition->title.text(instrumentLanguage()) : instrumentId;
}

QString ClientDataExport::professionalName(const QUuid& id) const
{
    return ClientExportCsv::professionalName(m_data, id);
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
    return ClientExportCsv(m_data, m_registry, instrumentLanguage()).submissionsCsv();
}

QByteArray ClientDataExport::sharingLogCsv() const
{
    return ClientExportCsv(m_data, m_registry, instrumentLanguage()).sharingLogCsv();
}

QString ClientDataExport::sharingLogPathFor(const QString& path)
{
    return ClientExportCsv::sharingLogPathFor(path);
}

Result<QStringList> ClientDataExport::writeCsv(const QString& path) const
{
    return ClientExportCsv(m_data, m_registry, instrumentLanguage()).write(path);
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
        if (submission.instrumentId == InstrumentIds::Alliance && !professionals.contains(submission.professionalId)
            && !former.contains(submission.professionalId)) {
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

QImage ClientDataExport::chartImage(const QString& instrumentId,
                                    const QString& title,
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
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 18px; } "
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
             trendText(wellbeing),
             readableTime(wellbeing.latestAt)});
    } else {
        row({tr("Wellbeing Score"), tr("not available yet"), QString(), QString(), QString()});
    }
    const QList<std::pair<QUuid, ScoreSeries>> alliance = allianceSeries();
    for (const auto& [id, series] : alliance) {
        const bool connected = m_data.connectedProfessionals.contains(id);
        const QString label = connected
            ? tr("Professional Alliance with %1").arg(professionalName(id))
            : tr("Professional Alliance with %1 (no longer connected)").arg(professionalName(id));
        if (series.latest && allianceDefinition) {
            row({label,
                 tr("%1 on a scale from %2 to %3")
                     .arg(displayScore(*series.latest, allianceDefinition->decimals),
                          displayScore(allianceDefinition->scoreMin, 0),
                          displayScore(allianceDefinition->scoreMax, 0)),
                 QString(),
                 trendText(series),
                 readableTime(series.latestAt)});
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
    const QImage wellbeingChart
        = chartImage(InstrumentIds::Wellbeing, tr("Wellbeing over time"), {{tr("Wellbeing Score"), wellbeing}});
    QList<std::pair<QString, ScoreSeries>> allianceLines;
    for (const auto& [id, series] : alliance) {
        allianceLines.append({professionalName(id), series});
    }
    const QImage allianceChart
        = chartImage(InstrumentIds::Alliance, tr("Professional Alliance over time"), allianceLines);
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
            row({readableTime(it->submittedAt),
                 questionnaireTitle(it->instrumentId),
                 it->professionalId.isNull() ? tr("—") : professionalName(it->professionalId),
                 scoreText(*it, QLocale())});
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Your sharing history"));
    const QList<ClientHistoryLine> history = ClientExportCsv::historyLines(m_data);
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
        return fail(ErrorCode::Io,
                    tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
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
