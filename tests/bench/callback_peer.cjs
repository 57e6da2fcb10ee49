// The minimal design bench_callbacks compares `engine serve` with (issue 21):
// a Node.js server that verifies Twilio's X-Twilio-Signature, appends each
// status callback to SQLite in WAL mode with synchronous=FULL, and answers
// 200 once a group commit (every 5 ms) holds it. It keeps no number (the
// callback's To and From are read for the signature only).
//
//   node callback_peer.cjs PORT DATABASE AUTH_TOKEN PUBLIC_URL
'use strict';
const http = require('node:http');
const crypto = require('node:crypto');
const Database = require('better-sqlite3');

const [port, file, token, publicUrl] = process.argv.slice(2);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS event (id INTEGER PRIMARY KEY, sid TEXT NOT NULL, ' +
    'status TEXT NOT NULL, received_ms INTEGER NOT NULL)');
const insert = db.prepare('INSERT INTO event (sid, status, received_ms) VALUES (?, ?, ?)');
const commit = db.transaction((rows) => { for (const r of rows) insert.run(r.sid, r.status, r.at); });

let pending = [];
let timer = null;
function flush() {
    timer = null;
    const batch = pending;
    pending = [];
    let status = 200;
    try { commit(batch); } catch (e) { status = 500; }
    for (const r of batch) { r.res.writeHead(status); r.res.end(); }
}

http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url.split('?')[0] !== '/twilio/status') {
        res.writeHead(404);
        res.end();
        return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (c) => { size += c.length; if (size > 65536) req.destroy(); else chunks.push(c); });
    req.on('end', () => {
        const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const signed = publicUrl + req.url +
            [...params.keys()].sort().map((k) => k + params.get(k)).join('');
        const expected = Buffer.from(crypto.createHmac('sha1', token).update(signed).digest('base64'));
        const given = Buffer.from(req.headers['x-twilio-signature'] || '');
        if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
            res.writeHead(403);
            res.end();
            return;
        }
        pending.push({ sid: params.get('MessageSid'), status: params.get('MessageStatus'), at: Date.now(), res });
        if (!timer)
            timer = setTimeout(flush, 5);
    });
}).listen(Number(port), '127.0.0.1', () => console.log('Listening on ' + port));
