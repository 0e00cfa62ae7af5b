export { ImageRepository } from './image-repository.js';
export { registerImageRoutes } from './image-routes.js';
export { ImageService } from './image-service.js';
