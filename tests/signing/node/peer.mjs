// Signs and verifies webhook requests with the providers' own npm libraries, so that
// tst_signingpeers can check Hookbench against them in both directions.
//
//   node peer.mjs sign|verify SCHEME < request.json   → JSON on standard output
//
// request.json: {secret, body64 (the exact body bytes), timestamp (Unix s), id, url,
// headers {name: value}}. sign prints {headers, url?}; verify prints {valid, error?}.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const [op, scheme] = process.argv.slice(2);
const input = JSON.parse(readFileSync(0, 'utf8'));
const body = Buffer.from(input.body64 ?? '', 'base64');
const text = body.toString('utf8');
const headers = Object.fromEntries(
    Object.entries(input.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));

function formParams(bytes) {
    const params = {};
    for (const [key, value] of new URLSearchParams(bytes.toString('utf8'))) {
        if (key in params)
            params[key] = [].concat(params[key], value);
        else
            params[key] = value;
    }
    return params;
}

async function sign() {
    switch (scheme) {
    case 'standard-webhooks':
    case 'svix': {
        const { Webhook } = scheme === 'svix' ? require('svix') : require('standardwebhooks');
        const signature = new Webhook(input.secret).sign(input.id, new Date(input.timestamp * 1000), text);
        const prefix = scheme === 'svix' ? 'svix-' : 'webhook-';
        return { headers: { [`${prefix}id`]: input.id, [`${prefix}timestamp`]: String(input.timestamp),
                            [`${prefix}signature`]: signature } };
    }
    case 'stripe': {
        const stripe = require('stripe')('sk_test_peer');
        const header = stripe.webhooks.generateTestHeaderString(
            { payload: text, secret: input.secret, timestamp: input.timestamp });
        return { headers: { 'Stripe-Signature': header } };
    }
    case 'github': {
        const { sign: octokitSign } = await import('@octokit/webhooks-methods');
        return { headers: { 'X-Hub-Signature-256': await octokitSign(input.secret, text) } };
    }
    case 'twilio': {
        const twilio = require('twilio');
        if ((headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
            const signature = twilio.getExpectedTwilioSignature(input.secret, input.url, formParams(body));
            return { headers: { 'X-Twilio-Signature': signature } };
        }
        const url = `${input.url}${input.url.includes('?') ? '&' : '?'}bodySHA256=${twilio.getExpectedBodyHash(text)}`;
        return { headers: { 'X-Twilio-Signature': twilio.getExpectedTwilioSignature(input.secret, url, {}) }, url };
    }
    }
    throw new Error(`no library signs ${scheme}`);
}

async function verify() {
    switch (scheme) {
    case 'standard-webhooks':
    case 'svix': {
        const { Webhook } = scheme === 'svix' ? require('svix') : require('standardwebhooks');
        new Webhook(input.secret).verify(text, headers); // throws when invalid
        return true;
    }
    case 'stripe': {
        const stripe = require('stripe')('sk_test_peer');
        stripe.webhooks.constructEvent(body, headers['stripe-signature'], input.secret, 300);
        return true;
    }
    case 'github': {
        const { verify: octokitVerify } = await import('@octokit/webhooks-methods');
        return octokitVerify(input.secret, text, headers['x-hub-signature-256']);
    }
    case 'twilio': {
        const twilio = require('twilio');
        const signature = headers['x-twilio-signature'];
        if (input.url.includes('bodySHA256='))
            return twilio.validateRequestWithBody(input.secret, signature, input.url, text);
        return twilio.validateRequest(input.secret, signature, input.url, formParams(body));
    }
    case 'paddle': {
        const { Paddle } = require('@paddle/paddle-node-sdk');
        return new Paddle('pdl_peer_key').webhooks.isSignatureValid(text, input.secret,
                                                                   headers['paddle-signature']);
    }
    case 'discord': {
        const { verifyKey } = require('discord-interactions');
        return verifyKey(body, headers['x-signature-ed25519'], headers['x-signature-timestamp'],
                         input.secret);
    }
    case 'sendgrid': {
        const { EventWebhook } = require('@sendgrid/eventwebhook');
        const webhook = new EventWebhook();
        return webhook.verifySignature(webhook.convertPublicKeyToECDSA(input.secret), body,
                                       headers['x-twilio-email-event-webhook-signature'],
                                       headers['x-twilio-email-event-webhook-timestamp']);
    }
    }
    throw new Error(`no library verifies ${scheme}`);
}

try {
    const result = op === 'sign' ? await sign() : { valid: Boolean(await verify()) };
    process.stdout.write(JSON.stringify(result));
} catch (error) {
    process.stdout.write(JSON.stringify(op === 'sign' ? { error: String(error.message ?? error) }
                                                      : { valid: false, error: String(error.message ?? error) }));
}
