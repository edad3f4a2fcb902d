#include "AboutDialog.h"

#include "Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rapport::ui {

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
         tr("GNU LGPL version 3"),
         QStringLiteral(":/licenses/Qt-LGPL-3.0.txt"),
         QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {tr("Qt (the GNU GPL version 3, which the LGPL supplements)"),
         tr("GNU GPL version 3"),
         QStringLiteral(":/licenses/Qt-GPL-3.0.txt"),
         QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")},
        {QStringLiteral("SQLCipher"),
         tr("BSD-style (3-clause)"),
         QStringLiteral(":/licenses/SQLCipher-BSD.txt"),
         QStringLiteral("https://www.zetetic.net/sqlcipher/license/")},
        {QStringLiteral("libsodium"),
         tr("ISC"),
         QStringLiteral(":/licenses/libsodium-ISC.txt"),
         QStringLiteral("https://libsodium.org")},
        {QStringLiteral("QtKeychain"),
         tr("BSD-style (2-clause)"),
         QStringLiteral(":/licenses/QtKeychain-BSD-2-Clause.txt"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("tl::expected"),
         tr("CC0 1.0 (public domain dedication)"),
         QStringLiteral(":/licenses/tl-expected-CC0-1.0.txt"),
         QStringLiteral("https://github.com/TartanLlama/expected")},
    };
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rapport"));

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAccessibleName(tr("Rapport icon"));

    auto* title = new QLabel(tr("<b>Rapport %1</b>").arg(QApplication::applicationVersion().toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    auto* description = new QLabel(tr("Private wellbeing and professional-alliance tracking for employee wellbeing "
                                      "programmes. Your data stays encrypted on this computer; you decide what your "
                                      "professionals see."),
                                   this);
    description->setObjectName(QStringLiteral("aboutDescription"));
    description->setWordWrap(true);

    auto* heading = new QHBoxLayout();
    heading->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout();
    texts->addWidget(title);
    texts->addWidget(description);
    heading->addLayout(texts, 1);

    auto* componentsLabel
        = new QLabel(tr("Rapport is built with these components. Choose one to read its &licence:"), this);
    componentsLabel->setObjectName(QStringLiteral("componentsLabel"));
    componentsLabel->setWordWrap(true);
    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("componentList"));
    list->setAccessibleName(tr("Third-party components"));
    for (const Component& component : components()) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(component.name, component.licence), list);
        item->setToolTip(component.url);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * 6 + 2 * list->frameWidth());
    componentsLabel->setBuddy(list);

    m_licence = new QTextBrowser(this);
    m_licence->setObjectName(QStringLiteral("licenceView"));
    m_licence->setAccessibleName(tr("Licence text"));
    m_licence->setOpenExternalLinks(true);
    m_licence->setTabChangesFocus(true); // Tab leaves the text for the Close button instead of cycling its links
    m_licence->setLineWrapMode(QTextEdit::WidgetWidth);
    connect(list, &QListWidget::currentRowChanged, this, &AboutDialog::showLicence);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(componentsLabel);
    layout->addWidget(list);
    layout->addWidget(m_licence, 1);
    layout->addWidget(buttons);

    list->setCurrentRow(0);
    list->setFocus();
    resize(640, 560);
}

void AboutDialog::showLicence(int index)
{
    const QList<Component> all = components();
    if (index < 0 || index >= all.size()) {
        m_licence->clear();
        return;
    }
    const Component& component = all.at(index);
    QFile file(component.resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_licence->setPlainText(
            tr("The licence text is missing from this installation. It is at %1").arg(component.url));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_licence->setHtml(QStringLiteral("<p><a href=\"%1\">%2</a></p><pre style=\"white-space: pre-wrap\">%3</pre>")
                           .arg(component.url.toHtmlEscaped(), component.url.toHtmlEscaped(), text.toHtmlEscaped()));
}

} // namespace rapport::ui
