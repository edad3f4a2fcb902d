#include "HrReportDocument.h"

#include "HrBarChart.h"
#include "HrMonthlyChart.h"
#include "HrText.h"
#include "common/SaveFile.h"
#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "models/HrMonthlyModel.h"
#include "models/HrTeamsModel.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace rapport::ui {

namespace {

constexpr int ChartWidth = 900;
constexpr int ChartHeight = 340;
constexpr int ImageWidthInDocument = 620;

/** Charts in the document are always dark on white, whatever the screen's palette. */
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

QImage render(QWidget& chart, int height)
{
    chart.setPalette(printPalette());
    chart.resize(ChartWidth, height);
    QImage image(QSize(ChartWidth, height) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart.render(&painter);
    painter.end();
    return image;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(escaped(label), escaped(value));
}

QString image(const QString& name, const QString& summary, int height)
{
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"><br><i>%4</i></p>")
        .arg(name)
        .arg(ImageWidthInDocument)
        .arg(ImageWidthInDocument * height / ChartWidth)
        .arg(escaped(summary));
}

} // namespace

HrReportDocument::HrReportDocument(HrReport report, const InstrumentRegistry& registry)
    : m_report(std::move(report))
{
    if (const InstrumentDefinition* wellbeing = registry.find(InstrumentIds::Wellbeing)) {
        m_wellbeing = *wellbeing;
    }
    if (const InstrumentDefinition* alliance = registry.find(InstrumentIds::Alliance)) {
        m_alliance = *alliance;
    }
}

QList<std::pair<QString, QImage>> HrReportDocument::chartImages() const
{
    QList<std::pair<QString, QImage>> images;
    if (m_report.suppressed) {
        return images;
    }
    const HrText text(m_report, m_wellbeing ? m_wellbeing->decimals + 1 : 1, m_alliance ? m_alliance->decimals + 1 : 2);
    {
        HrBarChart chart(UiTr::tr("Participants by bracket of their score in the month"));
        chart.setPalette(printPalette());
        chart.setBars(text.distributionBars(), text.hidden());
        images.append({QStringLiteral("rapport-hr://distribution.png"), render(chart, 240)});
    }
    {
        HrBarChart chart(UiTr::tr("Direction of each person's trend"));
        chart.setPalette(printPalette());
        chart.setBars(text.trendBars(), text.hidden());
        images.append({QStringLiteral("rapport-hr://trends.png"), render(chart, 240)});
    }
    if (m_wellbeing && !m_report.monthly.isEmpty()) {
        HrMonthlyModel model(m_wellbeing->decimals + 1);
        model.setReport(m_report);
        HrMonthlyChart chart(*m_wellbeing, &model);
        chart.setPalette(printPalette());
        images.append({QStringLiteral("rapport-hr://monthly.png"), render(chart, ChartHeight)});
    }
    return images;
}

std::unique_ptr<QTextDocument> HrReportDocument::build() const
{
    auto document = std::make_unique<QTextDocument>();
    const HrReport& r = m_report;
    const int wellbeingDecimals = m_wellbeing ? m_wellbeing->decimals + 1 : 1;
    const HrText text(r, wellbeingDecimals, m_alliance ? m_alliance->decimals + 1 : 2);
    const int k = r.minimumGroupSize;

    QString html;
    html += QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h1 style=\"color:#0b5563;\">%1</h1>").arg(escaped(UiTr::tr("Organisation overview")));
    html += QStringLiteral("<p>%1</p>").arg(escaped(text.asOfLine()));
    if (r.suppressed) {
        html += QStringLiteral("<p style=\"background-color:#e3eef7;\"><b>%1</b></p>")
                    .arg(escaped(HrText::organisationSuppressed(k)));
    } else if (r.lowParticipation) {
        html += QStringLiteral("<p style=\"background-color:#fdf0d5;\"><b>%1</b></p>")
                    .arg(escaped(HrText::lowParticipation()));
    }

    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(escaped(UiTr::tr("Participation")));
    html += row(UiTr::tr("Employees in the programme"), text.count(r.employees));
    html += row(UiTr::tr("Took part in the month (a Wellbeing Index)"), text.count(r.participants));
    html += row(UiTr::tr("Took part in the last %n days", nullptr, r.recentDays), text.count(r.recentParticipants));
    html += row(UiTr::tr("Participation rate"), text.percent(r.participationRate));
    html += QStringLiteral("</table>");

    const QList<std::pair<QString, QImage>> images = chartImages();
    const auto chartFor = [&](const QString& name, const QString& summary, int height) {
        for (const auto& [resource, picture] : images) {
            if (resource == name) {
                document->addResource(QTextDocument::ImageResource, QUrl(resource), picture);
                return image(resource, summary, height);
            }
        }
        return QString();
    };

    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(escaped(UiTr::tr("Wellbeing in the month")));
    html += row(UiTr::tr("Average of each participant's Wellbeing Index in the month"),
                text.wellbeingWithBracket(r.wellbeingMean, r.wellbeingBracket));
    for (const HrBar& bar : text.distributionBars()) {
        html += row(bar.label, text.count(bar.count));
    }
    html += QStringLiteral("</table>");
    {
        HrBarChart summaryChart(UiTr::tr("Participants by bracket of their score in the month"));
        summaryChart.setBars(text.distributionBars(), text.hidden());
        html += chartFor(QStringLiteral("rapport-hr://distribution.png"), summaryChart.summary(), 240);
    }

    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">")
                .arg(escaped(UiTr::tr("Trends of people who answered more than once")));
    html += row(UiTr::tr("People with more than one answer"), text.count(r.trends.people));
    for (const HrBar& bar : text.trendBars()) {
        html += row(bar.label, text.count(bar.count));
    }
    html += QStringLiteral("</table>");
    {
        HrBarChart summaryChart(UiTr::tr("Direction of each person's trend"));
        summaryChart.setBars(text.trendBars(), text.hidden());
        html += chartFor(QStringLiteral("rapport-hr://trends.png"), summaryChart.summary(), 240);
    }

    html += QStringLiteral("<h2>%1</h2>").arg(escaped(UiTr::tr("Wellbeing over time")));
    if (m_wellbeing && !r.monthly.isEmpty() && !r.suppressed) {
        HrMonthlyModel model(wellbeingDecimals);
        model.setReport(r);
        HrMonthlyChart summaryChart(*m_wellbeing, &model);
        html += chartFor(QStringLiteral("rapport-hr://monthly.png"), summaryChart.summary(), ChartHeight);
        html += QStringLiteral("<table cellpadding=\"2\">");
        for (int month = 0; month < model.rowCount(); ++month) {
            const QString name = model.data(model.index(month, HrMonthlyModel::MonthColumn)).toString();
            if (model.data(model.index(month, 0), HrMonthlyModel::SuppressedRole).toBool()) {
                html += row(name, text.hidden());
            } else {
                html += row(name,
                            UiTr::tr("%1 (%2 people)")
                                .arg(model.data(model.index(month, HrMonthlyModel::MeanColumn)).toString(),
                                     model.data(model.index(month, HrMonthlyModel::PeopleColumn)).toString()));
            }
        }
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(escaped(r.suppressed ? text.hidden() : UiTr::tr("No months yet.")));
    }

    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(escaped(UiTr::tr("Professional Alliance")));
    html += row(UiTr::tr("Average Professional Alliance score"), text.alliance(r.alliance.mean));
    for (const HrDimensionMean& dimension : r.alliance.dimensions) {
        html += row(UiTr::tr("%1 (dimension average)").arg(dimension.dimension.label.text(instrumentLanguage())),
                    text.alliance(dimension.mean));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(escaped(UiTr::tr("By team")));
    if (r.teams.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(UiTr::tr("No teams are recorded for the employees in the programme.")));
    } else {
        HrTeamsModel model(wellbeingDecimals);
        model.setReport(r);
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
        for (int column = 0; column < HrTeamsModel::ColumnCount; ++column) {
            html += QStringLiteral("<th>%1</th>").arg(escaped(model.headerData(column, Qt::Horizontal).toString()));
        }
        html += QStringLiteral("</tr>");
        for (int team = 0; team < model.rowCount(); ++team) {
            html += QStringLiteral("<tr>");
            const bool hidden = model.data(model.index(team, 0), HrTeamsModel::SuppressedRole).toBool();
            html += QStringLiteral("<td>%1</td>").arg(escaped(model.data(model.index(team, 0)).toString()));
            if (hidden) {
                html += QStringLiteral("<td colspan=\"3\">%1</td>").arg(escaped(text.hidden()));
            } else {
                for (int column = 1; column < HrTeamsModel::ColumnCount; ++column) {
                    html
                        += QStringLiteral("<td>%1</td>").arg(escaped(model.data(model.index(team, column)).toString()));
                }
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(escaped(UiTr::tr("How to read this report")));
    html += HrText::guideHtml(k);
    html += QStringLiteral("</body></html>");
    document->setHtml(html);
    return document;
}

Result<void> HrReportDocument::writePdf(const QString& path) const
{
    const std::unique_ptr<QTextDocument> document = build();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, UiTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(UiTr::tr("Organisation overview"));
        writer.setCreator(QStringLiteral("Rapport"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        document->print(&writer);
    } // the writer finishes the PDF when destroyed
    if (!commitSaveFile(file)) {
        return fail(ErrorCode::Io, UiTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace rapport::ui
