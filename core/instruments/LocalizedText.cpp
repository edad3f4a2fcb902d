#include "LocalizedText.h"

namespace rapport {
namespace {

const QString English = QStringLiteral("en");

} // namespace

QString LocalizedText::text(const QString& language) const
{
    if (byLanguage.isEmpty()) {
        return {};
    }
    QString wanted = language;
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!wanted.isEmpty()) {
        if (const auto exact = byLanguage.constFind(wanted); exact != byLanguage.cend() && !exact->isEmpty()) {
            return *exact;
        }
        const qsizetype separator = wanted.indexOf(QLatin1Char('_'));
        if (separator > 0) {
            const QString base = wanted.left(separator);
            if (const auto general = byLanguage.constFind(base); general != byLanguage.cend() && !general->isEmpty()) {
                return *general;
            }
        }
    }
    if (const auto english = byLanguage.constFind(English); english != byLanguage.cend() && !english->isEmpty()) {
        return *english;
    }
    for (const QString& any : byLanguage) {
        if (!any.isEmpty()) {
            return any;
        }
    }
    return {};
}

bool LocalizedText::isEmpty() const
{
    for (const QString& any : byLanguage) {
        if (!any.isEmpty()) {
            return false;
        }
    }
    return true;
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        if (!it.value().isEmpty()) {
            result.append(it.key());
        }
    }
    return result;
}

LocalizedText LocalizedText::english(const QString& text)
{
    LocalizedText result;
    result.byLanguage.insert(English, text);
    return result;
}

} // namespace rapport
