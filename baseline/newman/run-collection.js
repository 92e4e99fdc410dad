// Runs the collection once with Newman's library, one request after another, and prints one summary line
// (and a line per failure). The keys come from the environment: never on a command line, in a file or in
// the output (a server may echo a key into a message).
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { isDeepStrictEqual } = require('util');

const [newmanDir, collectionFile, schemasDir, baseUrl] = process.argv.slice(2);
const newman = require(path.join(newmanDir, 'node_modules', 'newman'));
const collection = JSON.parse(fs.readFileSync(collectionFile, 'utf8'));
const env = process.env;
const secrets = [env.MARQTUNE_API_KEY, env.MARQTUNE_FOREIGN_API_KEY].filter(Boolean);
const masked = text => secrets.reduce((shown, secret) => shown.split(secret).join('***'), String(text));

// The schemas are embedded so that the collection runs on its own in Postman; they must stay schemas/'s.
for (const variable of collection.variable.filter(v => v.key.startsWith('schema:'))) {
  const file = path.join(schemasDir, variable.key.slice('schema:'.length) + '.schema.json');
  if (!isDeepStrictEqual(JSON.parse(variable.value), JSON.parse(fs.readFileSync(file, 'utf8')))) {
    console.error(`newman baseline: the collection's ${variable.key} differs from ${file}; embed the file again`);
    process.exit(2);
  }
}

// Newman reads a body to its end, however long (a stuck stream fills the memory); the suite reads at most
// 1 MiB (marqtune.response.maxBytes), and so do these agents, keeping Newman's default keep-alive.
const MAX_BODY_BYTES = 1 << 20;
function cappingBodies(agent) {
  const addRequest = agent.addRequest.bind(agent);
  agent.addRequest = (request, options) => {
    request.on('response', response => {
      let read = 0;
      response.on('data', chunk => {
        read += chunk.length;
        if (read > MAX_BODY_BYTES) {
          request.destroy(new Error(`the body is larger than ${MAX_BODY_BYTES} bytes; not read further`));
        }
      });
    });
    return addRequest(request, options);
  };
  return agent;
}

newman.run({
  collection,
  envVar: [
    { key: 'baseUrl', value: baseUrl.replace(/\/+$/, '') },
    { key: 'apiKey', value: env.MARQTUNE_API_KEY },
    { key: 'modelId', value: env.MARQTUNE_MODEL_ID },
    { key: 'serverErrorModelId', value: env.MARQTUNE_SERVER_ERROR_MODEL_ID }
  ],
  // The suite's deadline (connect 5 s plus read 10 s): a server that never answers fails the request.
  timeoutRequest: 15000,
  requestAgents: {
    http: cappingBodies(new http.Agent({ keepAlive: true })),
    https: cappingBodies(new https.Agent({ keepAlive: true }))
  },
  reporters: []
}, (error, summary) => {
  if (error) {
    console.error('newman baseline: ' + masked(error.message));
    process.exit(2);
  }
  const { requests, assertions } = summary.run.stats;
  const failures = summary.run.failures;
  failures.forEach(failure => console.error(`FAIL ${failure.source ? failure.source.name : 'the run'}: `
    + masked(failure.error.test ? failure.error.test + ': ' + failure.error.message : failure.error.message)));
  console.log(`newman baseline: ${requests.total} requests, ${assertions.total} assertions, ${failures.length} failed`);
  process.exit(failures.length > 0 || summary.run.error ? 1 : 0);
});
