#include "DemoNameMaker.h"

#include "DemoNames.h"
#include "DemoRandom.h"

namespace rapport {
namespace {

quint32 keyOf(int given, int family, int initial)
{
    return (static_cast<quint32>(given) * 1024 + static_cast<quint32>(family)) * 32 + static_cast<quint32>(initial);
}

} // namespace

DemoNameMaker::DemoNameMaker()
    : m_given(DemoNames::givenNames())
    , m_family(DemoNames::familyNames())
{
}

QString DemoNameMaker::next(DemoRandom& random)
{
    const auto givenCount = static_cast<int>(m_given.size());
    const auto familyCount = static_cast<int>(m_family.size());
    int given = 0;
    int family = 0;
    int initial = 0; // 0 = none, 1–26 = a middle initial A–Z
    for (int attempt = 0; attempt < 12; ++attempt) {
        given = random.between(0, givenCount - 1);
        family = random.between(0, familyCount - 1);
        initial = attempt < 4 ? 0 : random.between(1, 26);
        if (!m_used.contains(keyOf(given, family, initial))) {
            break;
        }
    }
    m_used.insert(keyOf(given, family, initial));
    if (initial == 0) {
        return m_given.at(given) + QLatin1Char(' ') + m_family.at(family);
    }
    return m_given.at(given) + QLatin1Char(' ') + QLatin1Char(static_cast<char>('A' + initial - 1))
        + QLatin1String(". ") + m_family.at(family);
}

QString DemoNameMaker::nextProfessional(DemoRandom& random)
{
    const QString name = next(random);
    return random.chance(0.3) ? QStringLiteral("Dr ") + name : name;
}

} // namespace rapport
