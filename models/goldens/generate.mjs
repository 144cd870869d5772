#!/usr/bin/env node
// Golden outputs of the ORIGINAL TF.js pose graph models, computed with the
// pure-JS @tensorflow/tfjs CPU backend. A Java test compares the converted
// ONNX models against these files. See README.md for the exact rules.
//
// usage: node generate.mjs --models DIR [--shared DIR] [--out DIR]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const BASE = 256;            // all inputs are built at 256x256, smaller models take the top-left crop
const MAX_VALUES = 4096;     // per output: every element up to this count, else every k-th

// Every k-th element, with k coprime to the channel count so that samples cover all channels
// (a stride that divides the channel count would only ever sample channel 0).
function sampleStride(n, channels) {
  if (n <= MAX_VALUES) return 1;
  const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
  let k = Math.ceil(n / MAX_VALUES);
  while (gcd(k, channels) !== 1) k++;
  return k;
}
const DETECTOR = 'blazepose-detector';

// name -> input size and normalization; keys are the files NAME.json / NAME.bin
const MODELS = {
  'movenet-lightning': { size: 192, norm: { scale: 1, offset: 0, dtype: 'int32', expr: 'int32(v)' } },
  'movenet-thunder': { size: 256, norm: { scale: 1, offset: 0, dtype: 'int32', expr: 'int32(v)' } },
  'blazepose-detector': { size: 224, norm: { scale: 1 / 127.5, offset: -1, dtype: 'float32', expr: 'float32(v) / 127.5 - 1 (float32 ops)' } },
  'blazepose-lite': { size: 256, norm: { scale: 1 / 255, offset: 0, dtype: 'float32', expr: 'float32(v) / 255 (float32 op)' } },
  'blazepose-full': { size: 256, norm: { scale: 1 / 255, offset: 0, dtype: 'float32', expr: 'float32(v) / 255 (float32 op)' } },
  'blazepose-heavy': { size: 256, norm: { scale: 1 / 255, offset: 0, dtype: 'float32', expr: 'float32(v) / 255 (float32 op)' } },
};

const PHOTOS = {
  pose: 'data/goldens/pose.jpg',
  cat_stretch: 'data/photos/routine-positions/Cat_Stretch/1.jpg',
};
const PATTERN_RULE = 'v = (x*3 + y*5 + c*85) & 255; if (((x >> 4) + (y >> 4)) & 1) v = 255 - v';

function fail(msg) {
  console.error(`generate.mjs: error: ${msg}`);
  process.exit(1);
}

function requireFile(file, what) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`${what} not found: ${file}`);
}

const r7 = (v) => (Number.isFinite(v) ? Number(v.toPrecision(7)) : null);

// ---------------------------------------------------------------- model loading

// IOHandler that reads model.json + its weight shards from local disk (no fetch).
function localHandler(jsonFile) {
  return {
    load: async () => {
      const mj = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
      const dir = path.dirname(jsonFile);
      const weightSpecs = [];
      const shards = [];
      for (const group of mj.weightsManifest || []) {
        weightSpecs.push(...group.weights);
        for (const p of group.paths) {
          const f = path.join(dir, p);
          requireFile(f, 'weight shard');
          shards.push(fs.readFileSync(f));
        }
      }
      const all = Buffer.concat(shards);
      const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
      return {
        modelTopology: mj.modelTopology,
        format: mj.format,
        generatedBy: mj.generatedBy,
        convertedBy: mj.convertedBy,
        signature: mj.signature,
        userDefinedMetadata: mj.userDefinedMetadata,
        modelInitializer: mj.modelInitializer,
        weightSpecs,
        weightData,
      };
    },
  };
}

// ---------------------------------------------------------------- inputs

// Decode JPEG -> stretch-resize to BASE x BASE (bilinear, half-pixel centers)
// -> round -> clamp -> uint8 RGB (Uint8Array, length BASE*BASE*3).
function photoToRgb256(file) {
  const img = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 1024 });
  if (img.data.length !== img.width * img.height * 3) fail(`unexpected decoded size for ${file}`);
  const rgb = tf.tidy(() => {
    const t = tf.tensor3d(Int32Array.from(img.data), [img.height, img.width, 3], 'int32');
    const r = tf.image.resizeBilinear(t, [BASE, BASE], false, true);
    return tf.clipByValue(tf.round(r), 0, 255).toInt();
  });
  const out = Uint8Array.from(rgb.dataSync());
  rgb.dispose();
  return { rgb: out, srcWidth: img.width, srcHeight: img.height };
}

function writePng(file, rgb, w, h) {
  const png = new PNG({ width: w, height: h, colorType: 2, bitDepth: 8, inputColorType: 2, inputHasAlpha: false });
  png.data = Buffer.from(rgb.buffer, rgb.byteOffset, rgb.byteLength);
  fs.writeFileSync(file, PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false, bitDepth: 8 }));
}

// Read a PNG back as packed RGB so the model input is exactly what is stored.
function readPngRgb(file) {
  const png = PNG.sync.read(fs.readFileSync(file));
  const n = png.width * png.height;
  const rgb = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    rgb[i * 3] = png.data[i * 4];
    rgb[i * 3 + 1] = png.data[i * 4 + 1];
    rgb[i * 3 + 2] = png.data[i * 4 + 2];
  }
  return { rgb, width: png.width, height: png.height };
}

function patternRgb256() {
  const rgb = new Uint8Array(BASE * BASE * 3);
  for (let y = 0; y < BASE; y++) {
    for (let x = 0; x < BASE; x++) {
      for (let c = 0; c < 3; c++) {
        let v = (x * 3 + y * 5 + c * 85) & 255;
        if (((x >> 4) + (y >> 4)) & 1) v = 255 - v;
        rgb[(y * BASE + x) * 3 + c] = v;
      }
    }
  }
  return rgb;
}

// Top-left S x S crop of a BASE x BASE RGB image, then normalization -> [1,S,S,3].
function modelInput(rgb256, size, norm) {
  const crop = new Int32Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (let c = 0; c < 3; c++) crop[(y * size + x) * 3 + c] = rgb256[(y * BASE + x) * 3 + c];
    }
  }
  return tf.tidy(() => {
    const t = tf.tensor4d(crop, [1, size, size, 3], 'int32');
    if (norm.dtype === 'int32') return t;
    const f = t.toFloat();
    if (norm.offset === -1) return tf.sub(tf.div(f, 127.5), 1);
    return tf.div(f, 255);
  });
}

// ---------------------------------------------------------------- outputs

function summarize(t, extra) {
  const data = t.dataSync();
  const n = data.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let nonFinite = 0;
  for (let i = 0; i < n; i++) {
    const v = data[i];
    if (!Number.isFinite(v)) { nonFinite++; continue; }
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const stride = sampleStride(n, t.shape[t.shape.length - 1]);
  const values = [];
  for (let i = 0; i < n; i += stride) values.push(r7(data[i]));
  const o = {
    shape: t.shape,
    count: n,
    sum: Number.isFinite(sum) ? Number(sum.toPrecision(10)) : null,
    min: r7(min),
    max: r7(max),
    stride,
    values,
  };
  if (nonFinite) o.non_finite = nonFinite;
  if (extra) extra(o, data);
  return o;
}

async function run(model, input, keys) {
  try {
    return model.execute(input, keys);
  } catch (e) {
    if (!/executeAsync/.test(String(e && e.message))) throw e;
    return model.executeAsync(input, keys);
  }
}

// Compact, diff-friendly JSON: objects indented, arrays of primitives on one line.
function toJson(v, ind = '') {
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => JSON.stringify(x)).join(',')}]`;
  if (Array.isArray(v)) return `[\n${v.map((x) => `${ind}  ${toJson(x, `${ind}  `)}`).join(',\n')}\n${ind}]`;
  if (v && typeof v === 'object') {
    const ks = Object.keys(v).filter((k) => v[k] !== undefined);
    return `{\n${ks.map((k) => `${ind}  ${JSON.stringify(k)}: ${toJson(v[k], `${ind}  `)}`).join(',\n')}\n${ind}}`;
  }
  return JSON.stringify(v);
}

// ---------------------------------------------------------------- main

async function main() {
  const { values: args } = parseArgs({
    options: { models: { type: 'string' }, shared: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (args.help || !args.models) {
    console.log('usage: node generate.mjs --models DIR [--shared DIR] [--out DIR]');
    process.exit(args.help ? 0 : 2);
  }
  const modelsDir = path.resolve(args.models);
  const sharedDir = path.resolve(args.shared ?? path.join(SCRIPT_DIR, '..', '..', '..', 'shared'));
  const outDir = path.resolve(args.out ?? SCRIPT_DIR);

  // check every input file up front
  for (const name of Object.keys(MODELS)) {
    const json = path.join(modelsDir, `${name}.json`);
    requireFile(json, `model ${name}`);
    const mj = JSON.parse(fs.readFileSync(json, 'utf8'));
    for (const g of mj.weightsManifest || []) for (const p of g.paths) requireFile(path.join(modelsDir, p), `weights of ${name}`);
  }
  for (const [name, rel] of Object.entries(PHOTOS)) requireFile(path.join(sharedDir, rel), `photo ${name}`);

  await tf.setBackend('cpu');
  await tf.ready();
  if (tf.getBackend() !== 'cpu') fail(`backend is ${tf.getBackend()}, expected cpu`);

  const t0 = Date.now();
  fs.mkdirSync(path.join(outDir, 'inputs'), { recursive: true });

  // build the three 256x256 uint8 RGB inputs
  const inputs = {};
  for (const [name, rel] of Object.entries(PHOTOS)) {
    const src = path.join(sharedDir, rel);
    const { rgb, srcWidth, srcHeight } = photoToRgb256(src);
    const pngFile = path.join(outDir, 'inputs', `${name}.png`);
    writePng(pngFile, rgb, BASE, BASE);
    const back = readPngRgb(pngFile);
    if (back.width !== BASE || back.height !== BASE || Buffer.compare(Buffer.from(back.rgb), Buffer.from(rgb)) !== 0) fail(`PNG round trip differs for ${pngFile}`);
    inputs[name] = { rgb: back.rgb, info: { image: `inputs/${name}.png`, source: rel, source_size: [srcWidth, srcHeight] } };
  }
  inputs.pattern = { rgb: patternRgb256(), info: { pattern: PATTERN_RULE } };

  const table = [];
  const written = [];
  for (const [name, cfg] of Object.entries(MODELS)) {
    const tm = Date.now();
    const model = await tf.loadGraphModel(localHandler(path.join(modelsDir, `${name}.json`)));
    const mj = JSON.parse(fs.readFileSync(path.join(modelsDir, `${name}.json`), 'utf8'));
    const keys = Object.keys(mj.signature.outputs);
    const doc = { model: name, tfjs_version: tf.version.tfjs, backend: tf.getBackend(), inputs: {} };
    for (const [inName, inp] of Object.entries(inputs)) {
      const x = modelInput(inp.rgb, cfg.size, cfg.norm);
      let outs = await run(model, x, keys);
      if (!Array.isArray(outs)) outs = [outs];
      const entry = {
        ...inp.info,
        crop: [0, 0, cfg.size, cfg.size],
        normalization: cfg.norm,
        size: cfg.size,
        outputs: {},
      };
      keys.forEach((k, i) => {
        const extra = name === DETECTOR ? (o, data) => {
          const cols = outs[i].shape[outs[i].shape.length - 1];
          const scores = [];
          for (let j = 0; j < data.length; j += cols) scores.push(r7(data[j]));
          o.scores = scores;
        } : undefined;
        entry.outputs[k] = summarize(outs[i], extra);
      });
      doc.inputs[inName] = entry;
      tf.dispose([x, ...outs]);

      // a short sanity figure per model/input
      let note;
      if (name.startsWith('movenet')) {
        const v = entry.outputs[keys[0]].values;
        const sc = v.filter((_, j) => j % 3 === 2);
        note = `kp score>0.3: ${sc.filter((s) => s > 0.3).length}/17 max ${Math.max(...sc).toFixed(3)}`;
      } else if (name === DETECTOR) {
        const s = entry.outputs[keys[0]].scores;
        const mx = Math.max(...s);
        note = `max score logit ${mx.toFixed(3)} (sigmoid ${(1 / (1 + Math.exp(-mx))).toFixed(3)})`;
      } else {
        note = `poseflag ${entry.outputs.output_poseflag.values[0].toFixed(4)}`;
      }
      table.push([name, inName, note]);
    }
    model.dispose();
    const file = path.join(outDir, `${name}.json`);
    fs.writeFileSync(file, `${toJson(doc)}\n`);
    written.push([path.relative(outDir, file), fs.statSync(file).size, Date.now() - tm]);
  }

  const w = [20, 12];
  console.log(`\n${'model'.padEnd(w[0])} ${'input'.padEnd(w[1])} sanity`);
  for (const [m, i, n] of table) console.log(`${m.padEnd(w[0])} ${i.padEnd(w[1])} ${n}`);
  console.log('\nfiles:');
  for (const name of Object.keys(PHOTOS)) {
    const f = path.join('inputs', `${name}.png`);
    console.log(`  ${f.padEnd(28)} ${String(fs.statSync(path.join(outDir, f)).size).padStart(8)} B`);
  }
  for (const [f, size, ms] of written) console.log(`  ${f.padEnd(28)} ${String(size).padStart(8)} B  ${ms} ms`);
  console.log(`\ntfjs ${tf.version.tfjs}, backend ${tf.getBackend()}, total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
