// Owns the pool worker's entry point: piscina calls the default export once per letter.
import { runTask } from './task.js';

export default runTask;
