#pragma once

#include "common/Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport::ui {

/**
 * Asks for a professional's name (adding one, or renaming one). The name is handed to `apply`; when that fails its
 * message is shown and the dialog stays open, when it succeeds the dialog closes as accepted.
 */
class ProfessionalNameDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<void>(const QString& name)>;

    ProfessionalNameDialog(const QString& title,
                           const QString& prompt,
                           const QString& name,
                           const QString& acceptText,
                           Apply apply,
                           QWidget* parent = nullptr);

    [[nodiscard]] QString name() const;

private:
    void tryApply();

    Apply m_apply;
    QLineEdit* m_name = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace rapport::ui
