#pragma once

#include <QString>
#include <QStringList>

/**
 * The places ("LINE: code") where C++ `text` passes a literal with words to a user-visible setter or constructor
 * (setText, setWindowTitle, setToolTip, setAccessibleName, addAction, QLabel, message boxes, …) instead of tr().
 * Literals without letters or made only of format placeholders are fine; a line with `// i18n-ok: <reason>` too.
 */
QStringList unwrappedTexts(const QString& text);
