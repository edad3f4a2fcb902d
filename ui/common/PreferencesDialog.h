#pragma once

#include "services/Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace rapport {
class Store;
}

namespace rapport::ui {

/**
 * Rapport's preferences: when to lock after no use (off, 5 to 60 minutes), how often to remind clients of the
 * Wellbeing check-in, and the interface language. The first two are saved in the encrypted store when the person
 * clicks Save and `preferencesSaved` lets the session apply them at once; the language is kept per user (see
 * Language) and applied on Save, which retranslates every open window.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Store& store, QWidget* parent = nullptr);

    /** What the controls show now. */
    [[nodiscard]] Preferences chosen() const;
    /** The language chosen: "en", "de", "is", or empty for the system's. */
    [[nodiscard]] QString chosenLanguage() const;

Q_SIGNALS:
    /** The preferences were stored. */
    void preferencesSaved(const rapport::Preferences& preferences);

private:
    void save();

    Store& m_store;
    QComboBox* m_autoLock = nullptr;
    QSpinBox* m_reminderDays = nullptr;
    QComboBox* m_quietFrom = nullptr;
    QComboBox* m_quietUntil = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
