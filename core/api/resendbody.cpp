#include "resendbody.h"

#include "capture/headerline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hookbench {

namespace {

/// The value of a member that must be a string, if present; false with *error when it is not.
bool readString(const QJsonObject &object,
                QLatin1StringView name,
                std::optional<QString> *value,
                QString *error)
{
    const QJsonValue member = object.value(name);
    if (member.isUndefined())
        return true;
    if (!member.isString()) {
        *error = QStringLiteral("%1 must be a string").arg(name);
        return false;
    }
    *value = member.toString();
    return true;
}

bool readInt(const QJsonObject &object, QLatin1StringView name, int *value, QString *error)
{
    const QJsonValue member = object.value(name);
    if (member.isUndefined())
        return true;
    const double number = member.toDouble(-1);
    if (!member.isDouble() || number != double(int(number))) {
        *error = QStringLiteral("%1 must be a whole number").arg(name);
        return false;
    }
    *value = int(number);
    return true;
}

std::optional<HeaderList> readHeaders(const QJsonValue &member, QString *error)
{
    HeaderList headers;
    if (member.isUndefined())
        return headers;
    const QString shape = QStringLiteral("headers must be an array of [name, value] pairs");
    if (!member.isArray()) {
        *error = shape;
        return std::nullopt;
    }
    for (const QJsonValue &pair : member.toArray()) {
        const QJsonArray field = pair.toArray();
        if (!pair.isArray() || field.size() != 2 || !field[0].isString() || !field[1].isString()) {
            *error = shape;
            return std::nullopt;
        }
        const QByteArray name = field[0].toString().toUtf8();
        const QByteArray value = field[1].toString().toUtf8();
        if (!isHttpToken(name) || value.contains('\r') || value.contains('\n')) {
            *error = QStringLiteral("header '%1' is not a valid field").arg(field[0].toString());
            return std::nullopt;
        }
        headers.append({name, value});
    }
    return headers;
}

} // namespace

std::optional<DeliveryOrder>
resendOrderFromJson(const QByteArray &json, const CapturedRequest &captured, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("the body is not JSON: %1").arg(parseError.errorString())
                     : QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    static const QStringList known {
        QStringLiteral("target_url"),
        QStringLiteral("method"),
        QStringLiteral("path"),
        QStringLiteral("headers"),
        QStringLiteral("body"),
        QStringLiteral("body_base64"),
        QStringLiteral("sign"),
        QStringLiteral("max_attempts"),
        QStringLiteral("timeout_ms"),
    };
    for (const QString &name : object.keys()) {
        if (!known.contains(name)) {
            *error = QStringLiteral("unknown member '%1' (known: %2)")
                         .arg(name, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }

    std::optional<QString> url, method, path, body, bodyBase64;
    if (!readString(object, QLatin1StringView("target_url"), &url, error)
        || !readString(object, QLatin1StringView("method"), &method, error)
        || !readString(object, QLatin1StringView("path"), &path, error)
        || !readString(object, QLatin1StringView("body"), &body, error)
        || !readString(object, QLatin1StringView("body_base64"), &bodyBase64, error))
        return std::nullopt;
    if (!url || url->isEmpty()) {
        *error = QStringLiteral("target_url is required");
        return std::nullopt;
    }
    DeliveryTarget target;
    target.url = *url;
    // Sent once unless asked otherwise, as by the command line: a script that resends decides.
    target.settings.maxAttempts = 1;
    if (!readInt(object, QLatin1StringView("max_attempts"), &target.settings.maxAttempts, error)
        || !readInt(object, QLatin1StringView("timeout_ms"), &target.settings.timeoutMs, error))
        return std::nullopt;
    const std::optional<HeaderList> headers
        = readHeaders(object.value(QLatin1StringView("headers")), error);
    if (!headers)
        return std::nullopt;
    target.headers = *headers;

    const QJsonValue sign = object.value(QLatin1StringView("sign"));
    if (!sign.isUndefined()) {
        const QJsonObject signing = sign.toObject();
        const QString scheme = signing.value(QLatin1StringView("scheme")).toString();
        const QString secretId = signing.value(QLatin1StringView("secret_id")).toString();
        if (!sign.isObject() || scheme.isEmpty() || secretId.isEmpty() || signing.size() != 2) {
            *error = QStringLiteral("sign must be {\"scheme\": NAME, \"secret_id\": ID}");
            return std::nullopt;
        }
        target.settings.signScheme = scheme;
        target.settings.signSecretId = secretId;
    }

    ResendEdits edits;
    if (method) {
        if (!isHttpToken(method->toUtf8())) {
            *error = QStringLiteral("method '%1' is not an HTTP method").arg(*method);
            return std::nullopt;
        }
        edits.method = method->toUtf8();
    }
    if (path)
        edits.path = path->toUtf8();
    if (body && bodyBase64) {
        *error = QStringLiteral("give body or body_base64, not both");
        return std::nullopt;
    }
    if (body)
        edits.body = body->toUtf8();
    if (bodyBase64) {
        auto decoded = QByteArray::fromBase64Encoding(bodyBase64->toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QStringLiteral("body_base64 is not base64");
            return std::nullopt;
        }
        edits.body = *decoded;
    }
    return DeliveryOrder::resend(captured, target, edits, error);
}

} // namespace Hookbench
