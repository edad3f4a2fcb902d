#include "DateText.h"

#include <QLocale>

namespace rapport::ui {

QString DateText::date(const QDateTime& at)
{
    return at.isValid() ? date(at.toLocalTime().date()) : QString();
}

QString DateText::date(QDate day)
{
    //: A date written out: day, abbreviated month, year (Qt's date format letters).
    return day.isValid() ? QLocale().toString(day, tr("d MMM yyyy")) : QString();
}

QString DateText::dateTime(const QDateTime& at)
{
    //: A date and a time of day (Qt's date format letters).
    return at.isValid() ? QLocale().toString(at.toLocalTime(), tr("d MMM yyyy, HH:mm")) : QString();
}

QString DateText::recent(const QDateTime& at)
{
    if (!at.isValid()) {
        return QString();
    }
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate()) {
        return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    }
    return dateTime(at);
}

} // namespace rapport::ui
