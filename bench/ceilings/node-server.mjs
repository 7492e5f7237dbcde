// Ceiling (a): a bare node:http handler doing the same write as the app, no framework.
//   node bench/ceilings/node-server.mjs PORT DB_FILE
import http from 'node:http';
import { openCeilingDb, runWrite } from './write.mjs';

const [port, file] = process.argv.slice(2);
const ceiling = openCeilingDb(file);

http
  .createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        runWrite(ceiling, Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } catch (error) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'error', message: String(error) }));
      }
    });
  })
  .listen(Number(port), '127.0.0.1');
