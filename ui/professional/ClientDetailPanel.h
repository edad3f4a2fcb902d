#pragma once

#include "sharing/Overviews.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace rapport {
class InstrumentRegistry;
} // namespace rapport

namespace rapport::ui {

class ScoreSeriesModel;
class TrendChart;

/**
 * One client as their professional sees them: the name, the sharing state, and then either what the client shares
 * (the alliance with this professional, overall and by dimension; the wellbeing chart with its bands) or, for what
 * is not shared, nothing but a "Request sharing" button and the state of any pending request. It shows exactly the
 * ProfessionalClientEntry it is given: what the sharing policy left out never reaches this widget.
 */
class ClientDetailPanel : public QWidget
{
    Q_OBJECT

public:
    ClientDetailPanel(const InstrumentRegistry& registry, QWidget* parent = nullptr);

    /** Shows `entry`; `now` is for "3 days ago". */
    void setEntry(const ProfessionalClientEntry& entry, const QDateTime& now);
    /** Shows a hint instead of a client (nothing selected, or no clients). */
    void clear(const QString& hint);

    [[nodiscard]] QUuid clientId() const { return m_clientId; }
    [[nodiscard]] TrendChart* allianceChart() const { return m_allianceChart; }
    [[nodiscard]] TrendChart* wellbeingChart() const { return m_wellbeingChart; }
    /** Overall alliance first, then one per dimension, in the instrument's order. */
    [[nodiscard]] const QList<ScoreSeriesModel*>& allianceModels() const { return m_allianceModels; }
    [[nodiscard]] ScoreSeriesModel* wellbeingModel() const { return m_wellbeingModel; }

Q_SIGNALS:
    /** The professional asked the client to share what they do not share yet. */
    void sharingRequested(const QUuid& clientId);

private:
    void showAlliance(const ProfessionalClientEntry& entry, const QDateTime& now);
    void showWellbeing(const ProfessionalClientEntry& entry, const QDateTime& now);
    void showRequest(const ProfessionalClientEntry& entry);
    [[nodiscard]] QString whenText(const QDateTime& at, const QDateTime& now) const;

    const InstrumentRegistry& m_registry;
    QUuid m_clientId;

    QLabel* m_hint = nullptr;
    QWidget* m_client = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_lastUpdated = nullptr;
    QFrame* m_requestBox = nullptr;
    QLabel* m_requestText = nullptr;
    QLabel* m_requestStatus = nullptr;
    QPushButton* m_requestButton = nullptr;
    QWidget* m_allianceBox = nullptr;
    QLabel* m_allianceSummary = nullptr;
    TrendChart* m_allianceChart = nullptr;
    QList<ScoreSeriesModel*> m_allianceModels;
    QWidget* m_wellbeingBox = nullptr;
    QLabel* m_wellbeingSummary = nullptr;
    QLabel* m_wellbeingChartSummary = nullptr; ///< the chart in words, under it
    QLabel* m_allianceChartSummary = nullptr;
    TrendChart* m_wellbeingChart = nullptr;
    ScoreSeriesModel* m_wellbeingModel = nullptr;
};

} // namespace rapport::ui
