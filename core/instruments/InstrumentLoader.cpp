#include "InstrumentLoader.h"

#include "common/CoreTr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace rapport {
namespace {

// Bounds that keep every sum far inside double precision and every list small enough to show.
constexpr int MaxScaleMagnitude = 1000;
constexpr int MaxScalePoints = 101;
constexpr qsizetype MaxItems = 200;
constexpr int MaxDecimals = 3;

QString joinPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

/** Walks one parsed definition, turning the first problem into an error that names the source and field. */
class DefinitionParser
{
public:
    explicit DefinitionParser(QString source)
        : m_source(std::move(source))
    {
    }

    Result<InstrumentDefinition> parse(const QJsonValue& root)
    {
        auto object = asObject(root,
                               QString(),
                               {"id",
                                "version",
                                "title",
                                "instructions",
                                "timeFrame",
                                "methodology",
                                "scale",
                                "dimensions",
                                "items",
                                "scoring",
                                "brackets"});
        if (!object) {
            return tl::unexpected(object.error());
        }
        InstrumentDefinition definition;

        auto id = identifier(*object, QStringLiteral("id"), QString());
        if (!id) {
            return tl::unexpected(id.error());
        }
        definition.id = *id;

        auto version
            = requiredValue(*object, QStringLiteral("version"), QString()).and_then([&](const QJsonValue& value) {
                  return integer(value, QStringLiteral("version"), 1, INT_MAX);
              });
        if (!version) {
            return tl::unexpected(version.error());
        }
        definition.version = *version;

        for (const auto& field : {std::pair {QStringLiteral("title"), &definition.title},
                                  std::pair {QStringLiteral("instructions"), &definition.instructions},
                                  std::pair {QStringLiteral("methodology"), &definition.methodology}}) {
            // Named copies, not a structured binding: lambdas may not capture bindings before clang 16.
            const QString& key = field.first;
            LocalizedText* target = field.second;
            auto text = requiredValue(*object, key, QString()).and_then([&](const QJsonValue& value) {
                return localizedText(value, key);
            });
            if (!text) {
                return tl::unexpected(text.error());
            }
            *target = *text;
        }
        if (object->contains(QStringLiteral("timeFrame"))) {
            auto timeFrame = localizedText(object->value(QStringLiteral("timeFrame")), QStringLiteral("timeFrame"));
            if (!timeFrame) {
                return tl::unexpected(timeFrame.error());
            }
            definition.timeFrame = *timeFrame;
        }

        if (auto scale = parseScale(*object); scale) {
            definition.scale = *scale;
        } else {
            return tl::unexpected(scale.error());
        }
        if (auto dimensions = parseDimensions(*object); dimensions) {
            definition.dimensions = *dimensions;
        } else {
            return tl::unexpected(dimensions.error());
        }
        if (auto items = parseItems(*object, definition.dimensions); items) {
            definition.items = *items;
        } else {
            return tl::unexpected(items.error());
        }
        for (qsizetype i = 0; i < definition.dimensions.size(); ++i) {
            const QString& dimensionId = definition.dimensions.at(i).id;
            const bool used = std::any_of(definition.items.cbegin(),
                                          definition.items.cend(),
                                          [&](const InstrumentItem& item) { return item.dimension == dimensionId; });
            if (!used) {
                return invalid(indexPath(QStringLiteral("dimensions"), i),
                               CoreTr::tr("dimension '%1' has no items").arg(dimensionId));
            }
        }

        if (auto scored = parseScoring(*object, definition); !scored) {
            return tl::unexpected(scored.error());
        }
        if (auto brackets = parseBrackets(*object, definition); brackets) {
            definition.brackets = *brackets;
        } else {
            return tl::unexpected(brackets.error());
        }
        return definition;
    }

private:
    [[nodiscard]] tl::unexpected<Error> invalid(const QString& field, const QString& message) const
    {
        return fail(ErrorCode::InvalidDefinition, CoreTr::tr("%1: %2: %3").arg(m_source, field, message));
    }

    /** The value as an object whose keys are all in `known` (keys starting with '_' are comments). */
    Result<QJsonObject>
    asObject(const QJsonValue& value, const QString& field, std::initializer_list<const char*> known) const
    {
        if (!value.isObject()) {
            if (field.isEmpty()) {
                return fail(ErrorCode::InvalidDefinition,
                            CoreTr::tr("%1: the top level must be a JSON object").arg(m_source));
            }
            return invalid(field, CoreTr::tr("must be an object"));
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (key.startsWith(QLatin1Char('_'))) {
                continue;
            }
            const bool isKnown
                = std::any_of(known.begin(), known.end(), [&](const char* name) { return key == QLatin1String(name); });
            if (!isKnown) {
                return invalid(joinPath(field, key), CoreTr::tr("unknown field"));
            }
        }
        return object;
    }

    Result<QJsonValue> requiredValue(const QJsonObject& object, const QString& key, const QString& path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return invalid(joinPath(path, key), CoreTr::tr("is required"));
        }
        return value;
    }

    Result<QJsonArray> asArray(const QJsonValue& value, const QString& field) const
    {
        if (!value.isArray()) {
            return invalid(field, CoreTr::tr("must be an array"));
        }
        return value.toArray();
    }

    /** A required identifier: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    Result<QString> identifier(const QJsonObject& object, const QString& key, const QString& path) const
    {
        const QString field = joinPath(path, key);
        auto value = requiredValue(object, key, path);
        if (!value) {
            return tl::unexpected(value.error());
        }
        return identifierValue(*value, field);
    }

    Result<QString> identifierValue(const QJsonValue& value, const QString& field) const
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
        if (!value.isString()) {
            return invalid(field, CoreTr::tr("must be a string"));
        }
        const QString text = value.toString();
        if (text.isEmpty()) {
            return invalid(field, CoreTr::tr("must not be empty"));
        }
        if (!pattern.match(text).hasMatch()) {
            return invalid(field,
                           CoreTr::tr("'%1' is not a valid id (use up to 64 lower-case letters, digits, '.', '_' "
                                      "and '-')")
                               .arg(text));
        }
        return text;
    }

    Result<int> integer(const QJsonValue& value, const QString& field, int min, int max) const
    {
        if (!value.isDouble()) {
            return invalid(field, CoreTr::tr("must be a whole number"));
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::floor(number)) {
            return invalid(field, CoreTr::tr("must be a whole number"));
        }
        if (number < min || number > max) {
            if (max == INT_MAX) {
                return invalid(field, CoreTr::tr("must be at least %1").arg(min));
            }
            return invalid(field, CoreTr::tr("must be between %1 and %2").arg(min).arg(max));
        }
        return static_cast<int>(number);
    }

    Result<double> number(const QJsonObject& object, const QString& key, const QString& path) const
    {
        auto value = requiredValue(object, key, path);
        if (!value) {
            return tl::unexpected(value.error());
        }
        if (!value->isDouble() || !std::isfinite(value->toDouble())) {
            return invalid(joinPath(path, key), CoreTr::tr("must be a number"));
        }
        return value->toDouble();
    }

    /** A plain string (English) or an object of language code → string. */
    Result<LocalizedText> localizedText(const QJsonValue& value, const QString& field) const
    {
        static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}([_-][A-Z]{2})?$"));
        LocalizedText text;
        if (value.isString()) {
            if (value.toString().trimmed().isEmpty()) {
                return invalid(field, CoreTr::tr("must not be empty"));
            }
            text.byLanguage.insert(QStringLiteral("en"), value.toString());
            return text;
        }
        if (!value.isObject()) {
            return invalid(field, CoreTr::tr("must be a text or an object of texts by language"));
        }
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            return invalid(field, CoreTr::tr("must have a text in at least one language"));
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString languageField = joinPath(field, it.key());
            if (!languagePattern.match(it.key()).hasMatch()) {
                return invalid(
                    languageField,
                    CoreTr::tr("'%1' is not a language code (like \"en\", \"de\" or \"de_CH\")").arg(it.key()));
            }
            if (!it.value().isString()) {
                return invalid(languageField, CoreTr::tr("must be a string"));
            }
            if (it.value().toString().trimmed().isEmpty()) {
                return invalid(languageField, CoreTr::tr("must not be empty"));
            }
            QString language = it.key();
            language.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (text.byLanguage.contains(language)) {
                return invalid(languageField, CoreTr::tr("language '%1' is given twice").arg(language));
            }
            text.byLanguage.insert(language, it.value().toString());
        }
        return text;
    }

    Result<ResponseScale> parseScale(const QJsonObject& root) const
    {
        const QString path = QStringLiteral("scale");
        auto object = requiredValue(root, path, QString()).and_then([&](const QJsonValue& value) {
            return asObject(value, path, {"min", "max", "labels"});
        });
        if (!object) {
            return tl::unexpected(object.error());
        }
        ResponseScale scale;
        auto min = requiredValue(*object, QStringLiteral("min"), path).and_then([&](const QJsonValue& value) {
            return integer(value, joinPath(path, QStringLiteral("min")), -MaxScaleMagnitude, MaxScaleMagnitude);
        });
        if (!min) {
            return tl::unexpected(min.error());
        }
        auto max = requiredValue(*object, QStringLiteral("max"), path).and_then([&](const QJsonValue& value) {
            return integer(value, joinPath(path, QStringLiteral("max")), -MaxScaleMagnitude, MaxScaleMagnitude);
        });
        if (!max) {
            return tl::unexpected(max.error());
        }
        scale.min = *min;
        scale.max = *max;
        if (scale.max <= scale.min) {
            return invalid(QStringLiteral("scale.max"),
                           CoreTr::tr("must be greater than scale.min (%1)").arg(scale.min));
        }
        if (scale.max - scale.min + 1 > MaxScalePoints) {
            return invalid(QStringLiteral("scale.max"),
                           CoreTr::tr("a scale may have at most %1 points").arg(MaxScalePoints));
        }

        const QString labelsPath = joinPath(path, QStringLiteral("labels"));
        auto labels = requiredValue(*object, QStringLiteral("labels"), path).and_then([&](const QJsonValue& value) {
            return asArray(value, labelsPath);
        });
        if (!labels) {
            return tl::unexpected(labels.error());
        }
        for (qsizetype i = 0; i < labels->size(); ++i) {
            const QString entryPath = indexPath(labelsPath, i);
            auto entry = asObject(labels->at(i), entryPath, {"value", "label"});
            if (!entry) {
                return tl::unexpected(entry.error());
            }
            const QString valuePath = joinPath(entryPath, QStringLiteral("value"));
            auto value = requiredValue(*entry, QStringLiteral("value"), entryPath).and_then([&](const QJsonValue& raw) {
                return integer(raw, valuePath, INT_MIN, INT_MAX);
            });
            if (!value) {
                return tl::unexpected(value.error());
            }
            if (!scale.contains(*value)) {
                return invalid(valuePath,
                               CoreTr::tr("%1 is outside the scale %2–%3").arg(*value).arg(scale.min).arg(scale.max));
            }
            if (scale.labels.contains(*value)) {
                return invalid(valuePath, CoreTr::tr("point %1 is labelled twice").arg(*value));
            }
            const QString labelPath = joinPath(entryPath, QStringLiteral("label"));
            auto label = requiredValue(*entry, QStringLiteral("label"), entryPath).and_then([&](const QJsonValue& raw) {
                return localizedText(raw, labelPath);
            });
            if (!label) {
                return tl::unexpected(label.error());
            }
            scale.labels.insert(*value, *label);
        }
        if (!scale.labels.contains(scale.min)) {
            return invalid(labelsPath, CoreTr::tr("the lowest point (%1) needs a label").arg(scale.min));
        }
        if (!scale.labels.contains(scale.max)) {
            return invalid(labelsPath, CoreTr::tr("the highest point (%1) needs a label").arg(scale.max));
        }
        return scale;
    }

    Result<QList<Dimension>> parseDimensions(const QJsonObject& root) const
    {
        QList<Dimension> dimensions;
        const QString path = QStringLiteral("dimensions");
        if (!root.contains(path)) {
            return dimensions;
        }
        auto array = asArray(root.value(path), path);
        if (!array) {
            return tl::unexpected(array.error());
        }
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString entryPath = indexPath(path, i);
            auto entry = asObject(array->at(i), entryPath, {"id", "label", "description"});
            if (!entry) {
                return tl::unexpected(entry.error());
            }
            Dimension dimension;
            auto id = identifier(*entry, QStringLiteral("id"), entryPath);
            if (!id) {
                return tl::unexpected(id.error());
            }
            const bool duplicate = std::any_of(
                dimensions.cbegin(), dimensions.cend(), [&](const Dimension& other) { return other.id == *id; });
            if (duplicate) {
                return invalid(joinPath(entryPath, QStringLiteral("id")),
                               CoreTr::tr("dimension '%1' is declared twice").arg(*id));
            }
            dimension.id = *id;
            const QString labelPath = joinPath(entryPath, QStringLiteral("label"));
            auto label = requiredValue(*entry, QStringLiteral("label"), entryPath).and_then([&](const QJsonValue& raw) {
                return localizedText(raw, labelPath);
            });
            if (!label) {
                return tl::unexpected(label.error());
            }
            dimension.label = *label;
            if (entry->contains(QStringLiteral("description"))) {
                auto description = localizedText(entry->value(QStringLiteral("description")),
                                                 joinPath(entryPath, QStringLiteral("description")));
                if (!description) {
                    return tl::unexpected(description.error());
                }
                dimension.description = *description;
            }
            dimensions.append(dimension);
        }
        return dimensions;
    }

    Result<QList<InstrumentItem>> parseItems(const QJsonObject& root, const QList<Dimension>& dimensions) const
    {
        const QString path = QStringLiteral("items");
        auto array = requiredValue(root, path, QString()).and_then([&](const QJsonValue& value) {
            return asArray(value, path);
        });
        if (!array) {
            return tl::unexpected(array.error());
        }
        if (array->isEmpty()) {
            return invalid(path, CoreTr::tr("must list at least one item"));
        }
        if (array->size() > MaxItems) {
            return invalid(path, CoreTr::tr("may list at most %1 items").arg(MaxItems));
        }
        QList<InstrumentItem> items;
        QSet<QString> ids;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString entryPath = indexPath(path, i);
            auto entry = asObject(array->at(i), entryPath, {"id", "text", "dimension", "reverse"});
            if (!entry) {
                return tl::unexpected(entry.error());
            }
            InstrumentItem item;
            auto id = identifier(*entry, QStringLiteral("id"), entryPath);
            if (!id) {
                return tl::unexpected(id.error());
            }
            if (ids.contains(*id)) {
                return invalid(joinPath(entryPath, QStringLiteral("id")),
                               CoreTr::tr("item '%1' is listed twice").arg(*id));
            }
            ids.insert(*id);
            item.id = *id;

            const QString textPath = joinPath(entryPath, QStringLiteral("text"));
            auto text = requiredValue(*entry, QStringLiteral("text"), entryPath).and_then([&](const QJsonValue& raw) {
                return localizedText(raw, textPath);
            });
            if (!text) {
                return tl::unexpected(text.error());
            }
            item.text = *text;

            if (entry->contains(QStringLiteral("dimension"))) {
                const QString dimensionPath = joinPath(entryPath, QStringLiteral("dimension"));
                auto dimension = identifierValue(entry->value(QStringLiteral("dimension")), dimensionPath);
                if (!dimension) {
                    return tl::unexpected(dimension.error());
                }
                const bool known = std::any_of(dimensions.cbegin(), dimensions.cend(), [&](const Dimension& declared) {
                    return declared.id == *dimension;
                });
                if (!known) {
                    return invalid(dimensionPath, CoreTr::tr("unknown dimension '%1'").arg(*dimension));
                }
                item.dimension = *dimension;
            }
            if (entry->contains(QStringLiteral("reverse"))) {
                const QJsonValue reverse = entry->value(QStringLiteral("reverse"));
                if (!reverse.isBool()) {
                    return invalid(joinPath(entryPath, QStringLiteral("reverse")), CoreTr::tr("must be true or false"));
                }
                item.reverse = reverse.toBool();
            }
            items.append(item);
        }
        return items;
    }

    /** Fills the scoring fields of `definition` (whose scale and items are already parsed). */
    Result<void> parseScoring(const QJsonObject& root, InstrumentDefinition& definition) const
    {
        const QString path = QStringLiteral("scoring");
        auto object = requiredValue(root, path, QString()).and_then([&](const QJsonValue& value) {
            return asObject(value, path, {"rule", "multiplier", "min", "max", "decimals", "meaningfulChange"});
        });
        if (!object) {
            return tl::unexpected(object.error());
        }

        const QString rulePath = joinPath(path, QStringLiteral("rule"));
        auto rule = requiredValue(*object, QStringLiteral("rule"), path);
        if (!rule) {
            return tl::unexpected(rule.error());
        }
        if (rule->toString() == QLatin1String("sum")) {
            definition.rule = ScoringRule::Sum;
        } else if (rule->toString() == QLatin1String("mean")) {
            definition.rule = ScoringRule::Mean;
        } else {
            return invalid(rulePath, CoreTr::tr("must be \"sum\" or \"mean\""));
        }

        definition.multiplier = 1.0;
        if (object->contains(QStringLiteral("multiplier"))) {
            auto multiplier = number(*object, QStringLiteral("multiplier"), path);
            if (!multiplier) {
                return tl::unexpected(multiplier.error());
            }
            if (*multiplier <= 0) {
                return invalid(joinPath(path, QStringLiteral("multiplier")), CoreTr::tr("must be greater than 0"));
            }
            definition.multiplier = *multiplier;
        }

        auto min = number(*object, QStringLiteral("min"), path);
        if (!min) {
            return tl::unexpected(min.error());
        }
        auto max = number(*object, QStringLiteral("max"), path);
        if (!max) {
            return tl::unexpected(max.error());
        }
        if (*max <= *min) {
            return invalid(joinPath(path, QStringLiteral("max")),
                           CoreTr::tr("must be greater than scoring.min (%1)").arg(formatNumber(*min)));
        }
        definition.scoreMin = *min;
        definition.scoreMax = *max;

        definition.decimals = 0;
        if (object->contains(QStringLiteral("decimals"))) {
            const QString decimalsPath = joinPath(path, QStringLiteral("decimals"));
            auto decimals = integer(object->value(QStringLiteral("decimals")), decimalsPath, 0, MaxDecimals);
            if (!decimals) {
                return tl::unexpected(decimals.error());
            }
            definition.decimals = *decimals;
        }

        const QString changePath = joinPath(path, QStringLiteral("meaningfulChange"));
        auto change = number(*object, QStringLiteral("meaningfulChange"), path);
        if (!change) {
            return tl::unexpected(change.error());
        }
        if (*change <= 0) {
            return invalid(changePath, CoreTr::tr("must be greater than 0"));
        }
        if (*change > *max - *min) {
            return invalid(changePath,
                           CoreTr::tr("must not exceed the score range (%1)").arg(formatNumber(*max - *min)));
        }
        definition.meaningfulChange = *change;

        // The rule must map the scale exactly onto the declared range, so a typo in either shows up here.
        const double count = definition.rule == ScoringRule::Sum ? static_cast<double>(definition.items.size()) : 1.0;
        const double lowest = count * definition.scale.min * definition.multiplier;
        const double highest = count * definition.scale.max * definition.multiplier;
        const QString ruleName = scoringRuleName(definition.rule);
        if (!nearlyEqual(lowest, *min)) {
            return invalid(joinPath(path, QStringLiteral("min")),
                           CoreTr::tr("the %1 of %2 items all answered %3, times %4, is %5, not %6")
                               .arg(ruleName)
                               .arg(definition.items.size())
                               .arg(definition.scale.min)
                               .arg(formatNumber(definition.multiplier), formatNumber(lowest), formatNumber(*min)));
        }
        if (!nearlyEqual(highest, *max)) {
            return invalid(joinPath(path, QStringLiteral("max")),
                           CoreTr::tr("the %1 of %2 items all answered %3, times %4, is %5, not %6")
                               .arg(ruleName)
                               .arg(definition.items.size())
                               .arg(definition.scale.max)
                               .arg(formatNumber(definition.multiplier), formatNumber(highest), formatNumber(*max)));
        }
        definition.scoreMin = lowest;
        definition.scoreMax = highest;
        return {};
    }

    Result<QList<Bracket>> parseBrackets(const QJsonObject& root, const InstrumentDefinition& definition) const
    {
        QList<Bracket> brackets;
        const QString path = QStringLiteral("brackets");
        if (!root.contains(path)) {
            return brackets;
        }
        auto array = asArray(root.value(path), path);
        if (!array) {
            return tl::unexpected(array.error());
        }
        const double step = definition.scoreStep();
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString entryPath = indexPath(path, i);
            const QString minPath = joinPath(entryPath, QStringLiteral("min"));
            const QString maxPath = joinPath(entryPath, QStringLiteral("max"));
            auto entry = asObject(array->at(i), entryPath, {"id", "label", "min", "max"});
            if (!entry) {
                return tl::unexpected(entry.error());
            }
            Bracket bracket;
            auto id = identifier(*entry, QStringLiteral("id"), entryPath);
            if (!id) {
                return tl::unexpected(id.error());
            }
            const bool duplicate = std::any_of(
                brackets.cbegin(), brackets.cend(), [&](const Bracket& other) { return other.id == *id; });
            if (duplicate) {
                return invalid(joinPath(entryPath, QStringLiteral("id")),
                               CoreTr::tr("bracket '%1' is listed twice").arg(*id));
            }
            bracket.id = *id;
            const QString labelPath = joinPath(entryPath, QStringLiteral("label"));
            auto label = requiredValue(*entry, QStringLiteral("label"), entryPath).and_then([&](const QJsonValue& raw) {
                return localizedText(raw, labelPath);
            });
            if (!label) {
                return tl::unexpected(label.error());
            }
            bracket.label = *label;
            auto min = number(*entry, QStringLiteral("min"), entryPath);
            if (!min) {
                return tl::unexpected(min.error());
            }
            auto max = number(*entry, QStringLiteral("max"), entryPath);
            if (!max) {
                return tl::unexpected(max.error());
            }
            bracket.min = *min;
            bracket.max = *max;
            if (bracket.max < bracket.min) {
                return invalid(maxPath, CoreTr::tr("must not be below the bracket's min (%1)").arg(formatNumber(*min)));
            }
            if (i == 0) {
                if (!nearlyEqual(bracket.min, definition.scoreMin)) {
                    return invalid(minPath,
                                   CoreTr::tr("the first bracket must start at the lowest score (%1), not %2")
                                       .arg(formatNumber(definition.scoreMin), formatNumber(bracket.min)));
                }
            } else {
                const Bracket& previous = brackets.last();
                if (bracket.min <= previous.max) {
                    return invalid(minPath,
                                   CoreTr::tr("%1 is not above the previous bracket's max (%2): brackets must be "
                                              "sorted and must not overlap")
                                       .arg(formatNumber(bracket.min), formatNumber(previous.max)));
                }
                const double latestStart = previous.max + step;
                if (bracket.min > latestStart && !nearlyEqual(bracket.min, latestStart)) {
                    return invalid(minPath,
                                   CoreTr::tr("%1 leaves a gap after the previous bracket's max (%2): with %3 "
                                              "decimal(s) the next bracket must start by %4")
                                       .arg(formatNumber(bracket.min), formatNumber(previous.max))
                                       .arg(definition.decimals)
                                       .arg(formatNumber(latestStart)));
                }
            }
            if (bracket.max > definition.scoreMax && !nearlyEqual(bracket.max, definition.scoreMax)) {
                return invalid(maxPath,
                               CoreTr::tr("%1 is above the highest score (%2)")
                                   .arg(formatNumber(bracket.max), formatNumber(definition.scoreMax)));
            }
            brackets.append(bracket);
        }
        if (!brackets.isEmpty() && !nearlyEqual(brackets.last().max, definition.scoreMax)) {
            return invalid(joinPath(indexPath(path, brackets.size() - 1), QStringLiteral("max")),
                           CoreTr::tr("the last bracket must end at the highest score (%1), not %2")
                               .arg(formatNumber(definition.scoreMax), formatNumber(brackets.last().max)));
        }
        return brackets;
    }

    QString m_source;
};

} // namespace

Result<InstrumentDefinition> InstrumentLoader::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(ErrorCode::InvalidDefinition,
                    CoreTr::tr("%1: not valid JSON: %2 (at byte %3)")
                        .arg(sourceName, parseError.errorString())
                        .arg(parseError.offset));
    }
    const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return DefinitionParser(sourceName).parse(root);
}

Result<InstrumentDefinition> InstrumentLoader::fromFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("%1: no such file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, CoreTr::tr("%1: cannot be read: %2").arg(name, file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        return fail(
            ErrorCode::InvalidDefinition,
            CoreTr::tr("%1: too large for an instrument definition (more than %2 bytes)").arg(name).arg(MaxFileSize));
    }
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize) {
        return fail(
            ErrorCode::InvalidDefinition,
            CoreTr::tr("%1: too large for an instrument definition (more than %2 bytes)").arg(name).arg(MaxFileSize));
    }
    return fromJson(data, name);
}

} // namespace rapport
