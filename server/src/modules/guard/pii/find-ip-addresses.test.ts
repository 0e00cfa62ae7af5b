import { describe, expect, it } from 'vitest';
import { findIpAddresses } from './find-ip-addresses.js';

describe('findIpAddresses', () => {
  it('finds an address with a particle glued after it', () => {
    expect(findIpAddresses('접속 IP 192.168.0.1에서 로그인')).toEqual([
      { type: 'ip_address', start: 6, end: 17, value: '192.168.0.1', confidence: 0.85 },
    ]);
  });

  it('accepts boundary octets and ports', () => {
    expect(findIpAddresses('255.255.255.255, 10.0.0.254:8080').map(({ value }) => value)).toEqual([
      '255.255.255.255',
      '10.0.0.254',
    ]);
  });

  it('rejects out-of-range octets, leading zeros and longer dotted runs', () => {
    expect(findIpAddresses('256.1.1.1 192.168.001.1 1.2.3.4.5 1.2.3')).toEqual([]);
  });

  it('skips version strings only when marked as such', () => {
    expect(findIpAddresses('v1.2.3.4 v 10.2.3.4 version 10.0.0.1 Ver. 10.0.0.1 버전 10.2.3.4')).toEqual([]);
    expect(findIpAddresses('서버 10.2.3.4')).toHaveLength(1);
  });

  it('gives outline-like all-single-digit addresses low confidence', () => {
    expect(findIpAddresses('1.2.3.4')[0]?.confidence).toBe(0.5);
  });

  it('ignores dates, amounts and document numbers', () => {
    expect(findIpAddresses('2025. 7. 31. 2025.07.31 1,234,567원 디지털정책과-1234 제3조제1항')).toEqual([]);
  });

  it('reports original spans for full-width digits and dots', () => {
    const text = '주소 １９２．１６８．０．１';
    expect(findIpAddresses(text)[0]).toMatchObject({ start: 3, end: 14, value: '１９２．１６８．０．１' });
  });
});

describe('findIpAddresses (IPv6)', () => {
  const values = (text: string) => findIpAddresses(text).map(({ value }) => value);

  it('finds full, compressed and IPv4-mapped addresses with particles glued after them', () => {
    expect(
      values('2001:0db8:85a3:0000:0000:8a2e:0370:7334에서, 2001:db8::1로, ::ffff:192.0.2.1이 접속'),
    ).toEqual(['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8::1', '::ffff:192.0.2.1']);
  });

  it('reports original spans and leaves a sentence-ending dot out', () => {
    const text = '주소는 fe80:0:0:0:0:0:0:1.';
    expect(findIpAddresses(text)[0]).toMatchObject({ start: 4, end: 22, value: 'fe80:0:0:0:0:0:0:1' });
  });

  it('gives loopback-like short forms low confidence', () => {
    expect(findIpAddresses('::1 fe80::1').map(({ confidence }) => confidence)).toEqual([0.5, 0.5]);
  });

  it('rejects times, MAC addresses, code and malformed groups', () => {
    expect(findIpAddresses('10:30:00 00:1A:2B:3C:4D:5E std::vector 1::2::3 12345::1 2001:db8::g1')).toEqual(
      [],
    );
  });
});
