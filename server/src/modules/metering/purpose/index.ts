export { classifyPurpose, deferPurpose } from './classify-purpose.js';
