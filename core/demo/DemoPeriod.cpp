#include "DemoPeriod.h"

namespace rapport {

DemoPeriod DemoPeriod::ending(const QDateTime& until, int months)
{
    const QDateTime utc = until.toUTC();
    const QDate first = utc.date().addMonths(-months);
    DemoPeriod period;
    period.firstDayMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    period.untilMs = utc.toMSecsSinceEpoch();
    period.days = static_cast<int>(first.daysTo(utc.date()));
    period.firstDayOfWeek = first.dayOfWeek();
    return period;
}

QDateTime DemoPeriod::utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace rapport
