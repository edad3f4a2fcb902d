#pragma once

#include <QDialog>

class QTextBrowser;

namespace rapport::ui {

/**
 * Help → About Rapport: the version, what Rapport is, and the third-party components with their licences (Qt under
 * the LGPLv3, SQLCipher BSD-style, libsodium ISC, tl-expected CC0). The licence texts are bundled as resources
 * (`:/licenses/…`) and shown in the dialog, so they are there without a network.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /** One bundled third-party component. */
    struct Component
    {
        QString name;
        QString licence; ///< the licence's name, e.g. "ISC"
        QString resource; ///< the bundled licence text
        QString url;
    };
    [[nodiscard]] static QList<Component> components();

    /** Shows the licence text of components().at(index) in the text pane. */
    void showLicence(int index);
    [[nodiscard]] QTextBrowser* licenceView() const { return m_licence; }

private:
    QTextBrowser* m_licence = nullptr;
};

} // namespace rapport::ui
