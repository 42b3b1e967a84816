#include "sampleevent.h"

#include "inspect/envelope.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace Hookbench {

namespace {

// An ordered JSON object tree: the body keeps the catalog's field order, as providers keep
// theirs (QJsonObject would sort the keys).
struct Member
{
    QString key;
    bool isObject = false;
    QByteArray scalar; ///< the JSON text of a scalar, array or empty object
    std::vector<Member> members;
};

QByteArray quotedJson(QStringView text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

// The member at `path`, created (with its parents, as objects) when missing.
Member *ensure(Member &root, QStringView path)
{
    Member *node = &root;
    for (const QStringView segment : path.split(u'.')) {
        node->isObject = true;
        node->scalar.clear();
        auto found = std::find_if(node->members.begin(), node->members.end(), [&](const Member &m) {
            return m.key == segment;
        });
        if (found == node->members.end()) {
            node->members.push_back(Member {segment.toString(), false, {}, {}});
            node = &node->members.back();
        } else {
            node = &*found;
        }
    }
    return node;
}

const Member *lookup(const Member &root, QStringView path)
{
    const Member *node = &root;
    for (const QStringView segment : path.split(u'.')) {
        auto found = std::find_if(node->members.cbegin(),
                                  node->members.cend(),
                                  [&](const Member &m) { return m.key == segment; });
        if (found == node->members.cend())
            return nullptr;
        node = &*found;
    }
    return node;
}

QByteArray serialize(const Member &member)
{
    if (!member.isObject)
        return member.scalar.isEmpty() ? QByteArray("null") : member.scalar;
    QByteArray out = "{";
    for (const Member &child : member.members) {
        if (out.size() > 1)
            out += ',';
        out += quotedJson(child.key) + ':' + serialize(child);
    }
    return out + '}';
}

QString freshHex(int length)
{
    QString hex;
    while (hex.size() < length)
        hex += QString::number(QRandomGenerator::global()->generate64(), 16)
                   .rightJustified(16, u'0');
    return hex.left(length);
}

// The example a description gives: "ID of the user (e.g., usr_456def)." -> usr_456def.
QString exampleIn(const QString &description)
{
    static const QRegularExpression pattern(QStringLiteral("e\\.g\\.,?\\s*`?([^`\\s,;)]+)"));
    QString example = pattern.match(description).captured(1);
    while (example.endsWith(u'.'))
        example.chop(1);
    return example;
}

// "usr_456def" or "wevt_..." -> "usr_", "wevt_".
QString idPrefixIn(const QString &example)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z][A-Za-z0-9]*_)"));
    return pattern.match(example).captured(1);
}

bool isIdName(QStringView key)
{
    return key.compare(u"id", Qt::CaseInsensitive) == 0 || key.endsWith(u"_id")
           || key.endsWith(u"Id") || key.endsWith(u"ID");
}

QString lastSegment(QStringView path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return path.mid(dot + 1).toString();
}

// What a sample needs to know besides the field being filled.
struct Context
{
    QString type;
    QString resourceType;
    QString eventId;
    qint64 nowUs = 0;
    QString eventIdPath;
    QString eventNamePath;
    QString timePath;
    QString resourceTypePath;
    QStringList resourceIdPaths;
    QList<QPair<QString, QString>> equals;

    QByteArray rfc3339() const
    {
        // With a Z, as providers write UTC (Qt::ISODateWithMs would say +00:00).
        return quotedJson(QDateTime::fromMSecsSinceEpoch(nowUs / 1000, QTimeZone::utc())
                              .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
    }
    // Integer time in the unit the field's description names (seconds unless it says).
    QByteArray unixTime(const QString &description) const
    {
        if (description.contains(QLatin1String("microsecond"), Qt::CaseInsensitive))
            return QByteArray::number(nowUs);
        if (description.contains(QLatin1String("millisecond"), Qt::CaseInsensitive))
            return QByteArray::number(nowUs / 1000);
        return QByteArray::number(nowUs / 1'000'000);
    }
};

bool mentionsTime(const QString &description)
{
    for (const char *word : {"timestamp", "since 1970", "unix", "epoch"}) {
        if (description.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString idFor(const QString &path, const QString &example, const Context &context)
{
    if (path == context.eventIdPath)
        return context.eventId;
    QString prefix = idPrefixIn(example);
    if (prefix.isEmpty()) {
        QString key = lastSegment(path);
        if (context.resourceIdPaths.contains(path) && !context.resourceType.isEmpty()) {
            prefix = lastSegment(context.resourceType);
        } else if (key.compare(u"id", Qt::CaseInsensitive) == 0) {
            // "request.id" -> request_…
            prefix = path.contains(u'.') ? lastSegment(path.section(u'.', 0, -2))
                                         : QStringLiteral("id");
        } else {
            key.chop(2); // "vault_id" -> "vault_", "vaultId" -> "vault"
            if (key.endsWith(u'_'))
                key.chop(1);
            prefix = key;
        }
        prefix += u'_';
    }
    return prefix + freshHex(24);
}

QByteArray stringFor(const QString &path, const CatalogField *field, const Context &context)
{
    const QString description = field ? field->description : QString();
    const QString example = exampleIn(description);
    const QString key = lastSegment(path);
    if (path == context.resourceTypePath && !context.resourceType.isEmpty())
        return quotedJson(context.resourceType);
    if (isIdName(key))
        return quotedJson(idFor(path, example, context));
    if (key.contains(QLatin1String("email"), Qt::CaseInsensitive))
        return quotedJson(u"jane.doe@example.com");
    if (key.contains(QLatin1String("key"), Qt::CaseInsensitive)
        || key.contains(QLatin1String("token"), Qt::CaseInsensitive))
        return quotedJson(freshHex(32));
    if (!example.isEmpty() && !example.contains(QLatin1String("...")))
        return quotedJson(example);
    if (key.contains(QLatin1String("version"), Qt::CaseInsensitive))
        return quotedJson(QDateTime::fromMSecsSinceEpoch(context.nowUs / 1000, QTimeZone::utc())
                              .date()
                              .toString(Qt::ISODate));
    return quotedJson(QStringLiteral("sample %1").arg(key));
}

// The JSON text for `path`; empty when it is to be an object (its members come from elsewhere).
QByteArray valueFor(const QString &path, const CatalogField *field, const Context &context)
{
    for (const auto &[equalsPath, value] : context.equals) {
        if (equalsPath == path)
            return quotedJson(value);
    }
    if (path == context.eventNamePath)
        return quotedJson(context.type);
    const QString description = field ? field->description : QString();
    const QString kind
        = field && !field->types.isEmpty() ? field->types.first() : QStringLiteral("string");
    if (path == context.timePath || kind == QLatin1String("timestamp")) {
        if (kind == QLatin1String("integer") || kind == QLatin1String("number"))
            return context.unixTime(description);
        return context.rfc3339();
    }
    if (kind == QLatin1String("string"))
        return stringFor(path, field, context);
    if (kind == QLatin1String("integer") || kind == QLatin1String("number"))
        return mentionsTime(description) ? context.unixTime(description) : QByteArray("1");
    if (kind == QLatin1String("boolean"))
        return "false";
    if (kind == QLatin1String("array"))
        return "[]";
    if (kind == QLatin1String("null"))
        return "null";
    return {}; // object
}

void fill(Member &root, const QString &path, const CatalogField *field, const Context &context)
{
    Member *member = ensure(root, path);
    if (member->isObject || !member->scalar.isEmpty())
        return; // already written (as a parent of documented fields, or by an earlier rule)
    const QByteArray value = valueFor(path, field, context);
    if (value.isEmpty())
        member->isObject = true;
    else
        member->scalar = value;
}

bool parentIsObject(const Member &root, const QString &path)
{
    if (!path.contains(u'.'))
        return true;
    const Member *parent = lookup(root, path.section(u'.', 0, -2));
    return parent && parent->isObject;
}

// The envelope values the catalog maps but no documented field holds (Paket's data.object.id):
// the first path whose parent the body has, so the inspector finds them where it looks.
void fillEnvelope(Member &root, const Catalog &catalog, const Context &context)
{
    for (const char *key : {"event_id",
                            "event_name",
                            "occurred_at",
                            "resource_type",
                            "resource_id",
                            "organization_id",
                            "workspace_id"}) {
        const QStringList paths = catalog.envelopePaths(QLatin1String(key));
        if (std::any_of(paths.cbegin(), paths.cend(), [&](const QString &path) {
                return lookup(root, path) != nullptr;
            })) {
            continue;
        }
        for (const QString &path : paths) {
            if (parentIsObject(root, path)) {
                fill(root, path, nullptr, context);
                break;
            }
        }
    }
}

// What a header the provider's recognition names carries, when a value needs no key: a message
// or delivery id, the event type, the time. Signature headers are the signing scheme's to write.
enum class HeaderRole { None, Id, Type, Time };

HeaderRole headerRole(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.contains(QLatin1String("signature")) || lower.contains(QLatin1String("hmac")))
        return HeaderRole::None;
    if (lower.contains(QLatin1String("timestamp")))
        return HeaderRole::Time;
    if (lower.endsWith(QLatin1String("-id")) || lower.contains(QLatin1String("delivery")))
        return HeaderRole::Id;
    if (lower.contains(QLatin1String("event")) || lower.contains(QLatin1String("topic")))
        return HeaderRole::Type;
    return HeaderRole::None;
}

bool hasTypeHeader(const Catalog &catalog)
{
    return std::any_of(catalog.recognize.headers.cbegin(),
                       catalog.recognize.headers.cend(),
                       [](const QString &name) { return headerRole(name) == HeaderRole::Type; });
}

HeaderList recognitionHeaders(const Catalog &catalog, const Context &context)
{
    HeaderList headers;
    for (const QString &name : catalog.recognize.headers) {
        switch (headerRole(name)) {
        case HeaderRole::None:
            break;
        case HeaderRole::Id:
            headers.append({name.toLatin1(), context.eventId.toUtf8()});
            break;
        case HeaderRole::Type:
            headers.append({name.toLatin1(), context.type.toUtf8()});
            break;
        case HeaderRole::Time:
            headers.append({name.toLatin1(), QByteArray::number(context.nowUs / 1'000'000)});
            break;
        }
    }
    return headers;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

QStringList typesOf(const Catalog &catalog)
{
    QStringList types;
    for (const CatalogEventType &event : catalog.events)
        types.append(event.type);
    return types;
}

QString didYouMean(const QStringList &matches)
{
    return matches.isEmpty()
               ? QString()
               : QStringLiteral("; did you mean %1?").arg(matches.join(QLatin1String(", ")));
}

} // namespace

// The error messages are for the command line (`hookbench trigger`), untranslated like its
// others.

QStringList SampleEvent::closeMatches(const QStringList &candidates, QStringView text, int limit)
{
    QList<QPair<int, QString>> scored;
    const int allowed = std::max(2, int(text.size() / 3));
    for (const QString &candidate : candidates) {
        const int distance = editDistance(candidate, text);
        const bool contains = !text.isEmpty()
                              && (candidate.contains(text, Qt::CaseInsensitive)
                                  || text.contains(candidate, Qt::CaseInsensitive));
        if (distance <= allowed || contains)
            scored.append({contains ? std::min(distance, allowed) : distance, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QStringList matches;
    for (const auto &[distance, candidate] :
         scored.first(std::min(qsizetype(limit), scored.size())))
        matches.append(candidate);
    return matches;
}

std::optional<Catalog> SampleEvent::catalogFor(const QList<Catalog> &catalogs,
                                               QStringView provider,
                                               QStringView type,
                                               QString *error)
{
    if (!provider.isEmpty()) {
        QStringList providers;
        for (const Catalog &catalog : catalogs) {
            if (catalog.provider == provider)
                return catalog;
            providers.append(catalog.provider);
        }
        *error = QStringLiteral("no catalog for provider '%1' (known: %2)")
                     .arg(provider.toString(), providers.join(QLatin1String(", ")));
        return std::nullopt;
    }
    QList<const Catalog *> documenting;
    QStringList everyType;
    for (const Catalog &catalog : catalogs) {
        if (catalog.eventType(type))
            documenting.append(&catalog);
        for (const QString &name : typesOf(catalog))
            everyType.append(name);
    }
    if (documenting.size() == 1)
        return *documenting.first();
    if (documenting.isEmpty()) {
        everyType.removeDuplicates();
        *error = QStringLiteral("no catalog documents the event type '%1'").arg(type.toString())
                 + didYouMean(closeMatches(everyType, type));
        return std::nullopt;
    }
    QStringList providers;
    for (const Catalog *catalog : documenting)
        providers.append(catalog->provider);
    *error = QStringLiteral("several providers document '%1' (%2): choose one with --provider")
                 .arg(type.toString(), providers.join(QLatin1String(", ")));
    return std::nullopt;
}

std::optional<CapturedRequest>
SampleEvent::build(const Catalog &catalog, QStringView type, qint64 nowUs, QString *error)
{
    const CatalogEventType *event = catalog.eventType(type);
    if (!event) {
        *error = QStringLiteral("the %1 catalog does not document the event type '%2'")
                     .arg(catalog.provider, type.toString())
                 + didYouMean(closeMatches(typesOf(catalog), type));
        return std::nullopt;
    }
    auto firstPath = [&](const char *key, const QString &fallback = {}) {
        const QStringList paths = catalog.envelopePaths(QLatin1String(key));
        return paths.isEmpty() ? fallback : paths.first();
    };
    Context context;
    context.type = event->type;
    context.resourceType = event->resourceType.isEmpty() ? Envelope::resourceTypeOf(event->type)
                                                         : event->resourceType;
    context.nowUs = nowUs;
    context.eventIdPath = firstPath("event_id");
    // Without an envelope path the type goes where providers commonly put it: "type", or only
    // the event header when the provider has one (GitHub's X-GitHub-Event).
    context.eventNamePath
        = firstPath("event_name", hasTypeHeader(catalog) ? QString() : QStringLiteral("type"));
    context.timePath = firstPath("occurred_at");
    context.resourceTypePath = firstPath("resource_type");
    context.resourceIdPaths = catalog.envelopePaths(QStringLiteral("resource_id"));
    context.equals = catalog.recognize.equals;
    const QList<CatalogField> fields = catalog.fieldsFor(event);
    const auto eventIdField
        = std::find_if(fields.cbegin(), fields.cend(), [&](const CatalogField &field) {
              return field.path == context.eventIdPath;
          });
    const QString idExample
        = eventIdField == fields.cend() ? QString() : exampleIn(eventIdField->description);
    const QString idPrefix = idPrefixIn(idExample);
    context.eventId = (idPrefix.isEmpty() ? QStringLiteral("evt_") : idPrefix) + freshHex(24);

    Member root;
    root.isObject = true;
    for (const CatalogField &field : fields)
        fill(root, field.path, &field, context);
    for (const auto &[path, value] : catalog.recognize.equals)
        fill(root, path, nullptr, context);
    for (const QString &path : catalog.recognize.requiredPaths)
        fill(root, path, nullptr, context);
    if (!context.eventNamePath.isEmpty() && !lookup(root, context.eventNamePath))
        fill(root, context.eventNamePath, nullptr, context);
    fillEnvelope(root, catalog, context);

    CapturedRequest request;
    request.method = "POST";
    request.target = catalog.recognize.paths.isEmpty() ? QByteArray("/")
                                                       : catalog.recognize.paths.first().toUtf8();
    request.httpVersion = "HTTP/1.1";
    request.body = serialize(root);
    request.bodySize = request.body.size();
    HeaderList headers {{"Content-Type", "application/json"},
                        {"Content-Length", QByteArray::number(request.body.size())},
                        {"User-Agent", "Hookbench-Trigger"}};
    headers += recognitionHeaders(catalog, context);
    request.setHeaders(headers);
    request.rawHead = request.method + ' ' + request.target + ' ' + request.httpVersion + "\r\n"
                      + request.headerFields + "\r\n";
    request.receivedStartUs = nowUs;
    request.receivedEndUs = nowUs;
    return request;
}

} // namespace Hookbench
