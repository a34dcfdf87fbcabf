// A listener built on Microsoft's own Node package for Azure Relay (hyco-https), as a second,
// independent reading of the protocol: it answers every request with what it received, so that
// tst_relay_hyco can check the simulator's relay emulation against it.
// Environment: RELAY_LISTEN_URL (ws://…/$hc/{path}?sb-hc-action=listen), RELAY_NAMESPACE,
// RELAY_PATH, RELAY_KEY_NAME, RELAY_KEY. Prints "listening" once the control channel is open.
'use strict';

const https = require('hyco-https');

const env = process.env;
const tokenResource = 'wss://' + env.RELAY_NAMESPACE + '/$hc/' + env.RELAY_PATH;

const server = https.createRelayedServer(
  {
    server: env.RELAY_LISTEN_URL,
    token: () => https.createRelayToken(tokenResource, env.RELAY_KEY_NAME, env.RELAY_KEY),
  },
  (req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(Buffer.from(chunk)));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const echo = JSON.stringify({
        method: req.method,
        url: req.url,
        authorization: req.headers['authorization'] || null,
        contentType: req.headers['content-type'] || null,
        bodyLength: body.length,
        bodySha256: require('crypto').createHash('sha256').update(body).digest('hex'),
      });
      res.setHeader('Content-Type', 'application/json');
      res.writeHead(201);
      res.end(echo);
    });
  });

server.on('listening', () => console.log('listening'));
server.on('error', (error) => console.error('relay error: ' + (error && error.message)));
server.listen();
