/**
 * A worker thread of the command's pool: runs each file task it is sent and posts the outcome back. One task at a
 * time, so that a worker holds one workbook in memory at most.
 */
import { parentPort } from 'worker_threads';
import { internalErrorOutcome, runFileTask, type FileTask } from './file-task';

parentPort?.on('message', (task: FileTask) => {
  void runFileTask(task).then((outcome) => {
    try {
      parentPort?.postMessage(outcome);
    } catch (error) {
      // An outcome that cannot be copied to the main thread is that file's internal error, not the worker's end.
      parentPort?.postMessage(internalErrorOutcome(task.input.file, error instanceof Error ? error.message : String(error), task.locale));
    }
  });
});
