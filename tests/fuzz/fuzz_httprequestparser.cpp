// libFuzzer target for the request-parsing path: arbitrary bytes, split at an arbitrary point
// (as two socket reads), must never crash, hang or break the parser's invariants.
#include "capture/httprequestparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Last: its check() macro must not meet the Qt headers.
#include "fuzzcheck.h"

using namespace Hookbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    CaptureLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 8192;
    limits.maxRecordedErrorBytes = 1024;
    HttpRequestParser parser(limits);

    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype split = input.isEmpty() ? 0 : data[0] % (input.size() + 1);
    for (QByteArrayView piece : {input.first(split), input.sliced(split)}) {
        while (!piece.isEmpty()) {
            const auto step = parser.feed(piece, 0);
            check(step.consumed >= 0 && step.consumed <= piece.size());
            piece = piece.sliced(step.consumed);
            if (step.event == HttpRequestParser::Event::MessageComplete) {
                const CapturedRequest request = parser.takeRequest();
                check(request.error == CaptureError::None);
                check(!request.rawHead.isEmpty());
                check(input.indexOf(request.rawHead) >= 0); // verbatim, whatever the split
                // The header block is well-formed "Name: value\r\n" lines, whatever arrived.
                check(serializeHeaders(request.headers()) == request.headerFields);
                check(serializeHeaders(request.trailers()) == request.trailerFields);
                check(request.rawHead.size() <= limits.maxHeaderBytes);
                check(request.body.size() == request.bodySize);
                check(request.bodySize <= limits.maxBodyBytes);
            } else if (step.event == HttpRequestParser::Event::Failed) {
                const CapturedRequest request = parser.takeRequest();
                check(request.error != CaptureError::None);
                check(request.rawHead.size()
                      <= limits.maxHeaderBytes + limits.maxRecordedErrorBytes);
                check(request.body.size() <= limits.maxRecordedErrorBytes + limits.maxBodyBytes);
                return 0; // the connection would be closed here
            } else if (step.event == HttpRequestParser::Event::NeedMoreData && step.consumed == 0) {
                break;
            }
        }
    }
    if (parser.inMessage())
        parser.fail(CaptureError::ConnectionClosed, QString(), 0); // the peer went away
    return 0;
}
