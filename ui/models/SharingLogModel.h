#pragma once

#include "domain/SharingState.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport::ui {

/** A client's sharing audit log, newest first: when, which score, and what changed. */
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
        MetricRole,                       ///< int, a rapport::Metric
        SharingOnRole,                    ///< bool, the state after the change
    };

    explicit SharingLogModel(QObject* parent = nullptr);

    /** Replaces the contents with `changes` (any order). */
    void setChanges(QList<SharingChange> changes);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<SharingChange> m_changes;
};

} // namespace rapport::ui
