#pragma once

#include "domain/Connection.h"
#include "domain/SharingState.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rapport::ui {

/**
 * A client's sharing history, newest first: when, which score (or which professional's connection), and what
 * changed — the sharing audit log and the client's answers to connections made for them, in one list.
 */
class SharingLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        ScoreColumn,
        ChangeColumn,
        ColumnCount
    };

    enum Role
    {
        TimestampRole = Qt::UserRole + 1, ///< QDateTime (UTC)
        MetricRole, ///< int, a rapport::Metric; -1 for an answer to a connection
        SharingOnRole, ///< bool, the state after the change (accepted, for a connection)
    };

    explicit SharingLogModel(QObject* parent = nullptr);

    /** Replaces the contents with `changes` (any order). */
    void setChanges(const QList<SharingChange>& changes);
    /** Replaces the contents with `changes` and `decisions`; `names` gives each decision's professional's name. */
    void setHistory(const QList<SharingChange>& changes,
                    const QList<ConnectionDecision>& decisions,
                    const QHash<QUuid, QString>& names);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QDateTime at;
        int metric = -1; ///< a rapport::Metric, or -1 for a connection
        QString professional; ///< for a connection
        bool on = false;
    };
    QList<Entry> m_entries;
};

} // namespace rapport::ui
