#include "SqlScript.h"

namespace rapport::hub {
namespace {

bool isTagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    qsizetype start = 0;
    qsizetype i = 0;
    const qsizetype n = script.size();
    auto flush = [&](qsizetype end) {
        const QString statement = script.mid(start, end - start).trimmed();
        // A piece holding only comments is no statement.
        QString withoutComments;
        for (const QString& line : statement.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QStringLiteral("--"))) {
                withoutComments += line;
            }
        }
        if (!withoutComments.trimmed().isEmpty()) {
            statements.append(statement);
        }
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A doubled quote inside is an escaped quote: the loop just closes and reopens.
            const qsizetype end = script.indexOf(c, i + 1);
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('$')) {
            qsizetype j = i + 1;
            while (j < n && isTagCharacter(script.at(j))) {
                ++j;
            }
            if (j < n && script.at(j) == QLatin1Char('$') && (j == i + 1 || !script.at(i + 1).isDigit())) {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
            } else {
                i = j; // a positional parameter such as $1
            }
        } else if (c == QLatin1Char(';')) {
            flush(i);
            start = ++i;
        } else {
            ++i;
        }
    }
    flush(n);
    return statements;
}

} // namespace rapport::hub
