#include "HrDashboard.h"

#include "HrBarChart.h"
#include "HrChartStyle.h"
#include "HrMonthlyChart.h"
#include "HrReportDocument.h"
#include "HrText.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrReportInputs.h"
#include "common/Icons.h"
#include "common/ResponsiveRow.h"
#include "common/StatusColours.h"
#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "models/HrMonthlyModel.h"
#include "models/HrTeamsModel.h"
#include "store/Store.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

/** A chart's summary in words, beside the chart while the section is wide enough for both, below it otherwise. */
constexpr int SummaryWidth = 220;
constexpr int StackBelow = 680;

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QGroupBox* section(const QString& title, const QString& objectName, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    QFont font = box->font();
    font.setBold(true);
    box->setFont(font);
    return box;
}

/** Group boxes make their titles bold through the font, which children inherit; undo that for the contents. */
void plainFont(QWidget* widget)
{
    QFont font = widget->font();
    font.setBold(false);
    widget->setFont(font);
}

InstrumentDefinition fallbackWellbeing()
{
    InstrumentDefinition definition;
    definition.scoreMin = 0;
    definition.scoreMax = 100;
    return definition;
}

} // namespace

HrDashboard::HrDashboard(Store& store, const InstrumentRegistry& registry, QWidget* parent)
    : HrDashboard(store, registry, ReportSource(), parent)
{
}

HrDashboard::HrDashboard(Store& store, const InstrumentRegistry& registry, ReportSource source, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_registry(registry)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("hrDashboard"));
    if (const InstrumentDefinition* wellbeing = registry.find(InstrumentIds::Wellbeing)) {
        m_wellbeing = *wellbeing;
    }
    if (const InstrumentDefinition* alliance = registry.find(InstrumentIds::Alliance)) {
        m_alliance = *alliance;
    }
    m_chooseFile = [](QWidget* dialogParent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(
            dialogParent, tr("Export PDF report"), QDir(folder).filePath(suggestedName), tr("PDF files (*.pdf)"));
    };
    m_teamsModel = new HrTeamsModel(m_wellbeing ? m_wellbeing->decimals + 1 : 1, this);
    m_monthlyModel = new HrMonthlyModel(m_wellbeing ? m_wellbeing->decimals + 1 : 1, this);
    buildUi();
    connect(&store, &Store::changed, this, [this](const StoreChange& change) {
        // The hub's figures do not change with this store (an HR login's store holds no individual data).
        if (!m_source && changesHrReport(change)) {
            refresh();
        }
    });
    refresh();
}

HrDashboard::~HrDashboard() = default;

void HrDashboard::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

QLabel* HrDashboard::addFigure(QGridLayout* grid, int row, const QString& label, const QString& objectName)
{
    auto* name = new QLabel(label, grid->parentWidget());
    name->setWordWrap(true);
    plainFont(name);
    auto* value = wrappedLabel(objectName, grid->parentWidget());
    QFont font = value->font();
    font.setBold(true);
    value->setFont(font);
    name->setBuddy(value);
    grid->setColumnMinimumWidth(0, 300);
    grid->addWidget(name, row, 0);
    grid->addWidget(value, row, 1);
    value->setAccessibleName(label);
    return value;
}

void HrDashboard::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Header: a coloured band that says at once which view this is.
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("hrHeader"));
    m_header->setAutoFillBackground(true);
    auto* headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    auto* titles = new QVBoxLayout();
    auto* title = new QLabel(tr("Organisation overview"), m_header);
    title->setObjectName(QStringLiteral("hrTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(tr("Organisation overview"));
    m_asOf = new QLabel(m_header);
    m_asOf->setObjectName(QStringLiteral("hrAsOf"));
    m_asOf->setWordWrap(true);
    titles->addWidget(title);
    titles->addWidget(m_asOf);
    headerLayout->addLayout(titles, 1);
    m_exportButton = new QPushButton(Icons::exportData(), tr("&Export PDF report…"), m_header);
    m_exportButton->setObjectName(QStringLiteral("hrExportPdfButton"));
    m_exportButton->setToolTip(tr("Save these figures, the charts and the guide as a printable PDF"));
    m_exportButton->setAccessibleName(tr("Export PDF report"));
    headerLayout->addWidget(m_exportButton, 0, Qt::AlignVCenter);
    connect(m_exportButton, &QPushButton::clicked, this, &HrDashboard::exportPdf);
    outer->addWidget(m_header);

    auto* banners = new QVBoxLayout();
    banners->setContentsMargins(16, 8, 16, 0);
    m_suppressedBanner = wrappedLabel(QStringLiteral("hrSuppressedBanner"), this);
    m_suppressedBanner->setAutoFillBackground(true);
    m_suppressedBanner->setMargin(10);
    m_cautionBanner = wrappedLabel(QStringLiteral("hrLowParticipationBanner"), this);
    m_cautionBanner->setAutoFillBackground(true);
    m_cautionBanner->setMargin(10);
    m_cautionBanner->setText(HrText::lowParticipation());
    m_errorLabel = wrappedLabel(QStringLiteral("hrErrorLabel"), this);
    m_exportStatus = wrappedLabel(QStringLiteral("hrExportStatus"), this);
    banners->addWidget(m_suppressedBanner);
    banners->addWidget(m_cautionBanner);
    banners->addWidget(m_errorLabel);
    banners->addWidget(m_exportStatus);
    m_exportStatus->hide();
    outer->addLayout(banners);

    auto* body = new QHBoxLayout();
    body->setContentsMargins(8, 8, 8, 8);
    outer->addLayout(body, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("hrFiguresScroll"));
    scroll->setAccessibleName(tr("Organisation figures"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_figures = new QWidget(scroll);
    m_figures->setObjectName(QStringLiteral("hrFigures"));
    auto* figures = new QVBoxLayout(m_figures);
    scroll->setWidget(m_figures);
    body->addWidget(scroll, 1);

    // Participation.
    {
        auto* box = section(tr("Participation"), QStringLiteral("hrParticipationSection"), m_figures);
        auto* grid = new QGridLayout(box);
        m_employees = addFigure(grid, 0, tr("Employees in the programme"), QStringLiteral("hrEmployeesValue"));
        m_participants = addFigure(
            grid, 1, tr("Took part in the month (a Wellbeing Index)"), QStringLiteral("hrParticipantsValue"));
        m_recent = addFigure(grid,
                             2,
                             tr("Took part in the last %n days", nullptr, HrAnalytics::RecentDays),
                             QStringLiteral("hrRecentValue"));
        m_rate = addFigure(grid, 3, tr("Participation rate"), QStringLiteral("hrParticipationRateValue"));
        grid->setColumnStretch(1, 1);
        figures->addWidget(box);
    }

    // Wellbeing in the published month.
    {
        auto* box = section(tr("Wellbeing in the month"), QStringLiteral("hrWellbeingSection"), m_figures);
        auto* layout = new QVBoxLayout(box);
        auto* grid = new QGridLayout();
        m_wellbeingMean = addFigure(grid,
                                    0,
                                    tr("Average of each participant's Wellbeing Index in the month"),
                                    QStringLiteral("hrWellbeingMeanValue"));
        grid->setColumnStretch(1, 1);
        layout->addLayout(grid);
        m_distributionChart = new HrBarChart(tr("Participants by bracket of their score in the month"), box);
        m_distributionChart->setObjectName(QStringLiteral("hrDistributionChart"));
        m_distributionSummary = wrappedLabel(QStringLiteral("hrDistributionSummary"), box);
        plainFont(m_distributionSummary);
        layout->addWidget(new ResponsiveRow(m_distributionChart, m_distributionSummary, SummaryWidth, StackBelow, box));
        figures->addWidget(box);
    }

    // Trends.
    {
        auto* box
            = section(tr("Trends of people who answered more than once"), QStringLiteral("hrTrendsSection"), m_figures);
        auto* layout = new QVBoxLayout(box);
        auto* grid = new QGridLayout();
        m_trendPeople
            = addFigure(grid, 0, tr("People with more than one answer"), QStringLiteral("hrTrendPeopleValue"));
        m_improving = addFigure(grid, 1, tr("Improving"), QStringLiteral("hrImprovingValue"));
        m_stable = addFigure(grid, 2, tr("Stable"), QStringLiteral("hrStableValue"));
        m_declining = addFigure(grid, 3, tr("Declining"), QStringLiteral("hrDecliningValue"));
        grid->setColumnStretch(1, 1);
        layout->addLayout(grid);
        m_trendChart = new HrBarChart(tr("Direction of each person's trend"), box);
        m_trendChart->setObjectName(QStringLiteral("hrTrendChart"));
        m_trendSummary = wrappedLabel(QStringLiteral("hrTrendSummary"), box);
        plainFont(m_trendSummary);
        layout->addWidget(new ResponsiveRow(m_trendChart, m_trendSummary, SummaryWidth, StackBelow, box));
        figures->addWidget(box);
    }

    // Over time.
    {
        auto* box = section(tr("Wellbeing over time"), QStringLiteral("hrMonthlySection"), m_figures);
        auto* row = new QVBoxLayout(box);
        m_monthlyChart = new HrMonthlyChart(m_wellbeing ? *m_wellbeing : fallbackWellbeing(), m_monthlyModel, box);
        m_monthlyChart->setObjectName(QStringLiteral("hrMonthlyChart"));
        plainFont(m_monthlyChart);
        m_monthlySummary = wrappedLabel(QStringLiteral("hrMonthlySummary"), box);
        plainFont(m_monthlySummary);
        row->addWidget(new ResponsiveRow(m_monthlyChart, m_monthlySummary, SummaryWidth, StackBelow, box));
        figures->addWidget(box);
    }

    // Professional Alliance.
    {
        auto* box = section(tr("Professional Alliance"), QStringLiteral("hrAllianceSection"), m_figures);
        m_dimensionGrid = new QGridLayout(box);
        m_allianceMean = addFigure(
            m_dimensionGrid, 0, tr("Average Professional Alliance score"), QStringLiteral("hrAllianceMeanValue"));
        m_dimensionGrid->setColumnStretch(1, 1);
        figures->addWidget(box);
    }

    // Teams.
    {
        auto* box = section(tr("By team"), QStringLiteral("hrTeamsSection"), m_figures);
        auto* layout = new QVBoxLayout(box);
        m_teamsNote = wrappedLabel(QStringLiteral("hrTeamsNote"), box);
        plainFont(m_teamsNote);
        m_teamsView = new QTableView(box);
        m_teamsView->setTabKeyNavigation(false); // arrows move between cells; Tab moves on
        m_teamsView->setObjectName(QStringLiteral("hrTeamsView"));
        m_teamsView->setAccessibleName(tr("Wellbeing by team"));
        m_teamsView->setModel(m_teamsModel);
        m_teamsView->setSelectionMode(QAbstractItemView::NoSelection);
        m_teamsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_teamsView->setWordWrap(false);
        m_teamsView->verticalHeader()->hide();
        m_teamsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_teamsView->horizontalHeader()->setStretchLastSection(true);
        m_teamsView->setMinimumHeight(220);
        plainFont(m_teamsView);
        layout->addWidget(m_teamsNote);
        layout->addWidget(m_teamsView);
        figures->addWidget(box);
    }
    figures->addStretch(1);

    // The guide stays beside the figures, always visible (it scrolls on its own when the window is short).
    auto* guideScroll = new QScrollArea(this);
    guideScroll->setObjectName(QStringLiteral("hrGuideScroll"));
    guideScroll->setAccessibleName(tr("How to read this page"));
    guideScroll->setWidgetResizable(true);
    guideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    guideScroll->setFixedWidth(320);
    auto* guidePanel = new QWidget(guideScroll);
    guidePanel->setObjectName(QStringLiteral("hrGuidePanel"));
    auto* guideLayout = new QVBoxLayout(guidePanel);
    auto* guideTitle = new QLabel(tr("How to read this page"), guidePanel);
    guideTitle->setObjectName(QStringLiteral("hrGuideTitle"));
    QFont guideTitleFont = guideTitle->font();
    guideTitleFont.setBold(true);
    guideTitleFont.setPointSizeF(guideTitleFont.pointSizeF() * 1.2);
    guideTitle->setFont(guideTitleFont);
    m_guide = new QLabel(guidePanel);
    m_guide->setObjectName(QStringLiteral("hrGuide"));
    m_guide->setWordWrap(true);
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setAccessibleName(tr("How to read this page"));
    guideLayout->addWidget(guideTitle);
    guideLayout->addWidget(m_guide);
    guideLayout->addStretch(1);
    guideScroll->setWidget(guidePanel);
    body->addWidget(guideScroll);

    applyColours();
}

void HrDashboard::applyColours()
{
    QPalette header = m_header->palette();
    header.setColor(QPalette::Window, QColor(0x0b, 0x55, 0x63));
    header.setColor(QPalette::WindowText, Qt::white);
    m_header->setPalette(header);

    const bool dark = isDarkPalette(palette());
    QPalette suppressed = m_suppressedBanner->palette();
    suppressed.setColor(QPalette::Window, dark ? QColor(0x2b, 0x3a, 0x4a) : QColor(0xe3, 0xee, 0xf7));
    suppressed.setColor(QPalette::WindowText, dark ? QColor(0xe8, 0xf0, 0xf8) : QColor(0x14, 0x2a, 0x3d));
    m_suppressedBanner->setPalette(suppressed);
    QPalette caution = m_cautionBanner->palette();
    caution.setColor(QPalette::Window, dark ? QColor(0x4a, 0x36, 0x10) : QColor(0xfd, 0xf0, 0xd5));
    caution.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe9, 0xb8) : QColor(0x5c, 0x3a, 0x00));
    m_cautionBanner->setPalette(caution);
    QPalette error = m_errorLabel->palette();
    error.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x9a, 0x9a) : StatusColours::Poor);
    m_errorLabel->setPalette(error);
}

void HrDashboard::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_header) {
        applyColours();
    }
}

void HrDashboard::refresh()
{
    auto loaded = m_source ? m_source() : HrAnalytics::load(m_store, m_registry);
    if (!loaded) {
        m_report.reset();
        m_errorLabel->setText(tr("The organisation's figures could not be loaded: %1").arg(loaded.error().message));
        m_errorLabel->show();
        Q_EMIT errorOccurred(loaded.error().message);
    } else {
        m_report = std::move(*loaded);
        m_errorLabel->clear();
        m_errorLabel->hide();
    }
    showReport();
}

void HrDashboard::showReport()
{
    const HrReport report = m_report.value_or(HrReport {});
    const HrText text(report, m_wellbeing ? m_wellbeing->decimals + 1 : 1, m_alliance ? m_alliance->decimals + 1 : 2);
    const int k = report.minimumGroupSize;

    m_asOf->setText(!m_report      ? QString()
                        : m_source ? tr("From your organisation's hub · %1").arg(text.asOfLine())
                                   : text.asOfLine());
    m_suppressedBanner->setText(HrText::organisationSuppressed(k));
    m_suppressedBanner->setVisible(report.suppressed);
    m_cautionBanner->setVisible(report.lowParticipation && !report.suppressed);
    m_exportButton->setEnabled(m_report.has_value());

    m_employees->setText(text.count(report.employees));
    m_participants->setText(text.count(report.participants));
    m_recent->setText(text.count(report.recentParticipants));
    m_rate->setText(report.lowParticipation && report.participationRate
                        ? tr("%1 (low)").arg(text.percent(report.participationRate))
                        : text.percent(report.participationRate));

    m_wellbeingMean->setText(text.wellbeingWithBracket(report.wellbeingMean, report.wellbeingBracket));
    if (report.wellbeingBracket && report.wellbeingMean) {
        QPalette palette = m_wellbeingMean->palette();
        palette.setColor(QPalette::WindowText,
                         isDarkPalette(this->palette()) ? this->palette().color(QPalette::WindowText)
                                                        : StatusColours::forBracket(report.wellbeingBracket->id));
        m_wellbeingMean->setPalette(palette);
    } else {
        m_wellbeingMean->setPalette(this->palette());
    }
    m_distributionChart->setBars(text.distributionBars(), text.hidden());
    m_distributionSummary->setText(m_distributionChart->summary());

    m_trendPeople->setText(text.count(report.trends.people));
    m_improving->setText(text.count(report.trends.improving));
    m_stable->setText(text.count(report.trends.stable));
    m_declining->setText(text.count(report.trends.declining));
    m_trendChart->setBars(text.trendBars(), text.hidden());
    m_trendSummary->setText(m_trendChart->summary());

    m_monthlyModel->setReport(report);
    m_monthlySummary->setText(m_monthlyChart->summary());

    m_allianceMean->setText(text.alliance(report.alliance.mean));
    qDeleteAll(m_dimensionLabels);
    m_dimensionLabels.clear();
    int row = 1;
    for (const HrDimensionMean& dimension : report.alliance.dimensions) {
        const QString name = dimension.dimension.label.text(instrumentLanguage());
        QLabel* value = addFigure(m_dimensionGrid,
                                  row,
                                  tr("%1 (dimension average)").arg(name),
                                  QStringLiteral("hrAllianceDimension_%1").arg(dimension.dimension.id));
        value->setText(text.alliance(dimension.mean));
        m_dimensionLabels.append(value);
        if (QLayoutItem* item = m_dimensionGrid->itemAtPosition(row, 0)) {
            m_dimensionLabels.append(qobject_cast<QLabel*>(item->widget()));
        }
        ++row;
    }

    m_teamsModel->setReport(report);
    m_teamsView->clearSpans();
    for (int team = 0; team < m_teamsModel->rowCount(); ++team) {
        if (m_teamsModel->data(m_teamsModel->index(team, 0), HrTeamsModel::SuppressedRole).toBool()) {
            m_teamsView->setSpan(team, HrTeamsModel::PeopleColumn, 1, HrTeamsModel::ColumnCount - 1);
        }
    }
    m_teamsNote->setText(report.teams.isEmpty()
                             ? tr("No teams are recorded for the employees in the programme.")
                             : tr("Teams as recorded by the administrator. A team with fewer than %1 participants, "
                                  "or one hidden so that it cannot be worked out from the others, reads \"%2\".")
                                   .arg(k)
                                   .arg(text.hidden()));
    m_guide->setText(HrText::guideHtml(k));
}

void HrDashboard::exportPdf()
{
    if (!m_report) {
        return;
    }
    const QString suggested
        = tr("Rapport organisation report %1.pdf").arg(m_report->asOf.toLocalTime().date().toString(Qt::ISODate));
    const QString path = m_chooseFile ? m_chooseFile(this, suggested) : QString();
    if (path.isEmpty()) {
        return;
    }
    const HrReportDocument document(*m_report, m_registry);
    if (auto written = document.writePdf(path); !written) {
        m_exportStatus->setText(tr("The PDF report could not be saved: %1").arg(written.error().message));
        m_exportStatus->show();
        Q_EMIT errorOccurred(written.error().message);
        return;
    }
    m_exportStatus->setText(tr("PDF report saved to %1").arg(QDir::toNativeSeparators(path)));
    m_exportStatus->show();
    Q_EMIT reportExported(path);
}

} // namespace rapport::ui
