#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace rapport {

class DemoRandom;

/**
 * Names for the people of a demo organisation, from the built-in lists (DemoNames), avoiding repeats while the
 * lists allow: a given and a family name, then with a middle initial, and in the very largest organisations,
 * where repeats are realistic anyway, sometimes the same name twice.
 */
class DemoNameMaker
{
public:
    DemoNameMaker();

    /** A person's name, e.g. "Amara Okafor". */
    [[nodiscard]] QString next(DemoRandom& random);
    /** A professional's name: some carry their doctorate, e.g. "Dr Lena Nakamura". */
    [[nodiscard]] QString nextProfessional(DemoRandom& random);

private:
    QList<QString> m_given;
    QList<QString> m_family;
    QSet<quint32> m_used;
};

} // namespace rapport
