#include "InterpretationHelp.h"

#include "common/UiText.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QString paragraph(const QString& html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString bold(const QString& text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}

} // namespace

InterpretationHelp::InterpretationHelp(const InstrumentRegistry& registry, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("interpretationHelp"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* title = new QLabel(tr("How to read these scores"), this);
    title->setObjectName(QStringLiteral("interpretationTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    layout->addWidget(title);

    const QString language = instrumentLanguage();
    QString html = paragraph(
        bold(tr("A score is a signal for a conversation, not a verdict.")) + QLatin1Char(' ')
        + tr("It shows how a client felt when they answered, in their own words on a short questionnaire. It does not "
             "diagnose anything and it does not grade you or the client. A low or falling score is a reason to ask "
             "how the work is going and what would help; a high one is worth talking about too.")
              .toHtmlEscaped());

    if (const InstrumentDefinition* alliance = registry.find(InstrumentIds::Alliance)) {
        html += paragraph(
            bold(alliance->title.text(language)) + QLatin1Char(' ')
            + tr("is the client's view of their work with you only; other professionals' surveys are never shown here. "
                 "It runs from %1 to %2; higher means a stronger working alliance. Its dimensions:")
                  .arg(displayScore(alliance->scoreMin, alliance->decimals),
                       displayScore(alliance->scoreMax, alliance->decimals))
                  .toHtmlEscaped());
        QString items;
        for (const Dimension& dimension : alliance->dimensions) {
            items
                += QStringLiteral("<li>%1 — %2</li>")
                       .arg(bold(dimension.label.text(language)), dimension.description.text(language).toHtmlEscaped());
        }
        if (!items.isEmpty()) {
            html += QStringLiteral("<ul>%1</ul>").arg(items);
        }
        html += paragraph(tr("A change of %1 points or more in the alliance score is meaningful; smaller moves are "
                             "within the normal ups and downs of answering. The trend is a line fitted through all "
                             "surveys: it says improving or declining only once that line has moved by at least %1.")
                              .arg(displayScore(alliance->meaningfulChange, alliance->decimals))
                              .toHtmlEscaped());
    }
    if (const InstrumentDefinition* wellbeing = registry.find(InstrumentIds::Wellbeing)) {
        QStringList bands;
        for (const Bracket& bracket : wellbeing->brackets) {
            bands.append(tr("%1 %2–%3")
                             .arg(bracket.label.text(language),
                                  displayScore(bracket.min, wellbeing->decimals),
                                  displayScore(bracket.max, wellbeing->decimals)));
        }
        QString text = tr("runs from %1 to %2 and describes the client's general wellbeing over the last weeks.")
                           .arg(displayScore(wellbeing->scoreMin, wellbeing->decimals),
                                displayScore(wellbeing->scoreMax, wellbeing->decimals));
        if (!bands.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("The shaded bands (%1) are guidance for where to look closer, not a diagnosis.")
                      .arg(QLocale().createSeparatedList(bands));
        }
        text += QLatin1Char(' ')
            + tr("A change of %1 points or more is meaningful.")
                  .arg(displayScore(wellbeing->meaningfulChange, wellbeing->decimals));
        html += paragraph(bold(wellbeing->title.text(language)) + QLatin1Char(' ') + text.toHtmlEscaped());
    }
    html += paragraph(tr("You see a client's scores only while they choose to share them with you. They can stop "
                         "sharing at any time, and the scores leave this view at once. Asking is fine; the choice "
                         "stays theirs.")
                          .toHtmlEscaped());

    m_text = new QLabel(html, this);
    m_text->setObjectName(QStringLiteral("interpretationText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    setAccessibleName(title->text());
}

QString InterpretationHelp::plainText() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

} // namespace rapport::ui
