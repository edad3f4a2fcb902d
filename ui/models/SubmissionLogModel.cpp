#include "SubmissionLogModel.h"

#include "common/DateText.h"
#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "sharing/Overviews.h"

#include <QLocale>

#include <algorithm>

namespace rapport::ui {

SubmissionLogModel::SubmissionLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QList<SubmissionLogModel::Entry> SubmissionLogModel::entriesFrom(const ClientOverview& overview,
                                                                 const InstrumentRegistry& registry)
{
    QList<Entry> entries;
    const QString language = instrumentLanguage();
    const auto add = [&](const QString& instrumentId, const ScoreSeries& series, const Person* professional) {
        const InstrumentDefinition* definition = registry.find(instrumentId);
        const QString title = definition ? definition->title.text(language) : instrumentId;
        const int decimals = definition ? definition->decimals : 0;
        for (const SeriesPoint& point : series.points) {
            Entry entry;
            entry.at = point.at;
            entry.instrumentId = instrumentId;
            entry.questionnaire = title;
            entry.score = point.score;
            entry.decimals = decimals;
            if (professional) {
                entry.professionalId = professional->id;
                entry.professional = professional->name;
            }
            entries.append(entry);
        }
    };
    add(InstrumentIds::Wellbeing, overview.wellbeing, nullptr);
    for (const AllianceSeries& alliance : overview.alliance) {
        add(InstrumentIds::Alliance, alliance.series, &alliance.professional);
    }
    return entries;
}

void SubmissionLogModel::setEntries(QList<Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.at > b.at; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int SubmissionLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SubmissionLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return DateText::dateTime(entry.at);
        case QuestionnaireColumn:
            return entry.questionnaire;
        case ProfessionalColumn:
            return entry.professional.isEmpty() ? tr("—") : entry.professional;
        case ScoreColumn:
            return displayScore(entry.score, entry.decimals);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case TimestampRole:
        return entry.at;
    case ScoreRole:
        return entry.score;
    case InstrumentIdRole:
        return entry.instrumentId;
    case ProfessionalIdRole:
        return entry.professionalId;
    default:
        return {};
    }
}

QVariant SubmissionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case QuestionnaireColumn:
        return tr("Questionnaire");
    case ProfessionalColumn:
        return tr("Professional");
    case ScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace rapport::ui
