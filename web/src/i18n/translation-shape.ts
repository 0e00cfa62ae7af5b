import type { ko } from './ko';

/** Same nested keys as the Korean source, any string values: a missing or extra key fails type checking. */
type StringLeaves<Source> = {
  [Key in keyof Source]: Source[Key] extends string ? string : StringLeaves<Source[Key]>;
};

export type TranslationShape = StringLeaves<typeof ko>;
