// rapport-cli instruments | score | trend: the instrument engine on the command line.

#include "CliCommands.h"
#include "CliContext.h"
#include "CliParsing.h"
#include "CommonOptions.h"
#include "common/CoreTr.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "instruments/Trend.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace rapport::cli {
namespace {

constexpr int WrapWidth = 100;
constexpr int ChangeDecimals = 2;

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              CoreTr::tr("Show the instrument's texts in language CODE (en, de, is; default: the "
                                         "interface language, and en with --json)."),
                              QStringLiteral("CODE"));
}

/** `text` word-wrapped to WrapWidth columns, every line starting with `indent`. */
QString wrapped(const QString& text, const QString& indent)
{
    QString result;
    QString line = indent;
    bool lineHasWords = false;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineHasWords && line.size() + 1 + word.size() > WrapWidth) {
            result += line + QLatin1Char('\n');
            line = indent;
            lineHasWords = false;
        }
        if (lineHasWords) {
            line += QLatin1Char(' ');
        }
        line += word;
        lineHasWords = true;
    }
    result += line + QLatin1Char('\n');
    return result;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

/** A score difference as the instrument shows scores, unless that would hide part of it (2.5 at 0 decimals). */
QString formatDifference(double value, int decimals)
{
    return roundScore(value, decimals) == value ? formatScore(value, decimals) : number(value);
}

QString itemCountText(qsizetype count)
{
    return CoreTr::tr("%n items", nullptr, static_cast<int>(count));
}

QString pointCountText(qsizetype count)
{
    return CoreTr::tr("%n points", nullptr, static_cast<int>(count));
}

QString ruleDescription(ScoringRule rule)
{
    switch (rule) {
    case ScoringRule::Sum:
        return CoreTr::tr("sum of the answers");
    case ScoringRule::Mean:
        return CoreTr::tr("mean of the answers");
    }
    return {};
}

QString directionText(TrendDirection direction)
{
    switch (direction) {
    case TrendDirection::Insufficient:
        return CoreTr::tr("not enough data");
    case TrendDirection::Improving:
        return CoreTr::tr("improving");
    case TrendDirection::Stable:
        return CoreTr::tr("stable");
    case TrendDirection::Declining:
        return CoreTr::tr("declining");
    }
    return {};
}

/**
 * The --language value, checked. Without it: English for --json (scripts get the same output everywhere), else the
 * interface language (the default locale, which Rapport's language choice sets).
 */
Result<QString> languageFrom(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("language"))) {
        return parseLanguageCode(parser.value(QStringLiteral("language")));
    }
    if (parser.isSet(QStringLiteral("json")) || QLocale().language() == QLocale::C) {
        return QStringLiteral("en");
    }
    return parseLanguageCode(QLocale().name()).value_or(QStringLiteral("en"));
}

QJsonObject definitionJson(const InstrumentDefinition& definition, const QString& language)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), definition.id);
    object.insert(QStringLiteral("version"), definition.version);
    object.insert(QStringLiteral("language"), language);
    object.insert(QStringLiteral("title"), definition.title.text(language));
    object.insert(QStringLiteral("instructions"), definition.instructions.text(language));
    object.insert(QStringLiteral("timeFrame"), definition.timeFrame.text(language));
    object.insert(QStringLiteral("methodology"), definition.methodology.text(language));

    QJsonArray labels;
    for (auto it = definition.scale.labels.cbegin(); it != definition.scale.labels.cend(); ++it) {
        labels.append(
            QJsonObject {{QStringLiteral("value"), it.key()}, {QStringLiteral("label"), it.value().text(language)}});
    }
    object.insert(QStringLiteral("scale"),
                  QJsonObject {{QStringLiteral("min"), definition.scale.min},
                               {QStringLiteral("max"), definition.scale.max},
                               {QStringLiteral("labels"), labels}});

    QJsonArray dimensions;
    for (const Dimension& dimension : definition.dimensions) {
        dimensions.append(QJsonObject {{QStringLiteral("id"), dimension.id},
                                       {QStringLiteral("label"), dimension.label.text(language)},
                                       {QStringLiteral("description"), dimension.description.text(language)}});
    }
    object.insert(QStringLiteral("dimensions"), dimensions);

    QJsonArray items;
    for (qsizetype i = 0; i < definition.items.size(); ++i) {
        const InstrumentItem& item = definition.items.at(i);
        QJsonObject entry {{QStringLiteral("number"), static_cast<int>(i + 1)},
                           {QStringLiteral("id"), item.id},
                           {QStringLiteral("text"), item.text.text(language)},
                           {QStringLiteral("reverse"), item.reverse}};
        entry.insert(QStringLiteral("dimension"),
                     item.dimension.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.dimension));
        items.append(entry);
    }
    object.insert(QStringLiteral("items"), items);

    object.insert(QStringLiteral("scoring"),
                  QJsonObject {{QStringLiteral("rule"), scoringRuleName(definition.rule)},
                               {QStringLiteral("multiplier"), definition.multiplier},
                               {QStringLiteral("min"), definition.scoreMin},
                               {QStringLiteral("max"), definition.scoreMax},
                               {QStringLiteral("decimals"), definition.decimals},
                               {QStringLiteral("meaningfulChange"), definition.meaningfulChange}});

    QJsonArray brackets;
    for (const Bracket& bracket : definition.brackets) {
        brackets.append(QJsonObject {{QStringLiteral("id"), bracket.id},
                                     {QStringLiteral("label"), bracket.label.text(language)},
                                     {QStringLiteral("min"), bracket.min},
                                     {QStringLiteral("max"), bracket.max}});
    }
    object.insert(QStringLiteral("brackets"), brackets);
    return object;
}

void printDefinition(QTextStream& out, const InstrumentDefinition& definition, const QString& language)
{
    const QString indent = QStringLiteral("  ");
    out << CoreTr::tr("%1 (%2, version %3)").arg(definition.title.text(language), definition.id).arg(definition.version)
        << "\n\n";
    out << CoreTr::tr("Instructions:") << '\n' << wrapped(definition.instructions.text(language), indent);
    if (!definition.timeFrame.isEmpty()) {
        out << CoreTr::tr("Time frame:") << ' ' << definition.timeFrame.text(language) << '\n';
    }

    out << '\n' << CoreTr::tr("Answer scale: %1 to %2").arg(definition.scale.min).arg(definition.scale.max) << '\n';
    for (auto it = definition.scale.labels.cbegin(); it != definition.scale.labels.cend(); ++it) {
        out << indent << QString::number(it.key()).rightJustified(4) << "  " << it.value().text(language) << '\n';
    }

    out << '\n' << CoreTr::tr("Items:") << '\n';
    for (qsizetype i = 0; i < definition.items.size(); ++i) {
        const InstrumentItem& item = definition.items.at(i);
        QString line = QString::number(i + 1).rightJustified(4) + QStringLiteral(". ") + item.text.text(language);
        if (const Dimension* dimension = definition.dimension(item.dimension)) {
            line += QStringLiteral(" [") + dimension->label.text(language) + QLatin1Char(']');
        }
        if (item.reverse) {
            line += QLatin1Char(' ') + CoreTr::tr("(reverse-scored)");
        }
        out << indent << line << '\n';
    }

    if (!definition.dimensions.isEmpty()) {
        out << '\n' << CoreTr::tr("Dimensions:") << '\n';
        for (const Dimension& dimension : definition.dimensions) {
            out << indent << dimension.label.text(language) << " (" << dimension.id << ')';
            if (!dimension.description.isEmpty()) {
                out << ": " << dimension.description.text(language);
            }
            out << '\n';
        }
    }

    out << '\n'
        << CoreTr::tr("Scoring: %1 × %2, from %3 to %4, shown with %5 decimal(s)")
               .arg(ruleDescription(definition.rule),
                    number(definition.multiplier),
                    formatScore(definition.scoreMin, definition.decimals),
                    formatScore(definition.scoreMax, definition.decimals))
               .arg(definition.decimals)
        << '\n';
    if (!definition.dimensions.isEmpty()) {
        out << CoreTr::tr("Each dimension is scored the same way from its own items.") << '\n';
    }
    if (definition.brackets.isEmpty()) {
        out << CoreTr::tr("Brackets: none") << '\n';
    } else {
        out << CoreTr::tr("Brackets:") << '\n';
        for (const Bracket& bracket : definition.brackets) {
            out << indent << bracket.label.text(language).leftJustified(20) << ' '
                << formatScore(bracket.min, definition.decimals) << "–" << formatScore(bracket.max, definition.decimals)
                << '\n';
        }
    }
    out << CoreTr::tr("Meaningful change: %1").arg(formatDifference(definition.meaningfulChange, definition.decimals))
        << '\n';
    out << '\n' << CoreTr::tr("Methodology:") << '\n' << wrapped(definition.methodology.text(language), indent);
}

int listInstruments(CliContext& context, const InstrumentRegistry& registry, bool json, const QString& language)
{
    if (json) {
        QJsonArray instruments;
        for (const InstrumentDefinition& definition : registry.all()) {
            instruments.append(QJsonObject {{QStringLiteral("id"), definition.id},
                                            {QStringLiteral("version"), definition.version},
                                            {QStringLiteral("title"), definition.title.text(language)},
                                            {QStringLiteral("items"), static_cast<int>(definition.items.size())}});
        }
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("instruments"), instruments}}));
        return ExitOk;
    }
    for (const InstrumentDefinition& definition : registry.all()) {
        context.out() << definition.id.leftJustified(24) << ' ' << definition.title.text(language) << "  "
                      << CoreTr::tr("(%1, scored %2 to %3)")
                             .arg(itemCountText(definition.items.size()),
                                  formatScore(definition.scoreMin, definition.decimals),
                                  formatScore(definition.scoreMax, definition.decimals))
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

int runInstrumentsCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("rapport-cli instruments list|show ID [--json] [--language CODE]\n\n"
                   "Lists the available questionnaires, or shows one in full: instructions, answer scale, items, "
                   "scoring, brackets and methodology."));
    parser.addPositionalArgument(
        QStringLiteral("action"), CoreTr::tr("'list' or 'show'."), QStringLiteral("list|show"));
    parser.addPositionalArgument(QStringLiteral("id"), CoreTr::tr("The instrument to show."), QStringLiteral("[ID]"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addOption(languageOption());
    if (const auto exit = context.parse(parser, QStringLiteral("instruments"), arguments)) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return context.reportUsage(CoreTr::tr("instruments needs an action: list, or show ID."));
    }
    auto language = languageFrom(parser);
    if (!language) {
        return context.reportError(language.error());
    }
    const QString& action = positional.first();
    if (action == QLatin1String("list")) {
        if (positional.size() > 1) {
            return context.reportUsage(CoreTr::tr("instruments list takes no arguments."));
        }
        auto registry = InstrumentRegistry::load(context.instrumentsDirectory);
        if (!registry) {
            return context.reportError(registry.error());
        }
        return listInstruments(context, *registry, parser.isSet(json), *language);
    }
    if (action == QLatin1String("show")) {
        if (positional.size() != 2) {
            return context.reportUsage(CoreTr::tr("instruments show needs exactly one instrument id."));
        }
        auto definition
            = InstrumentRegistry::load(context.instrumentsDirectory).and_then([&](const InstrumentRegistry& registry) {
                  return registry.get(positional.at(1));
              });
        if (!definition) {
            return context.reportError(definition.error());
        }
        if (parser.isSet(json)) {
            context.printJson(QJsonDocument(definitionJson(*definition, *language)));
        } else {
            printDefinition(context.out(), *definition, *language);
            context.out().flush();
        }
        return ExitOk;
    }
    return context.reportUsage(CoreTr::tr("unknown instruments action '%1' (use list or show).").arg(action));
}

int runScoreCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("rapport-cli score ID --answers LIST [--json] [--language CODE]\n\n"
                   "Scores one set of answers (one per item, in order, e.g. 3,4,5,2,1) and shows the score, its "
                   "bracket and any dimension sub-scores."));
    parser.addPositionalArgument(
        QStringLiteral("id"), CoreTr::tr("The instrument, e.g. wellbeing-index."), QStringLiteral("ID"));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"), CoreTr::tr("The answers, comma-separated, one per item."), QStringLiteral("LIST"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(answersOption);
    parser.addOption(json);
    parser.addOption(languageOption());
    if (const auto exit = context.parse(parser, QStringLiteral("score"), arguments)) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.reportUsage(CoreTr::tr("score needs exactly one instrument id."));
    }
    if (!parser.isSet(answersOption)) {
        return context.reportUsage(CoreTr::tr("score needs --answers, e.g. --answers 3,4,5,2,1."));
    }
    auto language = languageFrom(parser);
    if (!language) {
        return context.reportError(language.error());
    }
    auto answers = parseAnswerList(parser.value(answersOption));
    if (!answers) {
        return context.reportError(answers.error());
    }
    auto definition
        = InstrumentRegistry::load(context.instrumentsDirectory).and_then([&](const InstrumentRegistry& registry) {
              return registry.get(positional.first());
          });
    if (!definition) {
        return context.reportError(definition.error());
    }
    auto score = scoreAnswers(*definition, *answers);
    if (!score) {
        return context.reportError(score.error());
    }

    if (parser.isSet(json)) {
        QJsonObject object {{QStringLiteral("instrument"), score->instrumentId},
                            {QStringLiteral("version"), score->instrumentVersion},
                            {QStringLiteral("score"), score->value}};
        if (!definition->brackets.isEmpty()) {
            object.insert(QStringLiteral("bracket"),
                          score->bracket ? QJsonValue(score->bracket->id) : QJsonValue(QJsonValue::Null));
        }
        if (!definition->dimensions.isEmpty()) {
            QJsonObject dimensions;
            for (auto it = score->dimensions.cbegin(); it != score->dimensions.cend(); ++it) {
                dimensions.insert(it.key(), it.value());
            }
            object.insert(QStringLiteral("dimensions"), dimensions);
        }
        context.printJson(QJsonDocument(object));
        return ExitOk;
    }

    QTextStream& out = context.out();
    out << definition->title.text(*language) << ": " << formatScore(score->value, definition->decimals);
    if (score->bracket) {
        out << " (" << score->bracket->label.text(*language) << ')';
    }
    out << '\n';
    for (const Dimension& dimension : definition->dimensions) {
        out << "  " << dimension.label.text(*language) << ": "
            << formatScore(score->dimensions.value(dimension.id), definition->decimals) << '\n';
    }
    out.flush();
    return ExitOk;
}

int runTrendCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("rapport-cli trend ID --point DATE=SCORE [--point DATE=SCORE ...] [--json]\n\n"
                   "Fits a straight line through a person's scores over time and reports whether they are "
                   "improving, stable or declining (by at least the instrument's meaningful change from the first to "
                   "the last point). DATE is YYYY-MM-DD (taken as 12:00 UTC) or an ISO 8601 time such as "
                   "2026-01-05T09:30+01:00 (without an offset, UTC)."));
    parser.addPositionalArgument(
        QStringLiteral("id"), CoreTr::tr("The instrument the scores belong to."), QStringLiteral("ID"));
    const QCommandLineOption pointOption(QStringLiteral("point"),
                                         CoreTr::tr("One submission: its date or time and its score (repeatable)."),
                                         QStringLiteral("DATE=SCORE"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(pointOption);
    parser.addOption(json);
    parser.addOption(languageOption());
    if (const auto exit = context.parse(parser, QStringLiteral("trend"), arguments)) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.reportUsage(CoreTr::tr("trend needs exactly one instrument id."));
    }
    auto language = languageFrom(parser);
    if (!language) {
        return context.reportError(language.error());
    }
    auto definition
        = InstrumentRegistry::load(context.instrumentsDirectory).and_then([&](const InstrumentRegistry& registry) {
              return registry.get(positional.first());
          });
    if (!definition) {
        return context.reportError(definition.error());
    }

    QList<TrendPoint> points;
    const double tolerance = 1e-9 * std::max(1.0, definition->scoreMax - definition->scoreMin);
    for (const QString& text : parser.values(pointOption)) {
        auto point = parseTrendPoint(text);
        if (!point) {
            return context.reportError(point.error());
        }
        if (point->score < definition->scoreMin - tolerance || point->score > definition->scoreMax + tolerance) {
            return context.reportError(Error {ErrorCode::OutOfRange,
                                              CoreTr::tr("The score %1 in '%2' is outside the range of %3 (%4 to %5).")
                                                  .arg(number(point->score),
                                                       text,
                                                       definition->id,
                                                       formatScore(definition->scoreMin, definition->decimals),
                                                       formatScore(definition->scoreMax, definition->decimals))});
        }
        points.append(*point);
    }

    const Trend trend = computeTrend(points, definition->meaningfulChange);
    if (parser.isSet(json)) {
        const QJsonValue change
            = trend.change ? QJsonValue(roundScore(*trend.change, ChangeDecimals)) : QJsonValue(QJsonValue::Null);
        context.printJson(
            QJsonDocument(QJsonObject {{QStringLiteral("instrument"), definition->id},
                                       {QStringLiteral("points"), static_cast<int>(points.size())},
                                       {QStringLiteral("trend"), trendDirectionName(trend.direction)},
                                       {QStringLiteral("change"), change},
                                       {QStringLiteral("meaningfulChange"), definition->meaningfulChange}}));
        return ExitOk;
    }

    QTextStream& out = context.out();
    const QString title = definition->title.text(*language);
    if (!trend.change) {
        out << CoreTr::tr("%1: not enough data for a trend (%2; at least 2 are needed).")
                   .arg(title, pointCountText(points.size()))
            << '\n';
    } else {
        const double change = roundScore(*trend.change, definition->decimals + 1);
        const QString signedChange
            = (change > 0 ? QStringLiteral("+") : QString()) + formatScore(change, definition->decimals + 1);
        out << CoreTr::tr("%1: %2 (fitted change %3 over %4; a change of %5 is meaningful)")
                   .arg(title,
                        directionText(trend.direction),
                        signedChange,
                        pointCountText(points.size()),
                        formatDifference(definition->meaningfulChange, definition->decimals))
            << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace rapport::cli
