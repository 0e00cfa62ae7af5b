export { ChatRepository } from './chat-repository.js';
export { registerChatRoutes } from './chat-routes.js';
export { ChatService, titleFromMessage, type StreamSink } from './chat-service.js';
export { StreamRegistry } from './stream-registry.js';
export { ContentRetention } from './content-retention.js';
