#pragma once

#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"
#include "instruments/InstrumentLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

// Shared helpers for the instrument tests: a small valid definition and a way to patch it field by field.

namespace rapport::test {

/**
 * A valid definition: scale 0–4 (ends labelled), dimensions alpha (items one, two) and beta (item three), item two
 * reverse-scored, sum × 5 = 0–60, brackets low 0–20, mid 21–40, high 41–60, meaningful change 6.
 */
inline QJsonObject fixtureDefinition()
{
    const QByteArray json = R"({
        "id": "fixture",
        "version": 2,
        "title": {"en": "Fixture", "de": "Vorlage"},
        "instructions": "Answer each item.",
        "timeFrame": "Today",
        "methodology": "Only for tests.",
        "scale": {"min": 0, "max": 4, "labels": [{"value": 0, "label": "Never"}, {"value": 4, "label": "Always"}]},
        "dimensions": [
            {"id": "alpha", "label": "Alpha"},
            {"id": "beta", "label": "Beta", "description": "The second one"}
        ],
        "items": [
            {"id": "one", "text": "One", "dimension": "alpha"},
            {"id": "two", "text": "Two", "dimension": "alpha", "reverse": true},
            {"id": "three", "text": "Three", "dimension": "beta"}
        ],
        "scoring": {"rule": "sum", "multiplier": 5, "min": 0, "max": 60, "decimals": 0, "meaningfulChange": 6},
        "brackets": [
            {"id": "low", "label": "Low", "min": 0, "max": 20},
            {"id": "mid", "label": "Mid", "min": 21, "max": 40},
            {"id": "high", "label": "High", "min": 41, "max": 60}
        ]
    })";
    return QJsonDocument::fromJson(json).object();
}

namespace detail {

struct PathToken
{
    QString key;
    qsizetype index = -1; ///< >= 0 for an array index
};

inline QList<PathToken> tokens(const QString& path)
{
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QList<PathToken> result;
    for (auto it = part.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(2).isEmpty()) {
            result.append(PathToken {match.captured(1), -1});
        } else {
            result.append(PathToken {QString(), match.captured(2).toLongLong()});
        }
    }
    return result;
}

inline QJsonValue patched(const QJsonValue& node, const QList<PathToken>& path, qsizetype at, const QJsonValue& value)
{
    const PathToken& token = path.at(at);
    const bool last = at == path.size() - 1;
    if (token.index >= 0) {
        QJsonArray array = node.toArray();
        if (last && value.isUndefined()) {
            array.removeAt(token.index);
        } else if (token.index >= array.size()) {
            array.append(last ? value : patched(QJsonValue(), path, at + 1, value));
        } else {
            array[token.index] = last ? value : patched(array.at(token.index), path, at + 1, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && value.isUndefined()) {
        object.remove(token.key);
    } else {
        object.insert(token.key, last ? value : patched(object.value(token.key), path, at + 1, value));
    }
    return object;
}

} // namespace detail

/** Sets (or with an undefined value, removes) the field at `path`, like "scale.labels[0].value". */
inline QJsonObject withField(const QJsonObject& root, const QString& path, const QJsonValue& value)
{
    return detail::patched(root, detail::tokens(path), 0, value).toObject();
}

/**
 * Applies `patch`, a JSON object of path → new value, where the string "<remove>" removes the field:
 * {"scale.min": 5, "brackets": "<remove>"}.
 */
inline QJsonObject withPatch(const QJsonObject& root, const QString& patch)
{
    QJsonObject result = root;
    const QJsonObject changes = QJsonDocument::fromJson(patch.toUtf8()).object();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const bool remove = it.value().toString() == QLatin1String("<remove>");
        result = withField(result, it.key(), remove ? QJsonValue(QJsonValue::Undefined) : it.value());
    }
    return result;
}

inline QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

inline Result<InstrumentDefinition> loadDefinition(const QJsonObject& object,
                                                   const QString& source = QStringLiteral("test.json"))
{
    return InstrumentLoader::fromJson(toJson(object), source);
}

} // namespace rapport::test
