#pragma once

#include "analytics/HrReport.h"
#include "common/Error.h"
#include "instruments/InstrumentRegistry.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace rapport {
class Store;
}

namespace rapport::ui {

class HrBarChart;
class HrMonthlyChart;
class HrMonthlyModel;
class HrTeamsModel;

/**
 * The HR (organisation) dashboard, the central widget of HR mode. It shows only the HrReport that HrAnalytics::load()
 * makes of the store (aggregated and anonymised); it never reads an individual row. Suppressed figures read
 * "fewer than k responses". Refreshes on Store::changed. "Export PDF report" writes HrReportDocument to the file the
 * save-file chooser names (a seam: tests set their own).
 */
class HrDashboard : public QWidget
{
    Q_OBJECT

public:
    /** Asks where to save the PDF; returns an empty string to cancel. */
    using SaveFileChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    /** Where the report comes from when not from `store` itself: the organisation's hub for an HR login. */
    using ReportSource = std::function<Result<HrReport>()>;

    /** `store` must outlive this widget (as with every screen; see MainWindow::showLocked). */
    HrDashboard(Store& store, const InstrumentRegistry& registry, QWidget* parent = nullptr);
    /**
     * The report from `source` (the hub's published months, for an HR login joined to it), refreshed by refresh()
     * (after every sync) rather than by the store's changes; the header says the figures are the hub's.
     */
    HrDashboard(Store& store, const InstrumentRegistry& registry, ReportSource source, QWidget* parent = nullptr);
    ~HrDashboard() override;

    /** Replaces the file dialog of "Export PDF report". */
    void setSaveFileChooser(SaveFileChooser chooser);

    /** The report on screen; empty when loading it failed. */
    [[nodiscard]] const std::optional<HrReport>& report() const { return m_report; }

    [[nodiscard]] HrTeamsModel* teamsModel() const { return m_teamsModel; }
    [[nodiscard]] HrMonthlyModel* monthlyModel() const { return m_monthlyModel; }

public Q_SLOTS:
    /** Reloads the report from the store. */
    void refresh();
    /** Asks for a file and writes the PDF report there. */
    void exportPdf();

Q_SIGNALS:
    /** The PDF report was written to `path`. */
    void reportExported(const QString& path);
    /** Loading the report or writing the PDF failed. */
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void showReport();
    QLabel* addFigure(QGridLayout* grid, int row, const QString& label, const QString& objectName);
    void applyColours();

    Store& m_store;
    InstrumentRegistry m_registry;
    std::optional<InstrumentDefinition> m_wellbeing;
    std::optional<InstrumentDefinition> m_alliance;
    std::optional<HrReport> m_report;
    ReportSource m_source; ///< empty: the store's own published months
    SaveFileChooser m_chooseFile;

    HrTeamsModel* m_teamsModel = nullptr;
    HrMonthlyModel* m_monthlyModel = nullptr;

    QWidget* m_header = nullptr;
    QLabel* m_asOf = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_exportStatus = nullptr;
    QLabel* m_suppressedBanner = nullptr;
    QLabel* m_cautionBanner = nullptr;
    QLabel* m_errorLabel = nullptr;
    QWidget* m_figures = nullptr;
    QLabel* m_guide = nullptr;

    QLabel* m_employees = nullptr;
    QLabel* m_participants = nullptr;
    QLabel* m_recent = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_wellbeingMean = nullptr;
    HrBarChart* m_distributionChart = nullptr;
    QLabel* m_distributionSummary = nullptr;
    QLabel* m_trendPeople = nullptr;
    QLabel* m_improving = nullptr;
    QLabel* m_stable = nullptr;
    QLabel* m_declining = nullptr;
    HrBarChart* m_trendChart = nullptr;
    QLabel* m_trendSummary = nullptr;
    HrMonthlyChart* m_monthlyChart = nullptr;
    QLabel* m_monthlySummary = nullptr;
    QLabel* m_allianceMean = nullptr;
    QGridLayout* m_dimensionGrid = nullptr;
    QList<QLabel*> m_dimensionLabels;
    QTableView* m_teamsView = nullptr;
    QLabel* m_teamsNote = nullptr;
};

} // namespace rapport::ui
