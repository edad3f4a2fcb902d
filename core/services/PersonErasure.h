#pragma once

#include "common/Error.h"

#include <QUuid>

namespace rapport {

class Store;

/**
 * Erasing a person: they and everything that belongs to them — submissions, connections, sharing choices and their
 * history, requests, and what Rapport remembered about reminding them — in one transaction, so nothing of theirs,
 * not even their id in a setting, is left behind. The client's own "Delete my data" and `rapport-cli person remove`
 * both erase through here.
 */
class PersonErasure
{
public:
    explicit PersonErasure(Store& store);

    /** Erases `personId`; NotFound when there is no such person (and then nothing changes). */
    [[nodiscard]] Result<void> erase(const QUuid& personId);

private:
    Store& m_store;
};

} // namespace rapport
