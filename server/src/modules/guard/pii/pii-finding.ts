/** Kinds of personal information the recognizers report. */
export const piiTypes = [
  'resident_registration_number',
  'foreign_registration_number',
  'passport_number',
  'driver_license_number',
  'business_registration_number',
  'corporate_registration_number',
  'mobile_phone',
  'landline_phone',
  'bank_account_number',
  'card_number',
  'health_insurance_number',
  'email',
  'ip_address',
  'address',
  'person_name',
] as const;

export type PiiType = (typeof piiTypes)[number];

/** Korean names shown to users and used in placeholders (`[주민등록번호_1]`). */
export const piiTypeLabels: Record<PiiType, string> = {
  resident_registration_number: '주민등록번호',
  foreign_registration_number: '외국인등록번호',
  passport_number: '여권번호',
  driver_license_number: '운전면허번호',
  business_registration_number: '사업자등록번호',
  corporate_registration_number: '법인등록번호',
  mobile_phone: '휴대전화번호',
  landline_phone: '전화번호',
  bank_account_number: '계좌번호',
  card_number: '카드번호',
  health_insurance_number: '건강보험증번호',
  email: '이메일',
  ip_address: 'IP주소',
  address: '주소',
  person_name: '이름',
};

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
