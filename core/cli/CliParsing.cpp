#include "CliParsing.h"

#include "common/CoreTr.h"

#include <QRegularExpression>

#include <cmath>

namespace rapport::cli {
namespace {

constexpr qsizetype MaxShown = 40;
constexpr qsizetype MaxTimeLength = 64;
constexpr qsizetype MaxNumberLength = 32;
constexpr int MaxOffsetSeconds = 14 * 3600;

/** `text` for an error message, shortened so a huge argument does not flood the terminal. */
QString shown(const QString& text)
{
    if (text.size() <= MaxShown) {
        return text;
    }
    return text.left(MaxShown) + QStringLiteral("…");
}

bool isAsciiInteger(const QString& text)
{
    qsizetype start = 0;
    if (!text.isEmpty() && (text.at(0) == QLatin1Char('+') || text.at(0) == QLatin1Char('-'))) {
        start = 1;
    }
    if (start >= text.size()) {
        return false;
    }
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

/** Printable ASCII only: everything these parsers accept is, and it keeps odd input away from the regexes. */
bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

tl::unexpected<Error> invalidTime(const QString& text)
{
    return fail(ErrorCode::InvalidArgument,
                CoreTr::tr("'%1' is not a date (YYYY-MM-DD) or an ISO 8601 time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]).")
                    .arg(shown(text)));
}

} // namespace

Result<QList<int>> parseAnswerList(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("No answers were given (expected a list like 3,4,5)."));
    }
    if (text.count(QLatin1Char(',')) >= MaxAnswers) {
        return fail(ErrorCode::OutOfRange, CoreTr::tr("Too many answers (at most %1).").arg(MaxAnswers));
    }
    const QStringList parts = text.split(QLatin1Char(','));
    QList<int> answers;
    answers.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty()) {
            return fail(ErrorCode::InvalidArgument, CoreTr::tr("Answer %1 is empty.").arg(i + 1));
        }
        if (!isAsciiInteger(part)) {
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("Answer %1 ('%2') is not a whole number.").arg(i + 1).arg(shown(part)));
        }
        bool ok = false;
        const int value = part.toInt(&ok, 10);
        if (!ok) {
            return fail(ErrorCode::OutOfRange,
                        CoreTr::tr("Answer %1 ('%2') is too large.").arg(i + 1).arg(shown(part)));
        }
        answers.append(value);
    }
    return answers;
}

Result<QDateTime> parseTimePoint(const QString& text)
{
    if (text.size() > MaxTimeLength || !isPrintableAscii(text)) {
        return invalidTime(text);
    }
    static const QRegularExpression dateOnly(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
                       "(Z|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$"));

    const QRegularExpressionMatch dayMatch = dateOnly.match(text);
    const QRegularExpressionMatch timeMatch = dayMatch.hasMatch() ? QRegularExpressionMatch() : dateTime.match(text);
    const QRegularExpressionMatch& match = dayMatch.hasMatch() ? dayMatch : timeMatch;
    if (!match.hasMatch()) {
        return invalidTime(text);
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("'%1' is not a valid date.").arg(shown(text)));
    }
    if (dayMatch.hasMatch()) {
        return QDateTime(date, QTime(12, 0), Qt::UTC);
    }

    int milliseconds = 0;
    if (const QString fraction = match.captured(7); !fraction.isEmpty()) {
        milliseconds = fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    }
    const int seconds = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), seconds, milliseconds);
    if (!time.isValid()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("'%1' is not a valid time of day.").arg(shown(text)));
    }

    int offsetSeconds = 0;
    if (!match.captured(9).isEmpty()) {
        const int hours = match.captured(10).toInt();
        const int minutes = match.captured(11).isEmpty() ? 0 : match.captured(11).toInt();
        offsetSeconds = hours * 3600 + minutes * 60;
        if (minutes > 59 || offsetSeconds > MaxOffsetSeconds) {
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("'%1' has an invalid UTC offset (at most ±14:00).").arg(shown(text)));
        }
        if (match.captured(9) == QLatin1String("-")) {
            offsetSeconds = -offsetSeconds;
        }
    }
    // Local wall time = UTC + offset, so UTC = wall time − offset.
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

Result<TrendPoint> parseTrendPoint(const QString& text)
{
    const qsizetype separator = text.indexOf(QLatin1Char('='));
    if (separator < 0) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("'%1' is not a point: expected DATE=SCORE, like 2026-01-05=56.").arg(shown(text)));
    }
    auto at = parseTimePoint(text.left(separator).trimmed());
    if (!at) {
        return tl::unexpected(at.error());
    }
    static const QRegularExpression decimal(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    const QString scoreText = text.mid(separator + 1).trimmed();
    bool ok = false;
    double score = 0;
    if (scoreText.size() <= MaxNumberLength && isPrintableAscii(scoreText) && decimal.match(scoreText).hasMatch()) {
        score = scoreText.toDouble(&ok);
    }
    if (!ok || !std::isfinite(score)) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("'%1' is not a score (a number like 56 or 5.4) in the point '%2'.")
                        .arg(shown(scoreText), shown(text)));
    }
    return TrendPoint {*at, score};
}

Result<QString> parseLanguageCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}([_-][A-Z]{2})?$"));
    if (text.size() > MaxShown || !isPrintableAscii(text) || !pattern.match(text).hasMatch()) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("'%1' is not a language code (like en, de, is or de_CH).").arg(shown(text)));
    }
    QString code = text;
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    return code;
}

Result<QUuid> parseId(const QString& text, const QString& what)
{
    const QUuid id = QUuid::fromString(text.trimmed());
    if (id.isNull()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("'%1' is not a valid %2 id.").arg(text, what));
    }
    return id;
}

} // namespace rapport::cli
