#include "PreferencesDialog.h"

#include "StatusColours.h"
#include "common/Language.h"
#include "common/StartAtLogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

PreferencesDialog::PreferencesDialog(Store& store, QWidget* parent)
    : PreferencesDialog(
        Preferences::load(store), [&store](const Preferences& preferences) { return preferences.save(store); }, parent)
{
}

PreferencesDialog::PreferencesDialog(Result<Preferences> current, Saver save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_autoLock = new QComboBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockCombo"));
    for (const std::chrono::minutes minutes : Preferences::autoLockChoices()) {
        const QString text = minutes.count() == 0
            ? tr("Never")
            : tr("After %n minutes without use", nullptr, static_cast<int>(minutes.count()));
        m_autoLock->addItem(text, static_cast<int>(minutes.count()));
    }
    form->addRow(tr("&Lock Rapport:"), m_autoLock);
    auto* lockHelp = new QLabel(tr("Locking closes your data and asks for the passphrase again, so nobody else at "
                                   "this computer can read it."),
                                this);
    lockHelp->setObjectName(QStringLiteral("autoLockHelp"));
    lockHelp->setWordWrap(true);
    lockHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), lockHelp);

    m_reminderDays = new QSpinBox(this);
    m_reminderDays->setObjectName(QStringLiteral("checkInReminderSpin"));
    m_reminderDays->setRange(Preferences::MinCheckInReminderDays, Preferences::MaxCheckInReminderDays);
    m_reminderDays->setSuffix(tr(" days"));
    form->addRow(tr("&Remind me to check in after:"), m_reminderDays);
    auto* reminderHelp = new QLabel(tr("When your last Wellbeing check-in is older than this, the dashboard reminds "
                                       "you, at most once a day."),
                                    this);
    reminderHelp->setObjectName(QStringLiteral("checkInReminderHelp"));
    reminderHelp->setWordWrap(true);
    reminderHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), reminderHelp);

    // Quiet hours: whole hours, in the reader's time format.
    auto hourCombo = [this](const QString& name) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        for (int hour = 0; hour < 24; ++hour) {
            combo->addItem(QLocale().toString(QTime(hour, 0), QLocale::ShortFormat), hour);
        }
        return combo;
    };
    m_quietFrom = hourCombo(QStringLiteral("quietFromCombo"));
    m_quietFrom->setAccessibleName(tr("Quiet hours start"));
    m_quietUntil = hourCombo(QStringLiteral("quietUntilCombo"));
    m_quietUntil->setAccessibleName(tr("Quiet hours end"));
    auto* quietRow = new QHBoxLayout();
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), this));
    quietRow->addWidget(m_quietUntil);
    quietRow->addStretch(1);
    auto* quietLabel = new QLabel(tr("&Quiet hours:"), this);
    quietLabel->setBuddy(m_quietFrom);
    form->addRow(quietLabel, quietRow);
    auto* quietHelp
        = new QLabel(tr("While Rapport is open or waiting in the tray, it reminds you with a desktop "
                        "notification, but never in these hours. The same hour twice means no quiet hours."),
                     this);
    quietHelp->setObjectName(QStringLiteral("quietHoursHelp"));
    quietHelp->setWordWrap(true);
    quietHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), quietHelp);

    m_startAtLogin = new QCheckBox(tr("S&tart Rapport when I log in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setChecked(StartAtLogin().isEnabled());
    form->addRow(QString(), m_startAtLogin);
    auto* loginHelp = new QLabel(tr("Rapport then waits locked in the system tray and only reminds you; opening it "
                                    "asks for your passphrase as usual."),
                                 this);
    loginHelp->setObjectName(QStringLiteral("startAtLoginHelp"));
    loginHelp->setWordWrap(true);
    loginHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), loginHelp);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : Language::available()) {
        m_language->addItem(Language::nativeName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::storedChoice())));
    form->addRow(tr("L&anguage:"), m_language);
    auto* languageHelp = new QLabel(tr("Dates and numbers follow the language too. The change takes effect at once; "
                                       "you stay signed in."),
                                    this);
    languageHelp->setObjectName(QStringLiteral("languageHelp"));
    languageHelp->setWordWrap(true);
    languageHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageHelp);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    Preferences shown;
    if (current) {
        shown = *current;
    } else {
        m_error->setText(tr("Your preferences could not be read: %1").arg(current.error().message));
        m_error->show();
    }
    m_autoLock->setCurrentIndex(std::max(0, m_autoLock->findData(static_cast<int>(shown.autoLock.count()))));
    m_reminderDays->setValue(shown.checkInReminderDays);
    m_quietFrom->setCurrentIndex(shown.quietFrom.hour());
    m_quietUntil->setCurrentIndex(shown.quietUntil.hour());
    quietHelp->setMinimumWidth(360);
    lockHelp->setMinimumWidth(360);
    reminderHelp->setMinimumWidth(360);
    languageHelp->setMinimumWidth(360);
    loginHelp->setMinimumWidth(360);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

Preferences PreferencesDialog::chosen() const
{
    Preferences preferences;
    preferences.autoLock = std::chrono::minutes(m_autoLock->currentData().toInt());
    preferences.checkInReminderDays = m_reminderDays->value();
    preferences.quietFrom = QTime(m_quietFrom->currentData().toInt(), 0);
    preferences.quietUntil = QTime(m_quietUntil->currentData().toInt(), 0);
    return preferences;
}

void PreferencesDialog::save()
{
    const Preferences preferences = chosen();
    if (auto saved = m_save(preferences); !saved) {
        m_error->setText(tr("Your preferences could not be saved: %1").arg(saved.error().message));
        m_error->show();
        return;
    }
    const StartAtLogin login;
    if (m_startAtLogin->isChecked() != login.isEnabled()) {
        auto changed = m_startAtLogin->isChecked() ? login.enable() : login.disable();
        if (!changed) {
            m_error->setText(tr("Starting at login could not be changed: %1").arg(changed.error().message));
            m_error->show();
            return;
        }
    }
    const QString language = chosenLanguage();
    const bool languageChanged = language != Language::storedChoice();
    if (languageChanged) {
        Language::storeChoice(language);
    }
    Q_EMIT preferencesSaved(preferences);
    accept();
    if (languageChanged) {
        // Last: installing the translations sends LanguageChange, and the session rebuilds its screen (queued).
        Language::apply(language);
    }
}

} // namespace rapport::ui
