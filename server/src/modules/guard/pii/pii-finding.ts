/** Kinds of personal information the recognizers report. */
export type PiiType =
  | 'resident_registration_number'
  | 'foreign_registration_number'
  | 'mobile_phone'
  | 'landline_phone'
  | 'business_registration_number'
  | 'card_number'
  | 'email'
  | 'ip_address';

export interface PiiFinding {
  type: PiiType;
  /** UTF-16 index into the original text. */
  start: number;
  /** UTF-16 index into the original text, exclusive. */
  end: number;
  /** The original text between start and end, exactly as written (full-width characters kept). */
  value: string;
  /** 0..1: how sure the recognizer is that this is the stated type. */
  confidence: number;
}
