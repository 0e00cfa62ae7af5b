import type { TemplateLayout, TemplateSlotName } from '@jumugwan/contracts';
import type { ExportInput } from './export-input.js';
import { parseDraftBody, type DraftBodyBlock } from './parse-draft-body.js';

/** 기안문/시행문 두문 and 결문 (별지 제1호서식). */
export interface GianFrame {
  organization: string;
  recipient: string;
  via: string;
  sender: string;
  recipients: string;
  drafter: string;
  reviewer: string;
  approver: string;
  cooperator: string;
  documentNumber: string;
  enforcementDate: string;
  zipCode: string;
  address: string;
  homepage: string;
  phone: string;
  fax: string;
  email: string;
  disclosure: string;
}

/** 보도자료 header box and contact table. */
export interface PressFrame {
  releaseTime: string;
  distributionTime: string;
  subtitles: string[];
  department: string;
  manager: string;
  phone: string;
}

/** 공고문: the number above the title, the date and 발신명의 below the body. */
export interface NoticeFrame {
  noticeNumber: string;
  noticeDate: string;
  sender: string;
}

/**
 * The document as every format lays it out: the layout's head and foot from the slots, the body blocks and
 * the visible disclosure. One model, so that HWPX, DOCX, HTML and text say the same thing.
 */
export interface DraftFrame {
  layout: TemplateLayout;
  title: string;
  gian: GianFrame | null;
  press: PressFrame | null;
  notice: NoticeFrame | null;
  /** Date and department, right-aligned under the title (reports, plans, minutes, plain documents). */
  infoLine: string | null;
  /** Who answers questions, after the body, for layouts without a 결문 or press contact table. */
  contactLine: string | null;
  blocks: DraftBodyBlock[];
  disclosureLine: string | null;
}

export function draftFrameOf(input: ExportInput): DraftFrame {
  const { layout, document } = input;
  const slot = (name: TemplateSlotName): string => (document.slots[name] ?? '').trim();
  const title = document.title.trim() === '' ? input.templateName : document.title.trim();
  const disclosureText = input.disclosure.text.trim();
  const frame: DraftFrame = {
    layout,
    title,
    gian: null,
    press: null,
    notice: null,
    infoLine: null,
    contactLine: null,
    blocks: parseDraftBody(document.body),
    disclosureLine: input.disclosure.visible && disclosureText !== '' ? disclosureText : null,
  };
  if (layout === 'gian') {
    frame.gian = {
      organization: slot('organization') || input.institution,
      recipient: slot('recipient'),
      via: slot('via'),
      sender: slot('sender'),
      recipients: slot('recipients'),
      drafter: slot('drafter'),
      reviewer: slot('reviewer'),
      approver: slot('approver'),
      cooperator: slot('cooperator'),
      documentNumber: slot('documentNumber'),
      enforcementDate: slot('enforcementDate'),
      zipCode: slot('zipCode'),
      address: slot('address'),
      homepage: slot('homepage'),
      phone: slot('phone'),
      fax: slot('fax'),
      email: slot('email'),
      disclosure: slot('disclosure'),
    };
    return frame;
  }
  if (layout === 'press') {
    frame.press = {
      releaseTime: slot('releaseTime'),
      distributionTime: slot('distributionTime'),
      // The slot holds one subtitle a line, often written as a `- ` list; the layouts add their own dash.
      subtitles: slot('subtitle')
        .split('\n')
        .map((line) => line.trim().replace(/^[-–·•]\s*/, ''))
        .filter((line) => line !== ''),
      department: slot('department'),
      manager: slot('manager'),
      phone: slot('phone'),
    };
    return frame;
  }
  if (layout === 'notice') {
    frame.notice = {
      noticeNumber: slot('noticeNumber'),
      noticeDate: slot('noticeDate'),
      sender: slot('sender'),
    };
    return frame;
  }
  const responsible = [slot('department'), slot('manager')].filter((part) => part !== '').join(' ');
  const phone = slot('phone');
  const hasContact = slot('manager') !== '' || phone !== '';
  if (hasContact) frame.contactLine = `담당: ${responsible}${phone === '' ? '' : ` (${phone})`}`;
  // With a contact line the department is named there; the line under the title keeps the date.
  const info = [slot('date'), hasContact ? '' : slot('department')].filter((part) => part !== '');
  frame.infoLine = info.length === 0 ? null : info.join('  ');
  return frame;
}

/** `처리과명-일련번호 (시행일)`, as the form's 시행 field has it. */
export function enforcementText(gian: GianFrame): string {
  const date = gian.enforcementDate === '' ? '' : `(${gian.enforcementDate})`;
  return [gian.documentNumber, date].filter((part) => part !== '').join(' ');
}

/** The 두문 under the institution's name: 수신, 경유 and 제목 (text and HTML; DOCX sets the same lines). */
export function gianHeadLines(gian: GianFrame, title: string): string[] {
  return [`수신  ${gian.recipient}`.trim(), `(경유)  ${gian.via}`.trim(), `제목  ${title}`];
}

/** The 결문 after 발신명의 as lines of text (text and HTML; DOCX sets the same lines). */
export function gianFootLines(gian: GianFrame): string[] {
  const present = (parts: readonly string[]): string[] => parts.filter((part) => part !== '');
  const labeled = (label: string, value: string): string => (value === '' ? '' : `${label}  ${value}`);
  const lines = [
    present([
      labeled('기안자', gian.drafter),
      labeled('검토자', gian.reviewer),
      labeled('결재권자', gian.approver),
    ]).join('    '),
    labeled('협조자', gian.cooperator),
    present([labeled('시행', enforcementText(gian)), '접수']).join('    '),
    present([present([labeled('우', gian.zipCode), gian.address]).join('  '), gian.homepage]).join('  /  '),
    present([
      present([labeled('전화', gian.phone), labeled('전송', gian.fax)]).join('    '),
      gian.email,
      gian.disclosure,
    ]).join('  /  '),
  ];
  return lines.filter((line) => line !== '');
}
