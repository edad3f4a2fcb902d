#include "ClientDashboard.h"

#include "ClientDataExport.h"
#include "DeleteDataDialog.h"
#include "ProfessionalsDialog.h"
#include "QuestionnaireDialog.h"
#include "ReminderScheduler.h"
#include "ScoreCard.h"
#include "ShareRequestBanner.h"
#include "SharingDialog.h"
#include "TrendChart.h"
#include "common/DateText.h"
#include "common/DesktopNotifier.h"
#include "common/Icons.h"
#include "common/PersonPickerDialog.h"
#include "common/StatusColours.h"
#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "models/ScoreSeriesModel.h"
#include "models/SubmissionLogModel.h"
#include "services/ClientReminders.h"
#include "services/ClientRequests.h"
#include "services/PersonErasure.h"
#include "services/Preferences.h"
#include "services/QuestionnaireService.h"
#include "store/Store.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QLabel* headingLabel(const QString& text, const QString& objectName, QWidget* parent, qreal scale)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

ClientDashboard::ClientDashboard(Store& store,
                                 const InstrumentRegistry& registry,
                                 const QUuid& clientId,
                                 QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_registry(registry)
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("clientDashboard"));
    m_chooseSavePath
        = [](QWidget* dialogParent, const QString& caption, const QString& suggested, const QString& filter) {
              return QFileDialog::getSaveFileName(dialogParent, caption, suggested, filter);
          };
    buildLayout();
    m_notifier = new DesktopNotifier(this);
    m_reminderScheduler = new ReminderScheduler(m_store, m_clientId, *m_notifier, this);
    const auto toFront = [this] {
        if (QWidget* top = window()) {
            top->showNormal();
            top->raise();
            top->activateWindow();
        }
    };
    connect(m_notifier, &DesktopNotifier::openRequested, this, toFront);
    connect(m_notifier, &DesktopNotifier::checkInRequested, this, [this, toFront] {
        toFront();
        openWellbeingCheckIn();
    });
    connect(&m_store, &Store::changed, this, [this](const StoreChange& change) {
        if (affectsClient(change, m_clientId)) {
            refresh();
        }
    });
    refresh();
}

void ClientDashboard::setReminderDueFile(const QString& path)
{
    m_reminderScheduler->setDueFile(path);
}

void ClientDashboard::buildLayout()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setAccessibleName(tr("Your dashboard"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);

    // Header: the name, with the actions beside it.
    auto* header = new QHBoxLayout();
    auto* nameColumn = new QVBoxLayout();
    m_name = headingLabel(QString(), QStringLiteral("clientNameLabel"), content, 1.8);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* privacy = new QLabel(tr("Your results are private. Professionals see a score only while you share it; "
                                  "your organisation never sees individual results."),
                               content);
    privacy->setObjectName(QStringLiteral("privacyLabel"));
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(privacy);
    header->addLayout(nameColumn, 1);

    m_checkInButton = new QPushButton(Icons::questionnaire(), tr("&Wellbeing check-in"), content);
    m_checkInButton->setObjectName(QStringLiteral("checkInButton"));
    m_logSessionButton = new QPushButton(Icons::session(), tr("Log a &session"), content);
    m_logSessionButton->setObjectName(QStringLiteral("logSessionButton"));
    m_logSessionButton->setToolTip(tr("After a session, rate how the work with your professional is going."));
    m_sharingButton = new QPushButton(content);
    m_sharingButton->setIcon(Icons::sharing());
    m_sharingButton->setObjectName(QStringLiteral("sharingButton"));

    // Less frequent things: the professionals and the client's own data.
    auto* moreButton = new QPushButton(Icons::people(), tr("My &data"), content);
    moreButton->setObjectName(QStringLiteral("myDataButton"));
    moreButton->setToolTip(tr("Your professionals, exporting your data, deleting it."));
    auto* moreMenu = new QMenu(moreButton);
    moreMenu->setObjectName(QStringLiteral("myDataMenu"));
    m_professionalsAction = moreMenu->addAction(Icons::people(), tr("My &professionals…"));
    m_professionalsAction->setObjectName(QStringLiteral("professionalsAction"));
    moreMenu->addSeparator();
    m_exportCsvAction = moreMenu->addAction(Icons::exportData(), tr("Export my data as &CSV…"));
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportPdfAction = moreMenu->addAction(Icons::exportData(), tr("Export a PDF &report…"));
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    moreMenu->addSeparator();
    m_deleteDataAction = moreMenu->addAction(Icons::deleteData(), tr("&Delete all my data…"));
    m_deleteDataAction->setObjectName(QStringLiteral("deleteDataAction"));
    moreButton->setMenu(moreMenu);

    for (QPushButton* button : {m_checkInButton, m_logSessionButton, m_sharingButton, moreButton}) {
        button->setMinimumHeight(34);
        header->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(header);

    m_notice = new QLabel(content);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    // Banners: connections waiting for the client's answer, share requests, then a due check-in.
    auto* connectionBanner = new QFrame(content);
    connectionBanner->setObjectName(QStringLiteral("pendingConnectionsBanner"));
    connectionBanner->setFrameShape(QFrame::StyledPanel);
    connectionBanner->setAutoFillBackground(true);
    QPalette connectionPalette = connectionBanner->palette();
    const StatusColours::Banner connectionColours = StatusColours::attentionBanner();
    connectionPalette.setColor(QPalette::Window, connectionColours.window);
    connectionPalette.setColor(QPalette::WindowText, connectionColours.text);
    connectionBanner->setPalette(connectionPalette);
    auto* connectionLayout = new QHBoxLayout(connectionBanner);
    connectionLayout->setContentsMargins(12, 8, 12, 8);
    m_connectionText = new QLabel(connectionBanner);
    m_connectionText->setObjectName(QStringLiteral("pendingConnectionsText"));
    m_connectionText->setWordWrap(true);
    auto* reviewConnections = new QPushButton(tr("Review…"), connectionBanner);
    reviewConnections->setObjectName(QStringLiteral("reviewConnectionsButton"));
    connectionLayout->addWidget(m_connectionText, 1);
    connectionLayout->addWidget(reviewConnections);
    connect(reviewConnections, &QPushButton::clicked, this, &ClientDashboard::openProfessionals);
    m_connectionBanner = connectionBanner;
    m_connectionBanner->hide();
    layout->addWidget(m_connectionBanner);

    m_requestBanners = new QWidget(content);
    m_requestBanners->setObjectName(QStringLiteral("requestBanners"));
    m_requestLayout = new QVBoxLayout(m_requestBanners);
    m_requestLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_requestBanners);

    auto* dueBanner = new QFrame(content);
    dueBanner->setObjectName(QStringLiteral("checkInDueBanner"));
    dueBanner->setFrameShape(QFrame::StyledPanel);
    dueBanner->setAutoFillBackground(true);
    QPalette duePalette = dueBanner->palette();
    const StatusColours::Banner dueColours = StatusColours::attentionBanner();
    duePalette.setColor(QPalette::Window, dueColours.window);
    duePalette.setColor(QPalette::WindowText, dueColours.text);
    dueBanner->setPalette(duePalette);
    auto* dueLayout = new QHBoxLayout(dueBanner);
    dueLayout->setContentsMargins(12, 8, 12, 8);
    m_dueText = new QLabel(dueBanner);
    m_dueText->setObjectName(QStringLiteral("checkInDueText"));
    m_dueText->setWordWrap(true);
    auto* dueButton = new QPushButton(tr("Check in now"), dueBanner);
    dueButton->setObjectName(QStringLiteral("checkInNowButton"));
    auto* dueLater = new QPushButton(tr("Not now"), dueBanner);
    dueLater->setObjectName(QStringLiteral("dismissCheckInButton"));
    dueLater->setToolTip(tr("Hides this reminder. Rapport reminds you at most once a day."));
    dueLayout->addWidget(m_dueText, 1);
    dueLayout->addWidget(dueButton);
    dueLayout->addWidget(dueLater);
    m_dueBanner = dueBanner;
    layout->addWidget(m_dueBanner);

    // Cards.
    auto* cards = new QHBoxLayout();
    cards->setSpacing(12);
    m_wellbeingCard = new ScoreCard(tr("Wellbeing Score"), content);
    m_wellbeingCard->setObjectName(QStringLiteral("wellbeingCard"));
    cards->addWidget(m_wellbeingCard, 1, Qt::AlignTop);
    auto* allianceBox = new QWidget(content);
    allianceBox->setObjectName(QStringLiteral("allianceCards"));
    m_allianceLayout = new QGridLayout(allianceBox);
    m_allianceLayout->setContentsMargins(0, 0, 0, 0);
    m_allianceLayout->setSpacing(12);
    cards->addWidget(allianceBox, 2, Qt::AlignTop);
    layout->addLayout(cards);

    // Charts.
    const InstrumentDefinition* wellbeing = m_registry.find(InstrumentIds::Wellbeing);
    const InstrumentDefinition* alliance = m_registry.find(InstrumentIds::Alliance);
    auto* charts = new QHBoxLayout();
    m_wellbeingModel = new ScoreSeriesModel(wellbeing ? wellbeing->decimals : 0, this);
    m_wellbeingChart
        = new TrendChart(wellbeing ? *wellbeing : InstrumentDefinition(), tr("Wellbeing over time"), content);
    m_wellbeingChart->setObjectName(QStringLiteral("wellbeingChart"));
    m_wellbeingChart->setAccessibleName(tr("Chart of your Wellbeing Score over time"));
    m_wellbeingChart->addSeries(m_wellbeingModel, tr("Wellbeing Score"));
    m_allianceChart
        = new TrendChart(alliance ? *alliance : InstrumentDefinition(), tr("Professional Alliance over time"), content);
    m_allianceChart->setObjectName(QStringLiteral("allianceChart"));
    m_allianceChart->setAccessibleName(tr("Chart of your Professional Alliance scores over time"));
    // Each chart with its summary in words underneath.
    for (TrendChart* chart : {m_wellbeingChart, m_allianceChart}) {
        auto* column = new QVBoxLayout();
        column->addWidget(chart, 1);
        column->addWidget(chart->createSummaryLabel(chart->objectName() + QStringLiteral("Summary"), content));
        charts->addLayout(column, 1);
    }
    layout->addLayout(charts);

    // The log.
    layout->addWidget(headingLabel(tr("Your check-ins and surveys"), QStringLiteral("logHeading"), content, 1.1));
    m_logModel = new SubmissionLogModel(this);
    m_logView = new QTableView(content);
    m_logView->setTabKeyNavigation(false); // arrows move between cells; Tab moves on
    m_logView->setObjectName(QStringLiteral("submissionLogView"));
    m_logView->setModel(m_logModel);
    m_logView->setAccessibleName(tr("Your check-ins and surveys"));
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->setAlternatingRowColors(true);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_logView->horizontalHeader()->setSectionResizeMode(SubmissionLogModel::DateColumn, QHeaderView::ResizeToContents);
    m_logView->horizontalHeader()->setSectionResizeMode(SubmissionLogModel::ScoreColumn, QHeaderView::ResizeToContents);
    // Fit those columns to the rows in view and a year's worth more, not to every row: measuring all of a long
    // history (900 rows after five years) took a third of the time to the first painted dashboard.
    m_logView->horizontalHeader()->setResizeContentsPrecision(60);
    m_logView->setMinimumHeight(240);
    layout->addWidget(m_logView);

    scroll->setWidget(content);
    m_content = content;

    connect(m_checkInButton, &QPushButton::clicked, this, &ClientDashboard::openWellbeingCheckIn);
    connect(dueLater, &QPushButton::clicked, this, &ClientDashboard::dismissCheckInReminder);
    connect(m_professionalsAction, &QAction::triggered, this, &ClientDashboard::openProfessionals);
    connect(m_exportCsvAction, &QAction::triggered, this, &ClientDashboard::exportCsv);
    connect(m_exportPdfAction, &QAction::triggered, this, &ClientDashboard::exportPdf);
    connect(m_deleteDataAction, &QAction::triggered, this, &ClientDashboard::openDeleteData);
    connect(dueButton, &QPushButton::clicked, this, &ClientDashboard::openWellbeingCheckIn);
    connect(m_logSessionButton, &QPushButton::clicked, this, &ClientDashboard::logSession);
    connect(m_sharingButton, &QPushButton::clicked, this, &ClientDashboard::openSharing);
}

void ClientDashboard::refresh()
{
    if (m_erasing || m_erased) {
        return;
    }
    auto overview = loadClientOverview(m_store, m_registry, m_clientId);
    if (!overview) {
        showError(overview.error().message);
        return;
    }
    auto preferences = Preferences::load(m_store);
    if (!preferences) {
        showError(preferences.error().message);
        return;
    }
    m_checkInReminderDays = preferences->checkInReminderDays;
    m_overview = std::move(*overview);
    showOverview();
    m_reminderScheduler->setQuietHours(preferences->quietFrom, preferences->quietUntil);
    m_reminderScheduler->plan(
        m_overview.wellbeing.latestAt, static_cast<int>(m_overview.pendingRequests.size()), m_checkInReminderDays);
    if (m_reminderToRecord) {
        m_reminderToRecord = false;
        recordReminderShown(); // writes a setting, which refreshes once more
    }
}

void ClientDashboard::showOverview()
{
    m_name->setText(m_overview.person.name);
    showSharingButton();
    showBanners();
    showWellbeingCard();
    showAllianceCards();
    showCharts();
    m_logModel->setEntries(SubmissionLogModel::entriesFrom(m_overview, m_registry) + formerAllianceEntries());
    m_logSessionButton->setEnabled(!m_overview.alliance.isEmpty());
    if (m_overview.alliance.isEmpty()) {
        m_logSessionButton->setToolTip(
            tr("You are not connected with a professional yet. Add one under My data → My professionals."));
    }
}

QString ClientDashboard::trendText(const ScoreSeries& series) const
{
    switch (series.trend.direction) {
    case TrendDirection::Improving:
        return tr("Trend: ↑ improving");
    case TrendDirection::Stable:
        return tr("Trend: → stable");
    case TrendDirection::Declining:
        return tr("Trend: ↓ declining");
    case TrendDirection::Insufficient:
        break;
    }
    return tr("Trend: shown after your second result");
}

QString ClientDashboard::whenText(const QDateTime& at) const
{
    const qint64 days = at.daysTo(m_store.clock().now());
    const QString date = DateText::date(at);
    if (days <= 0) {
        return tr("today (%1)").arg(date);
    }
    if (days == 1) {
        return tr("yesterday (%1)").arg(date);
    }
    return tr("%n days ago (%1)", nullptr, static_cast<int>(days)).arg(date);
}

void ClientDashboard::showWellbeingCard()
{
    const ScoreSeries& series = m_overview.wellbeing;
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Wellbeing);
    if (!series.latest || !definition) {
        m_wellbeingCard->setUnavailable(tr("Not available yet — complete your first Wellbeing check-in."));
        return;
    }
    const QString bracketId = series.bracket ? series.bracket->id : QString();
    const QString bracketWord = series.bracket ? series.bracket->label.text(instrumentLanguage()) : QString();
    m_wellbeingCard->setScore(tr("%1 / %2").arg(displayScore(*series.latest, definition->decimals),
                                                displayScore(definition->scoreMax, definition->decimals)),
                              bracketWord,
                              StatusColours::forBracket(bracketId),
                              trendText(series),
                              tr("Last check-in: %1").arg(whenText(series.latestAt)));
}

void ClientDashboard::showAllianceCards()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    const qsizetype needed = std::max<qsizetype>(1, m_overview.alliance.size());
    while (m_allianceCards.size() < needed) {
        auto* card = new ScoreCard(QString(), m_allianceLayout->parentWidget());
        card->setObjectName(QStringLiteral("allianceCard_%1").arg(m_allianceCards.size()));
        const int index = static_cast<int>(m_allianceCards.size());
        m_allianceLayout->addWidget(card, index / 2, index % 2);
        m_allianceCards.append(card);
    }
    for (qsizetype i = 0; i < m_allianceCards.size(); ++i) {
        m_allianceCards.at(i)->setVisible(i < needed);
    }
    if (m_overview.alliance.isEmpty()) {
        m_allianceCards.first()->setTitle(tr("Professional Alliance"));
        m_allianceCards.first()->setUnavailable(
            tr("Not available yet — you are not connected with a professional. Add yours under My data → My "
               "professionals, then complete the alliance survey after your next session."));
        return;
    }
    for (qsizetype i = 0; i < m_overview.alliance.size(); ++i) {
        const AllianceSeries& alliance = m_overview.alliance.at(i);
        ScoreCard* card = m_allianceCards.at(i);
        card->setTitle(tr("Professional Alliance with %1").arg(alliance.professional.name));
        card->setProperty("professionalId", alliance.professional.id);
        if (!alliance.series.latest || !definition) {
            card->setUnavailable(tr("Not available yet — complete the alliance survey after your next session."));
            continue;
        }
        card->setScore(displayScore(*alliance.series.latest, definition->decimals),
                       tr("on a scale from %1 to %2")
                           .arg(displayScore(definition->scoreMin, 0), displayScore(definition->scoreMax, 0)),
                       StatusColours::Neutral,
                       trendText(alliance.series),
                       tr("Last survey: %1").arg(whenText(alliance.series.latestAt)));
    }
}

void ClientDashboard::showCharts()
{
    m_wellbeingModel->setSeries(m_overview.wellbeing);

    QList<QUuid> professionals;
    for (const AllianceSeries& alliance : std::as_const(m_overview.alliance)) {
        professionals.append(alliance.professional.id);
    }
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    while (m_allianceModels.size() < professionals.size()) {
        m_allianceModels.append(new ScoreSeriesModel(definition ? definition->decimals : 1, this));
    }
    for (qsizetype i = 0; i < m_overview.alliance.size(); ++i) {
        m_allianceModels.at(i)->setSeries(m_overview.alliance.at(i).series);
    }
    if (professionals != m_chartedProfessionals) {
        m_allianceChart->clearSeries();
        for (qsizetype i = 0; i < m_overview.alliance.size(); ++i) {
            m_allianceChart->addSeries(m_allianceModels.at(i), m_overview.alliance.at(i).professional.name);
        }
        m_chartedProfessionals = professionals;
    }
}

QString ClientDashboard::professionalName(const QUuid& id) const
{
    for (const AllianceSeries& alliance : m_overview.alliance) {
        if (alliance.professional.id == id) {
            return alliance.professional.name;
        }
    }
    return tr("One of your professionals");
}

void ClientDashboard::showBanners()
{
    // Connections someone made for the client share nothing until the client answers: say so until they do.
    const QList<Person>& waiting = m_overview.pendingConnections;
    if (waiting.isEmpty()) {
        m_connectionBanner->hide();
    } else {
        m_connectionText->setText(
            waiting.size() == 1
                ? tr("%1 has been connected with you and waits for your answer. Until you accept, they see nothing "
                     "of you.")
                      .arg(waiting.constFirst().name)
                : tr("%n professionals have been connected with you and wait for your answer. Until you accept, "
                     "they see nothing of you.",
                     nullptr,
                     static_cast<int>(waiting.size())));
        m_connectionBanner->show();
    }

    // Requests put off with "Not now" stay hidden for the rest of that day.
    const QDateTime now = m_store.clock().now();
    ClientReminders reminders(m_store, m_clientId);
    QHash<QUuid, QDateTime> snoozed;
    if (auto loaded = reminders.snoozedRequests()) {
        snoozed = *loaded;
    }
    QList<ShareRequest> shown;
    for (const ShareRequest& request : std::as_const(m_overview.pendingRequests)) {
        if (!ClientReminders::sameDay(snoozed.value(request.id), now)) {
            shown.append(request);
        }
    }

    QList<ShareRequestBanner*> banners
        = m_requestBanners->findChildren<ShareRequestBanner*>(QString(), Qt::FindDirectChildrenOnly);
    while (banners.size() < shown.size()) {
        auto* banner = new ShareRequestBanner(m_requestBanners);
        banner->setObjectName(QStringLiteral("shareRequestBanner_%1").arg(banners.size()));
        connect(banner, &ShareRequestBanner::answerRequested, this, &ClientDashboard::answerRequest);
        connect(banner, &ShareRequestBanner::snoozeRequested, this, &ClientDashboard::snoozeRequest);
        m_requestLayout->addWidget(banner);
        banners.append(banner);
    }
    for (qsizetype i = 0; i < banners.size(); ++i) {
        if (i >= shown.size()) {
            banners.at(i)->hide();
            continue;
        }
        const ShareRequest& request = shown.at(i);
        const QString text = request.metric == Metric::Alliance
            ? tr("%1 asks you to share your Professional Alliance score.")
            : tr("%1 asks you to share your Wellbeing score.");
        banners.at(i)->setRequest(request.id, text.arg(professionalName(request.professionalId)));
        banners.at(i)->show();
    }
    m_requestBanners->setVisible(!shown.isEmpty());

    // The check-in reminder: when the last check-in is older than the chosen interval, at most once a day. Once up,
    // it stays until dismissed or the check-in is done.
    const ScoreSeries& wellbeing = m_overview.wellbeing;
    const bool due = wellbeing.latestAt.isValid() && wellbeing.latestAt.daysTo(now) > m_checkInReminderDays;
    if (!due) {
        m_reminderShown = false;
    } else if (!m_reminderShown && !m_reminderDismissed) {
        auto remindedAt = reminders.checkInRemindedAt();
        if (remindedAt && ClientReminders::sameDay(*remindedAt, now)) {
            m_reminderDismissed = true; // already reminded today
        } else {
            m_reminderShown = true;
            m_reminderToRecord = true;
        }
    }
    if (due && m_reminderShown) {
        m_dueText->setText(tr("Time for a Wellbeing check-in: your last one was %1. Checking in every two to three "
                              "weeks shows how you are doing over time.")
                               .arg(whenText(wellbeing.latestAt)));
    }
    m_dueBanner->setVisible(due && m_reminderShown);
}

void ClientDashboard::showSharingButton()
{
    const SharingState& sharing = m_overview.sharing;
    QString text;
    if (sharing.alliance && sharing.wellbeing) {
        text = tr("● Sharing");
    } else if (sharing.alliance) {
        text = tr("● Sharing: alliance only");
    } else if (sharing.wellbeing) {
        text = tr("● Sharing: wellbeing only");
    } else {
        text = tr("● Not Sharing");
    }
    m_sharingButton->setText(text);
    m_sharingButton->setProperty("sharing", sharing.anyOn());
    m_sharingButton->setToolTip(tr("Choose which scores your professionals may see."));
    m_sharingButton->setAccessibleName(tr("Sharing settings, currently: %1").arg(text.mid(2)));
    m_sharingButton->setStyleSheet(QStringLiteral("QPushButton#sharingButton { color: %1; font-weight: bold; "
                                                  "padding: 4px 14px; }")
                                       .arg(StatusColours::forSharing(sharing.anyOn()).name()));
}

void ClientDashboard::openWellbeingCheckIn()
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Wellbeing);
    if (!definition) {
        showError(tr("The Wellbeing check-in is not available in this installation."));
        return;
    }
    auto* dialog = new QuestionnaireDialog(*definition, QString(), QuestionnaireDialog::Dismissal::Cancel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        submit(InstrumentIds::Wellbeing, dialog->answers(), QUuid());
    });
    dialog->open();
}

void ClientDashboard::logSession()
{
    QList<Person> professionals;
    for (const AllianceSeries& alliance : std::as_const(m_overview.alliance)) {
        professionals.append(alliance.professional);
    }
    if (professionals.isEmpty()) {
        showError(tr("You are not connected with a professional yet, so there is no session to log."));
        return;
    }
    auto* picker = new PersonPickerDialog(
        tr("Log a session"), tr("Which professional was your session with?"), professionals, tr("Continue"), this);
    picker->setObjectName(QStringLiteral("sessionProfessionalPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (const auto professional = picker->selectedPerson()) {
            openAllianceSurvey(*professional);
        }
    });
    picker->open();
}

void ClientDashboard::openAllianceSurvey(const Person& professional)
{
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    if (!definition) {
        showError(tr("The alliance survey is not available in this installation."));
        return;
    }
    auto* dialog = new QuestionnaireDialog(*definition,
                                           tr("About your sessions with %1").arg(professional.name),
                                           QuestionnaireDialog::Dismissal::Skip,
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid professionalId = professional.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, professionalId] {
        submit(InstrumentIds::Alliance, dialog->answers(), professionalId);
    });
    dialog->open();
}

void ClientDashboard::openSharing()
{
    auto* dialog = new SharingDialog(m_store, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientDashboard::submit(const QString& instrumentId, const QList<int>& answers, const QUuid& professionalId)
{
    QuestionnaireService service(m_store, m_registry);
    auto submission = service.submit(m_clientId, instrumentId, answers, professionalId);
    if (!submission) {
        showError(tr("Your answers could not be saved: %1").arg(submission.error().message));
        return;
    }
    m_error->hide();
    Q_EMIT submissionSaved(*submission);
}

void ClientDashboard::answerRequest(const QUuid& requestId, bool accept)
{
    auto answered = ClientRequests(m_store).answer(m_clientId, requestId, accept);
    if (!answered) {
        showError(answered.error().message);
        return;
    }
    m_error->hide();
}

void ClientDashboard::snoozeRequest(const QUuid& requestId)
{
    ClientReminders reminders(m_store, m_clientId);
    if (auto snoozed = reminders.snoozeRequest(requestId, m_store.clock().now()); !snoozed) {
        showError(snoozed.error().message);
        return;
    }
    m_error->hide();
}

void ClientDashboard::dismissCheckInReminder()
{
    m_reminderShown = false;
    m_reminderDismissed = true;
    m_dueBanner->hide();
    recordReminderShown();
}

void ClientDashboard::recordReminderShown()
{
    ClientReminders reminders(m_store, m_clientId);
    if (auto recorded = reminders.setCheckInRemindedAt(m_store.clock().now()); !recorded) {
        showError(recorded.error().message);
    }
}

QList<SubmissionLogModel::Entry> ClientDashboard::formerAllianceEntries()
{
    // The overview holds the surveys about current professionals; those about earlier ones stay the client's too.
    QList<SubmissionLogModel::Entry> entries;
    QList<QUuid> connected;
    for (const AllianceSeries& alliance : std::as_const(m_overview.alliance)) {
        connected.append(alliance.professional.id);
    }
    auto former = ClientRequests(m_store).formerAllianceSurveys(m_clientId, connected);
    if (!former) {
        showError(former.error().message);
        return entries;
    }
    const InstrumentDefinition* definition = m_registry.find(InstrumentIds::Alliance);
    for (const FormerAllianceSurvey& survey : std::as_const(*former)) {
        const Submission& submission = survey.submission;
        SubmissionLogModel::Entry entry;
        entry.at = submission.submittedAt;
        entry.instrumentId = submission.instrumentId;
        entry.questionnaire = definition ? definition->title.text(instrumentLanguage()) : submission.instrumentId;
        entry.professionalId = submission.professionalId;
        entry.professional = survey.professionalName ? tr("%1 (no longer connected)").arg(*survey.professionalName)
                                                     : tr("A former professional");
        entry.score = submission.score;
        entry.decimals = definition ? definition->decimals : 1;
        entries.append(entry);
    }
    return entries;
}

void ClientDashboard::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseSavePath = std::move(chooser);
}

QString ClientDashboard::chooseSavePath(const QString& caption, const QString& suffix, const QString& filter)
{
    QString base;
    for (const QChar c : m_overview.person.name.toLower()) {
        base += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    const QString fileName = QStringLiteral("rapport-%1.%2").arg(base, suffix);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_chooseSavePath(this, caption, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    return path;
}

void ClientDashboard::openProfessionals()
{
    auto* dialog = new ProfessionalsDialog(m_store, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientDashboard::exportCsv()
{
    const QString path = chooseSavePath(tr("Export my data as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    auto exported = ClientExportData::collect(m_store, m_clientId);
    if (!exported) {
        showError(tr("Your data could not be exported: %1").arg(exported.error().message));
        return;
    }
    auto written = ClientDataExport(*exported, m_registry).writeCsv(path);
    if (!written) {
        showError(tr("Your data could not be exported: %1").arg(written.error().message));
        return;
    }
    m_error->hide();
    showNotice(tr("Saved your check-ins and surveys to %1 and your sharing history to %2.")
                   .arg(QDir::toNativeSeparators(written->value(0)), QDir::toNativeSeparators(written->value(1))));
}

void ClientDashboard::exportPdf()
{
    const QString path = chooseSavePath(tr("Export a PDF report"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    auto exported = ClientExportData::collect(m_store, m_clientId);
    if (!exported) {
        showError(tr("The report could not be exported: %1").arg(exported.error().message));
        return;
    }
    if (auto written = ClientDataExport(*exported, m_registry).writePdf(path); !written) {
        showError(tr("The report could not be exported: %1").arg(written.error().message));
        return;
    }
    m_error->hide();
    showNotice(tr("Saved your report to %1.").arg(QDir::toNativeSeparators(path)));
}

void ClientDashboard::openDeleteData()
{
    const int submissions = m_logModel->rowCount();
    const int professionals = static_cast<int>(m_overview.alliance.size());
    const QString what
        = tr("Rapport will erase you and everything that belongs to you from this computer: %1, %2, your sharing "
             "choices and their history, and any requests to share.")
              .arg(tr("your %n check-ins and surveys", nullptr, submissions),
                   tr("your connections with %n professionals", nullptr, professionals));
    const auto erase = [this]() -> Result<void> {
        m_erasing = true; // the store changes below must not reload a dashboard whose person is going
        if (auto erased = PersonErasure(m_store).erase(m_clientId); !erased) {
            m_erasing = false;
            return erased;
        }
        m_erased = true;
        m_erasing = false;
        return {};
    };
    auto* dialog = new DeleteDataDialog(m_overview.person.name, what, erase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showErased();
        Q_EMIT dataErased(m_clientId);
    });
    dialog->open();
}

void ClientDashboard::showErased()
{
    for (QWidget* child : m_content->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        child->hide();
    }
    for (QAction* action : {m_professionalsAction, m_exportCsvAction, m_exportPdfAction, m_deleteDataAction}) {
        action->setEnabled(false);
    }
    auto* erased = new QLabel(tr("All of your data has been deleted from Rapport."), m_content);
    erased->setObjectName(QStringLiteral("erasedLabel"));
    erased->setAlignment(Qt::AlignCenter);
    erased->setWordWrap(true);
    if (auto* layout = qobject_cast<QVBoxLayout*>(m_content->layout())) {
        layout->insertWidget(0, erased, 1);
    }
    erased->show();
}

void ClientDashboard::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ClientDashboard::showNotice(const QString& message)
{
    m_notice->setText(message);
    m_notice->show();
}

} // namespace rapport::ui
