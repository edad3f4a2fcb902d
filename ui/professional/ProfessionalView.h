#pragma once

#include "sharing/Overviews.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;

namespace rapport {
class InstrumentRegistry;
class Store;
} // namespace rapport

namespace rapport::ui {

class ClientDetailPanel;
class InterpretationHelp;
class ProfessionalClientsModel;

/**
 * The professional view: a coloured band naming the mode and the professional, their connected clients with each
 * one's sharing state, latest alliance score about this professional, trend and last update, and the selected
 * client's detail (ClientDetailPanel) beside interpretation help. Reads the store only through
 * loadProfessionalOverview (so through the sharing policy) and reloads on every Store::changed that concerns this
 * professional or a client in the view, so a client who stops sharing disappears from an open view at once. Records
 * share requests through ShareRequestRepository.
 */
class ProfessionalView : public QWidget
{
    Q_OBJECT

public:
    ProfessionalView(Store& store,
                     const InstrumentRegistry& registry,
                     const QUuid& professionalId,
                     QWidget* parent = nullptr);

    [[nodiscard]] QUuid professionalId() const { return m_professionalId; }
    [[nodiscard]] const ProfessionalOverview& overview() const;
    [[nodiscard]] ProfessionalClientsModel* clientsModel() const { return m_model; }
    [[nodiscard]] ClientDetailPanel* detailPanel() const { return m_detail; }
    [[nodiscard]] InterpretationHelp* interpretationHelp() const { return m_help; }
    /** The client whose detail is showing; null when none. */
    [[nodiscard]] QUuid selectedClient() const;

    /** Reloads the overview from the store and shows it, keeping the selected client. */
    void refresh();
    /** Selects client `clientId` in the list (tests, screenshots). */
    void selectClient(const QUuid& clientId);
    /** Asks client `clientId` to share every score they do not share and have no pending request for. */
    void requestSharing(const QUuid& clientId);
    /** Scrolls the help into view. */
    void showInterpretationHelp();

Q_SIGNALS:
    /** A share request was recorded. */
    void sharingRequestSent(const rapport::ShareRequest& request);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildLayout();
    void fitListWidth();
    void showSelected();
    void showError(const QString& message);

    Store& m_store;
    const InstrumentRegistry& m_registry;
    QUuid m_professionalId;

    QLabel* m_headerName = nullptr;
    QLabel* m_headerSummary = nullptr;
    QLabel* m_error = nullptr;
    ProfessionalClientsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_userPlacedSplitter = false;
    QScrollArea* m_detailScroll = nullptr;
    ClientDetailPanel* m_detail = nullptr;
    InterpretationHelp* m_help = nullptr;
};

} // namespace rapport::ui
