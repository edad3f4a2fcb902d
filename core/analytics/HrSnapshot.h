#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace rapport {

/**
 * One closed calendar month's HR figures as they were published (docs/hr-anonymity.md, rule 10): computed once, from
 * that month's answers only, after the month ended, and never again. `figures` is the month's report with every
 * anonymity rule applied, in the hub's JSON form (HrPublication), so the local store and the hub keep and read the
 * same thing. Nothing in it names or identifies a person.
 */
struct HrSnapshot
{
    QDate month; ///< the first day of the month (UTC)
    QDateTime publishedAt; ///< when it was computed and frozen
    QByteArray figures; ///< compact JSON (HrPublication::periodToJson)
};

} // namespace rapport
