#pragma once

#include <QList>
#include <QString>

namespace rapport {

/** A department of the demo organisation and how large it tends to be relative to the others. */
struct DemoTeam
{
    QString name;
    double relativeSize = 1.0;
    /** Every organisation has this team; the others are added to some. */
    bool core = false;
};

/**
 * The built-in word lists of the demo generator: an international mix of given names and family names, and the
 * departments of a mid-sized company. They are data stored in the demo store, not user interface text, so they are
 * not translated (a translation would make one seed give different organisations in different languages).
 */
namespace DemoNames {

[[nodiscard]] QList<QString> givenNames();
[[nodiscard]] QList<QString> familyNames();
[[nodiscard]] QList<DemoTeam> teams();

} // namespace DemoNames

} // namespace rapport
