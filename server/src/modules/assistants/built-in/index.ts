export {
  builtInAssistantDirectory,
  loadBuiltInAssistants,
  type BuiltInAssistant,
} from './load-built-in-assistants.js';
export { builtInUpdateNote, seedBuiltInAssistants, type SeedResult } from './seed-built-in-assistants.js';
