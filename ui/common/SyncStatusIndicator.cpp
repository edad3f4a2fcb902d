#include "SyncStatusIndicator.h"

namespace rapport::ui {

SyncStatusIndicator::SyncStatusIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusIndicator"));
    setContentsMargins(6, 0, 6, 0);
    setVisible(false);
}

void SyncStatusIndicator::setStatus(const SyncStatus& status)
{
    m_status = status;
    setText(status.text());
    setToolTip(status.toolTip());
    setAccessibleName(status.text());
    // The words carry the state; a bold face only draws the eye to the ones that need attention.
    QFont bold = font();
    bold.setBold(status.state == SyncStatus::State::Offline || status.state == SyncStatus::State::PasswordNeeded
                 || status.state == SyncStatus::State::Failed);
    setFont(bold);
    setVisible(status.state != SyncStatus::State::LocalOnly);
}

} // namespace rapport::ui
