// Times the JavaScript EDI parsers on the files bench_edi generated, for its side-by-side tables (run by bench_edi).
//   node bench_edi_peers.js X12_FILE EDIFACT_FILE RUNS        (NODE_PATH = the folder holding node_modules' packages)
// Prints one JSON object per line: {peer, version, format, parse_ms, map_ms, orders, lines}, or {peer, format, error}.
// "parse" is the package's own parse of the whole file; "map" is that parse plus a walk that builds the same order
// fields OrderFlow maps (PO number, date, parties, currency, lines with quantity, unit, price, ids, description), the
// way a JavaScript integration would use the package. Best of RUNS, after one warm-up run.
//   node bench_edi_peers.js --table RUNS NAME=FORMAT:FILE …
// Full parse only, of each file by every peer for its format (x12: node-x12 and the streaming x12-parser; edifact:
// edifact), warm, in this one process, from memory: {peer, version, file, parse_ms, cpu_ms, segments} or
// {peer, file, error} per line.
'use strict';

const fs = require('fs');
const { performance } = require('perf_hooks');

const tableMode = process.argv[2] === '--table';
const [x12File, edifactFile, runsText] = tableMode ? [null, null, process.argv[3]] : process.argv.slice(2);
const runs = Math.max(1, parseInt(runsText || '5', 10));

// Wall time and the process's CPU time (user + system, node's GC and compiler threads included) of the best run
// of each, after one warm-up run that lets the JIT see the code.
function cpuMs(since) {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
}

// At least RUNS runs, and more (up to 200) while they took less than a second together: a small file gets as many
// chances at an undisturbed run as OrderFlow's side gives itself.
function more(i, spentMs) {
  return i < runs || (spentMs < 1000 && i < 200);
}

function best(fn) {
  let result = fn();
  let bestMs = Infinity;
  let bestCpu = Infinity;
  const begin = performance.now();
  for (let i = 0; more(i, performance.now() - begin); i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = fn();
    bestMs = Math.min(bestMs, performance.now() - start);
    bestCpu = Math.min(bestCpu, cpuMs(cpu));
  }
  return { ms: bestMs, cpuMs: bestCpu, result };
}

function emit(object) {
  process.stdout.write(JSON.stringify(object) + '\n');
}

function versionOf(name) {
  // Some packages do not export their package.json: read it from where NODE_PATH finds the package.
  for (const dir of (process.env.NODE_PATH || '').split(require('path').delimiter)) {
    const file = require('path').join(dir, name, 'package.json');
    if (dir && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  }
  return require(`${name}/package.json`).version;
}

// edifact's automatic encoding detection refuses syntax identifiers it has no table for (IATB, UNOC in some
// files); its documented way around is to force the widest level, UNOY.
function edifactReader(text) {
  const { Reader } = require('edifact');
  try {
    new Reader({ autoDetectEncoding: true }).parse(text.slice(0, 4096).replace(/UNZ.*$/s, ''));
    return () => new Reader({ autoDetectEncoding: true }).parse(text);
  } catch (e) {
    return () => {
      const reader = new Reader({ autoDetectEncoding: false });
      reader._parser.encoding('UNOY');
      return reader.parse(text);
    };
  }
}

function x12Transactions(parsed) {
  const interchanges = parsed.interchanges ? parsed.interchanges : [parsed];
  const sets = [];
  for (const interchange of interchanges)
    for (const group of interchange.functionalGroups)
      for (const transaction of group.transactions) sets.push(transaction);
  return sets;
}

function mapX12(parsed) {
  const orders = [];
  for (const transaction of x12Transactions(parsed)) {
    const order = { parties: {}, lines: [] };
    let party = null;
    for (const segment of transaction.segments) {
      const v = (n) => segment.valueOf(n);
      switch (segment.tag) {
        case 'BEG': order.po = v(3); order.date = v(5); break;
        case 'CUR': order.currency = v(2); break;
        case 'DTM': if (v(1) === '002') order.delivery = v(2); break;
        case 'N1': party = order.parties[v(1)] = { name: v(2), id: v(4) }; break;
        case 'N3': if (party) party.street = v(1); break;
        case 'N4': if (party) Object.assign(party, { city: v(1), region: v(2), postalCode: v(3), country: v(4) }); break;
        case 'PO1': {
          const line = { no: v(1), quantity: Number(v(2)), unit: v(3), price: Number(v(4)), ids: {} };
          for (let q = 6; segment.valueOf(q + 1); q += 2) line.ids[v(q)] = v(q + 1);
          order.lines.push(line);
          break;
        }
        case 'PID': if (order.lines.length) order.lines[order.lines.length - 1].description = v(5); break;
        case 'CTT': order.declaredLines = Number(v(1)); break;
        default: break;
      }
    }
    orders.push(order);
  }
  return orders;
}

function mapEdifact(segments) {
  const orders = [];
  let order = null;
  const value = (segment, e, c = 0) => (segment.elements[e] || [])[c];
  for (const segment of segments) {
    switch (segment.name) {
      case 'UNH': order = { parties: {}, lines: [] }; break;
      case 'BGM': order.po = value(segment, 1); break;
      case 'DTM': if (value(segment, 0) === '137') order.date = value(segment, 0, 1); break;
      case 'NAD': order.parties[value(segment, 0)] = { id: value(segment, 1), name: value(segment, 3), street: value(segment, 4),
        city: value(segment, 5), postalCode: value(segment, 7), country: value(segment, 8) }; break;
      case 'CUX': order.currency = value(segment, 0, 1); break;
      case 'LIN': order.lines.push({ no: value(segment, 0), ids: { [value(segment, 2, 1)]: value(segment, 2) } }); break;
      case 'PIA': order.lines[order.lines.length - 1].ids[value(segment, 1, 1)] = value(segment, 1); break;
      case 'IMD': order.lines[order.lines.length - 1].description = value(segment, 2, 3); break;
      case 'QTY': if (value(segment, 0) === '21') order.lines[order.lines.length - 1].quantity = Number(value(segment, 0, 1)); break;
      case 'PRI': if (value(segment, 0) === 'AAA') order.lines[order.lines.length - 1].price = Number(value(segment, 0, 1)); break;
      case 'CNT': order.declaredLines = Number(value(segment, 0, 1)); break;
      case 'UNT': orders.push(order); order = null; break;
      default: break;
    }
  }
  return orders;
}

function report(peer, format, parse, map) {
  const orders = map.result;
  emit({ peer, version: versionOf(peer), format, parse_ms: parse.ms, map_ms: map.ms, orders: orders.length,
    lines: orders.reduce((n, o) => n + o.lines.length, 0) });
}

function tryPeer(peer, format, fn) {
  try {
    fn();
  } catch (e) {
    emit({ peer, format, error: String((e && e.message) || e).slice(0, 300) });
  }
}

async function bestAsync(fn) {
  let result = await fn();
  let bestMs = Infinity;
  let bestCpu = Infinity;
  const begin = performance.now();
  for (let i = 0; more(i, performance.now() - begin); i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = await fn();
    bestMs = Math.min(bestMs, performance.now() - start);
    bestCpu = Math.min(bestCpu, cpuMs(cpu));
  }
  return { ms: bestMs, cpuMs: bestCpu, result };
}

// x12-parser is a stream transform: the file, already in memory like OrderFlow's, is streamed through it in the
// 64 KB chunks a file stream would give (no disk reads timed on either side), segment objects counted.
function x12ParserSegments(data) {
  const { X12parser } = require('x12-parser');
  const { Readable } = require('stream');
  const chunks = [];
  for (let at = 0; at < data.length; at += 65536) chunks.push(data.subarray(at, at + 65536));
  return new Promise((resolve, reject) => {
    let segments = 0;
    Readable.from(chunks).pipe(new X12parser())
      .on('data', () => { segments++; }).on('error', reject).on('end', () => resolve(segments));
  });
}

function countX12Segments(parsed) {
  let n = 0;
  for (const interchange of (parsed.interchanges ? parsed.interchanges : [parsed])) {
    n += 2;
    for (const group of interchange.functionalGroups) {
      n += 2;
      for (const transaction of group.transactions) n += transaction.segments.length + 2;
    }
  }
  return n;
}

async function table(entries) {
  for (const entry of entries) {
    const [name, rest] = entry.split('=');
    const format = rest.slice(0, rest.indexOf(':'));
    const file = rest.slice(rest.indexOf(':') + 1);
    const peers = format === 'x12' ? ['node-x12', 'x12-parser'] : ['edifact'];
    for (const peer of peers) {
      try {
        let timing;
        if (peer === 'node-x12') {
          const { X12Parser } = require('node-x12');
          const text = fs.readFileSync(file, 'latin1');
          timing = best(() => countX12Segments(new X12Parser(true).parse(text)));
        } else if (peer === 'x12-parser') {
          const data = fs.readFileSync(file);
          timing = await bestAsync(() => x12ParserSegments(data));
        } else {
          const parse = edifactReader(fs.readFileSync(file, 'latin1'));
          timing = best(() => parse().length);
        }
        emit({ peer, version: versionOf(peer), file: name, parse_ms: timing.ms, cpu_ms: timing.cpuMs, segments: timing.result });
      } catch (e) {
        emit({ peer, file: name, error: String((e && e.message) || e).slice(0, 300) });
      }
    }
  }
}

if (process.argv[2] === '--table') {
  table(process.argv.slice(4)).catch((e) => { process.stderr.write(String(e) + '\n'); process.exit(1); });
} else {
  tryPeer('node-x12', 'x12', () => {
    const { X12Parser } = require('node-x12');
    const text = fs.readFileSync(x12File, 'latin1');
    const parse = () => new X12Parser(true).parse(text);
    report('node-x12', 'x12', best(parse), best(() => mapX12(parse())));
  });

  tryPeer('edifact', 'edifact', () => {
    const { Reader } = require('edifact');
    const text = fs.readFileSync(edifactFile, 'latin1');
    const parse = () => new Reader({ autoDetectEncoding: true }).parse(text);
    report('edifact', 'edifact', best(parse), best(() => mapEdifact(parse())));
  });
}
