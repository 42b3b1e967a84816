#include "stripescheme.h"

#include "keyedhmacheader.h"

namespace Hookbench {

namespace {
const KeyedHmacHeader &stripeHeader()
{
    static const KeyedHmacHeader header {
        "Stripe-Signature", ',', "t", "v1", '.', Verdict::tr("the endpoint secret (whsec_…)")};
    return header;
}
} // namespace

bool StripeScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(stripeHeader().header);
}

Verdict StripeScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &options) const
{
    Verdict verdict = stripeHeader().verify(*this, request, secrets, options);
    if (verdict.reason == Verdict::Reason::SignatureMismatch) {
        for (const SigningSecret &secret : secrets) {
            if (secret.key.trimmed() != secret.key || secret.key.contains(' ')) {
                // Stripe's SDK gives the same hint: a pasted secret often carries white space.
                verdict.message += u' ';
                verdict.message += Verdict::tr("A configured secret contains white space.");
                break;
            }
        }
    }
    return verdict;
}

SignResult StripeScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &options) const
{
    return stripeHeader().sign(*this, request, secrets, options);
}

} // namespace Hookbench
