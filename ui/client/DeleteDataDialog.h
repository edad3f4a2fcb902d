#pragma once

#include "common/Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport::ui {

/**
 * "Delete all my data": says what will be erased and that it cannot be undone, and only lets the client go ahead
 * after they typed the confirmation word (DELETE). The erasing itself is `erase`; when it fails its message is shown
 * and nothing else happens, when it succeeds the dialog closes as accepted.
 */
class DeleteDataDialog : public QDialog
{
    Q_OBJECT

public:
    using Erase = std::function<Result<void>()>;

    DeleteDataDialog(const QString& name, const QString& whatIsErased, Erase erase, QWidget* parent = nullptr);

    /** The word to type, in the UI language ("DELETE"). */
    [[nodiscard]] static QString confirmationWord();
    /** Whether what was typed confirms (the word, in any letter case; the English word always works). */
    [[nodiscard]] static bool confirms(const QString& typed);

private:
    void tryErase();

    Erase m_erase;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace rapport::ui
