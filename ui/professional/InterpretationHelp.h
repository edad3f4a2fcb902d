#pragma once

#include <QFrame>

class QLabel;

namespace rapport {
class InstrumentRegistry;
} // namespace rapport

namespace rapport::ui {

/**
 * "How to read these scores", for professionals: what the alliance dimensions mean, what counts as a meaningful
 * change, what the wellbeing bands are, and that a score is a signal for a conversation, not a verdict. The numbers
 * and dimension texts come from the instrument definitions, so an organisation's own instruments explain themselves.
 */
class InterpretationHelp : public QFrame
{
    Q_OBJECT

public:
    explicit InterpretationHelp(const InstrumentRegistry& registry, QWidget* parent = nullptr);

    /** The help as plain text (tests, accessibility). */
    [[nodiscard]] QString plainText() const;

private:
    QLabel* m_text = nullptr;
};

} // namespace rapport::ui
