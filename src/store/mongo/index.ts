export { createMongoStore, type MongoStoreOptions } from './mongo-store';
export { connectMongo } from './connect';
export { defineModels, type Models } from './schemas';
