#include "signingrequest.h"

namespace Hookbench {

QByteArray SigningRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value; // present but empty is not absent
    }
    return {};
}

bool SigningRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &field : headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> SigningRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

SigningRequest SigningRequest::fromCaptured(const CapturedRequest &request, const QByteArray &url)
{
    SigningRequest result;
    result.method = request.method;
    result.url = url.isEmpty() ? request.target : url;
    result.headers = request.headers();
    result.body = request.body;
    return result;
}

} // namespace Hookbench
