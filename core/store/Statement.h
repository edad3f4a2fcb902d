#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

struct sqlite3_stmt;

namespace rapport {

class Database;

/** Whether a step produced a row or finished. */
enum class StepResult
{
    Row,
    Done,
};

/**
 * A prepared SQLite statement. Statements that come from the database's cache are reset, not finalised,
 * when this handle goes away, so the next use skips preparing the SQL again.
 */
class Statement
{
public:
    Statement(Database& database, sqlite3_stmt* statement, bool cached);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    /** UUIDs are stored as text without braces; a null UUID binds NULL. */
    Statement& bind(int index, const QUuid& id);
    /** Times are stored as UTC milliseconds since the epoch; an invalid time binds NULL. */
    Statement& bind(int index, const QDateTime& time);
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindNull(int index);

    [[nodiscard]] Result<StepResult> step();
    /** Steps until done; for statements that return no rows. */
    [[nodiscard]] Result<void> run();

    /** Makes the statement ready to bind and run again. */
    void reset();

    // Columns are numbered from 0, as in SQLite.
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QUuid uuid(int column) const;
    [[nodiscard]] QDateTime time(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    Database* m_database;
    sqlite3_stmt* m_statement;
    bool m_cached;
};

/** UTC milliseconds since the epoch: how times are stored. */
[[nodiscard]] qint64 toStoredTime(const QDateTime& time);
[[nodiscard]] QDateTime fromStoredTime(qint64 milliseconds);
/** How ids are stored: lower-case UUID text without braces. */
[[nodiscard]] QString toStoredId(const QUuid& id);

} // namespace rapport
