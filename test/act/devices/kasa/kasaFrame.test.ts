import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  KasaFrameReader,
  encodeKasaFrame,
  kasaDecrypt,
  kasaEncrypt,
} from '../../../../src-main/act/devices/kasa/kasaFrame.ts';

describe('Kasa framing', () => {
  it('encrypts with the XOR autokey starting at 171', () => {
    // {"system":{"get_sysinfo":{}}} as every Kasa tool sends it.
    const cipher = kasaEncrypt(Buffer.from('{"system":{"get_sysinfo":{}}}'));
    assert.equal(cipher.toString('hex').slice(0, 16), 'd0f281f88bff9af7');
    assert.equal(kasaDecrypt(cipher).toString(), '{"system":{"get_sysinfo":{}}}');
  });

  it('prefixes a 4-byte big-endian length', () => {
    const frame = encodeKasaFrame('{"a":1}');
    assert.equal(frame.readUInt32BE(0), 7);
    assert.equal(frame.length, 11);
  });

  it('reassembles a frame that arrives in pieces', () => {
    const frame = encodeKasaFrame('{"system":{"set_relay_state":{"err_code":0}}}');
    const reader = new KasaFrameReader();
    assert.equal(reader.push(frame.subarray(0, 2)), undefined);
    assert.equal(reader.push(frame.subarray(2, 10)), undefined);
    assert.equal(reader.received, 10);
    assert.equal(reader.push(frame.subarray(10)), '{"system":{"set_relay_state":{"err_code":0}}}');
  });

  it('refuses an absurd length instead of waiting for it', () => {
    const reader = new KasaFrameReader(1000);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(5_000_000, 0);
    assert.throws(() => reader.push(header), /too large/);
  });
});
