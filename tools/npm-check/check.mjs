// Checks that the official JavaScript clients work against a running shuriken-sim unchanged:
//   1. pusher-js on its own, configured from the session response (public + presence channel);
//   2. @shuriken/sdk-ts, given only the base URL and the API key.
// Each must connect, subscribe to svm.token.swaps and to a presence stream, and receive events
// whose per-channel "seq" (a simulator extension) has no gaps.
//
// Usage: node check.mjs <base-url> [api-key]     (also SHURIKEN_SIM_URL / SHURIKEN_SIM_API_KEY)
// Not run by CI: it needs the npm registry once (npm install) and a running simulator.

import { readFileSync } from 'node:fs';
import Pusher from 'pusher-js';
import { createShurikenClient } from '@shuriken/sdk-ts';

const baseUrl = (process.argv[2] ?? process.env.SHURIKEN_SIM_URL ?? '').replace(/\/$/, '');
const apiKey = process.argv[3] ?? process.env.SHURIKEN_SIM_API_KEY ?? 'sk_npm_check_key';
if (!baseUrl) {
  console.error('usage: node check.mjs <base-url> [api-key]');
  process.exit(2);
}

const SOL = 'So11111111111111111111111111111111111111112';
const EVENTS_WANTED = 3;
const TIMEOUT_MS = 20000;
const results = [];

function record(name, ok, detail) {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`);
}

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Collects events of one subscription and resolves once enough arrived; checks seq continuity. */
function eventCollector(label) {
  const seqs = [];
  let resolve;
  const done = new Promise((r) => {
    resolve = r;
  });
  return {
    seqs,
    done,
    onEvent(payload) {
      const data = typeof payload === 'string' ? JSON.parse(payload) : payload;
      seqs.push(data.seq);
      if (seqs.length === 1) console.log(`      first ${label} event: ${JSON.stringify(data).slice(0, 140)}…`);
      if (seqs.length >= EVENTS_WANTED) resolve();
    },
    gaps() {
      let gaps = 0;
      for (let i = 1; i < seqs.length; i++) if (seqs[i] !== seqs[i - 1] + 1) gaps++;
      return gaps;
    },
  };
}

function installedVersion(name) {
  const file = new URL(`./node_modules/${name}/package.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

async function session(subscriptions) {
  const res = await fetch(`${baseUrl}/api/v2/ws/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ subscriptions }),
  });
  if (res.status !== 200) throw new Error(`session answered ${res.status}: ${await res.text()}`);
  const json = await res.json();
  return json.data ?? json;
}

async function checkPusherJs() {
  console.log('pusher-js', installedVersion('pusher-js'));
  const s = await session([
    { stream: 'svm.token.swaps', filter: { tokenAddress: SOL } },
    { stream: 'alpha.signalFeedPersonal', filter: {} },
  ]);
  const conn = s.connection;
  console.log(`      session: ws://${conn.wsHost}:${conn.wsPort}/app/${conn.appKey}, auth ${conn.authEndpoint}`);
  const pusher = new Pusher(conn.appKey, {
    wsHost: conn.wsHost,
    wsPort: conn.wsPort,
    forceTLS: conn.forceTls,
    enabledTransports: ['ws'],
    disableStats: true,
    cluster: 'mt1',
    channelAuthorization: {
      endpoint: conn.authEndpoint,
      transport: 'ajax',
      headers: { Authorization: `Bearer ${apiKey}` },
    },
  });
  try {
    await withTimeout(
      new Promise((resolve, reject) => {
        pusher.connection.bind('connected', resolve);
        pusher.connection.bind('failed', () => reject(new Error('connection failed')));
      }),
      'pusher-js connection',
    );
    record('pusher-js connects', true, `socket_id ${pusher.connection.socket_id}`);

    for (const [index, label] of [
      [0, 'public svm.token.swaps'],
      [1, 'presence alpha.signalFeedPersonal'],
    ]) {
      const sub = s.subscriptions[index];
      const collector = eventCollector(label);
      const channel = pusher.subscribe(sub.channel);
      const succeeded = new Promise((resolve, reject) => {
        channel.bind('pusher:subscription_succeeded', resolve);
        channel.bind('pusher:subscription_error', (err) => reject(new Error(`subscription_error ${JSON.stringify(err)}`)));
      });
      channel.bind(sub.event, (data) => collector.onEvent(data));
      try {
        const members = await withTimeout(succeeded, `${label} subscription`);
        const who = members && members.me ? `, presence member ${members.me.id} (${members.count} member)` : '';
        record(`pusher-js subscribes ${label}`, true, `${sub.channel}${who}`);
        await withTimeout(collector.done, `${label} events`);
        record(`pusher-js receives ${label}`, collector.gaps() === 0, `seq ${collector.seqs.join(',')}, gaps ${collector.gaps()}`);
      } catch (e) {
        record(`pusher-js ${label}`, false, e.message);
      }
    }
  } catch (e) {
    record('pusher-js', false, e.message);
  } finally {
    pusher.disconnect();
  }
}

async function checkSdk() {
  console.log('@shuriken/sdk-ts', installedVersion('@shuriken/sdk-ts'));
  const client = createShurikenClient({ apiKey, apiBaseUrl: baseUrl });
  const states = [];
  client.ws.onConnectionStateChange(({ state }) => states.push(state));
  try {
    await withTimeout(client.ws.connect(), 'sdk connect');
    record('sdk-ts connects', true, `states ${states.join(' → ')}`);
    for (const [stream, filter, label] of [
      ['svm.token.swaps', { tokenAddress: SOL }, 'public svm.token.swaps'],
      ['portfolio.notifications', {}, 'presence portfolio.notifications'],
    ]) {
      const collector = eventCollector(label);
      let failure = null;
      client.ws.subscribe(stream, filter, (event) => collector.onEvent(event), (err) => {
        failure = err;
      });
      try {
        await withTimeout(collector.done, `${label} events`);
        record(`sdk-ts receives ${label}`, collector.gaps() === 0 && !failure,
          `seq ${collector.seqs.join(',')}, gaps ${collector.gaps()}`);
      } catch (e) {
        record(`sdk-ts ${label}`, false, failure ? `${e.message}; onError ${JSON.stringify(failure)}` : e.message);
      }
    }
    const channels = client.ws.getSession()?.subscriptions.map((s) => s.channel) ?? [];
    console.log(`      sdk session channels: ${channels.join(', ')}`);
  } catch (e) {
    record('sdk-ts', false, e.message);
  } finally {
    client.ws.disconnect();
  }
}

await checkPusherJs();
await checkSdk();
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
