#include "StoreChange.h"

#include <utility>

namespace rapport {

StoreChange::StoreChange(Kinds kinds, std::initializer_list<QUuid> people)
    : m_kinds(kinds)
{
    for (const QUuid& person : people) {
        if (!person.isNull()) {
            m_people.insert(person);
        }
    }
}

StoreChange::StoreChange(Kinds kinds, QSet<QUuid> people)
    : m_kinds(kinds)
    , m_people(std::move(people))
{
    m_people.remove(QUuid());
}

StoreChange StoreChange::everyone(Kinds kinds)
{
    StoreChange change(kinds, {});
    change.m_everyone = true;
    return change;
}

StoreChange StoreChange::everything()
{
    return everyone(Kind::People | Kind::Connections | Kind::Submissions | Kind::Sharing | Kind::ShareRequests
                    | Kind::Settings | Kind::HubBinding | Kind::Interventions);
}

bool StoreChange::concerns(const QUuid& person) const
{
    return m_everyone || m_people.contains(person);
}

void StoreChange::merge(const StoreChange& other)
{
    m_kinds |= other.m_kinds;
    m_everyone = m_everyone || other.m_everyone;
    if (m_everyone) {
        m_people.clear();
    } else {
        m_people.unite(other.m_people);
    }
}

} // namespace rapport
