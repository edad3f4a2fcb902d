#pragma once

#include <QFrame>
#include <QUuid>

class QLabel;

namespace rapport::ui {

/**
 * A professional's request to share a score, with "Share", "Not now" and "Decline". Only "Share" and "Decline" answer
 * the request; "Not now" puts it off until the next day and leaves it pending.
 */
class ShareRequestBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ShareRequestBanner(QWidget* parent = nullptr);

    void setRequest(const QUuid& requestId, const QString& text);
    [[nodiscard]] QUuid requestId() const { return m_requestId; }
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /** The client chose: share (accept) or decline. */
    void answerRequested(const QUuid& requestId, bool accept);
    /** The client chose "Not now": hide the request until tomorrow without answering it. */
    void snoozeRequested(const QUuid& requestId);

private:
    QUuid m_requestId;
    QLabel* m_text = nullptr;
};

} // namespace rapport::ui
