/** A worker_threads engine worker for `npm run bench:pool`: answers pool tasks as src/worker/engine.worker.ts does. */
import { parentPort } from 'node:worker_threads';
import { createTaskHandler, type TaskRequest } from '@/worker/protocol';

const handle = createTaskHandler();
parentPort!.on('message', (request: TaskRequest) => parentPort!.postMessage(handle(request)));
