#pragma once

#include "services/Preferences.h"

#include <QDialog>

#include <functional>

class QCheckBox;
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
 * clicks Save (through the Saver, which lets the session apply them at once), then `preferencesSaved` follows; the
 * language is kept per user (see Language) and applied on Save, which retranslates every open window.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /** Where Save puts the preferences (the session's store); an error keeps the dialog open and shows it. */
    using Saver = std::function<Result<void>(const Preferences& preferences)>;

    /** Shows `current` (or, if it could not be read, the defaults and why) and saves through `save`. */
    PreferencesDialog(Result<Preferences> current, Saver save, QWidget* parent = nullptr);
    /** Reads and saves the preferences of `store`, which must outlive the dialog. */
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

    Saver m_save;
    QComboBox* m_autoLock = nullptr;
    QSpinBox* m_reminderDays = nullptr;
    QComboBox* m_quietFrom = nullptr;
    QComboBox* m_quietUntil = nullptr;
    QCheckBox* m_startAtLogin = nullptr; ///< the system's own login item (StartAtLogin), not a store preference
    QComboBox* m_language = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace rapport::ui
