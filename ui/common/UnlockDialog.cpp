#include "UnlockDialog.h"

#include "StatusColours.h"
#include "common/SecretField.h"
#include "store/Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace rapport::ui {

/** What the worker thread hands back: the opener's result, with the store already moved to the dialog's thread. */
struct UnlockDialog::Attempt
{
    std::optional<Result<std::unique_ptr<Store>>> result;
};

UnlockDialog::UnlockDialog(const QString& storePath, Opener opener, QWidget* parent)
    : QDialog(parent)
    , m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Rapport"));

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Unlock Rapport"), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* intro = new QLabel(tr("Your data is encrypted. Enter your passphrase to open it."), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* path = new QLabel(QDir::toNativeSeparators(storePath), this);
    path->setObjectName(QStringLiteral("pathLabel"));
    path->setWordWrap(true);
    path->setForegroundRole(QPalette::PlaceholderText);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setTextFormat(Qt::PlainText);
    layout->addWidget(path);

    auto* fieldRow = new QHBoxLayout();
    auto* fieldLabel = new QLabel(tr("&Passphrase:"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    guardSecretField(m_passphrase);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    fieldLabel->setBuddy(m_passphrase);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the passphrase"));
    m_reveal->setAccessibleName(tr("Show passphrase"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_passphrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
        m_reveal->setAccessibleName(shown ? tr("Hide passphrase") : tr("Show passphrase"));
    });
    fieldRow->addWidget(fieldLabel);
    fieldRow->addWidget(m_passphrase, 1);
    fieldRow->addWidget(m_reveal);
    layout->addLayout(fieldRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColours::Poor);
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    // Shown while the key is derived, in place of nothing: the dialog must say that it is working.
    auto* workingRow = new QHBoxLayout();
    m_working = new QLabel(tr("Unlocking…"), this);
    m_working->setObjectName(QStringLiteral("workingLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("workingProgress"));
    m_progress->setRange(0, 0); // busy: how long the derivation takes is not known in advance
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Unlocking"));
    m_progress->setMaximumHeight(m_working->sizeHint().height());
    workingRow->addWidget(m_working);
    workingRow->addWidget(m_progress, 1);
    layout->addLayout(workingRow);
    m_working->hide();
    m_progress->hide();

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();
    layout->addWidget(m_hint);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Accepting is decided by tryUnlock, not by the button box.
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_unlock->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_unlock->setEnabled(!text.isEmpty());
    });
    resize(460, 260);
}

UnlockDialog::~UnlockDialog()
{
    // Closed while the key was being derived: let the worker finish (it holds nothing of the dialog); the store it
    // may have opened is closed with the attempt.
    if (m_worker) {
        m_worker->wait();
    }
}

void UnlockDialog::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

std::unique_ptr<Store> UnlockDialog::takeStore()
{
    return std::move(m_store);
}

void UnlockDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UnlockDialog::waitForAttempt()
{
    if (m_worker) {
        m_worker->wait();
        finishAttempt();
    }
}

void UnlockDialog::setBusy(bool busy)
{
    m_passphrase->setEnabled(!busy);
    m_reveal->setEnabled(!busy);
    m_unlock->setEnabled(!busy && !m_passphrase->text().isEmpty());
    m_working->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy) {
        showError(QString());
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
}

void UnlockDialog::tryUnlock()
{
    if (m_passphrase->text().isEmpty() || m_worker) {
        return;
    }
    // A failed attempt leaves the field empty for the next. The secret moves into the worker, which wipes it.
    auto passphrase = std::make_shared<SecureBytes>(takeSecret(m_passphrase));
    auto attempt = std::make_shared<Attempt>();
    m_attempt = attempt;
    QThread* home = thread();
    Opener opener = m_opener;
    m_worker.reset(QThread::create([opener, passphrase, attempt, home] {
        auto opened = opener(*passphrase);
        passphrase->wipe();
        if (opened && *opened) {
            (*opened)->moveToThread(home); // a QObject is handed over by the thread it lives in
        }
        attempt->result = std::move(opened);
    }));
    m_worker->setObjectName(QStringLiteral("unlock"));
    connect(m_worker.get(), &QThread::finished, this, &UnlockDialog::finishAttempt);
    setBusy(true);
    m_worker->start();
}

void UnlockDialog::finishAttempt()
{
    if (!m_worker) {
        return; // handled already (waitForAttempt, then the queued finished signal)
    }
    m_worker->wait();
    m_worker.reset();
    const std::shared_ptr<Attempt> attempt = std::move(m_attempt);
    setBusy(false);
    if (!attempt || !attempt->result || (result() == QDialog::Rejected && !isVisible())) {
        // Cancelled while the key was derived: whatever opened is closed again, nothing is unlocked.
        Q_EMIT attemptFinished(false);
        return;
    }
    auto opened = std::move(*attempt->result);
    if (!opened) {
        switch (opened.error().code) {
        case ErrorCode::WrongPassphrase:
            showError(tr("That passphrase is not correct. Check Caps Lock and try again."));
            break;
        case ErrorCode::Busy:
            showError(tr("This Rapport data is already open in another Rapport window. Close it there, then try "
                         "again."));
            break;
        default:
            showError(opened.error().message);
            break;
        }
        m_passphrase->setFocus();
        Q_EMIT attemptFinished(false);
        return;
    }
    m_store = std::move(*opened);
    m_passphrase->clear();
    showError(QString());
    Q_EMIT attemptFinished(true);
    accept();
}

} // namespace rapport::ui
