import type { PiiType } from '../pii-finding.js';
import type { RandomSource } from './random-source.js';

/**
 * Realistic values of each type in the spellings people type: hyphens, spaces, dots, no separator, and
 * full-width digits. Check digits are computed here from the published rules, independently of the
 * recognizers, so a recognizer bug cannot make the corpus agree with it.
 */
export const piiValueGenerators: Record<PiiType, (random: RandomSource) => string> = {
  resident_registration_number: (random) => registrationNumber(random, random.pick(['1', '2', '3', '4'])),
  foreign_registration_number: (random) => registrationNumber(random, random.pick(['5', '6', '7', '8'])),
  passport_number: (random) => {
    const letter = random.pick(['M', 'M', 'M', 'S', 'R', 'O', 'D', 'G']);
    if (random.chance(0.5)) return `${letter}${random.digits(8)}`;
    return `${letter}${random.digits(3)}${random.pick(Array.from('ABCDEFGHJKLMNPQRSTUVWXYZ'))}${random.digits(4)}`;
  },
  driver_license_number: (random) => {
    const rest = [random.digits(2), random.digits(6), random.digits(2)];
    if (random.chance(0.25)) return `${random.pick(regionNames)} ${rest.join('-')}`;
    const separator = random.pick(['-', '-', '-', ' ', '.']);
    return maybeFullWidth(random, [String(random.integer(11, 28)), ...rest].join(separator));
  },
  business_registration_number: (random) => {
    const head = `${random.integer(101, 899)}${random.integer(10, 99)}${random.digits(4)}`;
    const digits = head + String(businessCheckDigit(head));
    return maybeFullWidth(random, group(digits, [3, 2, 5], random.pick(['-', '-', '-', ' ', '.'])));
  },
  corporate_registration_number: (random) => {
    const head = `${random.pick(['1101', '1144', '1311', '1345', '1201', '1601', '2841', '1746'])}${random.pick(['11', '11', '12', '14', '21', '22', '71'])}${random.digits(6)}`;
    const digits = head + String(corporateCheckDigit(head));
    return maybeFullWidth(random, group(digits, [6, 7], random.pick(['-', '-', '-', ''])));
  },
  mobile_phone: (random) => {
    const prefix = random.pick(['010', '010', '010', '010', '011', '016', '019']);
    const middle = prefix === '010' ? random.digits(4) : random.digits(random.pick([3, 4]));
    const separator = random.pick(['-', '-', '-', ' ', '.', '']);
    return maybeFullWidth(random, [prefix, middle, random.digits(4)].join(separator));
  },
  landline_phone: (random) => {
    const area = random.pick(['02', '02', '031', '032', '042', '044', '051', '053', '062', '064', '070']);
    const middle = `${random.integer(2, 9)}${random.digits(area === '02' || area === '070' ? 3 : 2)}`;
    return maybeFullWidth(
      random,
      [area, middle, random.digits(4)].join(random.pick(['-', '-', '-', ' ', '.'])),
    );
  },
  bank_account_number: (random) => {
    const [, shape] = random.pick(bankAccountShapes);
    const digits = shape.map((length) => random.digits(length));
    digits[0] = `${random.integer(1, 9)}${digits[0]?.slice(1) ?? ''}`;
    return digits.join(random.chance(0.85) ? '-' : ' ');
  },
  card_number: (random) => {
    if (random.chance(0.15)) {
      const head = `3${random.pick(['4', '7'])}${random.digits(12)}`;
      return group(head + String(luhnCheckDigit(head)), [4, 6, 5], random.pick(['-', ' ']));
    }
    const head = `${random.pick(['4', '5', '9', '6', '3'])}${random.digits(14)}`;
    const digits = head + String(luhnCheckDigit(head));
    if (random.chance(0.15)) return digits;
    return maybeFullWidth(random, group(digits, [4, 4, 4, 4], random.pick(['-', '-', ' ', '.'])));
  },
  health_insurance_number: (random) => {
    const digits = `${random.integer(1, 9)}${random.digits(10)}`;
    return random.chance(0.6) ? `${digits[0] ?? ''}-${digits.slice(1)}` : digits;
  },
  email: (random) => {
    const local = `${random.pick(emailLocalParts)}${random.chance(0.5) ? String(random.integer(1, 999)) : ''}`;
    return `${local}@${random.pick(emailDomains)}`;
  },
  ip_address: (random) => {
    const kind = random.integer(0, 5);
    if (kind <= 2) {
      return [
        random.integer(1, 223),
        random.integer(0, 255),
        random.integer(0, 255),
        random.integer(1, 254),
      ].join('.');
    }
    const hex = () => random.integer(0, 0xffff).toString(16);
    if (kind === 3) return Array.from({ length: 8 }, hex).join(':');
    if (kind === 4) return `2001:db8:${hex()}:${hex()}::${hex()}`;
    return `::ffff:${random.integer(1, 223)}.${random.integer(0, 255)}.${random.integer(0, 255)}.${random.integer(1, 254)}`;
  },
  // Addresses and names come from templates with their own parts (see positive-case-templates.ts).
  address: () => '',
  person_name: (random) => personName(random),
};

export function personName(random: RandomSource): string {
  if (random.chance(0.05))
    return `${random.pick(['남궁', '황보', '제갈', '선우'])}${random.pick(givenSyllables)}`;
  const surname = random.pick(commonSurnames);
  if (random.chance(0.05)) return `${surname}${random.pick(givenSyllables)}`;
  return `${surname}${random.pick(givenSyllables)}${random.pick(givenSyllables)}`;
}

function registrationNumber(random: RandomSource, genderDigit: string): string {
  const century =
    genderDigit === '3' || genderDigit === '4' || genderDigit === '7' || genderDigit === '8' ? 2000 : 1900;
  const year = century === 2000 ? random.integer(2000, 2012) : random.integer(1945, 1999);
  const month = random.integer(1, 12);
  const day = random.integer(1, 28);
  const head = `${pad(year % 100)}${pad(month)}${pad(day)}${genderDigit}${random.digits(5)}`;
  // Numbers issued since October 2020 carry no check digit; a few stand in for them.
  const last = random.chance(0.1) ? random.digits(1) : String(registrationCheckDigit(head));
  const separator = random.pick(['-', '-', '-', '-', ' - ', '', ' ']);
  return maybeFullWidth(random, `${head.slice(0, 6)}${separator}${head.slice(6)}${last}`);
}

function registrationCheckDigit(head: string): number {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(head[index]), 0);
  return (11 - (sum % 11)) % 10;
}

function businessCheckDigit(head: string): number {
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = weights.reduce((total, weight, index) => total + weight * Number(head[index]), 0);
  sum += Math.floor((Number(head[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

function corporateCheckDigit(head: string): number {
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(head[index]) * (index % 2 === 0 ? 1 : 2);
  return (10 - (sum % 10)) % 10;
}

function luhnCheckDigit(head: string): number {
  let sum = 0;
  for (let index = 0; index < head.length; index++) {
    let digit = Number(head[head.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

function group(digits: string, lengths: readonly number[], separator: string): string {
  const groups: string[] = [];
  let position = 0;
  for (const length of lengths) {
    groups.push(digits.slice(position, position + length));
    position += length;
  }
  return groups.join(separator);
}

/** One value in eight is typed with full-width digits and dashes, as some Korean input methods produce. */
function maybeFullWidth(random: RandomSource, value: string): string {
  if (!random.chance(0.125)) return value;
  return value.replace(/[0-9-]/g, (character) =>
    character === '-' ? '－' : String.fromCharCode(character.charCodeAt(0) + 0xfee0),
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export const bankAccountShapes: readonly (readonly [string, readonly number[]])[] = [
  ['국민은행', [6, 2, 6]],
  ['신한은행', [3, 3, 6]],
  ['우리은행', [4, 3, 6]],
  ['하나은행', [3, 6, 5]],
  ['농협', [3, 4, 4, 2]],
  ['기업은행', [3, 6, 2, 3]],
  ['카카오뱅크', [4, 2, 7]],
  ['토스뱅크', [4, 4, 4]],
  ['새마을금고', [4, 4, 4, 1]],
  ['우체국', [6, 2, 6]],
];

const regionNames = [
  '서울',
  '부산',
  '경기',
  '강원',
  '충북',
  '충남',
  '전북',
  '전남',
  '경북',
  '경남',
  '제주',
  '대구',
  '인천',
  '광주',
  '대전',
  '울산',
];
const commonSurnames = [
  ...Array.from(
    '김김김이이이박박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉',
  ),
];
const givenSyllables = [
  ...Array.from('민서지현수영준우진호성은하연유경정희아윤재태동혜상철영수미나경훈석빈환기숙순자옥선'),
];
const emailLocalParts = [
  'hong',
  'kim.minsu',
  'lee_jy',
  'park2',
  'choi.hyun',
  'jeong',
  'kang.sw',
  'yoon-ji',
  'minwon',
  'gildong.hong',
];
const emailDomains = [
  'korea.kr',
  'korea.kr',
  'gmail.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'kakao.com',
  'seoul.go.kr',
  'gg.go.kr',
  'company.co.kr',
];
