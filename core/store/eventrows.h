#pragma once

#include "inspect/eventinfo.h"

#include <QString>

class QSqlQuery;

namespace Hookbench {
class SqlStatement;
}

namespace Hookbench {

/// The one place that maps EventInfo to the `events` table and back.
namespace EventRows {

/// Columns written for an event, request_id first; the signature verdict is written with the
/// rest, since every inspection verifies too.
QString insertColumns();
/// Number of columns in insertColumns().
constexpr int columnCount = 20;
/// Binds `requestId` and `event` at positions [at, at + columnCount).
void bind(SqlStatement &query, int at, qint64 requestId, const EventInfo &event);
/// "INSERT … ON CONFLICT DO UPDATE" for `rows` rows: re-inspection replaces the whole event.
QString upsertSql(int rows);

/// Columns to select (with table alias `e`) for read(); NULLs when there is no event row.
QString selectColumns();
/// Reads what selectColumns() selected, starting at column `at`.
EventInfo read(const QSqlQuery &query, int at);

} // namespace EventRows

} // namespace Hookbench
