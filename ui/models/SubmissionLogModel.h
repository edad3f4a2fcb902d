#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace rapport {
class InstrumentRegistry;
struct ClientOverview;
} // namespace rapport

namespace rapport::ui {

/** A client's completed questionnaires, newest first: date, questionnaire, professional, score. */
class SubmissionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        QuestionnaireColumn,
        ProfessionalColumn,
        ScoreColumn,
        ColumnCount
    };

    enum Role
    {
        TimestampRole = Qt::UserRole + 1, ///< QDateTime (UTC)
        ScoreRole, ///< double
        InstrumentIdRole, ///< QString
        ProfessionalIdRole, ///< QUuid, null for questionnaires not about a professional
    };

    struct Entry
    {
        QDateTime at;
        QString instrumentId;
        QString questionnaire;
        QUuid professionalId;
        QString professional;
        double score = 0;
        int decimals = 0;
    };

    explicit SubmissionLogModel(QObject* parent = nullptr);

    /** The entries of a client overview: every wellbeing check-in and alliance survey it holds. */
    [[nodiscard]] static QList<Entry> entriesFrom(const ClientOverview& overview, const InstrumentRegistry& registry);

    /** Replaces the contents; sorts newest first. */
    void setEntries(QList<Entry> entries);
    [[nodiscard]] const QList<Entry>& entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace rapport::ui
