#include "paddlescheme.h"

#include "keyedhmacheader.h"

namespace Hookbench {

namespace {
const KeyedHmacHeader &paddleHeader()
{
    static const KeyedHmacHeader header {
        "Paddle-Signature", ';', "ts", "h1", ':', Verdict::tr("the notification secret key")};
    return header;
}
} // namespace

bool PaddleScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(paddleHeader().header);
}

Verdict PaddleScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &options) const
{
    return paddleHeader().verify(*this, request, secrets, options);
}

SignResult PaddleScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &options) const
{
    return paddleHeader().sign(*this, request, secrets, options);
}

} // namespace Hookbench
