#pragma once

#include "SyncStatus.h"

#include <QLabel>

namespace rapport::ui {

/** The status-bar words for sync ("Synced 14:32", "Syncing…", "Offline — last synced …"); hidden for a local store. */
class SyncStatusIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(QWidget* parent = nullptr);

    void setStatus(const rapport::ui::SyncStatus& status);
    [[nodiscard]] const SyncStatus& status() const { return m_status; }

private:
    SyncStatus m_status;
};

} // namespace rapport::ui
