// The firehose on the reference client, for bench_ingest's comparison: pusher-js subscribes to
// svm.token.swaps for wrapped SOL, configured from the session response as
// tools/npm-check/check.mjs does. pusher-js parses every frame and its `data` string itself, so
// this does the same work per event as shuriken-stream --quiet: decode, route, parse the payload,
// check the seq. Prints a summary line shaped like shuriken-stream's.
//
// Usage: node pusherjs_firehose.mjs <node_modules dir> <base-url> <api-key> <events>

import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [modulesDir, baseUrlArgument, apiKey, countText] = process.argv.slice(2);
const count = Number(countText);
if (!modulesDir || !baseUrlArgument || !apiKey || !(count > 0)) {
  console.error('usage: node pusherjs_firehose.mjs <node_modules dir> <base-url> <api-key> <events>');
  process.exit(2);
}
const baseUrl = baseUrlArgument.replace(/\/$/, '');
const require = createRequire(path.join(path.resolve(modulesDir), 'bench.cjs'));
const pusherModule = require('pusher-js');
const Pusher = pusherModule.default ?? pusherModule;

const response = await fetch(`${baseUrl}/api/v2/ws/session`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
  body: JSON.stringify({
    subscriptions: [{ stream: 'svm.token.swaps', filter: { tokenAddress: 'So11111111111111111111111111111111111111112' } }],
  }),
});
if (response.status !== 200) {
  console.error(`session answered ${response.status}: ${await response.text()}`);
  process.exit(1);
}
const body = await response.json();
const session = body.data ?? body;
const connection = session.connection;
const subscription = session.subscriptions[0];

const pusher = new Pusher(connection.appKey, {
  wsHost: connection.wsHost,
  wsPort: connection.wsPort,
  forceTLS: connection.forceTls,
  enabledTransports: ['ws'],
  disableStats: true,
  cluster: 'mt1',
});

let events = 0;
let gaps = 0;
let lastSeq = -1;
let firstAt = 0;
const channel = pusher.subscribe(subscription.channel);
channel.bind(subscription.event, (data) => {
  if (events === 0) firstAt = performance.now();
  ++events;
  const seq = data.seq;
  if (lastSeq >= 0 && seq > lastSeq + 1) gaps += seq - lastSeq - 1;
  lastSeq = seq;
  if (events === count) {
    const seconds = (performance.now() - firstAt) / 1000;
    process.stdout.write(
      `${JSON.stringify({ type: 'summary', events, eventsPerSecond: seconds > 0 ? events / seconds : 0, gaps, malformedFrames: 0 })}\n`,
      () => {
        pusher.disconnect();
        process.exit(0);
      },
    );
  }
});
