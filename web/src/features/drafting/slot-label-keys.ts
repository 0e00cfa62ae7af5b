import type { TemplateSlotName } from '@jumugwan/contracts';

/** i18n keys of the header and footer slot names (수신, 발신명의, 보도 시점, …). */
export const slotLabelKeys = {
  organization: 'drafting.slots.organization',
  recipient: 'drafting.slots.recipient',
  via: 'drafting.slots.via',
  sender: 'drafting.slots.sender',
  recipients: 'drafting.slots.recipients',
  drafter: 'drafting.slots.drafter',
  reviewer: 'drafting.slots.reviewer',
  approver: 'drafting.slots.approver',
  cooperator: 'drafting.slots.cooperator',
  documentNumber: 'drafting.slots.documentNumber',
  enforcementDate: 'drafting.slots.enforcementDate',
  zipCode: 'drafting.slots.zipCode',
  address: 'drafting.slots.address',
  homepage: 'drafting.slots.homepage',
  phone: 'drafting.slots.phone',
  fax: 'drafting.slots.fax',
  email: 'drafting.slots.email',
  disclosure: 'drafting.slots.disclosure',
  releaseTime: 'drafting.slots.releaseTime',
  distributionTime: 'drafting.slots.distributionTime',
  subtitle: 'drafting.slots.subtitle',
  department: 'drafting.slots.department',
  manager: 'drafting.slots.manager',
  noticeNumber: 'drafting.slots.noticeNumber',
  noticeDate: 'drafting.slots.noticeDate',
  date: 'drafting.slots.date',
} as const satisfies Record<TemplateSlotName, string>;

/** Slots whose value may run over several lines (부제 lines, a list of recipients). */
export const multilineSlots: ReadonlySet<TemplateSlotName> = new Set(['subtitle', 'recipients']);
