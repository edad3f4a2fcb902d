#include "HrText.h"

#include "analytics/HrAnalytics.h"
#include "common/DateText.h"
#include "common/StatusColours.h"
#include "common/UiText.h"

#include <QLocale>

namespace rapport::ui {

HrText::HrText(const HrReport& report, int wellbeingDecimals, int allianceDecimals)
    : m_report(report)
    , m_wellbeingDecimals(wellbeingDecimals)
    , m_allianceDecimals(allianceDecimals)
    , m_hidden(HrAnalytics::suppressedText(report.minimumGroupSize))
{
}

QString HrText::count(const std::optional<qint64>& value) const
{
    return value ? QLocale().toString(*value) : m_hidden;
}

QString HrText::wellbeing(const std::optional<double>& value) const
{
    return value ? QLocale().toString(*value, 'f', m_wellbeingDecimals) : m_hidden;
}

QString HrText::alliance(const std::optional<double>& value) const
{
    return value ? QLocale().toString(*value, 'f', m_allianceDecimals) : m_hidden;
}

QString HrText::percent(const std::optional<double>& fraction) const
{
    return fraction ? UiTr::tr("%1 %").arg(QLocale().toString(*fraction * 100.0, 'f', 1)) : m_hidden;
}

QString HrText::wellbeingWithBracket(const std::optional<double>& mean, const std::optional<Bracket>& bracket) const
{
    if (!mean) {
        return m_hidden;
    }
    return bracket ? UiTr::tr("%1 (%2)").arg(wellbeing(mean), bracket->label.text(instrumentLanguage()))
                   : wellbeing(mean);
}

QString HrText::asOfLine() const
{
    // Figures are published per closed month and frozen (docs/hr-anonymity.md, rule 10): say which, and when next.
    const QString rules = UiTr::tr("only groups of at least %1 people are shown · no individual is ever shown")
                              .arg(m_report.minimumGroupSize);
    const QDate next = m_report.nextPublication;
    if (!m_report.period.isValid()) {
        return UiTr::tr("No month with answers has closed yet: the first figures are published on %1 · %2")
            .arg(DateText::date(next), rules);
    }
    return UiTr::tr("Figures for %1, published %2 · the figures for %3 follow on %4 · %5")
        .arg(monthName(m_report.period),
             DateText::date(m_report.publishedAt),
             monthName(next.addMonths(-1)),
             DateText::date(next),
             rules);
}

QString HrText::monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QList<HrBar> HrText::distributionBars() const
{
    QList<HrBar> bars;
    for (const HrBracketCount& bracket : m_report.distribution) {
        bars.append(HrBar {bracket.bracket.label.text(instrumentLanguage()),
                           bracket.people,
                           StatusColours::forBracket(bracket.bracket.id)});
    }
    return bars;
}

QList<HrBar> HrText::trendBars() const
{
    return {HrBar {UiTr::tr("Improving"), m_report.trends.improving, StatusColours::Good},
            HrBar {UiTr::tr("Stable"), m_report.trends.stable, StatusColours::Neutral},
            HrBar {UiTr::tr("Declining"), m_report.trends.declining, StatusColours::Poor}};
}

QString HrText::organisationSuppressed(int k)
{
    return UiTr::tr("Fewer than %1 employees have answered a Wellbeing Index so far, so every figure on this page is "
                    "hidden to protect them. Figures appear once at least %1 people have taken part.")
        .arg(k);
}

QString HrText::lowParticipation()
{
    return UiTr::tr("Caution: fewer than 30 % of employees have taken part. With low participation the figures may "
                    "not represent the organisation, so read them with care and encourage people to take part.");
}

QString HrText::guideHtml(int k)
{
    QString html;
    const auto section = [&html](const QString& heading, const QString& text) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    };
    section(UiTr::tr("What the figures mean"),
            UiTr::tr("The Wellbeing Index is a short survey of how someone has felt recently; higher is better, and "
                     "it is grouped into Poor, Moderate and Good. The figures are those of one closed month: each "
                     "participant counts once, with the average of their answers in that month. A month's figures "
                     "are published when it ends and never change afterwards. Trends compare each person's own "
                     "answers over time and only count people who answered more than once."));
    section(UiTr::tr("Professional Alliance"),
            UiTr::tr("How strongly employees feel they trust and work well with their therapist or coach: the bond, "
                     "the partnership on goals and tasks, and their confidence in the support."));
    section(UiTr::tr("Reading a decline"),
            UiTr::tr("A steady fall in wellbeing can point to stress, heavy workloads or burnout, or to a "
                     "restructuring or low morale. Look at what changed in that period."));
    section(UiTr::tr("Reading a low alliance"),
            UiTr::tr("A low or falling alliance suggests that employees and their providers are not a good fit. "
                     "Consider reviewing provider assignments or training."));
    section(UiTr::tr("Signals, not verdicts"),
            UiTr::tr("These figures are signals and support tools, never performance metrics. Cross-check them "
                     "with other HR information (absence, turnover, staff surveys) and with conversations before "
                     "acting. After acting (manager check-ins, wellness sessions, a change of provider), measure "
                     "again and watch how the figures move."));
    section(UiTr::tr("Privacy"),
            UiTr::tr("Nobody's own answers are visible here. A figure that would come from fewer than %1 people "
                     "reads \"%2\". Low participation can skew the results, and sudden events take time to show.")
                .arg(k)
                .arg(HrAnalytics::suppressedText(k)));
    return html;
}

} // namespace rapport::ui
