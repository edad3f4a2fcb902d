#include "ClientDetailPanel.h"

#include "client/TrendChart.h"
#include "common/DateText.h"
#include "common/Icons.h"
#include "common/StatusColours.h"
#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "instruments/Trend.h"
#include "models/ProfessionalClientsModel.h"
#include "models/ScoreSeriesModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

QLabel* textLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/** One dimension's sub-scores as a series of their own, for a line of the alliance chart. */
ScoreSeries dimensionSeries(const ScoreSeries& series, const QString& dimensionId, double meaningfulChange)
{
    ScoreSeries result;
    for (const SeriesPoint& point : series.points) {
        const auto found = point.dimensions.constFind(dimensionId);
        if (found != point.dimensions.cend()) {
            result.points.append(SeriesPoint {point.at, *found, {}});
        }
    }
    // Latest and trend too, so the chart's summary can say them for each dimension.
    if (!result.points.isEmpty()) {
        result.latest = result.points.constLast().score;
        result.latestAt = result.points.constLast().at;
        result.trend = computeTrend(result.trendPoints(), meaningfulChange);
    }
    return result;
}

bool isPending(const ProfessionalClientEntry& entry, Metric metric)
{
    return std::any_of(entry.pendingRequests.cbegin(),
                       entry.pendingRequests.cend(),
                       [metric](const ShareRequest& request) { return request.metric == metric; });
}

} // namespace

ClientDetailPanel::ClientDetailPanel(const InstrumentRegistry& registry, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("clientDetailPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_hint = textLabel(QStringLiteral("detailHintLabel"), this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMinimumHeight(120);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    m_client = new QWidget(this);
    m_client->setObjectName(QStringLiteral("clientDetail"));
    auto* clientLayout = new QVBoxLayout(m_client);
    clientLayout->setContentsMargins(0, 0, 0, 0);
    clientLayout->setSpacing(10);
    layout->addWidget(m_client);

    auto* header = new QHBoxLayout();
    m_name = textLabel(QStringLiteral("clientNameLabel"), m_client);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    m_name->setFont(nameFont);
    m_state = textLabel(QStringLiteral("sharingStateLabel"), m_client);
    m_state->setWordWrap(false);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.15);
    m_state->setFont(stateFont);
    header->addWidget(m_name, 1);
    header->addWidget(m_state, 0, Qt::AlignVCenter);
    clientLayout->addLayout(header);
    m_lastUpdated = textLabel(QStringLiteral("lastUpdatedLabel"), m_client);
    m_lastUpdated->setForegroundRole(QPalette::PlaceholderText);
    clientLayout->addWidget(m_lastUpdated);

    // What is not shared: no scores, only the request.
    m_requestBox = new QFrame(m_client);
    m_requestBox->setObjectName(QStringLiteral("requestSharingBox"));
    m_requestBox->setFrameShape(QFrame::StyledPanel);
    m_requestBox->setAutoFillBackground(true);
    QPalette requestPalette = m_requestBox->palette();
    const StatusColours::Banner requestColours = StatusColours::warningBanner();
    requestPalette.setColor(QPalette::Window, requestColours.window);
    requestPalette.setColor(QPalette::WindowText, requestColours.text);
    m_requestBox->setPalette(requestPalette);
    auto* requestLayout = new QHBoxLayout(m_requestBox);
    requestLayout->setContentsMargins(14, 10, 14, 10);
    auto* requestTexts = new QVBoxLayout();
    m_requestText = textLabel(QStringLiteral("requestSharingText"), m_requestBox);
    m_requestStatus = textLabel(QStringLiteral("requestStatusLabel"), m_requestBox);
    QFont statusFont = m_requestStatus->font();
    statusFont.setItalic(true);
    m_requestStatus->setFont(statusFont);
    requestTexts->addWidget(m_requestText);
    requestTexts->addWidget(m_requestStatus);
    requestLayout->addLayout(requestTexts, 1);
    m_requestButton = new QPushButton(Icons::sharing(), tr("Request sharing"), m_requestBox);
    m_requestButton->setObjectName(QStringLiteral("requestSharingButton"));
    m_requestButton->setMinimumHeight(34);
    requestLayout->addWidget(m_requestButton, 0, Qt::AlignVCenter);
    clientLayout->addWidget(m_requestBox);
    connect(m_requestButton, &QPushButton::clicked, this, [this] { Q_EMIT sharingRequested(m_clientId); });

    // The alliance with this professional: overall and by dimension.
    const InstrumentDefinition* alliance = m_registry.find(InstrumentIds::Alliance);
    m_allianceBox = new QWidget(m_client);
    m_allianceBox->setObjectName(QStringLiteral("allianceBox"));
    auto* allianceLayout = new QVBoxLayout(m_allianceBox);
    allianceLayout->setContentsMargins(0, 0, 0, 0);
    m_allianceSummary = textLabel(QStringLiteral("allianceSummaryLabel"), m_allianceBox);
    allianceLayout->addWidget(m_allianceSummary);
    m_allianceChart = new TrendChart(
        alliance ? *alliance : InstrumentDefinition(), tr("Alliance with you over time"), m_allianceBox);
    m_allianceChart->setObjectName(QStringLiteral("allianceChart"));
    m_allianceChart->setAccessibleName(tr("Chart of the client's alliance scores about you, with each dimension"));
    m_allianceChart->setMinimumHeight(300);
    const int allianceDecimals = alliance ? alliance->decimals : 1;
    m_allianceModels.append(new ScoreSeriesModel(allianceDecimals, this));
    m_allianceChart->addSeries(m_allianceModels.constFirst(), tr("Overall"));
    if (alliance) {
        for (const Dimension& dimension : alliance->dimensions) {
            auto* model = new ScoreSeriesModel(allianceDecimals, this);
            model->setObjectName(QStringLiteral("dimension_%1").arg(dimension.id));
            m_allianceModels.append(model);
            m_allianceChart->addSeries(model, dimension.label.text(instrumentLanguage()));
        }
    }
    const QList<QLineSeries*> lines = m_allianceChart->scoreSeries();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QPen pen = lines.at(i)->pen();
        pen.setWidthF(i == 0 ? 3.0 : 1.5);
        pen.setStyle(i == 0 ? Qt::SolidLine : Qt::DashLine);
        lines.at(i)->setPen(pen);
    }
    allianceLayout->addWidget(m_allianceChart);
    m_allianceChartSummary = m_allianceChart->createSummaryLabel(QStringLiteral("allianceChartSummary"), m_allianceBox);
    allianceLayout->addWidget(m_allianceChartSummary);
    clientLayout->addWidget(m_allianceBox);

    // Wellbeing, with its bands.
    const InstrumentDefinition* wellbeing = m_registry.find(InstrumentIds::Wellbeing);
    m_wellbeingBox = new QWidget(m_client);
    m_wellbeingBox->setObjectName(QStringLiteral("wellbeingBox"));
    auto* wellbeingLayout = new QVBoxLayout(m_wellbeingBox);
    wellbeingLayout->setContentsMargins(0, 0, 0, 0);
    m_wellbeingSummary = textLabel(QStringLiteral("wellbeingSummaryLabel"), m_wellbeingBox);
    wellbeingLayout->addWidget(m_wellbeingSummary);
    m_wellbeingModel = new ScoreSeriesModel(wellbeing ? wellbeing->decimals : 0, this);
    m_wellbeingChart
        = new TrendChart(wellbeing ? *wellbeing : InstrumentDefinition(), tr("Wellbeing over time"), m_wellbeingBox);
    m_wellbeingChart->setObjectName(QStringLiteral("wellbeingChart"));
    m_wellbeingChart->setAccessibleName(tr("Chart of the client's Wellbeing Score over time, with its bands"));
    m_wellbeingChart->setMinimumHeight(360); // room for every label of the 0-100 axis
    m_wellbeingChart->addSeries(m_wellbeingModel, tr("Wellbeing Score"));
    wellbeingLayout->addWidget(m_wellbeingChart);
    m_wellbeingChartSummary
        = m_wellbeingChart->createSummaryLabel(QStringLiteral("wellbeingChartSummary"), m_wellbeingBox);
    wellbeingLayout->addWidget(m_wellbeingChartSummary);
    clientLayout->addWidget(m_wellbeingBox);

    clear(QString());
}

QString ClientDetailPanel::whenText(const QDateTime& at, const QDateTime& now) const
{
    const qint64 days = at.daysTo(now);
    const QString date = DateText::date(at);
    if (days <= 0) {
        return tr("today (%1)").arg(date);
    }
    if (days == 1) {
        return tr("yesterday (%1)").arg(date);
    }
    return tr("%n days ago (%1)", nullptr, static_cast<int>(days)).arg(date);
}

void ClientDetailPanel::clear(const QString& hint)
{
    m_clientId = QUuid();
    // Nothing of the previous client stays behind, not even in a hidden chart.
    for (ScoreSeriesModel* model : std::as_const(m_allianceModels)) {
        model->setSeries(ScoreSeries());
    }
    m_wellbeingModel->setSeries(ScoreSeries());
    m_client->hide();
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void ClientDetailPanel::setEntry(const ProfessionalClientEntry& entry, const QDateTime& now)
{
    m_clientId = entry.client.id;
    m_hint->hide();
    m_client->show();
    m_name->setText(entry.client.name);
    m_state->setText(ProfessionalClientsModel::sharingText(entry.sharing));
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, StatusColours::forSharing(entry.sharing.anyOn()));
    m_state->setPalette(statePalette);
    m_state->setAccessibleName(m_state->text().mid(2));
    if (!entry.sharing.anyOn()) {
        m_lastUpdated->hide();
    } else {
        m_lastUpdated->setText(entry.lastUpdated.isValid() ? tr("Last updated %1").arg(whenText(entry.lastUpdated, now))
                                                           : tr("Nothing shared has been submitted yet."));
        m_lastUpdated->show();
    }
    showRequest(entry);
    showAlliance(entry, now);
    showWellbeing(entry, now);
}

void ClientDetailPanel::showRequest(const ProfessionalClientEntry& entry)
{
    const QString name = entry.client.name;
    QList<Metric> missing;
    for (Metric metric : {Metric::Alliance, Metric::Wellbeing}) {
        if (!entry.sharing.isOn(metric)) {
            missing.append(metric);
        }
    }
    if (missing.isEmpty()) {
        m_requestBox->hide();
        return;
    }
    if (missing.size() == 2) {
        m_requestText->setText(tr("%1 does not share their scores with you. You can ask them to; the choice is "
                                  "theirs, and they can stop sharing at any time.")
                                   .arg(name));
    } else if (missing.constFirst() == Metric::Alliance) {
        m_requestText->setText(tr("%1 does not share their Professional Alliance score with you.").arg(name));
    } else {
        m_requestText->setText(tr("%1 does not share their Wellbeing Score with you.").arg(name));
    }

    QList<Metric> askable;
    QDateTime askedAt;
    for (Metric metric : std::as_const(missing)) {
        if (!isPending(entry, metric)) {
            askable.append(metric);
        }
    }
    for (const ShareRequest& request : entry.pendingRequests) {
        if (!askedAt.isValid() || request.requestedAt > askedAt) {
            askedAt = request.requestedAt;
        }
    }
    if (askable.isEmpty()) {
        m_requestButton->setText(tr("Request pending"));
        m_requestButton->setEnabled(false);
    } else {
        m_requestButton->setEnabled(true);
        if (askable.size() == 2) {
            m_requestButton->setText(tr("Request sharing"));
        } else if (askable.constFirst() == Metric::Alliance) {
            m_requestButton->setText(tr("Request alliance sharing"));
        } else {
            m_requestButton->setText(tr("Request wellbeing sharing"));
        }
    }
    if (askedAt.isValid() && askable.size() < missing.size()) {
        m_requestStatus->setText(tr("Request pending: you asked on %1. %2 sees it on their dashboard and decides.")
                                     .arg(DateText::date(askedAt), name));
        m_requestStatus->show();
    } else {
        m_requestStatus->hide();
    }
    m_requestBox->show();
}

void ClientDetailPanel::showAlliance(const ProfessionalClientEntry& entry, const QDateTime& now)
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    if (!entry.alliance || !definition) {
        for (ScoreSeriesModel* model : std::as_const(m_allianceModels)) {
            model->setSeries(ScoreSeries());
        }
        m_allianceBox->hide();
        return;
    }
    const ScoreSeries& series = *entry.alliance;
    m_allianceModels.constFirst()->setSeries(series);
    for (qsizetype i = 0; i < definition->dimensions.size() && i + 1 < m_allianceModels.size(); ++i) {
        m_allianceModels.at(i + 1)->setSeries(
            dimensionSeries(series, definition->dimensions.at(i).id, definition->meaningfulChange));
    }
    if (!series.latest) {
        m_allianceSummary->setText(tr("%1 shares the alliance survey with you but has not completed one about your "
                                      "sessions yet.")
                                       .arg(entry.client.name));
        m_allianceChart->hide();
        m_allianceChartSummary->hide();
        m_allianceBox->show();
        return;
    }
    QString trend;
    switch (series.trend.direction) {
    case TrendDirection::Improving:
        trend = tr("↑ improving");
        break;
    case TrendDirection::Stable:
        trend = tr("→ stable");
        break;
    case TrendDirection::Declining:
        trend = tr("↓ declining");
        break;
    case TrendDirection::Insufficient:
        trend = tr("shown after the second survey");
        break;
    }
    QStringList dimensions;
    const QString language = instrumentLanguage();
    const SeriesPoint& last = series.points.constLast();
    for (const Dimension& dimension : definition->dimensions) {
        const auto found = last.dimensions.constFind(dimension.id);
        if (found != last.dimensions.cend()) {
            dimensions.append(
                tr("%1 %2").arg(dimension.label.text(language), displayScore(*found, definition->decimals)));
        }
    }
    QString text = tr("<b>Alliance with you: %1</b> of %2 · trend %3 · last survey %4")
                       .arg(displayScore(*series.latest, definition->decimals),
                            displayScore(definition->scoreMax, definition->decimals),
                            trend.toHtmlEscaped(),
                            whenText(series.latestAt, now).toHtmlEscaped());
    if (!dimensions.isEmpty()) {
        text += QStringLiteral("<br>")
            + tr("Latest by dimension: %1").arg(dimensions.join(QStringLiteral(" · "))).toHtmlEscaped();
    }
    m_allianceSummary->setText(text);
    m_allianceChart->show();
    m_allianceChartSummary->show();
    m_allianceBox->show();
}

void ClientDetailPanel::showWellbeing(const ProfessionalClientEntry& entry, const QDateTime& now)
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Wellbeing);
    if (!entry.wellbeing || !definition) {
        m_wellbeingModel->setSeries(ScoreSeries());
        m_wellbeingBox->hide();
        return;
    }
    const ScoreSeries& series = *entry.wellbeing;
    m_wellbeingModel->setSeries(series);
    if (!series.latest) {
        m_wellbeingSummary->setText(
            tr("%1 shares their Wellbeing Score with you but has not checked in yet.").arg(entry.client.name));
        m_wellbeingChart->hide();
        m_wellbeingChartSummary->hide();
        m_wellbeingBox->show();
        return;
    }
    const QString bracket = series.bracket ? series.bracket->label.text(instrumentLanguage()) : QString();
    QString text = tr("<b>Wellbeing Score: %1</b> of %2")
                       .arg(displayScore(*series.latest, definition->decimals),
                            displayScore(definition->scoreMax, definition->decimals));
    if (!bracket.isEmpty()) {
        text += QStringLiteral(" · <span style=\"color:%1\"><b>%2</b></span>")
                    .arg(StatusColours::forBracket(series.bracket->id).name(), bracket.toHtmlEscaped());
    }
    text += tr(" · last check-in %1").arg(whenText(series.latestAt, now)).toHtmlEscaped();
    m_wellbeingSummary->setText(text);
    m_wellbeingChart->show();
    m_wellbeingChartSummary->show();
    m_wellbeingBox->show();
}

} // namespace rapport::ui
