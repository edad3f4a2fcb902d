#pragma once

#include "common/Error.h"
#include "hub/Invitation.h"

#include <QDateTime>
#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport::ui {

/**
 * The invitation step of joining an organisation: the person opens the invitation file their administrator sent
 * (or pastes its code), and the page says plainly who invited them, as what, to which hub and until when, or why
 * the invitation cannot be used (not an invitation, expired). Complete once a usable invitation is read.
 */
class InvitationWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using Now = std::function<QDateTime()>;

    explicit InvitationWizardPage(QWidget* parent = nullptr, Now now = {});

    /** Reads the invitation at `path` (from `rapport --join FILE`), showing it or why it cannot be used. */
    void openPath(const QString& path);
    /** Reads a pasted code or a file's text. */
    void readText(const QString& text);

    [[nodiscard]] bool isComplete() const override;
    /** The invitation read, if it can be used. */
    [[nodiscard]] const hub::Invitation* invitation() const;

    /** "Dana invited you, Alex, as a client…": the summary shown for `invitation`. */
    [[nodiscard]] static QString summary(const hub::Invitation& invitation);

private:
    void chooseFile();
    void present(Result<hub::Invitation> read);

    Now m_now;
    std::optional<hub::Invitation> m_invitation;
    QPushButton* m_openButton = nullptr;
    QPlainTextEdit* m_code = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace rapport::ui
