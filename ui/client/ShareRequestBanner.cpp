#include "ShareRequestBanner.h"

#include "common/StatusColours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rapport::ui {

ShareRequestBanner::ShareRequestBanner(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette banner = palette();
    const StatusColours::Banner colours = StatusColours::informationBanner();
    banner.setColor(QPalette::Window, colours.window);
    banner.setColor(QPalette::WindowText, colours.text);
    setPalette(banner);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("requestText"));
    m_text->setWordWrap(true);
    auto* share = new QPushButton(tr("Share"), this);
    share->setObjectName(QStringLiteral("shareButton"));
    share->setToolTip(tr("Turns sharing of this score on for all of your professionals."));
    auto* notNow = new QPushButton(tr("Not now"), this);
    notNow->setObjectName(QStringLiteral("notNowButton"));
    notNow->setToolTip(tr("Hides this request until tomorrow. Nothing is shared and the request is not answered."));
    auto* decline = new QPushButton(tr("Decline"), this);
    decline->setObjectName(QStringLiteral("declineButton"));
    decline->setToolTip(tr("Answers no. You can still turn sharing on later under Sharing."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(share);
    layout->addWidget(notNow);
    layout->addWidget(decline);

    connect(share, &QPushButton::clicked, this, [this] { Q_EMIT answerRequested(m_requestId, true); });
    connect(notNow, &QPushButton::clicked, this, [this] { Q_EMIT snoozeRequested(m_requestId); });
    connect(decline, &QPushButton::clicked, this, [this] { Q_EMIT answerRequested(m_requestId, false); });
}

void ShareRequestBanner::setRequest(const QUuid& requestId, const QString& text)
{
    m_requestId = requestId;
    m_text->setText(text);
    setAccessibleName(text);
}

QString ShareRequestBanner::text() const
{
    return m_text->text();
}

} // namespace rapport::ui
