import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PiiType } from '../pii-finding.js';
import { piiTypes } from '../pii-finding.js';
import type { CorpusCase, CorpusLabel } from './corpus-case.js';
import { handwrittenNegativeCases, handwrittenPositiveCases } from './handwritten-cases.js';
import { negativeCaseTemplates, negativeFillers } from './negative-case-templates.js';
import { bankAccountShapes, personName, piiValueGenerators } from './pii-value-generators.js';
import {
  addressPrefixes,
  lotNames,
  mixedCaseTemplates,
  positiveCaseTemplates,
  roadNames,
} from './positive-case-templates.js';
import { RandomSource } from './random-source.js';

/**
 * Regenerates corpus/positive-cases.jsonl and corpus/negative-cases.jsonl (committed; the evaluation reads
 * only those files): `npx tsx server/src/modules/guard/pii/eval/generate-corpus.ts`. Seeded, so a rerun
 * reproduces the files unless the templates change.
 */
const casesPerType = 24;
const mixedCases = 48;
const negativeCasesPerTemplate = 4;

export function generatePositiveCases(random: RandomSource): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const type of piiTypes) {
    const templates = positiveCaseTemplates[type];
    for (let index = 0; index < casesPerType; index++) {
      const template = templates[index % templates.length] ?? '';
      cases.push(fillTemplate(`${type}-${pad(index + 1)}`, template, random));
    }
  }
  for (let index = 0; index < mixedCases; index++) {
    const template = mixedCaseTemplates[index % mixedCaseTemplates.length] ?? '';
    cases.push(fillTemplate(`mixed-${pad(index + 1)}`, template, random));
  }
  handwrittenPositiveCases.forEach((marked, index) =>
    cases.push(fromMarks(`handwritten-${pad(index + 1)}`, marked)),
  );
  return cases;
}

export function generateNegativeCases(random: RandomSource): CorpusCase[] {
  const cases: CorpusCase[] = [];
  negativeCaseTemplates.forEach((template, templateIndex) => {
    for (let index = 0; index < negativeCasesPerTemplate; index++) {
      const text = template.replace(/\{([a-zA-Z]+?)\d?\}/g, (_whole, name: string) => {
        const filler = negativeFillers[name];
        if (filler === undefined) throw new Error(`no filler ${name}`);
        return filler(random);
      });
      cases.push({ id: `negative-${pad(templateIndex + 1)}-${String(index + 1)}`, text, labels: [] });
    }
  });
  handwrittenNegativeCases.forEach((text, index) =>
    cases.push({ id: `handwritten-negative-${pad(index + 1)}`, text, labels: [] }),
  );
  return cases;
}

/** Turns `⟦type|value⟧` marks into labels. */
function fromMarks(id: string, marked: string): CorpusCase {
  const labels: CorpusLabel[] = [];
  let text = '';
  let position = 0;
  for (const match of marked.matchAll(/⟦([a-z_]+)\|([^⟧]+)⟧/g)) {
    text += marked.slice(position, match.index);
    position = match.index + match[0].length;
    const [, type = '', value = ''] = match;
    if (!(piiTypes as readonly string[]).includes(type)) throw new Error(`unknown type ${type} in ${id}`);
    labels.push({ type: type as PiiType, start: text.length, end: text.length + value.length, value });
    text += value;
  }
  return { id, text: text + marked.slice(position), labels };
}

function fillTemplate(id: string, template: string, random: RandomSource): CorpusCase {
  const labels: CorpusLabel[] = [];
  const [bank, shape] = random.pick(bankAccountShapes);
  let text = '';
  let position = 0;
  for (const match of template.matchAll(/\{([a-z_]+)\}/g)) {
    text += template.slice(position, match.index);
    position = match.index + match[0].length;
    const name = match[1] ?? '';
    if (name === 'bank') {
      text += bank;
      continue;
    }
    const type = name as PiiType;
    let value: string;
    if (type === 'address') {
      const [prefix, labelled] = address(random);
      text += `${prefix} `;
      value = labelled;
    } else if (type === 'bank_account_number') {
      value = shape.map((length) => random.digits(length)).join(random.chance(0.85) ? '-' : ' ');
    } else if (type === 'person_name') {
      value = personName(random);
    } else {
      value = piiValueGenerators[type](random);
    }
    labels.push({ type, start: text.length, end: text.length + value.length, value });
    text += value;
  }
  text += template.slice(position);
  return { id, text, labels };
}

/** A 시·도/시·군·구 prefix and the labelled road or lot part, sometimes with a building detail. */
function address(random: RandomSource): [string, string] {
  const prefix = random.pick(addressPrefixes);
  if (random.chance(0.65)) {
    const number = random.chance(0.8)
      ? String(random.integer(1, 999))
      : `${random.integer(1, 99)}-${random.integer(1, 30)}`;
    const detail = random.pick([
      '',
      '',
      `, ${random.integer(101, 115)}동 ${random.integer(1, 25)}0${random.integer(1, 4)}호`,
      `(${random.pick(['역삼동', '마곡동', '우동', '정자동'])})`,
      `, ${random.integer(2, 15)}층`,
    ]);
    return [prefix, `${random.pick(roadNames)} ${number}${detail}`];
  }
  const lot = random.pick(lotNames);
  const mountain = lot.endsWith('리') && random.chance(0.5) ? '산 ' : '';
  const number = `${random.integer(1, 999)}${random.chance(0.7) ? `-${random.integer(1, 40)}` : ''}`;
  return [prefix, `${lot} ${mountain}${number}${random.chance(0.2) ? '번지' : ''}`];
}

function pad(value: number): string {
  return String(value).padStart(3, '0');
}

function toJsonLines(cases: readonly CorpusCase[]): string {
  return `${cases.map((corpusCase) => JSON.stringify(corpusCase)).join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const random = new RandomSource(20261130);
  const corpusDirectory = new URL('./corpus/', import.meta.url);
  const positives = generatePositiveCases(random);
  const negatives = generateNegativeCases(random);
  writeFileSync(new URL('positive-cases.jsonl', corpusDirectory), toJsonLines(positives));
  writeFileSync(new URL('negative-cases.jsonl', corpusDirectory), toJsonLines(negatives));
  console.log(`${String(positives.length)} positive and ${String(negatives.length)} negative cases written`);
}
