import { templateSlotNameSchema, type DraftDocument, type TemplateSlotName } from '@jumugwan/contracts';

/** The slots in the document's own order (두문, 결문, press header, …), as the contract lists them. */
export const slotOrder: readonly TemplateSlotName[] = templateSlotNameSchema.options;

/** The slots a document has, in slot order. */
export function documentSlotNames(document: DraftDocument): TemplateSlotName[] {
  return slotOrder.filter((name) => document.slots[name] !== undefined);
}

/** 텍스트 복사: the title, a blank line, then the body. */
export function documentPlainText(document: DraftDocument): string {
  const title = document.title.trim();
  const body = document.body.replace(/\s+$/u, '');
  return title === '' ? body : `${title}\n\n${body}`;
}

/** The lines a version comparison shows: title, body, then each filled slot as "이름: 값". */
export function documentLines(
  document: DraftDocument,
  slotLabel: (name: TemplateSlotName) => string,
): string[] {
  const slots = documentSlotNames(document).flatMap((name) => {
    const value = document.slots[name] ?? '';
    return value.trim() === '' ? [] : value.split('\n').map((line) => `${slotLabel(name)}: ${line}`);
  });
  return [document.title, '', ...document.body.split('\n'), ...(slots.length > 0 ? ['', ...slots] : [])];
}

/** Whether two documents are the same text (slot order and absent-versus-missing ignored). */
export function sameDocument(a: DraftDocument, b: DraftDocument): boolean {
  if (a.title !== b.title || a.body !== b.body) return false;
  return slotOrder.every((name) => (a.slots[name] ?? '') === (b.slots[name] ?? ''));
}
