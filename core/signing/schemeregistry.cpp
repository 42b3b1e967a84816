#include "schemeregistry.h"

#include "discordscheme.h"
#include "githubscheme.h"
#include "linearscheme.h"
#include "paddlescheme.h"
#include "sendgridscheme.h"
#include "shopifyscheme.h"
#include "slackscheme.h"
#include "squarescheme.h"
#include "standardwebhooksscheme.h"
#include "stripescheme.h"
#include "twilioscheme.h"
#include "twitchscheme.h"

#include <memory>
#include <vector>

namespace Hookbench {

namespace {

// Detection tries them in this order: Svix before Standard Webhooks, because Svix may send both
// header sets.
const std::vector<std::unique_ptr<SignatureScheme>> &schemes()
{
    static const auto all = [] {
        using Flavour = StandardWebhooksScheme::Flavour;
        std::vector<std::unique_ptr<SignatureScheme>> list;
        list.push_back(std::make_unique<StandardWebhooksScheme>(Flavour::Svix));
        list.push_back(std::make_unique<StandardWebhooksScheme>(Flavour::Standard));
        list.push_back(std::make_unique<StandardWebhooksScheme>(Flavour::OpenAi));
        list.push_back(std::make_unique<StandardWebhooksScheme>(Flavour::Anthropic));
        list.push_back(std::make_unique<StripeScheme>());
        list.push_back(std::make_unique<GitHubScheme>());
        list.push_back(std::make_unique<SlackScheme>(SlackScheme::Flavour::Slack));
        list.push_back(std::make_unique<ShopifyScheme>());
        list.push_back(std::make_unique<TwilioScheme>());
        list.push_back(std::make_unique<PaddleScheme>());
        list.push_back(std::make_unique<TwitchScheme>());
        list.push_back(std::make_unique<SlackScheme>(SlackScheme::Flavour::Zoom));
        list.push_back(std::make_unique<SquareScheme>());
        list.push_back(std::make_unique<LinearScheme>());
        list.push_back(std::make_unique<DiscordScheme>());
        list.push_back(std::make_unique<SendGridScheme>());
        return list;
    }();
    return all;
}

} // namespace

QStringList SchemeRegistry::names()
{
    // Standard Webhooks first: it is the scheme the others build on.
    QStringList result {QStringLiteral("standard-webhooks")};
    for (const auto &scheme : schemes()) {
        if (scheme->name() != result.first())
            result.append(scheme->name());
    }
    return result;
}

const SignatureScheme *SchemeRegistry::find(QStringView name)
{
    for (const auto &scheme : schemes()) {
        if (scheme->name() == name)
            return scheme.get();
    }
    return nullptr;
}

const SignatureScheme *SchemeRegistry::detect(const SigningRequest &request)
{
    for (const auto &scheme : schemes()) {
        if (scheme->detects(request))
            return scheme.get();
    }
    return nullptr;
}

Verdict SchemeRegistry::verify(QStringView name,
                               const SigningRequest &request,
                               const SigningSecrets &secrets,
                               const VerifyOptions &options)
{
    const bool automatic = name == u"auto";
    const SignatureScheme *scheme = automatic ? detect(request) : find(name);
    if (!scheme) {
        return Verdict::make(
            Verdict::Status::None,
            Verdict::Reason::UnknownScheme,
            automatic ? Verdict::tr("No known signature header was found.")
                      : Verdict::tr("There is no signature scheme named '%1'.").arg(name));
    }
    return scheme->verify(request, secrets, options);
}

} // namespace Hookbench
