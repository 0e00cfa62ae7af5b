import { availableModelQueries } from '../models/available-model-queries';

/** The chat picker's models: chat models only, grouped by location in the picker. */
export const chatModelQuery = availableModelQueries.chat;
