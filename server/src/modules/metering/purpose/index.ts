export { classifyPurpose } from './classify-purpose.js';
