#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Hookbench {

/// Undoes the Content-Encoding of a captured body (gzip, deflate, br, stacked) for display and
/// search. The captured bytes themselves are never replaced: callers keep both.
class ContentDecoding final
{
public:
    /// Default cap on decoded output, so a small "decompression bomb" cannot exhaust memory.
    static constexpr qsizetype defaultMaxOutput = qsizetype(64) * 1024 * 1024;

    /// What decode() produced.
    struct Result
    {
        /// The decoded body, or the body unchanged when nothing was (or could be) decoded.
        QByteArray bytes;
        /// True when at least one coding was undone and `bytes` holds its output.
        bool decoded = false;
        /// Why decoding failed (unknown coding, corrupt, truncated, too large); empty otherwise.
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    /// Undoes the codings listed in a Content-Encoding value ("gzip", "x-gzip", "deflate" zlib
    /// or raw, "br", "identity"), last applied first; tokens are case-insensitive. Never
    /// produces more than `maxOutput` bytes: larger output stops with an error.
    static Result decode(const QByteArray &body,
                         QByteArrayView contentEncodingHeader,
                         qsizetype maxOutput = defaultMaxOutput);

    /// True when `coding` (one token, any case, surrounding spaces ignored) can be decoded.
    static bool isSupported(QByteArrayView coding);

private:
    ContentDecoding() = delete;
};

} // namespace Hookbench
