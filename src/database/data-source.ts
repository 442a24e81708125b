import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

/** Entry point for the TypeORM CLI (`npm run migration:generate -- migrations/<name>`). */
export default new DataSource(dataSourceOptions(loadConfig()));
