#include "FirstRunWizard.h"

#include "HubPasswordWizardPage.h"
#include "InvitationWizardPage.h"
#include "PassphraseStrength.h"
#include "ScreenFit.h"
#include "StatusColours.h"
#include "common/SecretField.h"
#include "common/StartAtLogin.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace rapport::ui {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent, const QString& objectName = QString())
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    return label;
}

void setTextColour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

/** The wizard field that says the person chose to join an organisation. */
const QString JoiningField = QStringLiteral("joinOrganisation");

/** Whether `wizard` offers joining and the person chose it (the field exists only when it is offered). */
bool joiningChosen(const QWizard* wizard)
{
    return wizard != nullptr && wizard->page(FirstRunWizard::HubPasswordPage) != nullptr
        && wizard->field(JoiningField).toBool();
}

class WelcomeWizardPage : public QWizardPage
{
public:
    WelcomeWizardPage(bool offerJoining, QWidget* parent)
        : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("welcomePage"));
        setTitle(FirstRunWizard::tr("Welcome to Rapport"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(paragraph(
            FirstRunWizard::tr("Rapport helps you keep an eye on how you are doing. A short Wellbeing check-in every "
                               "few weeks shows your wellbeing over time, and after a session you can rate how the "
                               "work with your professional is going."),
            this));
        layout->addWidget(paragraph(FirstRunWizard::tr("<b>What stays private</b>"), this));
        layout->addWidget(paragraph(
            FirstRunWizard::tr("• Everything is stored encrypted on this computer, locked with a passphrase only you "
                               "know.<br>• Your professionals see a score only if you choose to share it, and you "
                               "can stop sharing at any time.<br>• Your employer, your manager and HR never see "
                               "your individual answers or scores."),
            this,
            QStringLiteral("privacyLabel")));
        layout->addStretch(1);
        if (!offerJoining) {
            return;
        }
        layout->addWidget(paragraph(FirstRunWizard::tr("<b>How do you want to use Rapport?</b>"), this));
        m_alone = new QRadioButton(FirstRunWizard::tr("&Just for me, on this computer"), this);
        m_alone->setObjectName(QStringLiteral("aloneChoice"));
        m_alone->setChecked(true);
        m_join = new QRadioButton(
            FirstRunWizard::tr("&Join my organisation: I have an invitation from its administrator"), this);
        m_join->setObjectName(QStringLiteral("joinChoice"));
        layout->addWidget(m_alone);
        layout->addWidget(m_join);
        registerField(JoiningField, m_join);
    }

    [[nodiscard]] int nextId() const override
    {
        return m_join != nullptr && m_join->isChecked() ? FirstRunWizard::InvitationPage
                                                        : FirstRunWizard::PassphrasePage;
    }

    void chooseJoining()
    {
        if (m_join != nullptr) {
            m_join->setChecked(true);
        }
    }

private:
    QRadioButton* m_alone = nullptr;
    QRadioButton* m_join = nullptr;
};

class PassphraseWizardPage : public QWizardPage
{
public:
    explicit PassphraseWizardPage(QWidget* parent)
        : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("passphrasePage"));
        setTitle(FirstRunWizard::tr("Choose a passphrase"));
        setSubTitle(FirstRunWizard::tr("It protects your data on this computer. There is no way to recover it if "
                                       "you forget it, so pick something memorable."));
        auto* form = new QFormLayout(this);
        m_passphrase = new QLineEdit(this);
        m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        guardSecretField(m_passphrase);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        guardSecretField(m_confirm);
        m_meter = new QProgressBar(this);
        m_meter->setObjectName(QStringLiteral("strengthMeter"));
        m_meter->setRange(0, 100);
        m_meter->setTextVisible(false);
        m_meter->setMaximumHeight(10);
        m_meter->setAccessibleName(FirstRunWizard::tr("Passphrase strength"));
        m_strength = paragraph(QString(), this, QStringLiteral("strengthLabel"));
        m_match = paragraph(QString(), this, QStringLiteral("matchLabel"));
        form->addRow(FirstRunWizard::tr("&Passphrase:"), m_passphrase);
        form->addRow(QString(), m_meter);
        form->addRow(QString(), m_strength);
        form->addRow(FirstRunWizard::tr("&Confirm:"), m_confirm);
        form->addRow(QString(), m_match);
        connect(m_passphrase, &QLineEdit::textChanged, this, [this] { update(); });
        connect(m_confirm, &QLineEdit::textChanged, this, [this] { update(); });
        update();
    }

    [[nodiscard]] bool isComplete() const override
    {
        return PassphraseStrength::assess(m_passphrase->text()).isAcceptable()
            && m_passphrase->text() == m_confirm->text();
    }

    [[nodiscard]] QString passphrase() const { return m_passphrase->text(); }

    [[nodiscard]] int nextId() const override
    {
        return joiningChosen(wizard()) ? FirstRunWizard::HubPasswordPage : FirstRunWizard::NamePage;
    }

    void clearFields()
    {
        m_passphrase->clear();
        m_confirm->clear();
    }

private:
    void update()
    {
        const PassphraseStrength strength = PassphraseStrength::assess(m_passphrase->text());
        m_meter->setValue(strength.percent());
        m_strength->setText(strength.description());
        const bool weak = strength.level() == PassphraseStrength::Level::TooWeak
            || strength.level() == PassphraseStrength::Level::Weak;
        const bool strong = strength.level() == PassphraseStrength::Level::Strong
            || strength.level() == PassphraseStrength::Level::VeryStrong;
        setTextColour(m_strength, weak ? StatusColours::Poor : (strong ? StatusColours::Good : StatusColours::Neutral));
        if (m_confirm->text().isEmpty()) {
            m_match->setText(FirstRunWizard::tr("Type the passphrase again."));
            setTextColour(m_match, StatusColours::Neutral);
        } else if (m_confirm->text() == m_passphrase->text()) {
            m_match->setText(FirstRunWizard::tr("The passphrases match."));
            setTextColour(m_match, StatusColours::Good);
        } else {
            m_match->setText(FirstRunWizard::tr("The passphrases do not match."));
            setTextColour(m_match, StatusColours::Poor);
        }
        Q_EMIT completeChanged();
    }

    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_match = nullptr;
};

class NameWizardPage : public QWizardPage
{
public:
    NameWizardPage(FirstRunWizard::Creator creator, PassphraseWizardPage* passphrasePage, QWidget* parent)
        : QWizardPage(parent)
        , m_creator(std::move(creator))
        , m_passphrasePage(passphrasePage)
    {
        setObjectName(QStringLiteral("namePage"));
        setTitle(FirstRunWizard::tr("Your name"));
        setSubTitle(FirstRunWizard::tr("It appears on your dashboard. It stays on this computer."));
        auto* form = new QFormLayout(this);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("nameEdit"));
        form->addRow(FirstRunWizard::tr("&Name:"), m_name);
        // Offered once, here; Preferences has it afterwards. Off unless ticked.
        m_startAtLogin = new QCheckBox(FirstRunWizard::tr("S&tart Rapport when I log in, locked in the tray, to "
                                                          "remind me"),
                                       this);
        m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
        form->addRow(m_startAtLogin);
        m_error = paragraph(QString(), this, QStringLiteral("errorLabel"));
        setTextColour(m_error, StatusColours::Poor);
        m_error->hide();
        form->addRow(m_error);
        connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    [[nodiscard]] bool isComplete() const override { return !m_name->text().trimmed().isEmpty(); }
    [[nodiscard]] int nextId() const override { return -1; }

    bool validatePage() override
    {
        SecureBytes passphrase = SecureBytes::fromUtf8(m_passphrasePage->passphrase());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = m_creator(passphrase, m_name->text().trimmed());
        QApplication::restoreOverrideCursor();
        passphrase.wipe();
        if (!created) {
            m_error->setText(FirstRunWizard::tr("Rapport could not be set up: %1").arg(created.error().message));
            m_error->show();
            return false;
        }
        m_passphrasePage->clearFields();
        if (m_startAtLogin->isChecked()) {
            // The data is set up either way; a login item that could not be written is said and can be retried in
            // Preferences.
            if (auto enabled = StartAtLogin().enable(); !enabled) {
                QMessageBox::warning(
                    this,
                    FirstRunWizard::tr("Start at login"),
                    FirstRunWizard::tr("Rapport will not start when you log in: %1").arg(enabled.error().message));
            }
        }
        return true;
    }

private:
    QCheckBox* m_startAtLogin = nullptr;
    FirstRunWizard::Creator m_creator;
    PassphraseWizardPage* m_passphrasePage = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace

FirstRunWizard::FirstRunWizard(Creator creator, QWidget* parent)
    : FirstRunWizard(std::move(creator), Joiner(), parent)
{
}

FirstRunWizard::FirstRunWizard(Creator creator, Joiner joiner, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up Rapport"));
    setWizardStyle(QWizard::ModernStyle);
    auto* passphrasePage = new PassphraseWizardPage(this);
    setPage(WelcomePage, new WelcomeWizardPage(static_cast<bool>(joiner), this));
    setPage(PassphrasePage, passphrasePage);
    setPage(NamePage, new NameWizardPage(std::move(creator), passphrasePage, this));
    if (joiner) {
        auto* invitationPage = new InvitationWizardPage(this);
        setPage(InvitationPage, invitationPage);
        auto join = [joiner = std::move(joiner), invitationPage, passphrasePage](
                        const SecureBytes& hubPassword) -> Result<void> {
            const hub::Invitation* invitation = invitationPage->invitation();
            if (invitation == nullptr) {
                return rapport::fail(ErrorCode::InvalidArgument, tr("Open an invitation first."));
            }
            SecureBytes passphrase = SecureBytes::fromUtf8(passphrasePage->passphrase());
            auto joined = joiner(*invitation, passphrase, hubPassword);
            passphrase.wipe();
            if (joined) {
                passphrasePage->clearFields();
            }
            return joined;
        };
        setPage(HubPasswordPage, new HubPasswordWizardPage(std::move(join), this));
        // The organisation's steps finish on the password page, with the same words as the other way.
        page(HubPasswordPage)->setFinalPage(true);
    }
    setButtonText(QWizard::FinishButton, tr("Start using Rapport"));
    // The Finish button's text is the longest; give it the padding of the others, in every language and at every
    // scale (QWizard otherwise sizes it tightly, and some styles clip it).
    QAbstractButton* finish = button(QWizard::FinishButton);
    const QFontMetrics metrics(finish->font());
    finish->setMinimumWidth(metrics.horizontalAdvance(finish->text()) + 3 * metrics.height());
    resize(fittedToScreen(this, QSize(620, 520)));
}

void FirstRunWizard::startJoining(const QString& invitationPath)
{
    auto* invitationPage = qobject_cast<InvitationWizardPage*>(page(InvitationPage));
    if (invitationPage == nullptr) {
        return;
    }
    static_cast<WelcomeWizardPage*>(page(WelcomePage))->chooseJoining();
    invitationPage->openPath(invitationPath);
}

bool FirstRunWizard::isJoining() const
{
    return joiningChosen(this);
}

void FirstRunWizard::setKeychainAvailable(bool available)
{
    if (auto* hubPassword = qobject_cast<HubPasswordWizardPage*>(page(HubPasswordPage))) {
        hubPassword->setKeychainAvailable(available);
    }
}

bool FirstRunWizard::rememberHubPassword() const
{
    auto* hubPassword = qobject_cast<HubPasswordWizardPage*>(page(HubPasswordPage));
    return hubPassword != nullptr && hubPassword->remember();
}

} // namespace rapport::ui
