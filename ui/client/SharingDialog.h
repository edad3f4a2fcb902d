#pragma once

#include "domain/Metric.h"
#include "domain/SharingState.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QLabel;
class QTableView;

namespace rapport {
class Store;
}

namespace rapport::ui {

class SharingLogModel;

/**
 * A client's sharing choices: one checkbox per score, off until the client turns it on, each with its state as a
 * word in red or green. A change is saved at once (for all of the client's professionals) and appears in the
 * audit log listed below.
 */
class SharingDialog : public QDialog
{
    Q_OBJECT

public:
    SharingDialog(Store& store, const QUuid& clientId, QWidget* parent = nullptr);

    [[nodiscard]] SharingLogModel* logModel() const { return m_logModel; }

Q_SIGNALS:
    /** The client turned sharing of a metric on or off (after it was saved). */
    void sharingChanged(rapport::Metric metric, bool on);

private:
    void reload();
    void applyChoice(Metric metric, bool on);
    void showState();

    Store& m_store;
    QUuid m_clientId;
    SharingState m_state;
    QCheckBox* m_allianceCheck = nullptr;
    QCheckBox* m_wellbeingCheck = nullptr;
    QLabel* m_allianceState = nullptr;
    QLabel* m_wellbeingState = nullptr;
    QLabel* m_overallState = nullptr;
    QLabel* m_error = nullptr;
    SharingLogModel* m_logModel = nullptr;
    QTableView* m_logView = nullptr;
};

} // namespace rapport::ui
