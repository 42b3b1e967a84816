#include "contentdecoding.h"

#include <QList>

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace Hookbench {

namespace {

enum class Coding { Identity, Gzip, Deflate, Brotli, Unknown };

// zlib and brotli count in 32-bit (zlib) or size_t units; feed them bounded slices.
constexpr qsizetype maxStep = qsizetype(1) << 30;
constexpr qsizetype firstChunk = 16 * 1024;

Coding codingOf(QByteArrayView token)
{
    token = token.trimmed();
    if (token.compare("gzip", Qt::CaseInsensitive) == 0
        || token.compare("x-gzip", Qt::CaseInsensitive) == 0)
        return Coding::Gzip;
    if (token.compare("deflate", Qt::CaseInsensitive) == 0)
        return Coding::Deflate;
    if (token.compare("br", Qt::CaseInsensitive) == 0)
        return Coding::Brotli;
    if (token.compare("identity", Qt::CaseInsensitive) == 0)
        return Coding::Identity;
    return Coding::Unknown;
}

QString codingName(Coding coding)
{
    switch (coding) {
    case Coding::Gzip:
        return QStringLiteral("gzip");
    case Coding::Deflate:
        return QStringLiteral("deflate");
    case Coding::Brotli:
        return QStringLiteral("br");
    case Coding::Identity:
    case Coding::Unknown:
        break;
    }
    return QStringLiteral("identity");
}

// Why one decoding step failed.
enum class Failure { None, Truncated, Corrupt, Trailing, TooLarge, Internal };

struct StepResult
{
    Failure failure = Failure::None;
    QString detail;
};

// Output storage that grows geometrically but never past limit + 1 bytes: holding one byte more
// than allowed is how oversized output is detected without ever allocating more.
class OutputBuffer
{
public:
    OutputBuffer(qsizetype limit, qsizetype inputSize)
        : m_limit(std::max<qsizetype>(limit, 0))
        , m_cap(m_limit < std::numeric_limits<qsizetype>::max() ? m_limit + 1 : m_limit)
        , m_next(
              std::min(std::max(inputSize < maxStep ? inputSize * 4 : maxStep, firstChunk), m_cap))
    { }

    // Free space after the produced bytes (at most maxStep), growing when full; null at the cap.
    char *space(qsizetype *available)
    {
        if (m_size == m_data.size()) {
            if (m_data.size() >= m_cap) {
                *available = 0;
                return nullptr;
            }
            const qsizetype grown = std::min(m_cap, std::max(m_next, m_data.size() * 2));
            m_data.resize(grown);
        }
        *available = std::min(m_data.size() - m_size, maxStep);
        return m_data.data() + m_size;
    }
    void produced(qsizetype count) { m_size += count; }
    bool exceeded() const { return m_size > m_limit; }
    QByteArray take()
    {
        m_data.truncate(m_size);
        if (m_data.capacity() - m_size > m_size / 8)
            m_data.squeeze(); // the result may be kept for long: do not hold twice its size
        return std::move(m_data);
    }

private:
    QByteArray m_data;
    qsizetype m_size = 0;
    qsizetype m_limit;
    qsizetype m_cap;
    qsizetype m_next;
};

bool looksLikeZlibOrGzip(QByteArrayView input)
{
    if (input.size() < 2)
        return false;
    const auto cmf = uchar(input[0]);
    const auto flg = uchar(input[1]);
    if (cmf == 0x1f && flg == 0x8b)
        return true;
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

// Inflates all of `input`. windowBits 15 + 32 accepts zlib and gzip (several gzip members are
// decoded one after the other, as gunzip does); -15 is raw deflate.
StepResult inflateAll(QByteArrayView input, int windowBits, qsizetype maxOutput, QByteArray *out)
{
    z_stream stream {};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return {Failure::Internal, QStringLiteral("zlib could not be initialised")};
    const std::unique_ptr<z_stream, int (*)(z_stream *)> guard(&stream, &inflateEnd);

    OutputBuffer buffer(maxOutput, input.size());
    const auto *next = reinterpret_cast<const Bytef *>(input.data());
    qsizetype remaining = input.size();
    for (;;) {
        qsizetype room = 0;
        char *space = buffer.space(&room);
        if (!space)
            return {Failure::TooLarge, {}};
        stream.next_in = const_cast<Bytef *>(next);
        stream.avail_in = uInt(std::min(remaining, maxStep));
        stream.next_out = reinterpret_cast<Bytef *>(space);
        stream.avail_out = uInt(room);
        const uInt inBefore = stream.avail_in;
        const int rc = inflate(&stream, Z_NO_FLUSH);
        const qsizetype consumed = qsizetype(inBefore - stream.avail_in);
        const qsizetype made = room - qsizetype(stream.avail_out);
        next += consumed;
        remaining -= consumed;
        buffer.produced(made);
        if (buffer.exceeded())
            return {Failure::TooLarge, {}};

        if (rc == Z_STREAM_END) {
            if (remaining == 0)
                break;
            const bool gzipMember
                = windowBits > 15 && remaining >= 2 && next[0] == 0x1f && next[1] == 0x8b;
            if (gzipMember && inflateReset(&stream) == Z_OK)
                continue;
            return {Failure::Trailing, QString::number(remaining)};
        }
        if (rc == Z_OK || rc == Z_BUF_ERROR) {
            // All input used and output room left over: the stream stopped before its end.
            if (remaining == 0 && stream.avail_out > 0)
                return {Failure::Truncated, {}};
            if (consumed == 0 && made == 0 && stream.avail_out > 0)
                return {Failure::Corrupt, QStringLiteral("no progress")};
            continue;
        }
        if (rc == Z_NEED_DICT)
            return {Failure::Corrupt, QStringLiteral("needs a preset dictionary")};
        if (rc == Z_MEM_ERROR)
            return {Failure::Internal, QStringLiteral("zlib ran out of memory")};
        return {Failure::Corrupt,
                stream.msg ? QString::fromLatin1(stream.msg)
                           : QStringLiteral("zlib error %1").arg(rc)};
    }
    *out = buffer.take();
    return {};
}

StepResult brotliAll(QByteArrayView input, qsizetype maxOutput, QByteArray *out)
{
    const std::unique_ptr<BrotliDecoderState, void (*)(BrotliDecoderState *)> state(
        BrotliDecoderCreateInstance(nullptr, nullptr, nullptr), &BrotliDecoderDestroyInstance);
    if (!state)
        return {Failure::Internal, QStringLiteral("brotli could not be initialised")};

    OutputBuffer buffer(maxOutput, input.size());
    size_t availableIn = size_t(input.size());
    const auto *nextIn = reinterpret_cast<const uint8_t *>(input.data());
    for (;;) {
        qsizetype room = 0;
        char *space = buffer.space(&room);
        if (!space)
            return {Failure::TooLarge, {}};
        size_t availableOut = size_t(room);
        auto *nextOut = reinterpret_cast<uint8_t *>(space);
        const BrotliDecoderResult result = BrotliDecoderDecompressStream(
            state.get(), &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
        buffer.produced(room - qsizetype(availableOut));
        if (buffer.exceeded())
            return {Failure::TooLarge, {}};
        switch (result) {
        case BROTLI_DECODER_RESULT_SUCCESS:
            if (availableIn > 0)
                return {Failure::Trailing, QString::number(availableIn)};
            *out = buffer.take();
            return {};
        case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:
            continue;
        case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
            return {Failure::Truncated, {}};
        case BROTLI_DECODER_RESULT_ERROR:
            break;
        }
        const char *why = BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state.get()));
        return {Failure::Corrupt, QString::fromLatin1(why)};
    }
}

StepResult decodeOne(Coding coding, QByteArrayView input, qsizetype maxOutput, QByteArray *out)
{
    switch (coding) {
    case Coding::Gzip:
        return inflateAll(input, 15 + 32, maxOutput, out);
    case Coding::Deflate: {
        // "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: try both.
        if (!looksLikeZlibOrGzip(input))
            return inflateAll(input, -15, maxOutput, out);
        StepResult wrapped = inflateAll(input, 15 + 32, maxOutput, out);
        if (wrapped.failure == Failure::None)
            return wrapped;
        // Even after "too large": whether the raw reading fits must not depend on the limit.
        const StepResult raw = inflateAll(input, -15, maxOutput, out);
        return raw.failure == Failure::None ? raw : wrapped;
    }
    case Coding::Brotli:
        return brotliAll(input, maxOutput, out);
    case Coding::Identity:
    case Coding::Unknown:
        break;
    }
    *out = input.toByteArray();
    return {};
}

QString describe(Coding coding, const StepResult &step, qsizetype maxOutput)
{
    const QString name = codingName(coding);
    switch (step.failure) {
    case Failure::None:
        break;
    case Failure::Truncated:
        return QStringLiteral("%1 data is truncated").arg(name);
    case Failure::Corrupt:
        return QStringLiteral("%1 data is corrupt: %2").arg(name, step.detail);
    case Failure::Trailing:
        return QStringLiteral("%1 bytes of unexpected data after the end of the %2 stream")
            .arg(step.detail, name);
    case Failure::TooLarge:
        return QStringLiteral("%1 output is larger than the %2-byte limit (possible decompression "
                              "bomb); decoding stopped")
            .arg(name)
            .arg(maxOutput);
    case Failure::Internal:
        return QStringLiteral("%1: %2").arg(name, step.detail);
    }
    return {};
}

} // namespace

bool ContentDecoding::isSupported(QByteArrayView coding)
{
    return codingOf(coding) != Coding::Unknown;
}

ContentDecoding::Result ContentDecoding::decode(const QByteArray &body,
                                                QByteArrayView contentEncodingHeader,
                                                qsizetype maxOutput)
{
    Result result;
    result.bytes = body;

    QList<Coding> codings;
    QByteArrayView rest = contentEncodingHeader;
    while (!rest.isEmpty()) {
        const qsizetype comma = rest.indexOf(',');
        const QByteArrayView token = (comma < 0 ? rest : rest.first(comma)).trimmed();
        rest = comma < 0 ? QByteArrayView() : rest.sliced(comma + 1);
        if (token.isEmpty())
            continue; // "gzip, , br" and trailing commas are allowed by the list syntax
        const Coding coding = codingOf(token);
        if (coding == Coding::Unknown) {
            const QByteArrayView shown = token.first(std::min<qsizetype>(token.size(), 40));
            result.error = QStringLiteral("Unsupported content coding \"%1\"")
                               .arg(QString::fromLatin1(shown.data(), shown.size()));
            return result;
        }
        if (coding != Coding::Identity)
            codings.append(coding);
    }
    // An empty body has nothing to decode, whatever the header claims.
    if (codings.isEmpty() || body.isEmpty())
        return result;

    QByteArray current = body;
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        QByteArray next;
        const StepResult step = decodeOne(*it, current, maxOutput, &next);
        if (step.failure != Failure::None) {
            result.error = describe(*it, step, maxOutput);
            return result;
        }
        current = std::move(next);
    }
    result.bytes = std::move(current);
    result.decoded = true;
    return result;
}

} // namespace Hookbench
