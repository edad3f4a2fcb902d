#include "ScoreCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScoreCard::ScoreCard(const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(220);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_title = makeLabel(QStringLiteral("scoreTitle"), this);
    m_value = makeLabel(QStringLiteral("scoreValue"), this);
    m_qualifier = makeLabel(QStringLiteral("scoreBracket"), this);
    m_trend = makeLabel(QStringLiteral("scoreTrend"), this);
    m_detail = makeLabel(QStringLiteral("scoreDetail"), this);
    m_unavailable = makeLabel(QStringLiteral("scoreUnavailable"), this);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.4);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont qualifierFont = m_qualifier->font();
    qualifierFont.setBold(true);
    m_qualifier->setFont(qualifierFont);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_qualifier);
    layout->addWidget(m_trend);
    layout->addWidget(m_detail);
    layout->addWidget(m_unavailable);
    layout->addStretch(1);

    setTitle(title);
    setUnavailable(QString());
}

void ScoreCard::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void ScoreCard::setScore(
    const QString& value, const QString& qualifier, const QColor& colour, const QString& trend, const QString& detail)
{
    m_hasScore = true;
    m_value->setText(value);
    m_qualifier->setText(qualifier);
    // Both roles: on the card's Base background the labels draw with Text, elsewhere with WindowText.
    for (QLabel* label : {m_qualifier, m_value}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        label->setPalette(palette);
    }
    m_trend->setText(trend);
    m_detail->setText(detail);
    m_value->show();
    m_qualifier->setVisible(!qualifier.isEmpty());
    m_trend->show();
    m_detail->setVisible(!detail.isEmpty());
    m_unavailable->hide();
    setAccessibleDescription(QStringList {value, qualifier, trend, detail}.join(QStringLiteral(". ")));
}

void ScoreCard::setUnavailable(const QString& message)
{
    m_hasScore = false;
    m_value->clear();
    m_qualifier->clear();
    m_trend->clear();
    m_detail->clear();
    m_value->hide();
    m_qualifier->hide();
    m_trend->hide();
    m_detail->hide();
    m_unavailable->setText(message);
    m_unavailable->show();
    setAccessibleDescription(message);
}

} // namespace rapport::ui
