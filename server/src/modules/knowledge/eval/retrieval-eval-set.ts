import { readdir, readFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * The Korean retrieval evaluation set: Markdown documents of the fictional city 한빛시 (ordinances and rules,
 * work manuals, press releases, minutes, plans, FAQ, notices) in ./corpus/, questions with one gold passage each
 * in ./questions.json, and questions no document answers in ./unanswerable.json. See README.md.
 */

export type EvalQuestionKind = 'statute' | 'manual' | 'other';

export interface EvalDocument {
  fileName: string;
  text: string;
}

export interface EvalQuestion {
  id: string;
  question: string;
  /** File name of the document in ./corpus/ that answers the question. */
  document: string;
  /** An exact substring (10–80 characters) of that document holding the answer; it occurs there exactly once. */
  goldPassage: string;
  kind: EvalQuestionKind;
}

export interface UnanswerableQuestion {
  id: string;
  question: string;
}

export interface RetrievalEvalSet {
  documents: EvalDocument[];
  questions: EvalQuestion[];
  unanswerable: UnanswerableQuestion[];
}

const questionSchema = z.strictObject({
  id: z.string().regex(/^q\d{3}$/),
  question: z.string().trim().min(1),
  document: z.string().regex(/^[a-z0-9-]+\.md$/),
  goldPassage: z.string().min(10).max(80),
  kind: z.enum(['statute', 'manual', 'other']),
});

const unanswerableSchema = z.strictObject({
  id: z.string().regex(/^u\d{3}$/),
  question: z.string().trim().min(1),
});

const questionsSchema = z.array(questionSchema);
const unanswerableListSchema = z.array(unanswerableSchema);

const corpusDirectory = new URL('./corpus/', import.meta.url);
const questionsFile = new URL('./questions.json', import.meta.url);
const unanswerableFile = new URL('./unanswerable.json', import.meta.url);

/** Reads the corpus (Markdown files, sorted by name) and both question files, validating the JSON. */
export async function loadRetrievalEvalSet(): Promise<RetrievalEvalSet> {
  const fileNames = (await readdir(corpusDirectory)).filter((name) => name.endsWith('.md')).sort();
  const documents = await Promise.all(
    fileNames.map(async (fileName) => ({
      fileName,
      text: await readFile(new URL(fileName, corpusDirectory), 'utf8'),
    })),
  );
  const questions: EvalQuestion[] = questionsSchema.parse(await readJson(questionsFile));
  const unanswerable: UnanswerableQuestion[] = unanswerableListSchema.parse(await readJson(unanswerableFile));
  return { documents, questions, unanswerable };
}

/**
 * A retrieved passage is relevant when it comes from the gold document and contains the gold passage
 * (whitespace-insensitive, so re-wrapped lines and re-padded table cells still match).
 */
export function isRelevant(
  question: EvalQuestion,
  passage: { documentFileName: string; text: string },
): boolean {
  return (
    passage.documentFileName === question.document &&
    withoutWhitespace(passage.text).includes(withoutWhitespace(question.goldPassage))
  );
}

/**
 * What is wrong with the set, one line per problem (empty when it is consistent): duplicate ids, questions
 * naming a missing document, gold passages that do not occur exactly once in their document.
 */
export function findEvalSetProblems(set: RetrievalEvalSet): string[] {
  const problems: string[] = [];
  const textByFileName = new Map(set.documents.map((document) => [document.fileName, document.text]));
  const seenIds = new Set<string>();
  for (const { id } of [...set.questions, ...set.unanswerable]) {
    if (seenIds.has(id)) problems.push(`${id}: duplicate id`);
    seenIds.add(id);
  }
  for (const question of set.questions) {
    const text = textByFileName.get(question.document);
    if (text === undefined) {
      problems.push(`${question.id}: document ${question.document} is not in the corpus`);
      continue;
    }
    const occurrences = countOccurrences(text, question.goldPassage);
    if (occurrences !== 1) {
      problems.push(
        `${question.id}: gold passage occurs ${occurrences} times in ${question.document}: ${question.goldPassage}`,
      );
    }
  }
  return problems;
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) count++;
  return count;
}

function withoutWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}

async function readJson(file: URL): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}
