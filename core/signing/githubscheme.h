#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// GitHub: `X-Hub-Signature-256: sha256=<hex>` over the body (legacy `X-Hub-Signature: sha1=`).
/// The hex is compared as text, as octokit does: uppercase hex does not match.
class GitHubScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("github"); }
    bool detects(const SigningRequest &request) const override;
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;
};

} // namespace Hookbench
