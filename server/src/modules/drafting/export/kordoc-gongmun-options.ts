import type { GongmunOptions } from 'kordoc';
import { enforcementText, type DraftFrame } from './draft-frame.js';
import type { PageStyle } from './page-style.js';

/** kordoc's public-document options for the frame: the preset with our page, and the layout's head and foot. */
export function kordocGongmunOptionsOf(frame: DraftFrame, style: PageStyle): GongmunOptions {
  const options = kordocPageOptionsOf(style);
  const { gian, press, notice } = frame;
  if (gian !== null) {
    options.docHead = { org: gian.organization, to: gian.recipient, via: gian.via, title: frame.title };
    options.docFoot = {
      sender: gian.sender,
      drafter: gian.drafter,
      reviewer: gian.reviewer,
      approver: gian.approver,
      cooperator: gian.cooperator,
      recipients: gian.recipients,
      docNum: enforcementText(gian),
      zip: gian.zipCode,
      address: gian.address,
      site: gian.homepage,
      phone: gian.phone,
      fax: gian.fax,
      email: gian.email,
      disclosure: gian.disclosure,
    };
  }
  if (press !== null) {
    options.press = {
      release: press.releaseTime,
      distribute: press.distributionTime,
      sub: press.subtitles,
      contact: { dept: press.department, manager: press.manager, phone: press.phone },
    };
  }
  if (notice !== null) {
    options.noticeHead = { no: notice.noticeNumber, date: notice.noticeDate, sender: notice.sender };
  }
  return options;
}

/** The preset with our page: fonts, size, spacing and margins, and nothing kordoc would add or change. */
export function kordocPageOptionsOf(style: PageStyle): GongmunOptions {
  return {
    preset: style.preset,
    bodyFont: style.typeface,
    bodyPt: style.bodyPoints,
    lineSpacing: style.lineSpacingPercent,
    margins: style.marginsMillimetres,
    pageNumbers: style.pageNumbers,
    // The body carries its own `끝.`, markers and spacing; kordoc must not add, renumber or squeeze them.
    endMark: false,
    autoFit: false,
    suppressSingle: false,
    cover: false,
    toc: false,
  };
}
