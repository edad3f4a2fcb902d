#include "BusiestProfessional.h"

#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

namespace rapport {

Result<std::optional<Person>> busiestProfessional(Store& store)
{
    auto professionals = store.people().list(Role::Professional);
    if (!professionals) {
        return tl::unexpected(professionals.error());
    }
    std::optional<Person> busiest;
    qsizetype most = -1;
    for (const Person& professional : std::as_const(*professionals)) {
        auto connections = store.connections().forProfessional(professional.id);
        if (!connections) {
            return tl::unexpected(connections.error());
        }
        if (connections->size() > most) {
            most = connections->size();
            busiest = professional;
        }
    }
    return busiest;
}

} // namespace rapport
