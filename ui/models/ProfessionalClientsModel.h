#pragma once

#include "sharing/Overviews.h"

#include <QAbstractTableModel>

#include <optional>

namespace rapport::ui {

/**
 * A professional's connected clients, one row each, as loadProfessionalOverview gives them (so only what each client
 * shares with this professional): name, sharing state, the latest alliance score about this professional, its trend
 * and when anything shared was last updated. A client who shares nothing has no score in any role.
 */
class ProfessionalClientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClientColumn,
        SharingColumn,
        AllianceColumn,
        TrendColumn,
        LastUpdatedColumn,
        ColumnCount
    };

    enum Role
    {
        ClientIdRole = Qt::UserRole + 1, ///< QUuid
        NameRole, ///< QString
        SharingRole, ///< bool: the client shares at least one score
        SharesAllianceRole, ///< bool
        SharesWellbeingRole, ///< bool
        LatestAllianceRole, ///< double; invalid when not shared or no survey yet
        AllianceTrendRole, ///< int, a rapport::TrendDirection; invalid when not shared
        LastUpdatedRole, ///< QDateTime (UTC); invalid when nothing shared was submitted
        PendingRequestsRole, ///< int: this professional's requests still waiting for the client
        HasScoresRole, ///< bool: any score series is visible
    };

    explicit ProfessionalClientsModel(int allianceDecimals, QObject* parent = nullptr);

    /**
     * Shows `overview`. When the clients are the same as before (same ids, same order) the rows are updated in place
     * (dataChanged), so a view keeps its selection; otherwise the model is reset.
     */
    void setOverview(ProfessionalOverview overview);
    [[nodiscard]] const ProfessionalOverview& overview() const { return m_overview; }

    /** The row of client `clientId`, or -1. */
    [[nodiscard]] int rowOf(const QUuid& clientId) const;
    /** The client at `row`, or nothing when out of range. */
    [[nodiscard]] std::optional<ProfessionalClientEntry> entry(int row) const;

    /** "● Sharing", "● Sharing: alliance only", "● Sharing: wellbeing only" or "● Not Sharing". */
    [[nodiscard]] static QString sharingText(const SharingState& sharing);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const ProfessionalClientEntry& entry, int column) const;
    [[nodiscard]] QString toolTip(const ProfessionalClientEntry& entry) const;

    int m_allianceDecimals = 1;
    ProfessionalOverview m_overview;
};

} // namespace rapport::ui
