#pragma once

#include "signaturescheme.h"

#include <QStringList>

namespace Hookbench {

/// The one place the signature schemes are registered: their names for the command line and the
/// window, and detection from a request's headers (never from a secret's prefix).
class SchemeRegistry final
{
public:
    /// Every scheme name, in the order shown to users ("auto" not included).
    static QStringList names();
    /// The scheme with this name; nullptr when there is none.
    static const SignatureScheme *find(QStringView name);
    /// The scheme whose signature header the request carries; nullptr when none does.
    static const SignatureScheme *detect(const SigningRequest &request);
    /// Verifies with the named scheme, or with the detected one for "auto". An unknown name, or
    /// auto detection finding nothing, gives status None, reason UnknownScheme.
    static Verdict verify(QStringView name,
                          const SigningRequest &request,
                          const SigningSecrets &secrets,
                          const VerifyOptions &options);
};

} // namespace Hookbench
