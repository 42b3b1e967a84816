#include "storeschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Hookbench {

namespace {

// Each entry moves the schema from version (index) to version (index + 1). Never edit a
// released step: add a new one.
const char *const migrationSteps[] = {
    // 0 -> 1: captured requests. Small columns live in `requests` so list views scan narrow
    // rows; the exact bytes live in `request_data`, read only when one request is opened.
    R"sql(
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        received_start_us INTEGER NOT NULL,
        received_end_us INTEGER NOT NULL,
        listener TEXT NOT NULL,
        local_port INTEGER NOT NULL,
        remote_address TEXT NOT NULL,
        remote_port INTEGER NOT NULL,
        method TEXT NOT NULL,
        target BLOB NOT NULL,
        path BLOB NOT NULL,
        http_version TEXT NOT NULL,
        content_type TEXT,
        content_encoding TEXT,
        body_size INTEGER NOT NULL,
        body_truncated INTEGER NOT NULL DEFAULT 0,
        response_status INTEGER NOT NULL,
        error_kind TEXT,
        error_message TEXT
    );
    CREATE TABLE request_data (
        request_id INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
        head_raw BLOB NOT NULL,
        headers BLOB NOT NULL,
        trailers BLOB NOT NULL,
        body BLOB NOT NULL
    );
    CREATE INDEX requests_by_time ON requests(received_start_us);
    CREATE INDEX requests_by_path ON requests(path);
    CREATE INDEX requests_by_method ON requests(method, received_start_us);
    )sql",
    // 1 -> 2: what inspection derives from each request (one row per request; requests
    // stored before this step get theirs from the background re-inspection), and the
    // free-text index. The index is contentless: the text can always be derived again from
    // the stored bytes, so it is not kept twice.
    R"sql(
    CREATE TABLE events (
        request_id INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
        body_kind TEXT NOT NULL,
        body_error TEXT,
        provider TEXT,
        event_name TEXT,
        event_id TEXT,
        occurred_at_us INTEGER,
        resource_type TEXT,
        resource_id TEXT,
        organization_id TEXT,
        workspace_id TEXT,
        api_version TEXT,
        source_request_id TEXT,
        idempotency_key TEXT,
        known_type INTEGER NOT NULL DEFAULT 0,
        conformance TEXT,
        duplicate_of INTEGER,
        signature_status TEXT
    );
    CREATE INDEX events_by_name ON events(event_name);
    CREATE INDEX events_by_provider ON events(provider);
    CREATE INDEX events_by_event_id ON events(event_id, provider) WHERE event_id IS NOT NULL;
    CREATE INDEX events_by_resource_type ON events(resource_type);
    CREATE VIRTUAL TABLE request_text USING fts5(path, headers, body, content='');
    )sql",
    // 2 -> 3: signature verification. A signing source says which requests a scheme and its
    // secrets apply to (a listener, a path prefix). Only the secrets' ids and labels are here:
    // their keys live in the OS keychain under those ids. Each event keeps its verdict's
    // status, reason and scheme, written by verification and rewritten when secrets change.
    R"sql(
    CREATE TABLE signing_sources (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        scheme TEXT NOT NULL,
        listener TEXT NOT NULL DEFAULT '',
        path_prefix TEXT NOT NULL DEFAULT '',
        tolerance_seconds INTEGER,
        public_url TEXT NOT NULL DEFAULT '',
        generic_config TEXT
    );
    CREATE TABLE signing_secrets (
        id TEXT PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES signing_sources(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_us INTEGER NOT NULL
    );
    ALTER TABLE events ADD COLUMN signature_reason TEXT;
    ALTER TABLE events ADD COLUMN signature_scheme TEXT;
    CREATE INDEX events_by_signature ON events(signature_status);
    )sql",
    // 3 -> 4: delivery. A target is a named destination with its settings. Only the id of
    // its signing secret is here, the key stays in the OS keychain. Each attempt to send a
    // request is one row of `deliveries` (attempt n of the group its first attempt names),
    // holding exactly what was sent and what came back. `settings` is a JSON copy of the
    // target's settings taken at submission, so a delivery resumes after a restart the same
    // way, also when its target has changed since or when it had none (an ad-hoc URL).
    // Headers use the encoding of request_data.headers ("Name: value" CRLF lines).
    R"sql(
    CREATE TABLE delivery_targets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        headers BLOB NOT NULL DEFAULT x'',
        timeout_ms INTEGER NOT NULL,
        ca_file TEXT NOT NULL DEFAULT '',
        allow_self_signed INTEGER NOT NULL DEFAULT 0,
        sign_scheme TEXT NOT NULL DEFAULT '',
        sign_secret_id TEXT NOT NULL DEFAULT '',
        max_attempts INTEGER NOT NULL,
        backoff_base_ms INTEGER NOT NULL,
        backoff_cap_ms INTEGER NOT NULL,
        max_concurrency INTEGER NOT NULL
    );
    CREATE TABLE deliveries (
        id TEXT PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        target_id INTEGER REFERENCES delivery_targets(id) ON DELETE SET NULL,
        target_url TEXT NOT NULL,
        attempt INTEGER NOT NULL,
        group_id TEXT NOT NULL,
        status TEXT NOT NULL,
        settings TEXT NOT NULL,
        created_us INTEGER NOT NULL,
        due_us INTEGER NOT NULL,
        started_us INTEGER,
        delivered_us INTEGER,
        failed_us INTEGER,
        failure_kind TEXT,
        failure_message TEXT,
        method TEXT NOT NULL,
        url TEXT NOT NULL,
        headers BLOB NOT NULL,
        body BLOB NOT NULL,
        response_status INTEGER,
        response_headers BLOB,
        response_body BLOB,
        duration_ms INTEGER
    );
    CREATE INDEX deliveries_by_request ON deliveries(request_id, created_us);
    CREATE INDEX deliveries_by_status ON deliveries(status, due_us);
    CREATE INDEX deliveries_by_group ON deliveries(group_id, attempt);
    )sql",
    // 4 -> 5: forwarding rules. A rule sends each newly captured request that its query (the
    // search language of SearchQuery, kept as typed) matches to a delivery target. Removing
    // the target keeps its rules with a null target, so the user sees them stop and why.
    R"sql(
    CREATE TABLE forwarding_rules (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        query TEXT NOT NULL DEFAULT '',
        target_id INTEGER REFERENCES delivery_targets(id) ON DELETE SET NULL
    );
    )sql",
    // 5 -> 6: the number of stored requests, kept by triggers. count(*) reads every page of a
    // table index: seconds for a million requests on a cold disk, which the window's list
    // (and the API's totals) would wait for at each start. One row updated per insert costs
    // capture next to nothing.
    R"sql(
    CREATE TABLE request_count (n INTEGER NOT NULL);
    INSERT INTO request_count (n) SELECT count(*) FROM requests;
    CREATE TRIGGER requests_counted_in AFTER INSERT ON requests
    BEGIN UPDATE request_count SET n = n + 1; END;
    CREATE TRIGGER requests_counted_out AFTER DELETE ON requests
    BEGIN UPDATE request_count SET n = n - 1; END;
    )sql",
    // 6 -> 7: the store writer, the only one that inserts requests, adds each commit's count
    // in one UPDATE. The trigger ran one per captured request: at 30,000 requests a second,
    // about 6% of the writer's time. Deleting still counts row by row.
    R"sql(
    DROP TRIGGER requests_counted_in;
    )sql",
    // 7 -> 8: the method index leaves POST out. Webhooks are POSTs, so a full index grew at
    // its end with nearly every request, and SQLite rebalanced its last leaves at nearly every
    // commit: about a tenth of the writer's time under load. Finding POSTs needs no index (they
    // are nearly every row); the rare methods keep theirs (see methodCondition()).
    R"sql(
    DROP INDEX requests_by_method;
    CREATE INDEX requests_by_method ON requests(method, received_start_us)
        WHERE method <> 'POST';
    )sql",
};

bool execScript(QSqlDatabase &db, const QString &script, QString *error)
{
    QSqlQuery query(db);
    const QStringList pieces = script.split(u';', Qt::SkipEmptyParts);
    QString statement;
    for (const QString &piece : pieces) {
        statement += piece;
        const QString trimmed = statement.trimmed();
        if (trimmed.isEmpty()) {
            statement.clear();
            continue;
        }
        // A trigger's body holds statements of its own: it ends at its END.
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
            && !trimmed.endsWith(QLatin1String("END"), Qt::CaseInsensitive)) {
            statement += u';';
            continue;
        }
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
        statement.clear();
    }
    return true;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace

int StoreSchema::currentVersion()
{
    return static_cast<int>(std::size(migrationSteps));
}

bool StoreSchema::migrate(QSqlDatabase &db, QString *error)
{
    // BEGIN IMMEDIATE takes the write lock before the version is read, so two processes
    // opening a new store at once cannot both run the same step.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("Cannot lock the store to check its schema: %1")
                     .arg(begin.lastError().text());
        return false;
    }
    auto fail = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *error = message;
        return false;
    };
    int version = userVersion(db);
    if (version < 0)
        return fail(QStringLiteral("Cannot read the store's schema version"));
    if (version > currentVersion()) {
        return fail(QStringLiteral("The store was written by a newer Hookbench (schema %1; this "
                                   "version understands up to %2)")
                        .arg(version)
                        .arg(currentVersion()));
    }
    for (; version < currentVersion(); ++version) {
        QString stepError;
        const QString script = QString::fromUtf8(migrationSteps[version]);
        const QString bump = QStringLiteral("PRAGMA user_version = %1").arg(version + 1);
        if (!execScript(db, script, &stepError) || !execScript(db, bump, &stepError)) {
            return fail(QStringLiteral("Migrating the store to schema %1 failed: %2")
                            .arg(version + 1)
                            .arg(stepError));
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(
            QStringLiteral("Cannot commit the store's schema: %1").arg(commit.lastError().text()));
    return true;
}

} // namespace Hookbench
