// Kept apart from the test class so that moc never has to read these regular expressions.

#include "UnwrappedTexts.h"

#include <QRegularExpression>

#include <algorithm>

QStringList unwrappedTexts(const QString& text)
{
    // A user-visible setter or constructor given a literal directly (possibly after other arguments, possibly over
    // several lines): QStringLiteral("…"), u"…", "…", QString::fromUtf8("…"), QLatin1String("…").
    static const QRegularExpression visible(QStringLiteral(
        R"x(\b(setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setAccessibleName|)x"
        R"x(setAccessibleDescription|setTitle|setSubTitle|setLabelText|setButtonText|setInformativeText|)x"
        R"x(setDetailedText|setSuffix|setPrefix|setSpecialValueText|addAction|addItem|addTab|insertTab|setTabText|)x"
        R"x(addMenu|setHeaderLabels|showMessage|setHint|addRow|information|warning|critical|question|about|)x"
        R"x(QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|QMessageBox)\s*\(\s*)x"
        R"x(([^;{}]*?,\s*)?)x"
        R"x((QStringLiteral\s*\(\s*"((?:[^"\\]|\\.)*)"|u"((?:[^"\\]|\\.)*)"|)x"
        R"x(QString::fromUtf8\s*\(\s*"((?:[^"\\]|\\.)*)"|)x"
        R"x(QLatin1String\s*\(\s*"((?:[^"\\]|\\.)*)"|(?<![\w)])"((?:[^"\\]|\\.)*)"))x"));
    static const QRegularExpression letter(QStringLiteral(R"x(\p{L})x"));
    // Literals without words need no translator: symbols, separators, "%1 / %2"-style formats, bare HTML tags.
    static const QRegularExpression notText(QStringLiteral(R"x(^(<[^>]*>|%\d|[\s·—–•:;,./()%\d-])*$)x"));

    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (auto it = visible.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString literal;
        for (int group = 4; group <= 8; ++group) {
            if (match.capturedStart(group) >= 0) {
                literal = match.captured(group);
            }
        }
        if (!literal.contains(letter) || notText.match(literal).hasMatch()) {
            continue;
        }
        const auto first = text.left(match.capturedStart()).count(QLatin1Char('\n'));
        const auto last = text.left(match.capturedEnd()).count(QLatin1Char('\n'));
        const QStringList span = lines.mid(first, last - first + 1);
        const bool optedOut = std::any_of(
            span.cbegin(), span.cend(), [](const QString& line) { return line.contains(QLatin1String("i18n-ok:")); });
        if (optedOut || lines.at(first).trimmed().startsWith(QLatin1String("//"))) {
            continue;
        }
        found.append(QStringLiteral("%1: %2").arg(first + 1).arg(span.join(QLatin1Char(' ')).simplified()));
    }
    return found;
}
