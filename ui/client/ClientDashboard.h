#pragma once

#include "domain/Person.h"
#include "domain/Submission.h"
#include "models/SubmissionLogModel.h"
#include "sharing/Overviews.h"

#include <QList>
#include <QUuid>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;
class QGridLayout;

namespace rapport {
class InstrumentRegistry;
class Store;
} // namespace rapport

namespace rapport::ui {

class DesktopNotifier;
class ReminderScheduler;

class ScoreCard;
class ScoreSeriesModel;
class TrendChart;

/**
 * The client's own dashboard: their name, the Wellbeing Score and one Professional Alliance card per professional,
 * the sharing state, banners for share requests and a due check-in, trend charts and the log of everything they
 * submitted. Reads the store only through loadClientOverview and refreshes whenever a change concerns this client
 * (affectsClient), not after another client's writes.
 */
class ClientDashboard : public QWidget
{
    Q_OBJECT

public:
    /** Asks where to save a file: (parent, caption, suggested path, filter) → the path, or empty when cancelled. */
    using SaveFileChooser = std::function<QString(
        QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)>;

    ClientDashboard(Store& store, const InstrumentRegistry& registry, const QUuid& clientId, QWidget* parent = nullptr);

    [[nodiscard]] QUuid clientId() const { return m_clientId; }
    /** Keep the next check-in's due time in `path` for a locked Rapport (ReminderDueFile); never by default. */
    void setReminderDueFile(const QString& path);
    [[nodiscard]] const ClientOverview& overview() const { return m_overview; }
    [[nodiscard]] SubmissionLogModel* logModel() const { return m_logModel; }
    [[nodiscard]] TrendChart* wellbeingChart() const { return m_wellbeingChart; }
    [[nodiscard]] TrendChart* allianceChart() const { return m_allianceChart; }

    /** Reloads the overview from the store and shows it. */
    void refresh();

    /** Opens the Wellbeing check-in (non-modal to the event loop; it submits when accepted). */
    void openWellbeingCheckIn();
    /** Asks which professional the session was with, then opens the alliance survey about them. */
    void logSession();
    /** Opens the alliance survey about one connected professional. */
    void openAllianceSurvey(const Person& professional);
    void openSharing();
    /** "My professionals": add, rename and remove connections. */
    void openProfessionals();
    /** Asks for a path and writes the CSV files (submissions, and the sharing log beside them). */
    void exportCsv();
    /** Asks for a path and writes the PDF report. */
    void exportPdf();
    /** "Delete all my data", with a typed confirmation. */
    void openDeleteData();

    /** Replaces the file dialog (tests supply the path). */
    void setSaveFileChooser(SaveFileChooser chooser);
    [[nodiscard]] QAction* professionalsAction() const { return m_professionalsAction; }
    [[nodiscard]] QAction* exportCsvAction() const { return m_exportCsvAction; }
    [[nodiscard]] QAction* exportPdfAction() const { return m_exportPdfAction; }
    [[nodiscard]] QAction* deleteDataAction() const { return m_deleteDataAction; }
    /** Whether this client's data was erased (the dashboard then shows only a message). */
    [[nodiscard]] bool isErased() const { return m_erased; }

Q_SIGNALS:
    /** A questionnaire was submitted and stored. */
    void submissionSaved(const rapport::Submission& submission);
    /** The client erased all their data; the session should go back to the start. */
    void dataErased(const QUuid& personId);

private:
    void buildLayout();
    void showOverview();
    void showWellbeingCard();
    void showAllianceCards();
    void showCharts();
    void showBanners();
    void showSharingButton();
    void submit(const QString& instrumentId, const QList<int>& answers, const QUuid& professionalId);
    void answerRequest(const QUuid& requestId, bool accept);
    void snoozeRequest(const QUuid& requestId);
    void dismissCheckInReminder();
    void recordReminderShown();
    [[nodiscard]] QList<SubmissionLogModel::Entry> formerAllianceEntries();
    [[nodiscard]] QString chooseSavePath(const QString& caption, const QString& suffix, const QString& filter);
    void showErased();
    void showError(const QString& message);
    void showNotice(const QString& message);
    [[nodiscard]] QString trendText(const ScoreSeries& series) const;
    [[nodiscard]] QString whenText(const QDateTime& at) const;
    [[nodiscard]] QString professionalName(const QUuid& id) const;

    Store& m_store;
    const InstrumentRegistry& m_registry;
    QUuid m_clientId;
    ClientOverview m_overview;

    QLabel* m_name = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notice = nullptr;
    QWidget* m_content = nullptr;
    QPushButton* m_sharingButton = nullptr;
    QPushButton* m_checkInButton = nullptr;
    QPushButton* m_logSessionButton = nullptr;
    QWidget* m_requestBanners = nullptr;
    QVBoxLayout* m_requestLayout = nullptr;
    QWidget* m_dueBanner = nullptr;
    QWidget* m_connectionBanner = nullptr; ///< professionals connected with the client who wait for an answer
    QLabel* m_connectionText = nullptr;
    QLabel* m_dueText = nullptr;
    ScoreCard* m_wellbeingCard = nullptr;
    QGridLayout* m_allianceLayout = nullptr;
    QList<ScoreCard*> m_allianceCards;
    TrendChart* m_wellbeingChart = nullptr;
    TrendChart* m_allianceChart = nullptr;
    ScoreSeriesModel* m_wellbeingModel = nullptr;
    QList<ScoreSeriesModel*> m_allianceModels;
    QList<QUuid> m_chartedProfessionals;
    SubmissionLogModel* m_logModel = nullptr;
    QTableView* m_logView = nullptr;
    QAction* m_professionalsAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportPdfAction = nullptr;
    QAction* m_deleteDataAction = nullptr;
    SaveFileChooser m_chooseSavePath;
    int m_checkInReminderDays = 14;
    DesktopNotifier* m_notifier = nullptr; ///< desktop notifications, where the desktop has them
    ReminderScheduler* m_reminderScheduler = nullptr; ///< reminds while the window is hidden or minimised
    bool m_reminderShown = false; ///< the check-in reminder is up in this dashboard (stays until dismissed)
    bool m_reminderToRecord = false; ///< it just came up: remember when, after this refresh
    bool m_reminderDismissed = false; ///< dismissed or already shown today: not again while this dashboard lives
    bool m_erasing = false;
    bool m_erased = false;
};

} // namespace rapport::ui
