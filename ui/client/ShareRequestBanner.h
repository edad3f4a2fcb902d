#pragma once

#include <QFrame>
#include <QUuid>

class QLabel;

namespace rapport::ui {

/** A professional's request to share a score, with "Share" and "Not now". */
class ShareRequestBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ShareRequestBanner(QWidget* parent = nullptr);

    void setRequest(const QUuid& requestId, const QString& text);
    [[nodiscard]] QUuid requestId() const { return m_requestId; }
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /** The client chose: share (accept) or not now (decline). */
    void answerRequested(const QUuid& requestId, bool accept);

private:
    QUuid m_requestId;
    QLabel* m_text = nullptr;
};

} // namespace rapport::ui
