// A webhook receiver that checks signatures with the providers' own npm libraries, so that
// tst_nodereceiver can check what Hookbench's delivery engine sends against them.
//
//   node receiver.mjs SECRET   → prints the port it listens on (127.0.0.1), then serves
//
// POST /standard: standardwebhooks Webhook(SECRET).verify; POST /stripe:
// stripe.webhooks.constructEvent with SECRET. 200 {"ok":true,"id":…} when the library accepts,
// 400 {"error":…} with its message when it throws. It runs until its parent kills it.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';

// The npm libraries of tests/signing/node (installed there by `npm ci`): one npm project.
const require = createRequire(new URL('../../signing/node/package.json', import.meta.url));
const { Webhook } = require('standardwebhooks');
const stripe = require('stripe')('sk_test_receiver');

const secret = process.argv[2] ?? '';

function verify(path, body, headers) {
    switch (path) {
    case '/standard':
        // verify() takes the text; the bodies here are UTF-8 JSON (see signatures.md §1).
        return new Webhook(secret).verify(body.toString('utf8'), headers);
    case '/stripe':
        return stripe.webhooks.constructEvent(body, headers['stripe-signature'], secret, 300);
    default:
        throw new Error(`no verifier for ${path}`);
    }
}

const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
        let status = 200;
        let answer;
        try {
            const event = verify(new URL(request.url, 'http://localhost').pathname,
                                 Buffer.concat(chunks), request.headers);
            answer = { ok: true, id: event?.id ?? null };
        } catch (error) {
            status = 400;
            answer = { error: String(error?.message ?? error) };
        }
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
    });
});

server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${server.address().port}\n`);
});
