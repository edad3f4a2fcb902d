#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <optional>

namespace rapport {

class Store;

/**
 * The professional with the most connected clients (the first by name on a tie), or nothing when there is no
 * professional: who `rapport --demo --mode professional` and the screenshots open as.
 */
[[nodiscard]] Result<std::optional<Person>> busiestProfessional(Store& store);

} // namespace rapport
