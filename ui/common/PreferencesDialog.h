#pragma once

#include "Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace rapport {
class Store;
}

namespace rapport::ui {

/**
 * Rapport's preferences: when to lock after no use (off, 5 to 60 minutes) and how often to remind clients of the
 * Wellbeing check-in. Saved in the encrypted store when the person clicks Save; `preferencesSaved` lets the session
 * apply them at once.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Store& store, QWidget* parent = nullptr);

    /** What the controls show now. */
    [[nodiscard]] Preferences chosen() const;

Q_SIGNALS:
    /** The preferences were stored. */
    void preferencesSaved(const rapport::ui::Preferences& preferences);

private:
    void save();

    Store& m_store;
    QComboBox* m_autoLock = nullptr;
    QSpinBox* m_reminderDays = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
