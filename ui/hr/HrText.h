#pragma once

#include "HrBarChart.h"
#include "analytics/HrReport.h"
#include "instruments/InstrumentDefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapport::ui {

/**
 * How the HR dashboard and the PDF report word the HrReport's figures. Suppressed figures always become
 * HrAnalytics::suppressedText(k); nothing here computes a figure, it only formats what the report holds.
 */
class HrText
{
public:
    HrText(const HrReport& report, int wellbeingDecimals, int allianceDecimals);

    [[nodiscard]] const QString& hidden() const { return m_hidden; }
    [[nodiscard]] QString count(const std::optional<qint64>& value) const;
    [[nodiscard]] QString wellbeing(const std::optional<double>& value) const;
    [[nodiscard]] QString alliance(const std::optional<double>& value) const;
    /** "64.5 %" of a 0–1 fraction. */
    [[nodiscard]] QString percent(const std::optional<double>& fraction) const;
    /** "56.2 (Good)", or the hidden text. */
    [[nodiscard]] QString wellbeingWithBracket(const std::optional<double>& mean,
                                               const std::optional<Bracket>& bracket) const;
    /** "Figures for November 2026, published 1 Dec 2026 · the figures for December 2026 follow on 1 Jan 2027 · …". */
    [[nodiscard]] QString asOfLine() const;
    /** "November 2026", in the interface language. */
    [[nodiscard]] static QString monthName(QDate month);

    /** Bars of the bracket distribution, coloured by bracket. */
    [[nodiscard]] QList<HrBar> distributionBars() const;
    /** Bars of the trend directions. */
    [[nodiscard]] QList<HrBar> trendBars() const;

    /** The plain statement shown when the whole organisation is below k. */
    [[nodiscard]] static QString organisationSuppressed(int k);
    /** The caution shown when participation is low. */
    [[nodiscard]] static QString lowParticipation();
    /** The guide: what the figures mean and how to act on them, as rich text (headings and paragraphs). */
    [[nodiscard]] static QString guideHtml(int k);

private:
    const HrReport& m_report;
    int m_wellbeingDecimals;
    int m_allianceDecimals;
    QString m_hidden;
};

} // namespace rapport::ui
